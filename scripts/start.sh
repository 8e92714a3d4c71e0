#!/usr/bin/env bash
# The main job: provision and start the Temporal dev server, (re)start a worker and the codec server in the
# background, run the bundled example cases, print the outcomes with links into the Temporal UI.
# Leaves the server, worker, codec server and API server (reviewer console) running; `npm run stop` stops them.
# Payloads are encrypted (dev keys in .data/keys.json); the UI decodes them through the codec server.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"
cd "$ROOT"
DATA="${CAI_DATA_DIR:-$ROOT/.data}"
mkdir -p "$DATA"

bash scripts/create-dev-keys.sh
# The embedded default model (every model path uses it when no endpoint is configured); idempotent, a no-op
# once installed. CAI_SKIP_MODEL_INSTALL=1 skips it (then only offline paths run: compiled artifacts, review).
# The input gate's sentence embedder is needed either way (83 MB once; model-install.sh runs it too).
if [ "${CAI_SKIP_MODEL_INSTALL:-}" = 1 ]; then bash scripts/embedder-install.sh; else bash scripts/model-install.sh; fi
CODEC_PORT="${CAI_CODEC_PORT:-8888}"
export CAI_CODEC_TOKEN="${CAI_CODEC_TOKEN:-$(cat "$DATA/codec-token")}"
# The dev UI cannot attach a bearer header, so its codec endpoint carries the token as a path prefix.
export CAI_UI_CODEC_ENDPOINT="${CAI_UI_CODEC_ENDPOINT:-http://127.0.0.1:$CODEC_PORT/t/$CAI_CODEC_TOKEN}"

bash scripts/temporal-start.sh

if [ -f "$DATA/worker.pid" ] && kill -0 "$(cat "$DATA/worker.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/worker.pid")" 2>/dev/null || true   # restart: pick up newly compiled artifacts
  sleep 1
fi
nohup node bin/compiled-ai.js worker > "$DATA/worker.log" 2>&1 &
echo $! > "$DATA/worker.pid"
echo "worker started (pid $(cat "$DATA/worker.pid"), log $DATA/worker.log)"

if [ -f "$DATA/codec-server.pid" ] && kill -0 "$(cat "$DATA/codec-server.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/codec-server.pid")" 2>/dev/null || true; sleep 0.5
fi
nohup node bin/compiled-ai.js codec-server --port "$CODEC_PORT" \
  --origin "http://127.0.0.1:$TEMPORAL_UI_PORT,http://localhost:$TEMPORAL_UI_PORT" > "$DATA/codec-server.log" 2>&1 &
echo $! > "$DATA/codec-server.pid"
echo "codec server started (pid $(cat "$DATA/codec-server.pid"), http://127.0.0.1:$CODEC_PORT, log $DATA/codec-server.log)"

# HTTP API + FHIR PAS + reviewer console (compiled-ai serve). --dev creates $DATA/api.json with one key per role
# (dev-submitter, dev-reviewer, dev-auditor, dev-admin) the first time; it is never overwritten.
API_PORT="${CAI_API_PORT:-8280}"
if [ -f "$DATA/api-server.pid" ] && kill -0 "$(cat "$DATA/api-server.pid")" 2>/dev/null; then
  kill "$(cat "$DATA/api-server.pid")" 2>/dev/null || true; sleep 0.5
fi
CAI_DATA_DIR="$DATA" nohup node bin/compiled-ai.js serve --dev --port "$API_PORT" > "$DATA/api-server.log" 2>&1 &
echo $! > "$DATA/api-server.pid"
for _ in $(seq 1 60); do
  if node -e "fetch('http://127.0.0.1:$API_PORT/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" 2>/dev/null; then break; fi
  sleep 0.5
done
echo "API server started (pid $(cat "$DATA/api-server.pid"), http://127.0.0.1:$API_PORT, log $DATA/api-server.log)"

CASES="${1:-examples/prior-auth-glp1.cases.jsonl}"
echo "running $CASES ..."
echo
status=0
node bin/compiled-ai.js run prior-auth-glp1 --cases "$CASES" || status=$?
if [ -z "${1:-}" ] && [ -f examples/prior-auth-sleep-study.cases.jsonl ]; then
  echo
  echo "running examples/prior-auth-sleep-study.cases.jsonl (a second spec through the same template and worker) ..."
  echo
  node bin/compiled-ai.js run prior-auth-sleep-study --cases examples/prior-auth-sleep-study.cases.jsonl || status=$?
fi
cat <<TXT

Temporal UI: http://127.0.0.1:$TEMPORAL_UI_PORT  (filter: CaiSpec = "prior-auth-glp1" AND CaiOutcome = "NEEDS_REVIEW")
  payloads are encrypted; the UI shows them decoded via the codec server (a dev server started before
  codec support shows binary/encrypted: npm run stop && npm start)
Audit trail of a case:    node bin/compiled-ai.js audit <workflowId> [--json]
Complete a waiting case:  node bin/compiled-ai.js review <workflowId> --approve --reviewer <your-id> [--note TEXT]
Stop the server, worker, codec server and API server:  npm run stop   (history is kept in .data/temporal/dev.sqlite)
TXT
REVIEWER_KEY="$(node -e "try{const c=require(process.argv[1]);const p=c.principals.find(x=>x.role==='reviewer'&&x.secret);process.stdout.write(p?p.secret:'')}catch{}" "$DATA/api.json")"
cat <<TXT

Reviewer console: http://127.0.0.1:$API_PORT/console/   (sign in with a key from $DATA/api.json${REVIEWER_KEY:+; reviewer: $REVIEWER_KEY})
HTTP API:         http://127.0.0.1:$API_PORT/api/v1   OpenAPI: http://127.0.0.1:$API_PORT/api/v1/openapi.json   FHIR PAS: http://127.0.0.1:$API_PORT/fhir/Claim/\$submit
TXT
if [ "${CAI_OPEN_CONSOLE:-}" = "1" ] && command -v xdg-open >/dev/null 2>&1; then xdg-open "http://127.0.0.1:$API_PORT/console/" >/dev/null 2>&1 || true; fi
exit "$status"
