// The machine-wide lock the embedded model's engines take around each completion (model/compute-lock.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { acquireComputeLock, computeLockPath, DEFAULT_LOCK_FILE } from '../model/compute-lock';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-lock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const lockFile = (name: string) => path.join(dir, name);

describe('compute lock', () => {
  test('CAI_LOCAL_MODEL_LOCK picks the file or turns it off', () => {
    expect(computeLockPath({})).toBe(DEFAULT_LOCK_FILE);
    expect(computeLockPath({ CAI_LOCAL_MODEL_LOCK: 'off' })).toBeUndefined();
    expect(computeLockPath({ CAI_LOCAL_MODEL_LOCK: '/x/y.lock' })).toBe('/x/y.lock');
  });

  test('a second holder waits until the first releases', async () => {
    const file = lockFile('a.lock');
    const first = await acquireComputeLock(file);
    expect(fs.readFileSync(file, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    let waited = false;
    let got = false;
    const second = acquireComputeLock(file, { pollMs: 10, onWait: () => (waited = true) }).then((l) => {
      got = true;
      return l;
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(waited).toBe(true);
    expect(got).toBe(false);
    first.release();
    const l2 = await second;
    expect(got).toBe(true);
    l2.release();
    expect(fs.existsSync(file)).toBe(false);
  });

  test("a dead process's lock is taken over", async () => {
    const file = lockFile('b.lock');
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(file, `${child.stdout} ${os.hostname()} x`);
    const l = await acquireComputeLock(file, { pollMs: 10 });
    expect(fs.readFileSync(file, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    l.release();
  });

  test('waiting stops when the signal aborts', async () => {
    const file = lockFile('c.lock');
    const held = await acquireComputeLock(file);
    const ac = new AbortController();
    const waiting = acquireComputeLock(file, { pollMs: 10, signal: ac.signal });
    setTimeout(() => ac.abort(new Error('client went away')), 30);
    await expect(waiting).rejects.toThrow('client went away');
    held.release();
  });

  test('off: nothing is written', async () => {
    const l = await acquireComputeLock(undefined);
    l.release();
  });
});
