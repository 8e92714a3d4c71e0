#!/usr/bin/env bash
# The production topology on this machine, no Docker: PostgreSQL 15 (own throwaway cluster under .data/cluster)
# and a real Temporal server on it (cluster/config/temporal.yaml), with the namespace and the product's search
# attributes. Build the server first: scripts/cluster-install.sh.
#
#   cluster.sh up               initdb + schema on first use, start PostgreSQL and the server, namespace, attributes
#   cluster.sh down             stop the server and PostgreSQL (data kept)
#   cluster.sh reset            down, then delete .data/cluster (the next `up` starts from nothing)
#   cluster.sh pg-start|pg-stop|pg-restart          PostgreSQL alone (fault injection)
#   cluster.sh server-start|server-stop|server-restart   the Temporal server alone
#   cluster.sh status           what is running; exit 1 when the frontend is not healthy
#   cluster.sh env              the variables a worker / client / codec server needs to use this cluster
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"
CLI="$(temporal_cli)"
SERVER_PID="$CLUSTER_DIR/server.pid"
SERVER_LOG="$CLUSTER_DIR/server.log"

die() { echo "error: $*" >&2; exit 1; }

need_binaries() {
  [ -x "$SERVER_BIN" ] && [ -x "$SQL_TOOL_BIN" ] || die "Temporal server binaries missing in $SERVER_BIN_DIR: run bash scripts/cluster-install.sh"
  [ -x "$PG_BIN/postgres" ] || die "PostgreSQL binaries missing in $PG_BIN (apt-get install postgresql-15, or set CAI_PG_BIN)"
  [ -x "$CLI" ] || die "Temporal CLI missing ($CLI): run bash scripts/temporal-install.sh"
}

pg_running() { pg_as_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; }

pg_init() {
  [ -f "$PGDATA_DIR/PG_VERSION" ] && return 0
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown "${CAI_PG_OS_USER:-postgres}" "$PGDATA_DIR"
  # Local socket: trust (only this OS user); TCP: password (scram), as the server connects in production.
  pg_as_owner "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
}

pg_start() {
  pg_init
  pg_running && return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/postgres.log" -w -t 60 \
    -o "-p $CAI_CLUSTER_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGDATA_DIR -c max_connections=200" start >/dev/null \
    || { tail -n 20 "$PGDATA_DIR/postgres.log" >&2; die "PostgreSQL did not start (log above: $PGDATA_DIR/postgres.log)"; }
  echo "PostgreSQL running on 127.0.0.1:$CAI_CLUSTER_PG_PORT (data $PGDATA_DIR)"
}

pg_stop() {
  pg_running || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null
  echo "PostgreSQL stopped"
}

psql_admin() { pg_as_owner "$PG_BIN/psql" -h "$PGDATA_DIR" -p "$CAI_CLUSTER_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

# The temporal role, both databases and their schemas (create, setup at 0.0, update to the embedded latest).
schema_setup() {
  if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$CAI_CLUSTER_PG_USER'")" ]; then
    psql_admin -c "CREATE ROLE \"$CAI_CLUSTER_PG_USER\" LOGIN CREATEDB PASSWORD '$CAI_CLUSTER_PG_PASSWORD'"
  fi
  local sql=("$SQL_TOOL_BIN" --plugin postgres12 --ep 127.0.0.1 -p "$CAI_CLUSTER_PG_PORT" -u "$CAI_CLUSTER_PG_USER" --pw "$CAI_CLUSTER_PG_PASSWORD")
  local db schema
  for db in temporal temporal_visibility; do
    schema="postgresql/v12/$([ "$db" = temporal ] && echo temporal || echo visibility)"
    if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      "${sql[@]}" --db "$db" create-database >/dev/null 2>&1 || die "cannot create database $db"
      "${sql[@]}" --db "$db" setup-schema -v 0.0 >"$CLUSTER_DIR/schema-$db.log" 2>&1 || { cat "$CLUSTER_DIR/schema-$db.log" >&2; die "setup-schema $db failed"; }
    fi
    # Idempotent: applies only the versions the database does not have yet.
    "${sql[@]}" --db "$db" update-schema --schema-name "$schema" >>"$CLUSTER_DIR/schema-$db.log" 2>&1 \
      || { tail -n 20 "$CLUSTER_DIR/schema-$db.log" >&2; die "update-schema $db failed"; }
  done
  echo "schema: temporal + temporal_visibility at the $TEMPORAL_SERVER_VERSION versions (postgres12 plugin)"
}

healthy() { "$CLI" operator cluster health --address "$CLUSTER_ADDRESS" >/dev/null 2>&1; }
server_running() { [ -f "$SERVER_PID" ] && kill -0 "$(cat "$SERVER_PID")" 2>/dev/null; }

server_start() {
  if server_running; then echo "Temporal server already running (pid $(cat "$SERVER_PID"))"; return 0; fi
  mkdir -p "$CLUSTER_DIR"
  nohup "$SERVER_BIN" --config-file "$SERVER_CONFIG" --allow-no-auth start >>"$SERVER_LOG" 2>&1 &
  echo $! >"$SERVER_PID"
  for _ in $(seq 1 240); do
    if healthy; then echo "Temporal server $TEMPORAL_SERVER_VERSION at $CLUSTER_ADDRESS (pid $(cat "$SERVER_PID"), log $SERVER_LOG)"; return 0; fi
    server_running || { tail -n 30 "$SERVER_LOG" >&2; die "the Temporal server exited (log above: $SERVER_LOG)"; }
    sleep 0.5
  done
  die "the Temporal server was not healthy within 120 s; see $SERVER_LOG"
}

server_stop() {
  server_running || { rm -f "$SERVER_PID"; return 0; }
  local pid; pid="$(cat "$SERVER_PID")"
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$SERVER_PID"
  echo "Temporal server stopped"
}

# The namespace and the search attributes, idempotently; then wait until visibility knows the attributes.
namespace_setup() {
  local ns="$CAI_CLUSTER_NAMESPACE" args=()
  if ! "$CLI" operator namespace describe --address "$CLUSTER_ADDRESS" --namespace "$ns" >/dev/null 2>&1; then
    "$CLI" operator namespace create --address "$CLUSTER_ADDRESS" --namespace "$ns" --retention 72h >/dev/null
  fi
  for sa in $SEARCH_ATTRIBUTES; do args+=(--name "$sa" --type Keyword); done
  for _ in $(seq 1 60); do
    local have; have="$("$CLI" operator search-attribute list --address "$CLUSTER_ADDRESS" --namespace "$ns" 2>/dev/null || true)"
    local missing=0
    for sa in $SEARCH_ATTRIBUTES; do grep -qw "$sa" <<<"$have" || missing=1; done
    [ "$missing" = 0 ] && { echo "namespace $ns with search attributes: $SEARCH_ATTRIBUTES"; return 0; }
    "$CLI" operator search-attribute create --address "$CLUSTER_ADDRESS" --namespace "$ns" "${args[@]}" >/dev/null 2>&1 || true
    sleep 1
  done
  die "search attributes not registered on namespace $ns after 60 s"
}

case "${1:-}" in
  up) need_binaries; mkdir -p "$CLUSTER_DIR"; pg_start; schema_setup; server_start; namespace_setup ;;
  down) server_stop; pg_stop ;;
  reset) server_stop; pg_stop; rm -rf "$CLUSTER_DIR" "$PG_FALLBACK_DIR"; echo "cluster data deleted ($CLUSTER_DIR)" ;;
  pg-start) pg_start ;;
  pg-stop) pg_stop ;;
  pg-restart) pg_stop; pg_start ;;
  server-start) need_binaries; server_start ;;
  server-stop) server_stop ;;
  server-restart) server_stop; server_start ;;
  status)
    pg_running && echo "PostgreSQL: running (127.0.0.1:$CAI_CLUSTER_PG_PORT)" || echo "PostgreSQL: stopped"
    server_running && echo "Temporal server: running (pid $(cat "$SERVER_PID"))" || echo "Temporal server: stopped"
    healthy && echo "frontend $CLUSTER_ADDRESS: healthy" || { echo "frontend $CLUSTER_ADDRESS: not healthy"; exit 1; } ;;
  env) echo "TEMPORAL_ADDRESS=$CLUSTER_ADDRESS"; echo "TEMPORAL_NAMESPACE=$CAI_CLUSTER_NAMESPACE" ;;
  *) echo "usage: cluster.sh up|down|reset|status|env|pg-start|pg-stop|pg-restart|server-start|server-stop|server-restart" >&2; exit 2 ;;
esac
