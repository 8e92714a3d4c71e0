// The one model call of the compiler: an OpenAI-compatible chat completion with structured output
// ({ code, rationale }), temperature 0, no SDK retries (the pipeline decides what to retry).
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { longRequestFetch } from '../model/long-fetch';

export const CandidateSchema = z.object({
  code: z.string().describe('The complete TypeScript source of the slot file.'),
  rationale: z.string().describe('A short explanation of how the code implements the spec.'),
});

/**
 * How the model hands back code: `fenced` asks for a Markdown ```ts block (small models write code far better
 * there than inside a JSON string, where one lost brace or quote breaks everything); `json` uses structured
 * output {code, rationale}. `bench/code-format.ts` measures both.
 */
export type CodeFormat = 'fenced' | 'json';

/**
 * How the extractor slot is asked for: `readers` (one small JSON answer per fact: reader kind and phrases,
 * rendered by the compiler) or `code` (the whole file, in the code format). docs/embedded-model.md records
 * what each form passed with the local model.
 */
export type ExtractorForm = 'readers' | 'code';

export interface ModelConfig {
  baseURL?: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  maxTokens?: number;
  seed?: number;
  codeFormat?: CodeFormat;
  extractorForm?: ExtractorForm;
  /** Where the configuration came from (recorded in manifests): the environment or the embedded model. */
  source?: 'env' | 'embedded';
  /** sha256 of the weights, when known (the embedded model). */
  weightsSha256?: string;
}

export interface TokenUsage {
  prompt: number;
  completion: number;
  total: number;
}

export interface ModelAnswer {
  code: string;
  rationale: string;
  usage: TokenUsage;
  /** The model that answered, as reported by the endpoint. */
  model: string;
}

export interface ChatPrompt {
  system: string;
  user: string;
}

/** Sampling of one call. Regenerations sample (seeded, so a compile stays reproducible): at temperature 0 the
 *  same prompt gives the same answer, and a small model repeats its mistake verbatim. */
export interface SamplingOptions {
  temperature?: number;
  seed?: number;
  /** A lower completion cap for this call (small JSON answers), never above the configured one. */
  maxTokens?: number;
}

export interface JsonAnswer {
  value: unknown;
  usage: TokenUsage;
  model: string;
}

export interface ModelClient {
  readonly model: string;
  complete(prompt: ChatPrompt, sampling?: SamplingOptions): Promise<ModelAnswer>;
  /** One JSON answer constrained by a JSON schema (compile-time data such as synthetic examples). */
  completeJson?(prompt: ChatPrompt, schema: Record<string, unknown>, sampling?: SamplingOptions): Promise<JsonAnswer>;
}

/** Attempt 1 is greedy; regeneration n samples at REGENERATION_TEMPERATURE with seed DEFAULT_SEED + n. */
export const REGENERATION_TEMPERATURE = 0.4;
export function samplingForAttempt(attempt: number, baseSeed = DEFAULT_SEED): SamplingOptions {
  return attempt <= 1 ? { temperature: 0, seed: baseSeed } : { temperature: REGENERATION_TEMPERATURE, seed: baseSeed + attempt };
}

/** The endpoint answered, but not with a usable candidate (refusal, truncation, malformed or mis-shaped JSON). */
export class ModelOutputError extends Error {
  constructor(
    message: string,
    readonly kind: 'refusal' | 'no-output' | 'invalid-json' | 'truncated' | 'content-filter',
    readonly usage?: TokenUsage,
  ) {
    super(message);
    this.name = 'ModelOutputError';
  }
}

/** The endpoint could not be reached or answered with an HTTP error. */
export class ModelUnavailableError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_TOKENS = 8_000;
export const DEFAULT_SEED = 7;

/**
 * The code of a fenced answer: the longest ```ts / ```typescript (or bare ```) block; an unterminated last
 * fence (the model stopped early) is taken to the end. Undefined when the answer holds no code block.
 */
export function parseFencedAnswer(content: string): { code: string; rationale: string } | undefined {
  const blocks: Array<{ code: string; start: number; end: number }> = [];
  const re = /```[ \t]*([a-zA-Z0-9_-]*)[^\n]*\n([\s\S]*?)(?:\n[ \t]*```|$(?![\s\S]))/g;
  for (const m of content.matchAll(re)) {
    const lang = (m[1] ?? '').toLowerCase();
    if (lang && !['ts', 'typescript', 'tsx', 'js', 'javascript'].includes(lang)) continue;
    blocks.push({ code: m[2] ?? '', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const best = blocks.sort((a, b) => b.code.length - a.code.length)[0];
  if (!best || !best.code.trim()) return undefined;
  const rationale = `${content.slice(0, best.start)} ${content.slice(best.end)}`.replace(/\s+/g, ' ').trim();
  return { code: `${best.code.replace(/\s+$/, '')}\n`, rationale };
}

/** Remove a Markdown code fence the model may have wrapped around the code. */
export function stripCodeFences(code: string): string {
  const trimmed = code.trim();
  const m = /^```[a-zA-Z0-9_-]*[ \t]*\r?\n([\s\S]*?)\r?\n?```$/.exec(trimmed);
  return m ? `${m[1]!.replace(/\s+$/, '')}\n` : code;
}

/** Model configuration from the environment; undefined when no model is configured. */
export function modelConfigFromEnv(env: Record<string, string | undefined>): ModelConfig | undefined {
  const model = (env.CAI_MODEL ?? env.OPENAI_MODEL)?.trim();
  // A model name alone is not a configuration: an endpoint (base URL) or a key for the default one is needed.
  if (!model || (!env.OPENAI_BASE_URL?.trim() && !env.OPENAI_API_KEY?.trim())) return undefined;
  const config: ModelConfig = { model };
  if (env.OPENAI_BASE_URL?.trim()) config.baseURL = env.OPENAI_BASE_URL.trim();
  if (env.OPENAI_API_KEY?.trim()) config.apiKey = env.OPENAI_API_KEY.trim();
  applyLimitsFromEnv(config, env);
  return config;
}

/** CAI_MODEL_TIMEOUT_MS, CAI_MODEL_MAX_TOKENS, CAI_CODE_FORMAT (fenced | json) and CAI_EXTRACTOR_FORM (readers | code) onto a configuration. */
export function applyLimitsFromEnv(config: ModelConfig, env: Record<string, string | undefined>): ModelConfig {
  const timeout = Number(env.CAI_MODEL_TIMEOUT_MS);
  if (env.CAI_MODEL_TIMEOUT_MS && Number.isFinite(timeout) && timeout > 0) config.timeoutMs = timeout;
  const maxTokens = Number(env.CAI_MODEL_MAX_TOKENS);
  if (env.CAI_MODEL_MAX_TOKENS && Number.isInteger(maxTokens) && maxTokens > 0) config.maxTokens = maxTokens;
  const format = env.CAI_CODE_FORMAT?.trim();
  if (format === 'fenced' || format === 'json') config.codeFormat = format;
  const form = env.CAI_EXTRACTOR_FORM?.trim();
  if (form === 'readers' || form === 'code') config.extractorForm = form;
  return config;
}

/** How to configure a model, for error messages. */
export const MODEL_CONFIG_HELP =
  'set CAI_MODEL (the model name), OPENAI_BASE_URL (an OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 ' +
  'or http://localhost:11434/v1) and OPENAI_API_KEY; or pass --candidate FILE (decision=FILE, extractor=FILE, or a directory) ' +
  'to compile code written by a person';

function describeEndpoint(config: ModelConfig): string {
  return `${config.baseURL ?? 'https://api.openai.com/v1'} (model ${config.model})`;
}

export function createModelClient(config: ModelConfig): ModelClient {
  const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new OpenAI({
    // The SDK refuses to start without a key; local OpenAI-compatible servers usually ignore it.
    apiKey: config.apiKey ?? 'no-key',
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    maxRetries: 0,
    timeout,
    // Local CPU models can take longer than fetch's built-in 300 s wait for response headers.
    fetch: longRequestFetch(timeout),
  });
  return {
    model: config.model,
    async complete(prompt: ChatPrompt, sampling: SamplingOptions = {}): Promise<ModelAnswer> {
      if ((config.codeFormat ?? 'fenced') === 'fenced') return completeFenced(client, config, timeout, prompt, sampling);
      const completion = await translated(config, timeout, () =>
        client.chat.completions.parse({ ...chatRequest(config, prompt, sampling), response_format: zodResponseFormat(CandidateSchema, 'candidate') }),
      );
      const usage = usageOf(completion.usage);
      const message = completion.choices[0]?.message;
      if (!message) throw new ModelOutputError('the model returned no choices', 'no-output', usage);
      if (message.refusal) throw new ModelOutputError(`the model refused: ${message.refusal}`, 'refusal', usage);
      const parsed = message.parsed;
      if (!parsed) throw new ModelOutputError('the model returned no structured output (empty content)', 'no-output', usage);
      const code = stripCodeFences(parsed.code);
      if (!code.trim()) throw new ModelOutputError('the model returned an empty "code" field', 'no-output', usage);
      return { code, rationale: parsed.rationale, usage, model: completion.model || config.model };
    },
    async completeJson(prompt: ChatPrompt, schema: Record<string, unknown>, sampling: SamplingOptions = {}): Promise<JsonAnswer> {
      const completion = await translated(config, timeout, () =>
        client.chat.completions.create({ ...chatRequest(config, prompt, sampling), response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } } }),
      );
      const usage = usageOf(completion.usage);
      const choice = completion.choices[0];
      if (!choice?.message.content) throw new ModelOutputError('the model returned no content', 'no-output', usage);
      try {
        return { value: JSON.parse(choice.message.content), usage, model: completion.model || config.model };
      } catch {
        throw new ModelOutputError(choice.finish_reason === 'length' ? 'the model output was cut off (max tokens reached)' : 'the model output is not valid JSON', choice.finish_reason === 'length' ? 'truncated' : 'invalid-json', usage);
      }
    },
  };
}

/** The request fields every call shares: model, sampling, completion cap and the two messages. */
function chatRequest(config: ModelConfig, prompt: ChatPrompt, sampling: SamplingOptions) {
  return {
    model: config.model,
    temperature: sampling.temperature ?? 0,
    seed: sampling.seed ?? config.seed ?? DEFAULT_SEED,
    max_completion_tokens: Math.min(config.maxTokens ?? DEFAULT_MAX_TOKENS, sampling.maxTokens ?? Number.POSITIVE_INFINITY),
    messages: [
      { role: 'system' as const, content: prompt.system },
      { role: 'user' as const, content: prompt.user },
    ],
  };
}

/** Run one call; SDK and transport errors become ModelUnavailableError / ModelOutputError (timed by the clock). */
async function translated<T>(config: ModelConfig, timeout: number, call: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await call();
  } catch (e) {
    throw translateError(e, config, timeout, Date.now() - started);
  }
}

/** Token usage as the endpoint reported it (total derived when the endpoint leaves it out). */
function usageOf(u: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number } | undefined | null): TokenUsage {
  return { prompt: u?.prompt_tokens ?? 0, completion: u?.completion_tokens ?? 0, total: u?.total_tokens ?? (u?.prompt_tokens ?? 0) + (u?.completion_tokens ?? 0) };
}

async function completeFenced(client: OpenAI, config: ModelConfig, timeout: number, prompt: ChatPrompt, sampling: SamplingOptions): Promise<ModelAnswer> {
  const completion = await translated(config, timeout, () => client.chat.completions.create(chatRequest(config, prompt, sampling)));
  const usage = usageOf(completion.usage);
  const choice = completion.choices[0];
  const message = choice?.message;
  if (!message) throw new ModelOutputError('the model returned no choices', 'no-output', usage);
  if (message.refusal) throw new ModelOutputError(`the model refused: ${message.refusal}`, 'refusal', usage);
  const content = message.content ?? '';
  const parsed = parseFencedAnswer(content);
  if (!parsed) {
    const kind = choice.finish_reason === 'length' ? 'truncated' : 'no-output';
    throw new ModelOutputError(
      kind === 'truncated' ? 'the model output was cut off (max tokens reached) before a code block was written' : 'the answer holds no ```ts code block',
      kind,
      usage,
    );
  }
  return { code: parsed.code, rationale: parsed.rationale, usage, model: completion.model || config.model };
}

function translateError(e: unknown, config: ModelConfig, timeout: number, elapsedMs: number): Error {
  // The SDK reports its own abort-on-timeout as a timeout only when it recognises the abort error; go by the clock too.
  if (e instanceof APIConnectionTimeoutError || (e instanceof APIConnectionError && elapsedMs >= timeout - 20))
    return new ModelUnavailableError(`the model endpoint ${describeEndpoint(config)} did not answer within ${timeout} ms`);
  if (e instanceof APIError) {
    if (e.status === undefined)
      return new ModelUnavailableError(`cannot reach the model endpoint ${describeEndpoint(config)}: ${e.message}`);
    const hint =
      e.status === 401 || e.status === 403
        ? ' (check OPENAI_API_KEY)'
        : e.status === 404
          ? ' (check OPENAI_BASE_URL and CAI_MODEL)'
          : e.status === 400
            ? ' (the endpoint rejected the request; does it support structured outputs with json_schema?)'
            : '';
    return new ModelUnavailableError(`the model endpoint ${describeEndpoint(config)} answered HTTP ${e.status}: ${e.message}${hint}`, e.status);
  }
  const name = (e as Error)?.name ?? '';
  if (e instanceof LengthFinishReasonError)
    return new ModelOutputError('the model output was cut off (max tokens reached) before the JSON was complete', 'truncated');
  if (e instanceof ContentFilterFinishReasonError) return new ModelOutputError('the model output was blocked by a content filter', 'content-filter');
  if (e instanceof SyntaxError || e instanceof z.ZodError || name === 'ZodError')
    return new ModelOutputError(`the model output is not a valid {code, rationale} JSON object: ${(e as Error).message.split('\n')[0]}`, 'invalid-json');
  return e instanceof Error ? e : new Error(String(e));
}
