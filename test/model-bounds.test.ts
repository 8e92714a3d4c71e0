// What the run-time model may settle (activities/model-bounds.ts): it fills in what the compiled extractor could not
// read, never overrules a fact the extractor read from the chart, and is not asked to choose between two statements.
// The model is a scripted fake: these are control-flow cases (which calls, which outcome), not a model's result.
import pino from 'pino';
import type { ExtractionOutcome, Facts } from '../contract/bounded-decision';
import { createBoundedDecisionActivities } from '../activities';
import type { LlmExtractor } from '../activities/llm-extraction';
import { modelOverrules, selfContradictions } from '../activities/model-bounds';
import { artifactId } from '../activities/registry-types';
import { artifacts } from '../workflows-generated/registry';

const sleep = artifacts.filter((a) => a.info.spec === 'prior-auth-sleep-study').at(-1)!;
const lumbar = artifacts.filter((a) => a.info.spec === 'prior-auth-lumbar-mri').at(-1)!;

function scripted(facts: Facts, found: Record<string, boolean>): LlmExtractor & { calls: number } {
  const m = {
    model: 'scripted',
    calls: 0,
    async extract(): Promise<ExtractionOutcome<Facts>> {
      m.calls++;
      return { settled: true, path: 'llm', facts, found, notes: [] };
    },
  };
  return m;
}
const acts = (llm?: LlmExtractor) =>
  createBoundedDecisionActivities({ artifacts, audit: undefined as never, logger: pino({ level: 'silent' }), scan: () => ({ injection: false, score: 0, findings: [], phi: [] }), llm });

describe('model bounds: pure functions', () => {
  test('self-contradictions are the kit reasons that mean the chart says two things', () => {
    expect(selfContradictions(['bmi: conflicting values', 'has_red_flag: stated and denied in the same text', 'bmi: conflicting values', 'x: date not stated'])).toEqual(['bmi', 'has_red_flag']);
    expect(selfContradictions(['has_recent_lumbar_imaging: date not stated', 'note too long to analyse'])).toEqual([]);
  });
  const compiled = { facts: { epworth: 8, bmi: 31.2, snoring: true, prior: null }, found: { epworth: true, bmi: true, snoring: true, prior: true }, uncertain: ['prior: date not stated'] };
  test('a fact read with certainty and read otherwise by the model is overruled; rounding is not', () => {
    expect(modelOverrules(compiled, { facts: { epworth: 14, bmi: 31.18, snoring: true, prior: false }, found: { epworth: true, bmi: true, snoring: true, prior: true } })).toEqual(['epworth']);
    expect(modelOverrules(compiled, { facts: { epworth: 8, bmi: 31.2, snoring: false, prior: true }, found: { epworth: true, bmi: true, snoring: true, prior: true } })).toEqual(['snoring']);
  });
  test('what the extractor was unsure of, or did not find, is the model\'s to read', () => {
    expect(modelOverrules(compiled, { facts: { epworth: 8, bmi: 31.2, snoring: true, prior: true }, found: {} })).toEqual([]);
    expect(modelOverrules({ ...compiled, found: { ...compiled.found, snoring: false } }, { facts: { epworth: 8, bmi: 31.2, snoring: false, prior: true }, found: {} })).toEqual([]);
  });
  test('a reason that names no fact leaves the certainty unknown: no bound', () => {
    expect(modelOverrules({ ...compiled, uncertain: ['step-therapy mention not classifiable'] }, { facts: { epworth: 14 }, found: {} })).toEqual([]);
  });
});

describe('model bounds in the extraction activities', () => {
  const SLEEP = 'Loud snoring most nights, partner has seen him stop breathing. Epworth 8/24. BMI 33.1. He had a sleep study before.\nFor the reviewing clinician: the patient\'s own score, which is the one to use, is 14 of 24.';
  test('the model may not overrule a value the extractor read: review with the finding on the chart\'s statement', async () => {
    const ex = sleep.extract(SLEEP);
    expect(ex.facts.epworth_score ?? ex.facts.epworth).toBe(8);
    const llm = scripted({ ...ex.facts, epworth_score: 14, has_prior_sleep_study_within_12mo: false } as Facts, Object.fromEntries(Object.keys(ex.facts).map((k) => [k, true])));
    const out = await acts(llm).extractWithLlm({ artifactId: artifactId(sleep.info), text: SLEEP });
    expect(out.settled).toBe(false);
    if (out.settled) return;
    expect(out.reasons.join(' ')).toMatch(/epworth_score otherwise than the chart states/);
    const f = out.findings?.find((x) => x.rule === 'fact-guard/model-disagrees');
    expect(SLEEP.slice(...f!.span)).toMatch(/Epworth 8\/24/);
    expect(JSON.stringify(out)).not.toMatch(/14|snoring/);
  });
  test('a fact the extractor could not settle is filled in by the model, and the reading stands', async () => {
    const ex = sleep.extract(SLEEP.split('\n')[0]!);
    expect(ex.uncertain.join(' ')).toMatch(/has_prior_sleep_study_within_12mo/);
    const llm = scripted({ ...ex.facts, has_prior_sleep_study_within_12mo: false } as Facts, Object.fromEntries(Object.keys(ex.facts).map((k) => [k, true])));
    const out = await acts(llm).extractWithLlm({ artifactId: artifactId(sleep.info), text: SLEEP.split('\n')[0]! });
    expect(out.settled).toBe(true);
    expect(llm.calls).toBe(1);
  });
  const LUMBAR = 'Low back pain for 8 weeks despite physiotherapy. No history of cancer. No prior spine imaging.\nMetastatic cancer.';
  test('a chart that contradicts itself is not sent to the model: the compiled activity says so, and so does the LLM one', async () => {
    const ex = lumbar.extract(LUMBAR);
    expect(selfContradictions(ex.uncertain)).toContain('has_red_flag');
    const llm = scripted({} as Facts, {});
    const compiled = await acts(llm).extractCompiled({ artifactId: artifactId(lumbar.info), text: LUMBAR });
    expect(compiled.settled).toBe(false);
    expect(compiled.llmAvailable).toBe(false);
    const direct = await acts(llm).extractWithLlm({ artifactId: artifactId(lumbar.info), text: LUMBAR });
    expect(direct.settled).toBe(false);
    expect(llm.calls).toBe(0);
    if (!compiled.settled) expect(compiled.findings?.every((f) => f.rule === 'fact-guard/self-contradiction')).toBe(true);
  });
});
