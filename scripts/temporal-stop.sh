#!/usr/bin/env bash
# Stop the dev server started by temporal-start.sh (its SQLite data stays for the next start).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"
PIDFILE="$TEMPORAL_DATA_DIR/server.pid"
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  kill "$(cat "$PIDFILE")"
  for _ in $(seq 1 40); do kill -0 "$(cat "$PIDFILE")" 2>/dev/null || break; sleep 0.25; done
  rm -f "$PIDFILE"
  echo "Temporal dev server stopped (data kept in $TEMPORAL_DATA_DIR)"
else
  echo "no dev server started by this project is running"
fi
