#!/usr/bin/env bash
# CI's small run of the production topology: build the pinned Temporal server when missing, then 50 GLP-1 cases
# through three worker processes on it (PostgreSQL underneath) with a worker SIGKILLed and the server restarted
# mid-batch; every case must be accounted for exactly once (about a minute). When the server cannot be built here
# (no Go, no module proxy, a timeout) or PostgreSQL is not installed, it prints a loud warning and skips (exit 0);
# a failing run fails CI. Report: .data/cluster-ci.{md,json}.
set -euo pipefail

# Ports nobody listens on (another run on this machine may hold the defaults): the frontend's whole range.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${CAI_CLUSTER_PORT:-}" ]; then
  for base in 17233 27233 37233 47233; do
    ok=1; for off in 0 1 2 6 10 100 101 102 106; do port_free $((base + off)) || ok=0; done
    if [ "$ok" = 1 ]; then export CAI_CLUSTER_PORT=$base; break; fi
  done
fi
if [ -z "${CAI_CLUSTER_PG_PORT:-}" ]; then
  for p in 15432 25432 35432 45432; do if port_free "$p"; then export CAI_CLUSTER_PG_PORT=$p; break; fi; done
fi
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"
cd "$ROOT"

skip() {
  printf '\n%s\n' "################################################################################" >&2
  printf '%s\n' "WARNING: the cluster run (Temporal server on PostgreSQL, faults) is SKIPPED:" "  $1" >&2
  printf '%s\n\n' "################################################################################" >&2
  exit 0
}

if ! timeout --kill-after=30s "${CAI_CLUSTER_INSTALL_TIMEOUT:-45m}" bash scripts/cluster-install.sh; then
  skip "bash scripts/cluster-install.sh failed (building go.temporal.io/server $TEMPORAL_SERVER_VERSION needs Go, the module proxy and $GOTOOLCHAIN); see the output above"
fi
[ -x "$PG_BIN/postgres" ] || skip "PostgreSQL binaries not found in $PG_BIN (apt-get install postgresql-15, or set CAI_PG_BIN)"

status=0
timeout --kill-after=30s "${CAI_CLUSTER_CI_TIMEOUT:-300}" npx tsx bench/cluster-bench.ts \
  --cases 50 --workers 3 --concurrency 10 --faults worker,server --faults-rate 2 --no-dev --no-bare --out .data/cluster-ci || status=$?
if [ "$status" = 0 ]; then
  bash scripts/cluster.sh reset >/dev/null # nothing left behind (PostgreSQL's data may be under /var/tmp)
else
  bash scripts/cluster.sh down >/dev/null 2>&1 || true
  echo "cluster run FAILED (exit $status); logs: $CLUSTER_DIR/server.log, $PGDATA_DIR/postgres.log, .data/cluster-bench/" >&2
fi
exit "$status"
