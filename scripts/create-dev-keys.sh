#!/usr/bin/env bash
# Local development secrets for PHI-safe histories, created once and kept (mode 0600) under the data dir:
#   keys.json    payload encryption keyring {"primary": id, "keys": {id: base64 AES-256 key}} (CAI_KEY_FILE)
#   codec-token  bearer token of the local codec server (CAI_CODEC_TOKEN)
# Never overwrites existing files: histories written with a key stay readable only while that key exists.
# Skips the key file when CAI_ENCRYPTION_KEYS is set. Production keys come from a secret store, not this.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${CAI_DATA_DIR:-$ROOT/.data}"
KEY_FILE="${CAI_KEY_FILE:-$DATA/keys.json}"
TOKEN_FILE="$DATA/codec-token"
umask 077
mkdir -p "$DATA" "$(dirname "$KEY_FILE")"

if [ -n "${CAI_ENCRYPTION_KEYS:-}" ]; then
  echo "payload keys: CAI_ENCRYPTION_KEYS is set (key file not used)"
elif [ -f "$KEY_FILE" ]; then
  echo "payload keys: $KEY_FILE (kept)"
else
  KEY_FILE="$KEY_FILE" node -e '
    const { randomBytes } = require("node:crypto");
    const fs = require("node:fs");
    const id = "dev-" + new Date().toISOString().slice(0, 10).replace(/-/g, "");
    const body = JSON.stringify({ primary: id, keys: { [id]: randomBytes(32).toString("base64") } }, null, 2) + "\n";
    fs.writeFileSync(process.env.KEY_FILE, body, { mode: 0o600, flag: "wx" });
  '
  chmod 600 "$KEY_FILE"
  echo "payload keys: created $KEY_FILE (new random AES-256 key; back it up: histories need it to be read)"
fi

if [ ! -f "$TOKEN_FILE" ]; then
  node -e 'process.stdout.write(require("node:crypto").randomBytes(24).toString("base64url"))' > "$TOKEN_FILE"
  chmod 600 "$TOKEN_FILE"
  echo "codec token: created $TOKEN_FILE"
fi
