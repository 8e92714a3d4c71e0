// Each stage catches its class of defect on its own, with typed diagnostics; the real GLP-1 decision passes all four.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStages } from '../compiler/pipeline';
import { loadSpec, type LoadedSpec } from '../compiler/spec';
import { runAccuracyStage } from '../compiler/stages/accuracy';
import { checkDecisionResult, checkExtractorResult, decisionInputs, extractionInputs, runExecutionStage } from '../compiler/stages/execution';
import { runSecurityStage } from '../compiler/stages/security-stage';
import { runSyntaxStage } from '../compiler/stages/syntax';

const root = join(__dirname, '..');
const loaded = loadSpec(join(root, 'specs', 'prior-auth-glp1.yaml'));
const spec = loaded.spec;
const decision = readFileSync(join(root, 'workflows-generated', 'prior-auth-glp1', 'v1', 'decision.ts'), 'utf8');
const fast = { limits: { callTimeoutMs: 300, wallTimeMs: 10_000 } };

function withBody(body: string): string {
  return [
    "import type { DecisionResult } from '../../../templates/bounded-decision/types';",
    "import type { PriorAuthGlp1Facts } from './facts';",
    '',
    'export function decide(facts: PriorAuthGlp1Facts): DecisionResult {',
    body,
    '}',
    '',
  ].join('\n');
}

describe('the real GLP-1 decision', () => {
  it('passes security → syntax → execution → accuracy', async () => {
    const results = await runStages({ loaded, slot: 'decision', code: decision });
    expect(results.map((r) => [r.stage, r.passed, r.diagnostics])).toEqual([
      ['security', true, []],
      ['syntax', true, []],
      ['execution', true, []],
      ['accuracy', true, []],
    ]);
    for (const r of results) expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('security stage', () => {
  it('rejects host access and code generation with located diagnostics', () => {
    const code = decision.replace('const bmi = facts.bmi;', "const bmi = facts.bmi;\n  const leak = process.env.SECRET;\n  if (leak) { return eval('x'); }");
    const r = runSecurityStage({ spec, slot: 'decision', code });
    expect(r.stage).toBe('security');
    expect(r.passed).toBe(false);
    const rules = r.diagnostics.map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(['no-global-object', 'no-eval']));
    const leak = r.diagnostics.find((d) => d.rule === 'no-global-object')!;
    expect(leak).toMatchObject({ stage: 'security', line: 11 });
    expect(leak.column).toBeGreaterThan(0);
  });

  it('reports code that does not parse as unreadable (never throws)', () => {
    const r = runSecurityStage({ spec, slot: 'decision', code: 'export function decide( {' });
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ stage: 'security', rule: 'code-unreadable' });
    expect(r.diagnostics[0]!.line).toBeGreaterThan(0);
  });
});

describe('syntax stage', () => {
  it('typechecks against the real template types and the rendered facts', () => {
    const r = runSyntaxStage({ spec, slot: 'decision', code: decision.replace('const bmi = facts.bmi;', 'const bmi: string = facts.bmi;') });
    expect(r.passed).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ stage: 'syntax', rule: 'type-error', line: 10 }));
    expect(r.diagnostics.find((d) => d.rule === 'type-error')!.message).toMatch(/TS2322: Type 'number \| null' is not assignable to type 'string'/);
    const noNode = runSyntaxStage({ spec, slot: 'decision', code: withBody("  return { outcome: 'DENIED', ruleId: 'default-deny', reason: String(facts.bmi) + Buffer.from('x') };") });
    expect(noNode.diagnostics.map((d) => d.rule)).toContain('unknown-name'); // no Node.js types in the sandbox
  });

  it('checks the required export and its exact signature', () => {
    const renamed = runSyntaxStage({ spec, slot: 'decision', code: decision.replace('export function decide', 'export function decider') });
    expect(renamed.diagnostics.filter((d) => d.rule === 'required-export')).toHaveLength(1);
    const wrongReturn = runSyntaxStage({
      spec,
      slot: 'decision',
      code: "import type { PriorAuthGlp1Facts } from './facts';\nexport function decide(facts: PriorAuthGlp1Facts): string {\n  return String(facts.bmi);\n}\n",
    });
    expect(wrongReturn.diagnostics).toContainEqual(expect.objectContaining({ rule: 'signature', line: 2, column: 17 }));
    const extractorAsDecision = runSyntaxStage({ spec, slot: 'extractor', code: decision });
    expect(extractorAsDecision.diagnostics.map((d) => d.rule)).toContain('required-export');
  });

  it('lints: no any, no var, === only, no unused locals', () => {
    const code = withBody(
      ["  var x: any = facts.bmi;", '  const unused = 1;', "  if (x == 30) { return { outcome: 'APPROVED', ruleId: 'bmi-step-therapy', reason: 'r' }; }", "  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'r' };"].join('\n'),
    );
    const r = runSyntaxStage({ spec, slot: 'decision', code });
    const found = r.diagnostics.map((d) => `${d.rule}@${d.line}`);
    expect(found).toEqual(expect.arrayContaining(['no-var@5', 'no-any@5', 'no-unused-locals@6', 'eqeqeq@7']));
  });

  it('bounds cyclomatic complexity (15 for decision, 25 for extractor) and file length', () => {
    const branches = Array.from({ length: 16 }, (_, i) => `  if (facts.bmi === ${i}) { return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'r${i}' }; }`).join('\n');
    const code = withBody(`${branches}\n  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'r' };`);
    const r = runSyntaxStage({ spec, slot: 'decision', code });
    expect(r.diagnostics).toEqual([expect.objectContaining({ rule: 'complexity', line: 4, column: 1, message: expect.stringMatching(/decide has cyclomatic complexity 17 \(limit 15/) })]);
    const long = withBody(`${Array.from({ length: 401 }, (_, i) => `  const v${i} = ${i};\n  if (v${i} === facts.bmi) { return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'r' }; }`).join('\n')}\n  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'r' };`);
    expect(runSyntaxStage({ spec, slot: 'decision', code: long }).diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['max-lines', 'complexity']));
  });
});

describe('execution stage', () => {
  it('catches a function that throws on some inputs', async () => {
    const code = decision.replace('const bmi = facts.bmi;', "const bmi = facts.bmi;\n  if (bmi === null) { throw new Error('no bmi'); }");
    const r = await runExecutionStage({ loaded, slot: 'decision', code, ...fast });
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ stage: 'execution', rule: 'throws', line: 0, column: 0 });
    expect(r.diagnostics[0]!.message).toMatch(/decide threw Error: no bmi for facts \{.*"bmi":null/);
  });

  it('catches nondeterminism (state kept between calls)', async () => {
    const stateful = withBody("  COUNTER.n += 1;\n  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'call ' + String(COUNTER.n + (facts.bmi ?? 0)) };").replace(
      'export function decide',
      'const COUNTER = { n: 0 };\nexport function decide',
    );
    const r = await runExecutionStage({ loaded, slot: 'decision', code: stateful, ...fast });
    expect(r.passed).toBe(false);
    expect(r.diagnostics.map((d) => d.rule)).toContain('nondeterministic');
  });

  it('stops an infinite loop at the time limit', async () => {
    const code = withBody("  let i = 0;\n  for (;;) { i += facts.bmi === null ? 1 : 2; }");
    const started = Date.now();
    const r = await runExecutionStage({ loaded, slot: 'decision', code, ...fast });
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops runaway memory at the heap limit, and the run at the wall limit', async () => {
    const mem = withBody("  const a: string[] = [];\n  for (let i = 0; i < 1e9; i++) { a.push('x'.repeat(64) + String(i)); }\n  return { outcome: 'DENIED', ruleId: 'default-deny', reason: String(a.length + (facts.bmi ?? 0)) };");
    const r = await runExecutionStage({ loaded, slot: 'decision', code: mem, limits: { callTimeoutMs: 20_000, wallTimeMs: 20_000, heapMb: 32 } });
    expect(r.diagnostics[0]).toMatchObject({ rule: 'memory-limit' });
    const slow = withBody("  let s = 0;\n  for (let i = 0; i < 3e7; i++) { s += i; }\n  return { outcome: 'DENIED', ruleId: 'default-deny', reason: String(s + (facts.bmi ?? 0)) };");
    const w = await runExecutionStage({ loaded, slot: 'decision', code: slow, limits: { callTimeoutMs: 5000, wallTimeMs: 300 } });
    expect(w.diagnostics[0]).toMatchObject({ rule: 'wall-timeout' });
  });

  it('rejects invalid result shapes: unknown rule ids, outcome that contradicts the rule, missing reason, input mutation', async () => {
    const code = withBody("  facts.bmi = 1;\n  return { outcome: 'DENIED', ruleId: 't2d-diagnosis', reason: '' };");
    const r = await runExecutionStage({ loaded, slot: 'decision', code, ...fast });
    const rules = new Set(r.diagnostics.map((d) => d.rule));
    expect(rules).toEqual(new Set(['invalid-result', 'mutates-input']));
    expect(r.diagnostics[0]!.message).toMatch(/rule t2d-diagnosis has outcome APPROVED in the spec.*reason must be a non-empty string/);
    expect(checkDecisionResult(spec, { outcome: 'MAYBE', ruleId: 'x', reason: 'r' })).toHaveLength(2);
    expect(checkDecisionResult(spec, { __undefined: true })).toEqual(['returned undefined instead of { outcome, ruleId, reason }']);
    expect(checkExtractorResult(spec, { facts: { has_t2d_diagnosis: 'yes', current_a1c: { __nonFinite: 'NaN' }, bmi: null, extra: 1 }, found: {}, uncertain: [1] })).toEqual([
      'facts.has_t2d_diagnosis must be boolean, got "yes"',
      'facts.current_a1c is a non-finite number (NaN)',
      'facts.has_step_therapy_failure is missing',
      'facts has undeclared keys extra',
      'found.has_t2d_diagnosis must be a boolean, got undefined',
      'found.current_a1c must be a boolean, got undefined',
      'found.bmi must be a boolean, got undefined',
      'found.has_step_therapy_failure must be a boolean, got undefined',
      'uncertain must be an array of strings',
    ]);
  });

  it('generates the same property inputs every time (fixed seed) including boundaries, nulls and long texts', () => {
    const a = decisionInputs(loaded);
    expect(decisionInputs(loaded)).toEqual(a);
    expect(a.some((f) => f.bmi === 30)).toBe(true);
    expect(a.some((f) => f.bmi === 29.99)).toBe(true);
    expect(a.some((f) => f.bmi === null && f.current_a1c === null)).toBe(true);
    expect(a.every((f) => Object.values(f).every((v) => typeof v !== 'number' || Number.isFinite(v)))).toBe(true);
    const texts = extractionInputs(loaded);
    expect(extractionInputs(loaded)).toEqual(texts);
    expect(texts).toContain('');
    expect(Math.max(...texts.map((t) => t.length))).toBe(spec.input.maxLength);
  });
});

describe('accuracy stage', () => {
  it('fails a candidate that misses a decision golden, naming the case', async () => {
    const r = await runAccuracyStage({ loaded, slot: 'decision', code: decision.replace('bmi >= 30', 'bmi > 30') });
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ stage: 'accuracy', rule: 'below-threshold', message: expect.stringMatching(/^11\/12 decision golden cases correct/) });
    expect(r.diagnostics[1]!.message).toMatch(/golden g03: .* expected APPROVED \(bmi-step-therapy\), got DENIED \(default-deny\)/);
  });

  it('honours a threshold below 1 and counts an uncertain extraction as a miss', async () => {
    const lenient = { ...loaded, spec: { ...spec, golden: { ...spec.golden, threshold: 0.9 } } };
    const r = await runAccuracyStage({ loaded: lenient, slot: 'decision', code: decision.replace('bmi >= 30', 'bmi > 30') });
    expect(r.passed).toBe(true);
    const extractor = [
      "import type { ExtractorResult } from '../../../templates/bounded-decision/types';",
      "import type { PriorAuthGlp1Facts } from './facts';",
      'export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts> {',
      "  const t2d = text.includes('T2DM');",
      '  return {',
      '    facts: { has_t2d_diagnosis: t2d, current_a1c: null, bmi: null, has_step_therapy_failure: false },',
      '    found: { has_t2d_diagnosis: t2d, current_a1c: false, bmi: false, has_step_therapy_failure: false },',
      "    uncertain: text.includes('?') ? ['has_t2d_diagnosis: hedged'] : [],",
      '  };',
      '}',
    ].join('\n');
    const withGoldens: LoadedSpec = {
      ...loaded,
      extraction: [
        { id: 'e1', text: 'Known T2DM.', facts: { has_t2d_diagnosis: true, bmi: null } },
        { id: 'e2', text: 'T2DM?', facts: { has_t2d_diagnosis: true } },
      ],
    };
    const x = await runAccuracyStage({ loaded: withGoldens, slot: 'extractor', code: extractor });
    expect(x.passed).toBe(false);
    expect(x.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^1\/2 extraction golden cases correct/),
      expect.stringMatching(/^has_t2d_diagnosis: right value but marked uncertain\. Marked uncertain in 1 golden case\(s\) \(hedged\)/),
      expect.stringMatching(/golden e2: .*marked uncertain \(has_t2d_diagnosis: hedged\), which counts as a miss/),
    ]);
    const none = await runAccuracyStage({ loaded: { ...loaded, extraction: [] }, slot: 'extractor', code: extractor });
    expect(none.diagnostics[0]).toMatchObject({ rule: 'no-goldens' });
  });
});
