// The embedded default model as an in-process OpenAI-compatible endpoint. Callers that would otherwise need
// OPENAI_BASE_URL / CAI_MODEL use it like any other endpoint:
//
//   const cfg = (modelConfigFromEnv(env)) ?? (await defaultModelConfig(env));   // env wins; else embedded
//   new OpenAI({ baseURL: cfg.baseURL, apiKey: cfg.apiKey, timeout: cfg.timeoutMs })  … model: cfg.model
//
// ensureLocalEndpoint() starts the server once per process on 127.0.0.1 (random port, random API key; the
// listening socket is unref'd so it never keeps a process alive) and loads the model lazily on the first
// completion (a few seconds). Nothing downloads at run time: without `npm run model:install` it throws
// ModelNotInstalledError, and defaultModelConfig() returns undefined.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { Logger } from 'pino';
import { createLogger } from '../worker/logger';
import { ModelNotInstalledError, modelFileProblem } from './engine';
import { MODEL_BYTES, MODEL_NAME, MODEL_SHA256, modelFilePath, modelStampPath } from './pins';
import { startModelServer, type ModelServer } from './server';
import { localModelSettings } from './settings';

type Env = Record<string, string | undefined>;

/** What an OpenAI client needs to use the embedded model. */
export interface LocalModelConfig {
  /** `qwen2.5-coder-1.5b-instruct-q4_k_m` */
  model: string;
  /** e.g. http://127.0.0.1:41234/v1 */
  baseURL: string;
  /** Random per process; the server refuses requests without it. */
  apiKey: string;
  /** A client timeout that covers one queued request ahead plus this one (2 × CAI_LOCAL_MODEL_TIMEOUT_MS). */
  timeoutMs: number;
  /** The server's completion cap (CAI_LOCAL_MODEL_MAX_TOKENS); larger max_tokens values are lowered to it. */
  maxTokens: number;
}

export interface LocalEndpoint extends LocalModelConfig {
  /** Stop the server and free the model (tests; a later ensureLocalEndpoint() starts a new one). */
  close(): Promise<void>;
}

/** For "no model configured" messages. */
export const LOCAL_MODEL_HELP = `or run \`npm run model:install\` once to use the embedded ${MODEL_NAME} (CPU, slow but offline)`;

/** True when the pinned model file is in place and passed model:install's sha256 check (size + stamp; no hashing). */
export function isModelInstalled(env: Env = process.env): boolean {
  return modelFileProblem(modelFilePath(env)) === undefined;
}

export interface LocalModelInfo {
  model: string;
  file: string;
  installed: boolean;
  /** Why not installed. */
  problem?: string;
  /** Size on disk (null: no file). */
  bytes: number | null;
  expectedBytes: number;
  /** The pinned sha256 (model/pins.ts, scripts/model-env.sh). */
  sha256: string;
  /** The sha256 recorded by model:install's check, if any. */
  stampSha256: string | null;
}

/** Where the model is and whether it is installed (cheap: no hashing). */
export function localModelInfo(env: Env = process.env): LocalModelInfo {
  const file = modelFilePath(env);
  const problem = modelFileProblem(file);
  const stamp = modelStampPath(file);
  return {
    model: MODEL_NAME,
    file,
    installed: problem === undefined,
    ...(problem ? { problem } : {}),
    bytes: existsSync(file) ? statSync(file).size : null,
    expectedBytes: MODEL_BYTES,
    sha256: MODEL_SHA256,
    stampSha256: existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() || null : null,
  };
}

/** sha256 of the model file (reads all 1.1 GB: a few seconds). */
export function hashModelFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

let current: Promise<{ server: ModelServer; endpoint: LocalEndpoint }> | undefined;

/**
 * Start the embedded model's endpoint in this process (once; later calls return the same endpoint).
 * Throws ModelNotInstalledError (message: run `npm run model:install`) when the model is missing, and
 * LocalModelConfigError on a bad CAI_LOCAL_MODEL_* value.
 */
export async function ensureLocalEndpoint(options: { env?: Env; logger?: Logger } = {}): Promise<LocalEndpoint> {
  const env = options.env ?? process.env;
  if (!current) {
    const file = modelFilePath(env);
    const problem = modelFileProblem(file);
    if (problem) throw new ModelNotInstalledError(file, problem);
    const settings = localModelSettings(env);
    const apiKey = `cai-local-${randomBytes(24).toString('hex')}`;
    // Request logs (metadata only) at info, failures at error: quiet unless CAI_LOG_LEVEL=info.
    const logger = options.logger ?? createLogger('local-model', env.CAI_LOG_LEVEL ?? 'warn');
    const starting = startModelServer({ port: 0, host: '127.0.0.1', apiKey, settings, modelFile: file, logger }).then((server) => {
      server.server.unref();
      const endpoint: LocalEndpoint = {
        model: server.model,
        baseURL: server.baseURL,
        apiKey,
        timeoutMs: 2 * settings.timeoutMs,
        maxTokens: settings.maxTokens,
        close: async () => {
          if (current === starting) current = undefined;
          await server.close();
        },
      };
      return { server, endpoint };
    });
    current = starting;
    starting.catch(() => {
      if (current === starting) current = undefined;
    });
  }
  return (await current).endpoint;
}

/** Stop the in-process endpoint if one runs (tests, shutdown). */
export async function closeLocalEndpoint(): Promise<void> {
  const c = current;
  current = undefined;
  if (c) await (await c.catch(() => undefined))?.server.close();
}

/** Set CAI_LOCAL_MODEL=off (0, false, no) to never fall back to the embedded model. */
function embeddedDisabled(env: Env): boolean {
  return /^(0|off|false|no)$/i.test(env.CAI_LOCAL_MODEL?.trim() ?? '');
}

/**
 * The compile-time default model. Returns undefined when the environment configures a model (OPENAI_BASE_URL,
 * CAI_MODEL or OPENAI_MODEL set: the caller uses those), when CAI_LOCAL_MODEL=off, or when the embedded model
 * is not installed; otherwise starts the in-process endpoint (ensureLocalEndpoint) and returns its config.
 * CAI_MODEL set to the embedded model's name without OPENAI_BASE_URL also selects the embedded endpoint.
 */
export async function defaultModelConfig(env: Env = process.env, options: { logger?: Logger } = {}): Promise<LocalModelConfig | undefined> {
  if (embeddedDisabled(env)) return undefined;
  const named = (env.CAI_MODEL ?? env.OPENAI_MODEL)?.trim();
  const baseURL = env.OPENAI_BASE_URL?.trim();
  if (baseURL || (named && named !== MODEL_NAME)) return undefined;
  if (!isModelInstalled(env)) return undefined;
  const { model, baseURL: url, apiKey, timeoutMs, maxTokens } = await ensureLocalEndpoint({ env, ...(options.logger ? { logger: options.logger } : {}) });
  return { model, baseURL: url, apiKey, timeoutMs, maxTokens };
}
