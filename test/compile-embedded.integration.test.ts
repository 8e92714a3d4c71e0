// The compiler's model path on the real embedded model: the decision slot of the sleep-study spec is written
// by the local Qwen2.5-Coder-1.5B through the OpenAI-compatible endpoint and must pass all four stages within
// the regeneration budget (the extractor slot comes from a person-written file here, to keep the test to a few
// minutes on two cores; `npx compiled-ai compile` lets the model write both). Needs `npm run model:install`.
import { join } from 'node:path';
import { candidateFileGenerator, createOpenAIGenerator, type Generator } from '../compiler/generators';
import { applyLimitsFromEnv } from '../compiler/llm-client';
import { compileSpec, type CompileProgress } from '../compiler/pipeline';
import { loadSpec } from '../compiler/spec';
import { closeLocalEndpoint, defaultModelConfig, isModelInstalled } from '../model/local-endpoint';
import { MODEL_NAME, MODEL_SHA256 } from '../model/pins';

jest.setTimeout(25 * 60_000);
const ROOT = join(__dirname, '..');

afterAll(async () => {
  await closeLocalEndpoint();
});

/** Decision from the model, extractor from the packaged v1 file (recorded as such in the provenance). */
function hybrid(model: Generator, file: Generator): Generator {
  return {
    kind: 'openai-compatible',
    canRegenerate: true,
    ...(model.codeFormat ? { codeFormat: model.codeFormat } : {}),
    generate: (slot, prompt, attempt) => (slot === 'decision' ? model.generate(slot, prompt, attempt) : file.generate(slot, prompt, attempt)),
    provenance: () => ({ ...model.provenance(), candidateFiles: file.provenance().candidateFiles ?? [] }),
  };
}

test('the embedded model writes a decision slot that passes security, syntax, execution (rule oracle) and accuracy', async () => {
  if (!isModelInstalled(process.env)) throw new Error('the embedded model is not installed: run `npm run model:install` first');
  const env = { ...process.env, OPENAI_BASE_URL: '', CAI_MODEL: '', OPENAI_MODEL: '' };
  const local = await defaultModelConfig(env);
  expect(local?.model).toBe(MODEL_NAME);
  const model = createOpenAIGenerator(
    applyLimitsFromEnv({ baseURL: local!.baseURL, apiKey: local!.apiKey, model: local!.model, timeoutMs: local!.timeoutMs, maxTokens: local!.maxTokens, source: 'embedded', weightsSha256: MODEL_SHA256 }, env),
  );
  const file = candidateFileGenerator({
    decision: join(ROOT, 'workflows-generated/prior-auth-sleep-study/v1/decision.ts'),
    extractor: join(ROOT, 'workflows-generated/prior-auth-sleep-study/v1/extractor.ts'),
  });
  const loaded = loadSpec(join(ROOT, 'specs', 'prior-auth-sleep-study.yaml'));
  const events: CompileProgress[] = [];
  const result = await compileSpec(loaded, { generator: hybrid(model, file), maxRegenerations: 3, onProgress: (e) => events.push(e) });
  const decisionAttempts = (result.success ? result.attempts : result.report.attempts).filter((a) => a.slot === 'decision');
  // Real token counts from the endpoint on every model attempt.
  for (const a of decisionAttempts) expect(a.tokens?.prompt ?? 0).toBeGreaterThan(500);
  if (!result.success) throw new Error(`the model did not pass the decision slot in ${decisionAttempts.length} attempts: ${JSON.stringify(decisionAttempts.map((a) => a.diagnostics.slice(0, 2)))}`);
  const accepted = decisionAttempts.find((a) => a.passed)!;
  expect(accepted.stages.map((s) => [s.stage, s.passed])).toEqual([['security', true], ['syntax', true], ['execution', true], ['accuracy', true]]);
  expect(result.artifact.code.decision).toMatch(/export function decide\(/);
  expect(result.artifact.provenance.model).toBe(MODEL_NAME);
  expect(result.artifact.provenance.weightsSha256).toBe(MODEL_SHA256);
  expect(events.some((e) => e.type === 'slot-accepted' && e.slot === 'decision')).toBe(true);
});
