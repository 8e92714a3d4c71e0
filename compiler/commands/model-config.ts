// Which model a compile uses (shared by the bounded-decision and the function-call compile commands).
import { defaultModelConfig, LOCAL_MODEL_HELP } from '../../model/local-endpoint';
import { MODEL_SHA256 } from '../../model/pins';
import { applyLimitsFromEnv, MODEL_CONFIG_HELP, modelConfigFromEnv, type ModelConfig } from '../llm-client';

/**
 * The model a compile uses: the environment's endpoint (OPENAI_BASE_URL / CAI_MODEL), else the embedded local
 * model when it is installed (served in-process as an OpenAI-compatible endpoint), else a message saying how.
 */
export async function resolveModelConfig(env: Record<string, string | undefined>): Promise<ModelConfig | string> {
  const config = modelConfigFromEnv(env);
  if (config) return config;
  const local = await defaultModelConfig(env);
  if (!local) return `no model is configured: ${MODEL_CONFIG_HELP}; ${LOCAL_MODEL_HELP}`;
  return applyLimitsFromEnv(
    { baseURL: local.baseURL, apiKey: local.apiKey, model: local.model, timeoutMs: local.timeoutMs, maxTokens: local.maxTokens, source: 'embedded', weightsSha256: MODEL_SHA256 },
    env,
  );
}

