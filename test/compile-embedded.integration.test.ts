// The compiler's model path on the real embedded model: both slots of the sleep-study spec are written by the
// local Qwen2.5-Coder-1.5B through the OpenAI-compatible endpoint — the decision as a fenced file, the extractor
// in readers form (one grammar-constrained answer per fact) — and must pass all four stages within the
// regeneration budget. About 4 minutes on two cores. Needs `npm run model:install`.
import { join } from 'node:path';
import { createOpenAIGenerator } from '../compiler/generators';
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

test('the embedded model writes both slots (decision fenced, extractor in readers form) and they pass all four stages', async () => {
  if (!isModelInstalled(process.env)) throw new Error('the embedded model is not installed: run `npm run model:install` first');
  const env = { ...process.env, OPENAI_BASE_URL: '', CAI_MODEL: '', OPENAI_MODEL: '', CAI_EXTRACTOR_FORM: '' };
  const local = await defaultModelConfig(env);
  expect(local?.model).toBe(MODEL_NAME);
  const model = createOpenAIGenerator(
    applyLimitsFromEnv({ baseURL: local!.baseURL, apiKey: local!.apiKey, model: local!.model, timeoutMs: local!.timeoutMs, maxTokens: local!.maxTokens, source: 'embedded', weightsSha256: MODEL_SHA256 }, env),
  );
  const loaded = loadSpec(join(ROOT, 'specs', 'prior-auth-sleep-study.yaml'));
  const events: CompileProgress[] = [];
  const result = await compileSpec(loaded, { generator: model, maxRegenerations: 5, onProgress: (e) => events.push(e) });
  const attempts = result.success ? result.attempts : result.report.attempts;
  // Real token counts from the endpoint on every model attempt.
  for (const a of attempts) expect(a.tokens?.total ?? 0).toBeGreaterThan(0);
  if (!result.success) throw new Error(`the model did not pass: ${result.report.reason}: ${JSON.stringify(attempts.map((a) => [a.slot, a.attempt, a.diagnostics.slice(0, 2)]))}`);
  for (const slot of ['decision', 'extractor'] as const) {
    const accepted = attempts.find((a) => a.slot === slot && a.passed)!;
    expect(accepted.stages.map((s) => [s.stage, s.passed])).toEqual([['security', true], ['syntax', true], ['execution', true], ['accuracy', true]]);
  }
  expect(result.artifact.code.decision).toMatch(/export function decide\(/);
  expect(result.artifact.code.extractor).toMatch(/return extractFacts<PriorAuthSleepStudyFacts>\(text, \{/);
  expect(result.artifact.provenance.model).toBe(MODEL_NAME);
  expect(result.artifact.provenance.weightsSha256).toBe(MODEL_SHA256);
  expect(result.artifact.provenance.note).toMatch(/readers form/);
  expect(events.filter((e) => e.type === 'slot-accepted').map((e) => e.slot)).toEqual(['decision', 'extractor']);
});
