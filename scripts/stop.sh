#!/usr/bin/env bash
# Stop the background worker, the codec server, the API server and the dev server started by `npm start`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"
DATA="${CAI_DATA_DIR:-$ROOT/.data}"
if [ -f "$DATA/worker.pid" ] && kill -0 "$(cat "$DATA/worker.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/worker.pid")"; rm -f "$DATA/worker.pid"; echo "worker stopped"
fi
if [ -f "$DATA/codec-server.pid" ] && kill -0 "$(cat "$DATA/codec-server.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/codec-server.pid")"; rm -f "$DATA/codec-server.pid"; echo "codec server stopped"
fi
if [ -f "$DATA/api-server.pid" ] && kill -0 "$(cat "$DATA/api-server.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/api-server.pid")"; rm -f "$DATA/api-server.pid"; echo "API server stopped"
fi
bash "$ROOT/scripts/temporal-stop.sh"
