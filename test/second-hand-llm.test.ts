// The provenance check on the LLM path (activities/index.ts extractWithLlm): a settled model reading is checked the
// way a compiled one is, by reading the chart again with the text its author did not record first-hand blanked. The
// model here is a scripted fake: these are control-flow cases (which calls, which outcome), not a model's result.
import pino from 'pino';
import type { ExtractionOutcome, Facts } from '../contract/bounded-decision';
import { createBoundedDecisionActivities } from '../activities';
import type { LlmExtractor } from '../activities/llm-extraction';
import { artifactId } from '../activities/registry-types';
import { artifacts } from '../workflows-generated/registry';

const glp1 = artifacts.find((a) => a.info.spec === 'prior-auth-glp1')!;
const id = artifactId(glp1.info);
const REPORTED = 'The practice pharmacist, who saw her last week, says orlistat for six months did nothing.';

/** A fake model that reads a step-therapy failure only where the text names orlistat; records what it was sent. */
function fakeModel(settleOnCut = true): LlmExtractor & { sent: string[] } {
  const sent: string[] = [];
  return {
    model: 'scripted',
    sent,
    async extract(_artifact, text): Promise<ExtractionOutcome<Facts>> {
      sent.push(text);
      if (!settleOnCut && sent.length > 1) return { settled: false, path: 'llm', reasons: ['LLM uncertain: step therapy'] };
      const failed = /orlistat/i.test(text);
      return { settled: true, path: 'llm', facts: { has_t2d_diagnosis: false, current_a1c: 5.4, bmi: 33, has_step_therapy_failure: failed }, found: { has_t2d_diagnosis: true, current_a1c: true, bmi: true, has_step_therapy_failure: true }, notes: [] };
    },
  };
}
const activities = (llm: LlmExtractor) => createBoundedDecisionActivities({ artifacts, audit: undefined as never, logger: pino({ level: 'silent' }), scan: () => ({ injection: false, score: 0, findings: [], phi: [] }), llm });

describe('the provenance check on the LLM path', () => {
  test('facts that change when the third party\'s words are blanked: review with the finding, two calls', async () => {
    const llm = fakeModel();
    const text = `Obesity, BMI 33, HbA1c 5.4 %.\n${REPORTED}\nPlan: semaglutide.`;
    const out = await activities(llm).extractWithLlm({ artifactId: id, text });
    expect(out.settled).toBe(false);
    if (out.settled) return;
    expect(out.path).toBe('llm');
    expect(out.findings?.map((f) => f.rule)).toEqual(['fact-guard/second-hand']);
    expect(out.findings?.[0]?.span).toEqual([text.indexOf(REPORTED), text.indexOf(REPORTED) + REPORTED.length]);
    expect(JSON.stringify(out)).not.toContain('orlistat');
    expect(llm.sent).toHaveLength(2);
    expect(llm.sent[1]).toHaveLength(text.length);
    expect(llm.sent[1]).not.toContain('pharmacist');
  });
  test('facts that do not rest on it: the first reading stands', async () => {
    const llm = fakeModel();
    const text = `Obesity, BMI 33. Orlistat 6 months, no loss.\n${REPORTED}`;
    const out = await activities(llm).extractWithLlm({ artifactId: id, text });
    expect(out.settled).toBe(true);
    expect(llm.sent).toHaveLength(2);
  });
  test('a reading that no longer settles without it: review', async () => {
    const llm = fakeModel(false);
    const out = await activities(llm).extractWithLlm({ artifactId: id, text: `Obesity, BMI 33. Orlistat 6 months, no loss.\n${REPORTED}` });
    expect(out.settled).toBe(false);
  });
  test('a chart with no such text: one call', async () => {
    const llm = fakeModel();
    const out = await activities(llm).extractWithLlm({ artifactId: id, text: 'Obesity, BMI 33. Orlistat 6 months, no loss.' });
    expect(out.settled).toBe(true);
    expect(llm.sent).toHaveLength(1);
  });
});
