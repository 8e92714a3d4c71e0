// The conflict check on the LLM path: the model's settled reading is set against the chart's own sentences, each read
// alone by the compiled extractor, so the workflow's conflict check applies whichever path read the chart. The model is
// a scripted fake (control flow); the sentence readings are the released GLP-1 v2 extractor's.
import pino from 'pino';
import type { ExtractionOutcome, Facts } from '../contract/bounded-decision';
import { createBoundedDecisionActivities } from '../activities';
import type { LlmExtractor } from '../activities/llm-extraction';
import { artifactId } from '../activities/registry-types';
import { decisiveConflicts } from '../templates/bounded-decision/conflict';
import { decide } from '../workflows-generated/prior-auth-glp1/v2/decision';
import { artifacts } from '../workflows-generated/registry';

const v2 = artifacts.find((a) => a.info.spec === 'prior-auth-glp1' && a.info.specVersion === 2)!;
const model = (failed: boolean): LlmExtractor => ({
  model: 'scripted',
  async extract(): Promise<ExtractionOutcome<Facts>> {
    return { settled: true, path: 'llm', facts: { has_t2d_diagnosis: false, current_a1c: 5.6, bmi: 34.2, has_step_therapy_failure: failed }, found: { has_t2d_diagnosis: true, current_a1c: true, bmi: true, has_step_therapy_failure: true }, notes: [] };
  },
});
const run = (failed: boolean, text: string) =>
  createBoundedDecisionActivities({ artifacts, audit: undefined as never, logger: pino({ level: 'silent' }), scan: () => ({ injection: false, score: 0, findings: [], phi: [] }), llm: model(failed) }).extractWithLlm({ artifactId: artifactId(v2.info), text });

const CHART = 'Obesity, BMI 34.2. No diabetes; HbA1c 5.6 %.\nPrevious weight treatment: he has never used a weight-loss medicine.\nPlan: semaglutide.';

describe('the conflict check on the LLM path', () => {
  test('a model reading a failure the chart denies goes to review: the compiled extractor read the denial, and the model may not overrule it', async () => {
    const out = await run(true, CHART);
    expect(out.settled).toBe(false);
    if (out.settled) return;
    expect(out.reasons.join(' ')).toMatch(/has_step_therapy_failure otherwise than the chart states/);
    const finding = out.findings?.find((f) => f.rule === 'fact-guard/model-disagrees');
    expect(CHART.slice(...finding!.span)).toMatch(/never used a weight-loss medicine/);
    expect(JSON.stringify(out)).not.toContain('semaglutide');
  });
  test('the workflow\'s conflict check still applies to a model reading the compiled extractor could not bound', () => {
    // The decision side of the same case: a settled reading with the denying sentence as an alternative turns the outcome.
    const facts = { has_t2d_diagnosis: false, current_a1c: 5.6, bmi: 34.2, has_step_therapy_failure: true };
    const found = { has_t2d_diagnosis: true, current_a1c: true, bmi: true, has_step_therapy_failure: true };
    const span: [number, number] = [CHART.indexOf('he has never'), CHART.indexOf('medicine.') + 9];
    expect(decisiveConflicts(v2.info.checks, decide, facts as never, found, 'APPROVED', [{ fact: 'has_step_therapy_failure', value: false, span }])).toHaveLength(1);
  });
  test('a model reading that agrees with every sentence carries none', async () => {
    const out = await run(false, CHART);
    expect(out.settled && out.alternatives).toBeFalsy();
  });
});
