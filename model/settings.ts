// Tunables of the embedded model server, from the environment. Defaults fit a 2-core CPU machine: a
// ~2.6k-token prompt plus ~350 completion tokens takes about 100 s there, so the request limit is generous.
import { availableParallelism } from 'node:os';
import { computeLockPath, DEFAULT_LOCK_FILE } from './compute-lock';
import { MODEL_NAME } from './pins';

/**
 * Threads for prompt processing and generation: 2 (node-llama-cpp's default, max(cores, 4), oversubscribes a
 * 2-core machine). llama.cpp's threads spin at every barrier, so when other processes keep the cores busy
 * (parallel test workers) 2 threads can be 5-10x slower than 1: CAI_LOCAL_MODEL_THREADS=1 is the remedy there.
 */
export const LOCAL_MODEL_THREADS = 2;

export interface LocalModelSettings {
  /** Context window in tokens, prompt + completion (CAI_LOCAL_MODEL_CTX, default 8192). */
  contextSize: number;
  /** Completion cap: a larger max_tokens is lowered to it; the default when a request sets none (CAI_LOCAL_MODEL_MAX_TOKENS, default 1024). */
  maxTokens: number;
  /** Limit for one request once it runs (queue wait not included) (CAI_LOCAL_MODEL_TIMEOUT_MS, default 600000). */
  timeoutMs: number;
  /** CPU threads (CAI_LOCAL_MODEL_THREADS, default LOCAL_MODEL_THREADS = 2). */
  threads: number;
  /** The machine-wide compute lock file (CAI_LOCAL_MODEL_LOCK; undefined: off). See compute-lock.ts. */
  lockFile?: string;
  /** Model name served. */
  model: string;
}

export const LOCAL_MODEL_DEFAULTS: LocalModelSettings = { contextSize: 8192, maxTokens: 1024, timeoutMs: 600_000, threads: LOCAL_MODEL_THREADS, lockFile: DEFAULT_LOCK_FILE, model: MODEL_NAME };

/** A bad CAI_LOCAL_MODEL_* value. */
export class LocalModelConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalModelConfigError';
  }
}

function whole(env: Record<string, string | undefined>, name: string, min: number, max: number, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) throw new LocalModelConfigError(`${name}=${raw} is not a whole number from ${min} to ${max}`);
  return n;
}

/** Settings from CAI_LOCAL_MODEL_CTX, _MAX_TOKENS, _TIMEOUT_MS, _THREADS and _LOCK (throws LocalModelConfigError on bad values). */
export function localModelSettings(env: Record<string, string | undefined> = process.env): LocalModelSettings {
  const contextSize = whole(env, 'CAI_LOCAL_MODEL_CTX', 512, 32_768, LOCAL_MODEL_DEFAULTS.contextSize);
  const maxTokens = whole(env, 'CAI_LOCAL_MODEL_MAX_TOKENS', 1, contextSize - 1, Math.min(LOCAL_MODEL_DEFAULTS.maxTokens, contextSize - 1));
  const timeoutMs = whole(env, 'CAI_LOCAL_MODEL_TIMEOUT_MS', 1_000, 24 * 3_600_000, LOCAL_MODEL_DEFAULTS.timeoutMs);
  const threads = whole(env, 'CAI_LOCAL_MODEL_THREADS', 1, Math.max(LOCAL_MODEL_THREADS, availableParallelism()), LOCAL_MODEL_THREADS);
  const lockFile = computeLockPath(env);
  return { contextSize, maxTokens, timeoutMs, threads, ...(lockFile ? { lockFile } : {}), model: MODEL_NAME };
}
