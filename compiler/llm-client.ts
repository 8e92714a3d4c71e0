// The one model call of the compiler: an OpenAI-compatible chat completion with structured output
// ({ code, rationale }), temperature 0, no SDK retries (the pipeline decides what to retry).
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

export const CandidateSchema = z.object({
  code: z.string().describe('The complete TypeScript source of the slot file.'),
  rationale: z.string().describe('A short explanation of how the code implements the spec.'),
});

export interface ModelConfig {
  baseURL?: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  maxTokens?: number;
  seed?: number;
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

export interface ModelClient {
  readonly model: string;
  complete(prompt: ChatPrompt): Promise<ModelAnswer>;
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
  const timeout = Number(env.CAI_MODEL_TIMEOUT_MS);
  if (env.CAI_MODEL_TIMEOUT_MS && Number.isFinite(timeout) && timeout > 0) config.timeoutMs = timeout;
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
  });
  return {
    model: config.model,
    async complete(prompt: ChatPrompt): Promise<ModelAnswer> {
      let completion;
      const started = Date.now();
      try {
        completion = await client.chat.completions.parse({
          model: config.model,
          temperature: 0,
          seed: config.seed ?? DEFAULT_SEED,
          max_completion_tokens: config.maxTokens ?? DEFAULT_MAX_TOKENS,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          response_format: zodResponseFormat(CandidateSchema, 'candidate'),
        });
      } catch (e) {
        throw translateError(e, config, timeout, Date.now() - started);
      }
      const u = completion.usage;
      const usage: TokenUsage = {
        prompt: u?.prompt_tokens ?? 0,
        completion: u?.completion_tokens ?? 0,
        total: u?.total_tokens ?? (u?.prompt_tokens ?? 0) + (u?.completion_tokens ?? 0),
      };
      const message = completion.choices[0]?.message;
      if (!message) throw new ModelOutputError('the model returned no choices', 'no-output', usage);
      if (message.refusal) throw new ModelOutputError(`the model refused: ${message.refusal}`, 'refusal', usage);
      const parsed = message.parsed;
      if (!parsed) throw new ModelOutputError('the model returned no structured output (empty content)', 'no-output', usage);
      const code = stripCodeFences(parsed.code);
      if (!code.trim()) throw new ModelOutputError('the model returned an empty "code" field', 'no-output', usage);
      return { code, rationale: parsed.rationale, usage, model: completion.model || config.model };
    },
  };
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
