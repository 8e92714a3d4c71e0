// One embedded-model computation at a time on the whole machine, not just in this process. llama.cpp's
// threads spin at every barrier, so two processes each running the model on 2 threads over 2 cores do not
// share the CPU, they stall each other: both run 5-15x slower than one after the other. The engines of
// all processes (a compile, `model serve`, jest workers) therefore take this lock file around each completion.
//
// The lock is a file created with O_EXCL holding "<pid> <hostname>"; a lock whose process is gone (crash,
// kill -9) is taken over. CAI_LOCAL_MODEL_LOCK=off disables it; CAI_LOCAL_MODEL_LOCK=<path> moves it.
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

export const DEFAULT_LOCK_FILE = path.join(tmpdir(), 'compiled-ai-local-model.lock');

/** The lock file, or undefined when disabled (CAI_LOCAL_MODEL_LOCK=off). */
export function computeLockPath(env: Record<string, string | undefined> = process.env): string | undefined {
  const v = env.CAI_LOCAL_MODEL_LOCK?.trim();
  if (!v) return DEFAULT_LOCK_FILE;
  if (/^(0|off|false|no)$/i.test(v)) return undefined;
  return path.resolve(v);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** True when the lock's holder is certainly gone (same host, no such process). */
function stale(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false; // released meanwhile: the next attempt will tell
  }
  const [pidText, host] = text.trim().split(' ');
  const pid = Number(pidText);
  if (Number.isSafeInteger(pid) && pid > 0) return host === hostname() && !alive(pid);
  // Garbage, or empty: being written right now, or its writer died between create and write.
  try {
    return text.length > 0 || Date.now() - statSync(file).mtimeMs > 5_000;
  } catch {
    return false;
  }
}

function tryCreate(file: string, token: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o644);
    try {
      writeSync(fd, token);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

export interface ComputeLock {
  release(): void;
}

/**
 * Wait for the machine-wide model lock (polling every `pollMs`); rejects with the signal's reason when it
 * aborts first. Re-entrant use within one process is the caller's business (the engine's queue).
 */
export async function acquireComputeLock(file: string | undefined, options: { signal?: AbortSignal; pollMs?: number; onWait?: () => void } = {}): Promise<ComputeLock> {
  if (!file) return { release: () => undefined };
  const token = `${process.pid} ${hostname()} ${Math.random().toString(36).slice(2)}`;
  let waited = false;
  for (;;) {
    options.signal?.throwIfAborted();
    if (tryCreate(file, token)) break;
    if (stale(file)) {
      try {
        unlinkSync(file);
      } catch {
        // someone else took it over first
      }
      continue;
    }
    if (!waited) options.onWait?.();
    waited = true;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(done, options.pollMs ?? 250);
      function done() {
        options.signal?.removeEventListener('abort', abort);
        resolve();
      }
      function abort() {
        clearTimeout(t);
        reject(options.signal!.reason);
      }
      options.signal?.addEventListener('abort', abort, { once: true });
    });
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    try {
      if (readFileSync(file, 'utf8') === token) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return {
    release: () => {
      process.off('exit', release);
      release();
    },
  };
}
