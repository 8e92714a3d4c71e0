# Sourced by the cluster scripts: the production topology on this machine, without Docker — a real Temporal
# server (not dev mode) on its own throwaway PostgreSQL cluster. Versions, paths and ports.
# ROOT, TOOLS_DIR, SEARCH_ATTRIBUTES and temporal_cli (the CLI used for the namespace and search attributes).
source "$(dirname "${BASH_SOURCE[0]}")/temporal-env.sh"
TEMPORAL_SERVER_VERSION="v1.32.2"   # go.temporal.io/server: the server and its SQL schema tool
# v1.32.2 needs Go >= 1.26.10; the go command fetches this toolchain from the module proxy when older.
export GOTOOLCHAIN=go1.27.3
SERVER_BIN_DIR="$TOOLS_DIR/temporal-server/bin"
SERVER_BIN="$SERVER_BIN_DIR/server"
SQL_TOOL_BIN="$SERVER_BIN_DIR/sql"

# Data of one cluster (PostgreSQL files, server log, pids): ignored, deleted by `cluster.sh reset`.
CLUSTER_DIR="${CAI_CLUSTER_DIR:-$ROOT/.data/cluster}"
PGDATA_DIR="${CAI_PG_DATA_DIR:-$CLUSTER_DIR/pgdata}"
PG_BIN="${CAI_PG_BIN:-/usr/lib/postgresql/15/bin}"
# Non-default ports, so the cluster never collides with a dev server (7233) or a system PostgreSQL (5432).
export CAI_CLUSTER_PG_PORT="${CAI_CLUSTER_PG_PORT:-15432}"
export CAI_CLUSTER_PG_USER="${CAI_CLUSTER_PG_USER:-temporal}"
export CAI_CLUSTER_PG_PASSWORD="${CAI_CLUSTER_PG_PASSWORD:-temporal-local}"
export CAI_CLUSTER_PORT="${CAI_CLUSTER_PORT:-17233}"   # frontend gRPC; history/matching/worker use the next ports
export CAI_CLUSTER_NAMESPACE="${CAI_CLUSTER_NAMESPACE:-default}"
SERVER_CONFIG="$ROOT/cluster/config/temporal.yaml"
CLUSTER_ADDRESS="127.0.0.1:$CAI_CLUSTER_PORT"

# As root, PostgreSQL runs as the postgres user, which must reach its data directory; a checkout under a private
# directory (mode 0700, e.g. a CI temp dir) cannot be reached, so its data then lives under /var/tmp instead.
PG_FALLBACK_DIR="/var/tmp/cai-cluster-$(printf %s "$CLUSTER_DIR" | sha256sum | cut -c1-12)"
if [ "$(id -u)" = 0 ] && [ -z "${CAI_PG_DATA_DIR:-}" ]; then
  _reach="$CLUSTER_DIR"; while [ ! -d "$_reach" ]; do _reach="$(dirname "$_reach")"; done # nearest existing folder
  if ! runuser -u "${CAI_PG_OS_USER:-postgres}" -- test -x "$_reach" 2>/dev/null; then PGDATA_DIR="$PG_FALLBACK_DIR/pgdata"; fi
fi

# PostgreSQL refuses to run as root: run its binaries as the `postgres` user when we are root.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "${CAI_PG_OS_USER:-postgres}" -- "$@"; else "$@"; fi
}
