#!/usr/bin/env bash
# Build the pinned Temporal server and its SQL schema tool (go.temporal.io/server, see cluster-env.sh) into
# .tools/temporal-server/bin. Idempotent: skips when both binaries are there and were built from the pinned
# version (read from the binaries' build info). A first build takes minutes (about 3 min on 2 cores with a warm module cache); needs the Go command
# and the module proxy (it fetches the Go toolchain named by GOTOOLCHAIN too).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/cluster-env.sh"

# The module version a binary was built from ("" when it is missing or not a Go binary).
built_version() {
  [ -x "$1" ] || return 0
  if command -v go >/dev/null 2>&1; then
    go version -m "$1" 2>/dev/null | awk '$1 == "mod" && $2 == "go.temporal.io/server" { print $3 }'
  else # without Go: the version the binary reports (server: "temporal version X", sql tool: "... version X")
    "$1" --version 2>/dev/null | awk '{ print "v" $NF; exit }'
  fi
}

if [ "$(built_version "$SERVER_BIN")" = "$TEMPORAL_SERVER_VERSION" ] && [ "$(built_version "$SQL_TOOL_BIN")" = "$TEMPORAL_SERVER_VERSION" ]; then
  echo "temporal server: $TEMPORAL_SERVER_VERSION ($SERVER_BIN, $SQL_TOOL_BIN)"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "error: the go command is needed to build the Temporal server (apt-get install golang, or https://go.dev/dl)" >&2
  exit 1
fi
mkdir -p "$SERVER_BIN_DIR"
echo "building go.temporal.io/server@$TEMPORAL_SERVER_VERSION (server + sql tool) with $GOTOOLCHAIN into $SERVER_BIN_DIR ..."
GOBIN="$SERVER_BIN_DIR" go install "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION"
GOBIN="$SERVER_BIN_DIR" go install "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION"
for b in "$SERVER_BIN" "$SQL_TOOL_BIN"; do
  if [ "$(built_version "$b")" != "$TEMPORAL_SERVER_VERSION" ]; then echo "error: $b is not $TEMPORAL_SERVER_VERSION after the build" >&2; exit 1; fi
done
echo "$TEMPORAL_SERVER_VERSION $GOTOOLCHAIN" > "$SERVER_BIN_DIR/../VERSION"
echo "temporal server: $TEMPORAL_SERVER_VERSION ($SERVER_BIN)"
