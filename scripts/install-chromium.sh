#!/usr/bin/env bash
# Install Debian's Chromium for the browser test (test/ui-browser.integration.test.ts), idempotently.
# Never downloads Playwright's own browsers; playwright-core drives this system Chromium.
set -euo pipefail
for c in "${CAI_CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "chromium present: $c"; exit 0; fi
done
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: Chromium is missing and apt-get is not available; install Chromium and set CAI_CHROMIUM_PATH" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "chromium installed: $(command -v chromium)"
