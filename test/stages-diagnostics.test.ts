// Actionable diagnostics from the security and syntax stages, written for a small model's regeneration prompt:
// the exact failing source line, what was expected and, where the stage can tell, the smallest fix. Prompts show
// only `message`, so the line and the fix are in it too (and in the optional `source` / `fix` fields).
import { join } from 'node:path';
import { loadSpec } from '../compiler/spec';
import { assemblePrompt } from '../compiler/prompt';
import { lastCodeLine, sourceLine, unclosedBrackets, withCode } from '../compiler/stages/actionable';
import { KIT_SPECIFIER } from '../compiler/stages/kit';
import { runSecurityStage } from '../compiler/stages/security-stage';
import { runSyntaxStage } from '../compiler/stages/syntax';

const ROOT = join(__dirname, '..');
const loaded = loadSpec(join(ROOT, 'specs', 'prior-auth-glp1.yaml'));
const { spec } = loaded;
const TYPES = "import type { DecisionResult } from '../../../templates/bounded-decision/types';";
const FACTS = "import type { PriorAuthGlp1Facts } from './facts';";
const SIGNATURE = 'export function decide(facts: PriorAuthGlp1Facts): DecisionResult';

function decision(...body: string[]): string {
  return [TYPES, FACTS, '', `${SIGNATURE} {`, ...body, '}', ''].join('\n');
}

const DENY = "  return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'does not meet criteria' };";

describe('source lines', () => {
  it('are trimmed, at most 160 characters, a window around the column when longer', () => {
    expect(sourceLine('a\n    if (x) {\n', 2)).toBe('if (x) {');
    expect(sourceLine('a\n\n', 2)).toBeUndefined();
    expect(sourceLine('a', 0)).toBeUndefined();
    const long = `  const t = [${Array.from({ length: 80 }, (_, i) => `'w${i}'`).join(', ')}];`;
    const at = long.indexOf("'w60'") + 1;
    const s = sourceLine(long, 1, at)!;
    expect(s.length).toBeLessThanOrEqual(160);
    expect(s).toContain("'w60'");
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(lastCodeLine('a\nb\n\n  \n')).toBe(2);
  });

  it('are added once to the message and the fields (idempotent)', () => {
    const d = withCode({ stage: 'syntax', rule: 'r', message: 'bad', line: 1, column: 1 }, 'let x = 1;', { fix: 'use const' });
    expect(d).toEqual({ stage: 'syntax', rule: 'r', message: 'bad — code: `let x = 1;` — fix: use const', line: 1, column: 1, source: 'let x = 1;', fix: 'use const' });
    expect(withCode(d, 'let x = 1;')).toEqual(d);
  });

  it('count brackets with the TypeScript scanner (strings, templates, regexes and comments do not count)', () => {
    const code = "function f() {\n  const s = `{ ${'}'} {`; // {\n  if (/}/.test(s)) {\n    return '{';\n";
    expect(unclosedBrackets(code)).toEqual([
      { kind: '{', line: 1, column: 14 },
      { kind: '{', line: 3, column: 20 },
    ]);
  });
});

describe('security stage diagnostics', () => {
  it("(a) '}' expected at the end of the file: how many braces are missing and which blocks they leave open", () => {
    const code = [TYPES, FACTS, '', `${SIGNATURE} {`, '  if (facts.has_t2d_diagnosis === true) {', "    return { outcome: 'APPROVED', ruleId: 't2d-diagnosis', reason: 'type 2 diabetes diagnosis' };", DENY, ''].join('\n');
    const r = runSecurityStage({ spec, slot: 'decision', code });
    expect(r.passed).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ stage: 'security', rule: 'code-unreadable', line: 8, column: 1 });
    expect(d.message).toMatch(/^the code does not parse \(1 syntax error\), so it cannot be checked; fix the syntax first: line 8, column 1: '\}' expected;/);
    expect(d.message).toContain('the file ends before function `decide` is closed: 2 closing braces `}` are missing.');
    expect(d.source).toBe(DENY.trim());
    expect(d.fix).toBe(
      'add 2 `}`s, innermost first: the `if` block opened at line 5: `if (facts.has_t2d_diagnosis === true) {`; function `decide` opened at line 4: ' +
        '`export function decide(facts: PriorAuthGlp1Facts): DecisionResult {`. Close each block where it should end and return the complete file',
    );
    expect(d.message).toContain(`— code: \`${d.source}\` — fix: ${d.fix}`);
  });

  it('a missing closing parenthesis names the line that opened it', () => {
    const r = runSecurityStage({ spec, slot: 'decision', code: decision('  if ((facts.bmi === 30) {', DENY, '  }', DENY) });
    expect(r.diagnostics[0]).toMatchObject({ rule: 'code-unreadable', line: 5, source: 'if ((facts.bmi === 30) {', fix: 'add the missing `)`: `(` opened at line 5: `if ((facts.bmi === 30) {`' });
    expect(r.diagnostics[0]!.message).toMatch(/line 5, column \d+: '\)' expected; 1 `\(` is never closed/);
  });

  it('every finding quotes its source line', () => {
    const r = runSecurityStage({ spec, slot: 'decision', code: decision('  const leak = process.env.SECRET;', '  if (leak) { return eval(leak); }', DENY) });
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.source])).toEqual([
      ['no-global-object', 5, 'const leak = process.env.SECRET;'],
      ['no-eval', 6, 'if (leak) { return eval(leak); }'],
    ]);
    expect(r.diagnostics[0]!.message).toMatch(/^'process': host and global objects .* — code: `const leak = process\.env\.SECRET;`$/);
  });
});

describe('syntax stage diagnostics', () => {
  it("(b) 'facts.bmi' is possibly 'null': the guarded comparison to write", () => {
    const r = runSyntaxStage({
      spec,
      slot: 'decision',
      code: decision(
        '  if (facts.bmi >= 30 && facts.has_step_therapy_failure === true) {',
        "    return { outcome: 'APPROVED', ruleId: 'bmi-step-therapy', reason: 'BMI >= 30 with step-therapy failure' };",
        '  }',
        '  const a1c = facts.current_a1c;',
        "  if (a1c.toFixed(1) === '9.0') {",
        DENY,
        '  }',
        DENY,
      ),
    });
    expect(r.passed).toBe(false);
    const [bmi, a1c] = r.diagnostics;
    expect(bmi).toMatchObject({ rule: 'type-error', line: 5, source: 'if (facts.bmi >= 30 && facts.has_step_therapy_failure === true) {' });
    expect(bmi!.fix).toBe("write `typeof facts.bmi === 'number' && facts.bmi >= 30` (a null value never meets a criterion)");
    expect(bmi!.message).toBe(`TS18047: 'facts.bmi' is possibly 'null'. — code: \`${bmi!.source}\` — fix: ${bmi!.fix}`);
    expect(a1c).toMatchObject({ line: 9, fix: "check it before using it: `if (typeof a1c === 'number') { ... }` (a null value never meets a criterion)" });
  });

  it('(c) an unused variable, parameter, function or import: what to delete', () => {
    const code = [
      TYPES,
      FACTS,
      `import { KIT_VERSION, normalizeText } from '${KIT_SPECIFIER}';`,
      '',
      'function helper(x: number, unusedParam: number): number {',
      '  return x;',
      '}',
      '',
      `${SIGNATURE} {`,
      '  const unused = facts.bmi;',
      DENY.replace("'does not meet criteria'", 'KIT_VERSION'),
      '}',
      '',
    ].join('\n');
    const r = runSyntaxStage({ spec, slot: 'decision', code });
    const byLine = Object.fromEntries(r.diagnostics.filter((d) => d.rule === 'no-unused-locals').map((d) => [`${d.line}:${d.column}`, d.fix]));
    expect(byLine).toEqual({
      // An unused kit reader in the one kit import line is not an error (the prompt gives every reader).
      '5:10': 'delete the unused function `helper`',
      '5:28': 'remove the parameter `unusedParam` (and the matching argument where the function is called)',
      '10:9': 'delete the unused variable: remove the line `const unused = facts.bmi;`',
    });
    const unused = r.diagnostics.find((d) => d.line === 10)!;
    const onlyImport = runSyntaxStage({ spec, slot: 'decision', code: code.replace('KIT_VERSION, ', '').replace('reason: KIT_VERSION', "reason: 'r'") });
    expect(onlyImport.diagnostics.find((d) => d.line === 3)).toBeUndefined();
    // An unused name of another import: remove just that name.
    const extraType = runSyntaxStage({ spec, slot: 'decision', code: code.replace('{ DecisionResult }', '{ AutoOutcome, DecisionResult }') });
    expect(extraType.diagnostics.find((d) => d.line === 1)).toMatchObject({
      column: 15,
      fix: 'remove `AutoOutcome` from the import (remove the whole import line if it imports nothing else that is used)',
    });
    expect(unused.message).toBe("TS6133: 'unused' is declared but its value is never read. — code: `const unused = facts.bmi;` — fix: delete the unused variable: remove the line `const unused = facts.bmi;`");
    // The slot's own parameter and the required imports are kept, not deleted.
    const ignoresFacts = runSyntaxStage({ spec, slot: 'decision', code: [TYPES, FACTS, '', `${SIGNATURE} {`, DENY, '}', ''].join('\n') });
    expect(ignoresFacts.diagnostics[0]!.fix).toMatch(/^the required signature keeps the parameter `facts`: compute the result from it/);
    const noReturnType = runSyntaxStage({ spec, slot: 'decision', code: [TYPES, FACTS, '', 'export function decide(facts: PriorAuthGlp1Facts) {', DENY.replace("'does not meet criteria'", 'String(facts.bmi)'), '}', ''].join('\n') });
    expect(noReturnType.diagnostics[0]).toMatchObject({ line: 1, fix: `keep this import, the required signature uses it: \`${SIGNATURE}\`` });
  });

  it('(d) a wrong export signature: the exact expected signature and imports', () => {
    const code = [TYPES, FACTS, '', 'export function decide(facts: PriorAuthGlp1Facts, today: string): DecisionResult {', DENY.replace("'does not meet criteria'", 'today + String(facts.bmi)'), '}', ''].join('\n');
    const r = runSyntaxStage({ spec, slot: 'decision', code });
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ rule: 'signature', line: 4, column: 17, source: 'export function decide(facts: PriorAuthGlp1Facts, today: string): DecisionResult {' });
    expect(d.message).toMatch(/^`decide` does not match the required signature DecideFn<PriorAuthGlp1Facts>: .*; expected exactly `export function decide\(facts: PriorAuthGlp1Facts\): DecisionResult`/);
    expect(d.fix).toBe(
      "declare it exactly as `export function decide(facts: PriorAuthGlp1Facts): DecisionResult { ... }`, with the imports `import type { DecisionResult } from '../../../templates/bounded-decision/types';` and `import type { PriorAuthGlp1Facts } from './facts';`",
    );
    // A function of the right name that is not exported: add `export`.
    const local = runSyntaxStage({ spec, slot: 'decision', code: decision(DENY.replace("'does not meet criteria'", 'String(facts.bmi)')).replace(SIGNATURE, SIGNATURE.replace('export ', '')) });
    expect(local.diagnostics.find((d) => d.rule === 'required-export')).toMatchObject({ line: 4, fix: 'add `export` before `function decide`' });
    expect(local.diagnostics.filter((d) => d.rule === 'required-export')).toHaveLength(1);
    const renamed = runSyntaxStage({ spec, slot: 'decision', code: decision(DENY.replace("'does not meet criteria'", 'String(facts.bmi)')).replace('function decide', 'function decideCase') });
    expect(renamed.diagnostics.find((d) => d.rule === 'required-export')!.fix).toBe(`rename the exported function \`decideCase\` to \`decide\`: \`${SIGNATURE} { ... }\``);
  });

  it("a parse error seen by the syntax stage gets the same explanation as in the security stage", () => {
    const r = runSyntaxStage({ spec, slot: 'decision', code: [TYPES, FACTS, '', `${SIGNATURE} {`, DENY, ''].join('\n') });
    const d = r.diagnostics.find((x) => x.message.startsWith('TS1005'))!;
    expect(d.message).toContain("TS1005: '}' expected. The file ends before function `decide` is closed: 1 closing brace `}` is missing.");
    expect(d.fix).toMatch(/^add 1 `\}`, innermost first: function `decide` opened at line 4/);
  });

  it('lint findings and kit mistakes say what to write', () => {
    const r = runSyntaxStage({
      spec,
      slot: 'decision',
      code: [TYPES, FACTS, `import { normalise } from '${KIT_SPECIFIER}';`, '', `${SIGNATURE} {`, '  var x: any = facts.bmi;', "  if (x == 30) { return { outcome: 'APPROVED', ruleId: 'bmi-step-therapy', reason: normalizeText(normalise) }; }", DENY, '}', ''].join('\n'),
    });
    const fixOf = (rule: string) => r.diagnostics.find((d) => d.rule === rule)?.fix;
    expect(fixOf('no-var')).toBe('replace `var` with `const` (or `let` if it is reassigned)');
    expect(fixOf('eqeqeq')).toBe('write `x === 30`');
    expect(fixOf('no-any')).toMatch(/^replace `any` with the declared type/);
    expect(fixOf('unknown-name')).toBe(`\`normalizeText\` is a kit function: add it to the kit import, \`import { normalizeText } from '${KIT_SPECIFIER}'\``);
    expect(r.diagnostics.find((d) => /no exported member 'normalise'/.test(d.message))!.fix).toMatch(/^did you mean `normalizeText`\? import only names the kit exports: .*normalizeText/);
  });

  it('reach the regeneration prompt (which renders the message)', () => {
    const r = runSyntaxStage({ spec, slot: 'decision', code: decision('  if (facts.bmi >= 30) {', DENY, '  }', DENY) });
    const prompt = assemblePrompt(loaded, 'decision', r.diagnostics, decision()).user;
    expect(prompt).toContain("TS18047: 'facts.bmi' is possibly 'null'. — code: `if (facts.bmi >= 30) {` — fix: write `typeof facts.bmi === 'number' && facts.bmi >= 30`");
  });
});
