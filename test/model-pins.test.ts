// The embedded model's pins exist twice: scripts/model-env.sh (the installer) and model/pins.ts (the runtime).
// They must agree, or an install would be verified against one value and used under another.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { MODEL_BYTES, MODEL_FILENAME, MODEL_NAME, MODEL_SHA256, REPO_ROOT, modelFilePath } from '../model/pins';

const ROOT = path.resolve(__dirname, '..');

/** Run `source scripts/model-env.sh && <script>` with only PATH/HOME (and `extra`) in the environment. */
function bash(script: string, extra: Record<string, string> = {}): string {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
  return execFileSync('bash', ['-c', `source scripts/model-env.sh && ${script}`], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The values model-env.sh sets, read by bash itself (no CAI_MODEL_* overrides). */
function shellPins(): Record<string, string> {
  const out = bash('printf "%s\\n" "$MODEL_BYTES" "$MODEL_SHA256" "$CAI_MODEL_FILE" "$MODEL_DIR"');
  const [bytes, sha256, file, dir] = out.trimEnd().split('\n');
  return { bytes: bytes!, sha256: sha256!, file: file!, dir: dir! };
}

describe('model pins', () => {
  const sh = shellPins();

  test('bytes and sha256 agree between scripts/model-env.sh and model/pins.ts', () => {
    expect(sh.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sh.sha256).toBe(MODEL_SHA256);
    expect(Number(sh.bytes)).toBe(MODEL_BYTES);
  });

  test('the default file path agrees', () => {
    expect(REPO_ROOT).toBe(ROOT);
    expect(path.basename(sh.file)).toBe(MODEL_FILENAME);
    expect(MODEL_FILENAME).toBe(`${MODEL_NAME}.gguf`);
    expect(sh.file).toBe(modelFilePath({}));
    expect(sh.dir).toBe(path.join(ROOT, '.tools', 'model'));
  });

  test('CAI_MODEL_FILE and CAI_MODEL_DIR move the file on both sides', () => {
    expect(modelFilePath({ CAI_MODEL_FILE: '/x/m.gguf' })).toBe('/x/m.gguf');
    expect(modelFilePath({ CAI_MODEL_DIR: '/x' })).toBe(path.join('/x', MODEL_FILENAME));
    expect(bash('echo "$CAI_MODEL_FILE"', { CAI_MODEL_DIR: '/x' }).trim()).toBe(path.join('/x', MODEL_FILENAME));
  });
});
