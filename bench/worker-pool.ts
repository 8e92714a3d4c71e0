// Worker processes, as separate deployments would run them: started from a command, ready once they log
// "worker started", killed (SIGKILL, a crash) and replaced one at a time, stopped with SIGTERM at the end.
// Their logs (ids and counts only, never chart text) go to one file per process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkerPoolOptions {
  name: string;
  count: number;
  /** Arguments to node, e.g. ['bin/compiled-ai.js', 'worker']. */
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  logDir: string;
  readyTimeoutMs?: number;
  /** The log text that says a process is ready (default: the worker's "worker started" line). */
  readyMarker?: string;
}

export interface WorkerPool {
  pids(): number[];
  /** SIGKILL worker `i` and wait for it to be gone. */
  kill(i: number): Promise<void>;
  /** Start a replacement for worker `i` and wait until it polls. */
  respawn(i: number): Promise<void>;
  /** Exits nobody asked for (a worker that crashed on its own), as "name-i: code/signal". */
  unexpectedExits(): string[];
  stop(): Promise<void>;
}

export async function startWorkerPool(opts: WorkerPoolOptions): Promise<WorkerPool> {
  mkdirSync(opts.logDir, { recursive: true });
  const procs: ChildProcess[] = [];
  const expected = new Set<ChildProcess>();
  const unexpected: string[] = [];

  const start = (i: number): Promise<void> => {
    const log = createWriteStream(join(opts.logDir, `${opts.name}-${i}.log`), { flags: 'a' });
    const proc = spawn(process.execPath, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'ignore', 'pipe'] });
    procs[i] = proc;
    proc.on('exit', (code, signal) => {
      if (!expected.has(proc)) unexpected.push(`${opts.name}-${i}: ${signal ?? `exit ${code}`}`);
    });
    return new Promise((resolve, reject) => {
      const timeoutMs = opts.readyTimeoutMs ?? 180_000;
      let ready = false;
      let tail = '';
      const timer = setTimeout(() => reject(new Error(`${opts.name}-${i} did not start within ${timeoutMs / 1000} s; see ${opts.logDir}`)), timeoutMs);
      proc.stderr!.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (ready) return;
        tail = (tail + chunk.toString()).slice(-4096);
        if (tail.includes(opts.readyMarker ?? '"msg":"worker started"')) {
          ready = true;
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        log.end();
        if (!ready) reject(new Error(`${opts.name}-${i} exited before it was ready (${signal ?? `exit ${code}`}); see ${opts.logDir}`));
      });
    });
  };

  const stopOne = async (proc: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> => {
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    expected.add(proc);
    const gone = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await gone;
  };

  const pool: WorkerPool = {
    pids: () => procs.map((p) => p.pid ?? -1),
    kill: (i) => stopOne(procs[i], 'SIGKILL'),
    respawn: (i) => start(i),
    unexpectedExits: () => [...unexpected],
    async stop() {
      await Promise.all(procs.map((p) => stopOne(p, 'SIGTERM')));
    },
  };
  try {
    await Promise.all(Array.from({ length: opts.count }, (_, i) => start(i)));
  } catch (err) {
    await pool.stop();
    throw err;
  }
  return pool;
}
