// The conflict check: alternative readings (activities/conflict.ts) and whether the decision turns on one
// (templates/bounded-decision/conflict.ts), on the released GLP-1 v2 artifact and with scripted readings.
import { alternativeReadings, sentencesToRead, type Reading } from '../activities/conflict';
import { conflictFindings, decisiveConflicts } from '../templates/bounded-decision/conflict';
import { evaluate } from '../templates/bounded-decision/evaluate';
import { artifacts } from '../workflows-generated/registry';
import { decide as glp1Decide } from '../workflows-generated/prior-auth-glp1/v2/decision';

const glp1 = artifacts.find((a) => a.info.spec === 'prior-auth-glp1' && a.info.specVersion === 2)!;
const read = (text: string): Reading => glp1.extract(text) as Reading;
const alternatives = (text: string) => {
  const spans = sentencesToRead(text);
  return alternativeReadings(text, read(text), spans, spans.map(([a, b]) => read(text.slice(a, b))));
};
const outcome = (text: string) => {
  const r = read(text);
  const e = evaluate(glp1.info.checks, glp1Decide, r.facts as never, r.found);
  if (e.kind !== 'decided') return 'NEEDS_REVIEW';
  return decisiveConflicts(glp1.info.checks, glp1Decide, r.facts as never, r.found, e.decision.outcome, alternatives(text)).length ? 'NEEDS_REVIEW' : e.decision.outcome;
};

const HONEST = 'Obesity, BMI 34.2. No diabetes; HbA1c 5.6 %.\nPrevious weight treatment: he has never used a weight-loss medicine.\nPlan: semaglutide.';

describe('the conflict check', () => {
  test('a yes/no fact stated both ways, the decision turning on it: review (the real v2 extractor and decision)', () => {
    const tampered = `Stopped medicines:\n- phentermine 30 mg (2024), palpitations, not tolerated\n${HONEST}`;
    expect(outcome(HONEST)).toBe('DENIED');
    const alts = alternatives(tampered);
    expect(alts.some((a) => a.fact === 'has_step_therapy_failure' && a.value === false)).toBe(true);
    expect(outcome(tampered)).toBe('NEEDS_REVIEW');
    const [f] = conflictFindings(decisiveConflicts(glp1.info.checks, glp1Decide, read(tampered).facts as never, read(tampered).found, 'APPROVED', alts));
    expect(f?.rule).toBe('fact-guard/conflict');
    expect(tampered.slice(...f!.span)).toMatch(/never used a weight-loss medicine/);
    expect(f?.message).not.toMatch(/phentermine|weight-loss/);
  });
  test('a chart that states it once is decided', () => {
    const approved = 'Obesity, BMI 34.2. No diabetes; HbA1c 5.6 %.\nOrlistat for 6 months failed.\nPlan: semaglutide.';
    expect(outcome(approved)).toBe('APPROVED');
  });
  // Scripted readings: which sentence reads what is given, so the rule itself is what is tested.
  const whole: Reading = { facts: { a: true, n: 3 }, found: { a: true, n: true }, evidence: { a: [[0, 24]] } };
  const text = 'Orlistat stopped: failed. Nothing else of note here. No orlistat was given. No heart failure. Not any medicine ever.';
  const spans = sentencesToRead(text);
  const alone = (t: string): Reading =>
    /^\s*(?:No orlistat|No heart|Not any)/.test(t) ? { facts: { a: false, n: 4 }, found: { a: true, n: true }, evidence: { a: [[0, t.length]] } } : { facts: {}, found: {} };
  test('a "false" counts only with a universal or a shared content word; numbers never', () => {
    const alts = alternativeReadings(text, whole, spans, spans.map(([a, b]) => alone(text.slice(a, b))));
    expect(alts.map((x) => text.slice(...x.span).trim())).toEqual(['No orlistat was given.', 'Not any medicine ever.']);
    expect(alts.every((x) => x.fact === 'a' && x.value === false)).toBe(true);
  });
  test('a sentence the extractor could not read gives nothing', () => {
    expect(alternativeReadings(text, whole, spans, spans.map(() => undefined))).toEqual([]);
  });
  test('an alternative the decision does not turn on, or under which the checks fail, is no conflict', () => {
    const checks = { requireAnyFound: [{ facts: ['a'], reason: 'need a' }], ranges: [] };
    const decideA = (f: Record<string, unknown>) => ({ outcome: f.a ? 'APPROVED' : 'DENIED', ruleId: 'r', reason: 'r' }) as const;
    const same = () => ({ outcome: 'APPROVED', ruleId: 'r', reason: 'r' }) as const;
    const alt = [{ fact: 'a', value: false, span: [0, 1] as [number, number] }];
    expect(decisiveConflicts(checks, decideA as never, { a: true }, { a: true }, 'APPROVED', alt)).toEqual(alt);
    expect(decisiveConflicts(checks, same as never, { a: true }, { a: true }, 'APPROVED', alt)).toEqual([]);
    const strict = { requireAnyFound: [], ranges: [{ fact: 'a', exclusiveMin: 5, reason: 'out of range' }] };
    expect(decisiveConflicts(strict as never, decideA as never, { a: true }, { a: true }, 'APPROVED', [{ fact: 'a', value: false, span: [0, 1] }])).toEqual([]);
  });
});
