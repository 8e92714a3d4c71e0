// Slots may import the extraction kit (templates/bounded-decision/kit) with exactly one specifier and named
// imports only: the security stage admits that import and nothing else, the syntax stage typechecks against the
// real kit sources, and the sandbox (execution and accuracy stages) loads the kit's modules in the candidate's VM.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec, type LoadedSpec } from '../compiler/spec';
import { runAccuracyStage } from '../compiler/stages/accuracy';
import { runExecutionStage } from '../compiler/stages/execution';
import { KIT_SPECIFIER, kitExportNames, kitModules, readKitFiles, resolveKitSpecifier } from '../compiler/stages/kit';
import { runInSandbox } from '../compiler/stages/sandbox';
import { checkCode, SECURITY_RULES } from '../compiler/stages/security';
import { runSecurityStage } from '../compiler/stages/security-stage';
import { runSyntaxStage } from '../compiler/stages/syntax';

const ROOT = join(__dirname, '..');
const loaded = loadSpec(join(ROOT, 'specs', 'prior-auth-glp1.yaml'));
const { spec } = loaded;
const K = `'${KIT_SPECIFIER}'`;
const fast = { callTimeoutMs: 500, wallTimeMs: 20_000 };

/** A GLP-1 extractor whose body may use the kit's normalizeText. */
function extractor(importLine: string, normalize = 'normalizeText(text)'): string {
  return [
    "import type { ExtractorResult } from '../../../templates/bounded-decision/types';",
    "import type { PriorAuthGlp1Facts } from './facts';",
    importLine,
    '',
    'export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts> {',
    `  const t = ${normalize};`,
    "  const t2d = t.includes('t2dm') || t.includes('type 2 diabetes');",
    '  return {',
    '    facts: { has_t2d_diagnosis: t2d, current_a1c: null, bmi: null, has_step_therapy_failure: false },',
    '    found: { has_t2d_diagnosis: t2d, current_a1c: false, bmi: false, has_step_therapy_failure: false },',
    '    uncertain: [],',
    '  };',
    '}',
    '',
  ].join('\n');
}

const KIT_EXTRACTOR = extractor(`import { normalizeText } from ${K};`);

/** A template folder with a multi-file kit (relative imports among its files, `../types`), for sandbox tests. */
function fixtureTemplate(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cai-kit-'));
  mkdirSync(join(dir, 'kit'));
  writeFileSync(join(dir, 'types.ts'), readFileSync(join(ROOT, 'templates', 'bounded-decision', 'types.ts'), 'utf8'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const MULTI_FILE_KIT = {
  'kit/index.ts': "export { normalizeText } from './text';\nexport * from './numbers/first';\nexport const KIT_VERSION = 'fixture';\n",
  'kit/text.ts': [
    "import type { FactValue } from '../types';",
    "export function normalizeText(text: string): string { return text.toLowerCase().replace(/\\s+/g, ' '); }",
    "export function isFact(v: FactValue): boolean { return v !== null; }",
    '',
  ].join('\n'),
  'kit/numbers/first.ts': [
    "import { normalizeText } from '../text';",
    'export function firstNumber(text: string): number | null {',
    '  const m = /\\d+(?:\\.\\d+)?/.exec(normalizeText(text));',
    '  return m ? Number(m[0]) : null;',
    '}',
    '',
  ].join('\n'),
};

describe('security stage: the extraction kit import', () => {
  it('admits named (and type-only) imports from exactly the kit specifier, as known callable bindings', () => {
    expect(checkCode(KIT_EXTRACTOR).findings).toEqual([]);
    expect(runSecurityStage({ spec, slot: 'extractor', code: KIT_EXTRACTOR })).toMatchObject({ passed: true, diagnostics: [] });
    // a kit call in a module-level constant is pure (the kit is vetted), like a pure built-in
    expect(checkCode(`import { normalizeText, KIT_VERSION } from ${K};\nconst WORD = normalizeText('T2DM');\nexport const f = (s: string) => normalizeText(s).includes(WORD) && KIT_VERSION.length > 0;`).findings).toEqual([]);
    expect(checkCode(`import type { X } from ${K};\nexport const f = (s: X) => s;`, 'c.ts', { kitExports: new Set(['X']) }).findings).toEqual([]);
  });

  it.each([
    ['a namespace import', `import * as k from ${K};\nexport const f = (s: string) => k.normalizeText(s);`, /namespace import/],
    ['a default import', `import kit from ${K};\nexport const f = (s: string) => kit(s);`, /default import/],
    ['a default plus named import', `import kit, { normalizeText } from ${K};\nexport const f = (s: string) => kit(normalizeText(s));`, /default import/],
    ['a file inside the kit', "import { normalizeText } from '../../../templates/bounded-decision/kit/text';\nexport const f = (s: string) => normalizeText(s);", /imported with exactly/],
    ['another relative path', "import { normalizeText } from '../kit';\nexport const f = (s: string) => normalizeText(s);", /imported with exactly/],
    ['a host module', "import { readFileSync } from 'node:fs';\nexport const f = (s: string) => readFileSync(s);", /host module/],
    ['a side-effect import of the kit', `import ${K};\nexport const f = (s: string) => s;`, /side-effect import/],
    ['an empty import of the kit', `import {} from ${K};\nexport const f = (s: string) => s;`, /empty import/],
    ['a name the kit does not export', `import { readFile } from ${K};\nexport const f = (s: string) => readFile(s);`, /does not export 'readFile'; it exports: .*normalizeText/],
    ['a prototype key', `import { __proto__ as p } from ${K};\nexport const f = () => p;`, /not a kit function/],
    ['an alias shadowing a global', `import { normalizeText as eval } from ${K};\nexport const f = (s: string) => eval(s);`, /shadow a global/],
  ])('rejects %s', (_what, src, message) => {
    const r = checkCode(src);
    expect(r.safe).toBe(false);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'no-import', message: expect.stringMatching(message) }));
  });

  it('states the allowed import in the no-import rule text (which the prompt lists)', () => {
    expect(SECURITY_RULES['no-import']).toContain(`import { a, b } from '${KIT_SPECIFIER}'`);
    expect(SECURITY_RULES['no-import']).toMatch(/no default, namespace or side-effect import, no other path/);
  });

  it("reads the kit's exports through its re-exports", () => {
    const dir = fixtureTemplate(MULTI_FILE_KIT);
    expect([...kitExportNames(readKitFiles(dir))!].sort()).toEqual(['KIT_VERSION', 'firstNumber', 'normalizeText']);
    expect(kitExportNames(readKitFiles(ROOT))).toBeUndefined(); // no kit/ folder there
  });
});

describe('syntax stage: the kit is typechecked from its real sources', () => {
  it('accepts a candidate that uses the kit API correctly', () => {
    expect(runSyntaxStage({ spec, slot: 'extractor', code: KIT_EXTRACTOR })).toMatchObject({ passed: true, diagnostics: [] });
  });

  it("reports misuse of the kit's types and unknown kit names on the candidate's lines", () => {
    const r = runSyntaxStage({ spec, slot: 'extractor', code: extractor(`import { normalizeText } from ${K};`, 'normalizeText(text.length)') });
    expect(r.passed).toBe(false);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'type-error', line: 6, message: expect.stringMatching(/TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/) }));
    const unknown = runSyntaxStage({ spec, slot: 'extractor', code: extractor(`import { normalizeText, nope } from ${K};`, 'normalizeText(text) + String(nope)') });
    expect(unknown.diagnostics).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringMatching(/has no exported member 'nope'/) }));
  });

  it('lints and measures the candidate only, never the kit files', () => {
    // A kit that breaks this stage's lint rules (var, ==, any, an unused local) and has high complexity.
    const branches = Array.from({ length: 30 }, (_, i) => `  if (s.length == ${i}) return ${i};`).join('\n');
    const dir = fixtureTemplate({
      'kit/index.ts': `export function normalizeText(text: string): string {\n  var unused: any = 1;\n  return text.toLowerCase();\n}\nexport function size(s: string): number {\n${branches}\n  return -1;\n}\n`,
    });
    expect(runSyntaxStage({ spec, slot: 'extractor', code: KIT_EXTRACTOR, templateDir: dir })).toMatchObject({ passed: true, diagnostics: [] });
  });
});

describe('sandbox: the kit runs inside the candidate VM', () => {
  it('runs an extractor that calls normalizeText from the real kit (execution stage)', async () => {
    const r = await runExecutionStage({ loaded, slot: 'extractor', code: KIT_EXTRACTOR, limits: fast, propertyRuns: 20 });
    expect(r).toMatchObject({ stage: 'execution', passed: true, diagnostics: [] });
    const direct = await runInSandbox(KIT_EXTRACTOR, 'extract', ['Known\u00a0T2DM\ttoday']);
    expect(direct.ok).toBe(true);
    expect(direct.calls[0]).toMatchObject({ ok: true, value: { facts: { has_t2d_diagnosis: true } } });
  });

  it('runs kit extractors in the accuracy stage too', async () => {
    const withGoldens: LoadedSpec = {
      ...loaded,
      extraction: [
        { id: 'k1', text: 'Dx: TYPE\u00a02 DIABETES (T2DM).', facts: { has_t2d_diagnosis: true, bmi: null } },
        { id: 'k2', text: 'No diabetes.', facts: { has_t2d_diagnosis: false } },
      ],
    };
    const r = await runAccuracyStage({ loaded: withGoldens, slot: 'extractor', code: KIT_EXTRACTOR, limits: fast });
    expect(r).toMatchObject({ stage: 'accuracy', passed: true, diagnostics: [] });
  });

  it("resolves the kit's relative imports among its files; type-only imports are erased", async () => {
    const dir = fixtureTemplate(MULTI_FILE_KIT);
    const code = `import { normalizeText, firstNumber, KIT_VERSION } from ${K};\nexport function extract(t: string): string { return normalizeText(t) + '|' + String(firstNumber(t)) + '|' + KIT_VERSION; }\n`;
    const r = await runInSandbox(code, 'extract', ['BMI  31.5 kg'], fast, { templateDir: dir });
    expect(r).toMatchObject({ ok: true, calls: [{ ok: true, value: 'bmi 31.5 kg|31.5|fixture' }] });
    const modules = kitModules(readKitFiles(dir));
    expect(modules.resolutions).toEqual({
      '': { [KIT_SPECIFIER]: 'kit/index' },
      'kit/index': { './text': 'kit/text', './numbers/first': 'kit/numbers/first' },
      'kit/numbers/first': { '../text': 'kit/text' },
      'kit/text': { '../types': 'types' },
      types: {},
    });
    expect(modules.modules.find((m) => m.id === 'kit/text')!.js).not.toMatch(/require\(/); // `import type` erased
    expect(resolveKitSpecifier('kit/index', '../../etc/passwd', new Set(['kit/index']))).toBeUndefined();
  });

  it('gives the candidate a require that resolves nothing but the kit', async () => {
    const cases: [string, RegExp][] = [
      ["import { readFileSync } from 'node:fs';\nexport function extract(t: string) { return String(readFileSync) + t; }", /Cannot find module 'node:fs'/],
      ["import { normalizeText } from '../../../templates/bounded-decision/kit/index';\nexport function extract(t: string) { return normalizeText(t); }", /Cannot find module '\.\.\/\.\.\/\.\.\/templates\/bounded-decision\/kit\/index'/],
      ["import { normalizeText } from '../../../templates/bounded-decision/types';\nexport function extract(t: string) { return String(normalizeText) + t; }", /Cannot find module/],
    ];
    for (const [code, message] of cases) {
      const r = await runInSandbox(code, 'extract', ['x'], fast);
      expect(r).toMatchObject({ ok: false, kind: 'load-error', message: expect.stringMatching(message) });
    }
    // a kit module's require resolves only its own relative imports among the kit's files
    const dir = fixtureTemplate({ 'kit/index.ts': "import { readFileSync } from 'node:fs';\nexport function normalizeText(t: string): string { return String(readFileSync) + t; }\n" });
    const r = await runInSandbox(KIT_EXTRACTOR, 'extract', ['x'], fast, { templateDir: dir });
    expect(r).toMatchObject({ ok: false, kind: 'load-error', message: expect.stringMatching(/Cannot find module 'node:fs' \(imported from kit\/index\)/) });
  });

  it('holds kit code to the same time limits (at load and per call)', async () => {
    const loadLoop = fixtureTemplate({ 'kit/index.ts': 'let n = 0;\nfor (;;) { n++; }\nexport function normalizeText(t: string): string { return t + String(n); }\n' });
    const a = await runInSandbox(KIT_EXTRACTOR, 'extract', ['x'], { callTimeoutMs: 200, wallTimeMs: 10_000 }, { templateDir: loadLoop });
    expect(a).toMatchObject({ ok: false, kind: 'load-error', message: expect.stringMatching(/timed out after 200 ms/) });
    const callLoop = fixtureTemplate({ 'kit/index.ts': 'export function normalizeText(t: string): string { let n = 0; for (;;) { n += t.length; } }\n' });
    const started = Date.now();
    const b = await runExecutionStage({ loaded, slot: 'extractor', code: KIT_EXTRACTOR, limits: { callTimeoutMs: 200, wallTimeMs: 10_000 }, templateDir: callLoop });
    expect(b.passed).toBe(false);
    expect(b.diagnostics[0]).toMatchObject({ rule: 'timeout' });
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
