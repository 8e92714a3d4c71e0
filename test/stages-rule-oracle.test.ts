// The execution stage's differential oracle for `decide`: the spec's own rules, parsed once and evaluated on
// systematic inputs, must give the same outcome and rule id as the candidate on every input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec, type LoadedSpec, type Spec } from '../compiler/spec';
import { ruleOracle, runExecutionStage } from '../compiler/stages/execution';
import { evaluate, firstMatch, MAX_ORACLE_INPUTS, oracleInputs, parseRules, parseWhen, RuleSyntaxError } from '../compiler/stages/rule-oracle';

const ROOT = join(__dirname, '..');
const glp1 = loadSpec(join(ROOT, 'specs', 'prior-auth-glp1.yaml'));
const sleep = loadSpec(join(ROOT, 'specs', 'prior-auth-sleep-study.yaml'));
const glp1Decide = readFileSync(join(ROOT, 'workflows-generated', 'prior-auth-glp1', 'v1', 'decision.ts'), 'utf8');
const sleepDecide = readFileSync(join(ROOT, 'specs', 'candidates', 'prior-auth-sleep-study', 'decision.ts'), 'utf8');
const limits = { callTimeoutMs: 500, wallTimeMs: 30_000 };

function mutate(code: string, from: string | RegExp, to: string): string {
  const out = code.replace(from, to);
  if (out === code) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

const FACTS: Spec['facts'] = [
  { name: 'bmi', type: 'number', nullable: true, description: 'body-mass index as written' },
  { name: 'epworth_score', type: 'number', nullable: true, description: 'Epworth sleepiness scale total' },
  { name: 'has_osa_symptoms', type: 'boolean', nullable: false, description: 'snoring, witnessed apneas' },
  { name: 'x', type: 'boolean', nullable: true, description: 'a nullable boolean fact' },
  { name: 'site', type: 'string', nullable: false, description: 'where the study is done' },
];

describe('rule oracle: parsing and three-valued evaluation', () => {
  it('parses the rules of every spec under specs/', () => {
    expect(parseRules(glp1.spec).map((r) => r.expr.kind)).toEqual(['fact', 'and', 'otherwise']);
    expect(parseRules(sleep.spec).map((r) => r.expr.kind)).toEqual(['fact', 'fact', 'and', 'and', 'otherwise']);
  });

  it('parses AND / OR / NOT (any case, or && || !), parentheses, comparisons and literals', () => {
    const e = parseWhen('epworth_score > 10 OR (bmi >= 35 AND has_osa_symptoms)', FACTS);
    expect(e).toMatchObject({ kind: 'or', items: [{ kind: 'compare', op: '>' }, { kind: 'and', text: '(bmi >= 35 AND has_osa_symptoms)' }] });
    expect(parseWhen('NOT x', FACTS)).toMatchObject({ kind: 'not', expr: { kind: 'fact', name: 'x' } });
    expect(parseWhen('!x && has_osa_symptoms || bmi < -1.5', FACTS)).toMatchObject({ kind: 'or', items: [{ kind: 'and' }, { kind: 'compare', right: { value: -1.5 } }] });
    expect(parseWhen("site = 'home' and x == true", FACTS)).toMatchObject({ kind: 'and', items: [{ op: '==' }, { op: '==' }] });
    expect(parseWhen('Otherwise', FACTS)).toEqual({ kind: 'otherwise' });
  });

  it.each([
    ['bmi >= 30 AND nope', /unknown fact 'nope'/],
    ['bmi', /'bmi' is a number fact; compare it/],
    ['bmi >= ', /ends early/],
    ['(bmi >= 30', /missing '\)'/],
    ['bmi >= 30 has_osa_symptoms', /unexpected 'has_osa_symptoms'/],
    ["site > 'a'", /compares numbers/],
    ['bmi == true', /cannot compare number with boolean/],
    ['bmi >= 30 ; x', /unexpected character ';'/],
  ])('rejects `%s` with a RuleSyntaxError', (when, message) => {
    expect(() => parseWhen(when, FACTS, 'r1')).toThrow(RuleSyntaxError);
    expect(() => parseWhen(when, FACTS, 'r1')).toThrow(message);
  });

  it('never lets a null or missing value meet a criterion, not even under NOT', () => {
    const at = (when: string, facts: Record<string, boolean | number | string | null>) => evaluate(parseWhen(when, FACTS), facts);
    expect(at('bmi >= 30', { bmi: 30 })).toBe(true);
    expect(at('bmi >= 30', { bmi: 29.99 })).toBe(false);
    expect(at('bmi >= 30', { bmi: null })).toBeNull();
    expect(at('bmi >= 30', {})).toBeNull();
    expect(at('NOT (bmi < 30)', { bmi: null })).toBeNull();
    expect(at('NOT x', { x: null })).toBeNull();
    expect(at('NOT x', { x: false })).toBe(true);
    // Kleene AND / OR: a known false settles AND, a known true settles OR
    expect(at('bmi >= 35 AND has_osa_symptoms', { bmi: null, has_osa_symptoms: false })).toBe(false);
    expect(at('epworth_score > 10 OR has_osa_symptoms', { epworth_score: null, has_osa_symptoms: true })).toBe(true);
    expect(at('epworth_score > 10 OR has_osa_symptoms', { epworth_score: null, has_osa_symptoms: false })).toBeNull();
    const rules = parseRules(glp1.spec);
    expect(firstMatch(rules, { has_t2d_diagnosis: false, bmi: null, has_step_therapy_failure: true })!.id).toBe('default-deny');
  });

  it('agrees with every decision golden of both specs', () => {
    for (const loaded of [glp1, sleep]) expect(ruleOracle(loaded)).toHaveProperty('rules');
  });
});

describe('rule oracle: systematic inputs', () => {
  it('covers every boolean combination × boundary values around each number in the rules, null and range values', () => {
    const o = ruleOracle(sleep);
    if (!('rules' in o)) throw new Error(o.skipped);
    const inputs = o.inputs;
    expect(inputs.length).toBeLessThanOrEqual(MAX_ORACLE_INPUTS);
    expect(ruleOracle(sleep)).toEqual(o); // deterministic
    const epworth = new Set(inputs.map((f) => f.epworth_score));
    for (const v of [10, 9.99, 10.01, 9, 11, null, 0, 24, 12]) expect(epworth.has(v)).toBe(true);
    const bmi = new Set(inputs.map((f) => f.bmi));
    for (const v of [35, 34.99, 35.01, 34, 36, null, 11, 99]) expect(bmi.has(v)).toBe(true);
    // only values decide can see: inside the spec's plausible ranges
    expect(inputs.every((f) => f.epworth_score === null || ((f.epworth_score as number) > -1 && (f.epworth_score as number) < 25))).toBe(true);
    const bools = new Set(inputs.map((f) => [f.has_osa_symptoms, f.has_prior_sleep_study_within_12mo, f.has_significant_comorbidity].join()));
    expect(bools.size).toBe(8);
    // glp1: the fact no rule reads (current_a1c) is varied too, without multiplying the inputs
    const g = ruleOracle(glp1);
    if (!('rules' in g)) throw new Error(g.skipped);
    expect(g.inputs.some((f) => f.bmi === 30 && f.has_step_therapy_failure === true && f.has_t2d_diagnosis === false)).toBe(true);
    expect(new Set(g.inputs.map((f) => f.current_a1c)).size).toBeGreaterThan(1);
  });

  it('stays bounded and spread out when the product is large', () => {
    const facts: Spec['facts'] = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}`, type: 'boolean' as const, nullable: true, description: 'a nullable boolean fact' }));
    const spec = { ...glp1.spec, facts, rules: [{ id: 'all', when: facts.map((f) => f.name).join(' AND '), outcome: 'APPROVED' as const, reason: 'r' }, glp1.spec.rules[2]!] };
    const inputs = oracleInputs(spec, parseRules(spec));
    expect(inputs).toHaveLength(MAX_ORACLE_INPUTS); // 3^12 combinations
    expect(oracleInputs(spec, parseRules(spec))).toEqual(inputs);
    expect(new Set(inputs.map((f) => JSON.stringify(f))).size).toBe(MAX_ORACLE_INPUTS);
    for (const f of facts) expect(new Set(inputs.map((r) => r[f.name])).size).toBe(3);
  });
});

describe('execution stage: decide against the rule oracle', () => {
  it('passes a correct decide for both specs', async () => {
    for (const [loaded, code] of [[glp1, glp1Decide], [sleep, sleepDecide]] as const) {
      const r = await runExecutionStage({ loaded, slot: 'decision', code, limits });
      expect(r).toMatchObject({ passed: true, diagnostics: [] });
    }
  });

  it('fails an off-by-one (`>` for `>=`), naming the facts, both answers, the rule text and the boundary', async () => {
    const r = await runExecutionStage({ loaded: glp1, slot: 'decision', code: mutate(glp1Decide, 'bmi >= 30', 'bmi > 30'), limits });
    expect(r.passed).toBe(false);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['rule-mismatch', 'rule-mismatch']);
    expect(r.diagnostics[0]!.message).toMatch(/^decide disagrees with the spec's rules on 1 of \d+ systematic inputs .*1× expected bmi-step-therapy but got default-deny/);
    const m = r.diagnostics[1]!.message;
    expect(m).toMatch(/^for facts \{"has_t2d_diagnosis":false,"current_a1c":[^,]+,"bmi":30,"has_step_therapy_failure":true\} decide returned DENIED \(default-deny\), but the spec's rules give APPROVED \(bmi-step-therapy\)\./);
    expect(m).toContain('rule 2 `bmi-step-therapy` (when `bmi >= 30 AND has_step_therapy_failure`) is the first rule that matches: bmi = 30 meets `bmi >= 30`; has_step_therapy_failure is true.');
    expect(m).toContain('bmi = 30 is exactly the boundary of `bmi >= 30`');
  });

  it('fails a wrong rule order (an approval checked before an exclusion)', async () => {
    const reordered = mutate(
      mutate(sleepDecide, /  if \(facts\.has_significant_comorbidity === true\) \{\n.*\n  \}\n/, ''),
      '  const bmi = facts.bmi;',
      "  if (facts.has_significant_comorbidity === true) {\n    return { outcome: 'DENIED', ruleId: 'in-lab-required', reason: 'comorbidity requires attended in-lab polysomnography, not a home test' };\n  }\n  const bmi = facts.bmi;",
    );
    const r = await runExecutionStage({ loaded: sleep, slot: 'decision', code: reordered, limits });
    expect(r.passed).toBe(false);
    expect(r.diagnostics.length).toBeLessThanOrEqual(5);
    expect(r.diagnostics[0]!.message).toMatch(/expected in-lab-required but got sleepy-with-symptoms/);
    const m = r.diagnostics[1]!.message;
    expect(m).toMatch(/"has_significant_comorbidity":true\} decide returned APPROVED \(sleepy-with-symptoms\), but the spec's rules give DENIED \(in-lab-required\)/);
    expect(m).toMatch(/"epworth_score":11,/); // the plainest example
    expect(m).toContain('rule 2 `in-lab-required` (when `has_significant_comorbidity`) is the first rule that matches: has_significant_comorbidity is true.');
    expect(m).toContain('rule 3 `sleepy-with-symptoms` (when `epworth_score > 10 AND has_osa_symptoms`), which decide chose, also matches, but rules are checked in order and `in-lab-required` comes first.');
  });

  it('fails a null-handling bug (a missing BMI treated as meeting the criterion)', async () => {
    const code = mutate(glp1Decide, "typeof bmi === 'number' && bmi >= 30", '(bmi === null || bmi >= 30)');
    const r = await runExecutionStage({ loaded: glp1, slot: 'decision', code, limits });
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]!.message).toMatch(/expected default-deny but got bmi-step-therapy/);
    const m = r.diagnostics[1]!.message;
    expect(m).toMatch(/"bmi":null,"has_step_therapy_failure":true\} decide returned APPROVED \(bmi-step-therapy\), but the spec's rules give DENIED \(default-deny\)/);
    expect(m).toContain('rule 3 `default-deny` (when `otherwise`) applies because no earlier rule matches.');
    expect(m).toContain('which decide chose, does not match: bmi = null, so `bmi >= 30` is not met (a missing value never meets a criterion).');
  });

  it('reports at most five diagnostics, one kind of disagreement each first', async () => {
    // Everything approved by t2d-diagnosis: wrong for every input that is not a t2d case.
    const code = glp1Decide.replace('if (facts.has_t2d_diagnosis === true) {', 'if (facts.has_t2d_diagnosis === true || facts.has_step_therapy_failure === false || facts.bmi === null) {');
    const r = await runExecutionStage({ loaded: glp1, slot: 'decision', code, limits });
    expect(r.passed).toBe(false);
    expect(r.diagnostics.length).toBeLessThanOrEqual(5);
    expect(r.diagnostics[0]!.message).toMatch(/expected default-deny but got t2d-diagnosis/);
  });

  it('skips the oracle when the rules cannot be parsed or contradict a golden (the goldens decide then)', () => {
    const unparsable: LoadedSpec = { ...glp1, spec: { ...glp1.spec, rules: [{ ...glp1.spec.rules[0]!, when: 'has_t2d_diagnosis AND AND' }, ...glp1.spec.rules.slice(1)] } };
    expect(ruleOracle(unparsable)).toEqual({ skipped: expect.stringMatching(/rule t2d-diagnosis: unexpected 'AND'/) });
    const contradicted: LoadedSpec = { ...glp1, spec: { ...glp1.spec, rules: [glp1.spec.rules[0]!, { ...glp1.spec.rules[1]!, when: 'bmi > 30 AND has_step_therapy_failure' }, glp1.spec.rules[2]!] } };
    expect(ruleOracle(contradicted)).toEqual({ skipped: expect.stringMatching(/^golden g03 expects APPROVED \(bmi-step-therapy\), the rules give DENIED \(default-deny\)/) });
  });
});
