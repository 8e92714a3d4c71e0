#!/usr/bin/env bash
# Start the local Temporal dev server (SQLite file under .data/temporal, UI on :8233) in the background,
# with the project's search attributes registered. Reuses a server that is already running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"
bash "$ROOT/scripts/temporal-install.sh" >/dev/null
CLI="$(temporal_cli)"
ADDR="127.0.0.1:$TEMPORAL_PORT"

healthy() { "$CLI" operator cluster health --address "$ADDR" >/dev/null 2>&1; }

register_search_attributes() {
  local args=()
  for sa in $SEARCH_ATTRIBUTES; do args+=(--name "$sa" --type Keyword); done
  "$CLI" operator search-attribute create --address "$ADDR" --namespace default "${args[@]}" >/dev/null 2>&1 || true
}

if healthy; then
  register_search_attributes
  echo "Temporal dev server already running at $ADDR (UI http://127.0.0.1:$TEMPORAL_UI_PORT)"
  exit 0
fi

mkdir -p "$TEMPORAL_DATA_DIR"
sa_flags=()
for sa in $SEARCH_ATTRIBUTES; do sa_flags+=(--search-attribute "$sa=Keyword"); done
ui_flags=()
if [ -n "${CAI_UI_CODEC_ENDPOINT:-}" ]; then ui_flags+=(--ui-codec-endpoint "$CAI_UI_CODEC_ENDPOINT"); fi
nohup "$CLI" server start-dev \
  --ip 127.0.0.1 --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" \
  --db-filename "$TEMPORAL_DATA_DIR/dev.sqlite" \
  --log-level warn "${sa_flags[@]}" "${ui_flags[@]}" \
  > "$TEMPORAL_DATA_DIR/server.log" 2>&1 &
echo $! > "$TEMPORAL_DATA_DIR/server.pid"

for _ in $(seq 1 120); do
  if healthy; then
    register_search_attributes
    echo "Temporal dev server started at $ADDR (UI http://127.0.0.1:$TEMPORAL_UI_PORT, data $TEMPORAL_DATA_DIR, log $TEMPORAL_DATA_DIR/server.log)"
    exit 0
  fi
  if ! kill -0 "$(cat "$TEMPORAL_DATA_DIR/server.pid")" 2>/dev/null; then
    echo "error: the Temporal dev server exited; see $TEMPORAL_DATA_DIR/server.log:" >&2
    tail -n 20 "$TEMPORAL_DATA_DIR/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "error: the Temporal dev server did not become healthy in 60 s; see $TEMPORAL_DATA_DIR/server.log" >&2
exit 1
