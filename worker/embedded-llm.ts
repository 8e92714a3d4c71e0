// The run-time LLM extraction fallback on the embedded local model, for specs that enable it
// (`llm.fallback: true`). The in-process OpenAI-compatible endpoint starts on the first unsettled case, so a
// worker whose specs never need it never loads the model. Same client, prompt and output gate as any endpoint.
import { createLlmExtractor, type LlmConfig, type LlmExtractor } from '../activities/llm-extraction';
import { createToolCaller, type ToolCaller } from '../activities/tool-caller';
import { ensureLocalEndpoint, isModelInstalled } from '../model/local-endpoint';
import { MODEL_NAME } from '../model/pins';

type Env = Record<string, string | undefined>;

/** Limits of one run-time extraction on the CPU model (a chart is a few hundred tokens in, ~150 out). */
export const EMBEDDED_LLM_DEFAULTS = { timeoutMs: 300_000, maxTokens: 400 };

/**
 * The embedded model's client config, resolved (and the in-process endpoint started) on first use; undefined when
 * the model is not installed or switched off (CAI_LOCAL_MODEL=off).
 */
function lazyEmbedded<T>(env: Env, maxTokens: number, make: (config: LlmConfig) => T): (() => Promise<T>) | undefined {
  if (env.CAI_LOCAL_MODEL?.trim().toLowerCase() === 'off' || !isModelInstalled(env)) return undefined;
  const timeoutMs = Number(env.CAI_LLM_TIMEOUT_MS ?? EMBEDDED_LLM_DEFAULTS.timeoutMs);
  let inner: Promise<T> | undefined;
  return () => (inner ??= ensureLocalEndpoint({ env }).then((c) => make({ baseURL: c.baseURL, apiKey: c.apiKey, model: c.model, timeoutMs, maxTokens, source: 'embedded' })));
}

/** An extractor backed by the embedded model, or undefined when it is not installed or switched off. */
export function embeddedLlmExtractor(env: Env, redact: (text: string) => string): LlmExtractor | undefined {
  const get = lazyEmbedded(env, Number(env.CAI_LLM_MAX_TOKENS ?? EMBEDDED_LLM_DEFAULTS.maxTokens), (c) => createLlmExtractor(c, redact));
  if (!get) return undefined;
  return {
    model: MODEL_NAME,
    source: 'embedded',
    async extract(artifact, text) {
      return (await get()).extract(artifact, text);
    },
  };
}

/** The function-call fallback on the embedded model (a tool call is ~300 tokens in, ~50 out), started on first use. */
export function embeddedToolCaller(env: Env): ToolCaller | undefined {
  const get = lazyEmbedded(env, 300, createToolCaller);
  if (!get) return undefined;
  return {
    model: MODEL_NAME,
    async call(tool, query) {
      return (await get()).call(tool, query);
    },
  };
}
