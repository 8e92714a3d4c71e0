#!/usr/bin/env bash
# The main job: provision and start the Temporal dev server, (re)start a worker in the background,
# run the bundled example cases, print the outcomes with links into the Temporal UI.
# Leaves the server and worker running for inspection; `npm run stop` stops both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"
cd "$ROOT"
DATA="${CAI_DATA_DIR:-$ROOT/.data}"
mkdir -p "$DATA"

bash scripts/temporal-start.sh

if [ -f "$DATA/worker.pid" ] && kill -0 "$(cat "$DATA/worker.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/worker.pid")" 2>/dev/null || true   # restart: pick up newly compiled artifacts
  sleep 1
fi
nohup node bin/compiled-ai.js worker > "$DATA/worker.log" 2>&1 &
echo $! > "$DATA/worker.pid"
echo "worker started (pid $(cat "$DATA/worker.pid"), log $DATA/worker.log)"

CASES="${1:-examples/prior-auth-glp1.cases.jsonl}"
echo "running $CASES ..."
echo
status=0
node bin/compiled-ai.js run prior-auth-glp1 --cases "$CASES" || status=$?
cat <<TXT

Temporal UI: http://127.0.0.1:$TEMPORAL_UI_PORT  (filter: CaiSpec = "prior-auth-glp1" AND CaiOutcome = "NEEDS_REVIEW")
Complete a waiting case:  node bin/compiled-ai.js review <workflowId> --approve --reviewer <your-id> [--note TEXT]
Stop the server and worker:  npm run stop   (history is kept in .data/temporal/dev.sqlite)
TXT
exit "$status"
