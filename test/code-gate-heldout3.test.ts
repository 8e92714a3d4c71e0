// Held-out set 3 (written before the analyzer was run on it: 66 benign, 57 unsafe), the three general
// rules its false positives led to (counted while-loops, regex scan loops, load-time closure factories and
// plain local classes) with the attacks each of them must still reject, and the committed slot code.
import * as fs from 'fs';
import * as path from 'path';
import { checkCode } from '../compiler/stages/security';
import { kitExportNames } from '../compiler/stages/kit';

const ROOT = path.join(__dirname, '..');
const rules = (src: string) => checkCode(src, 'candidate.ts').findings.map((f) => f.rule);

describe('held-out set 3', () => {
  const dir = path.join(__dirname, 'fixtures', 'code-gate', 'heldout3');
  const files = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort().map((f) => [f, fs.readFileSync(path.join(dir, sub, f), 'utf8')] as const);
  test('sizes and labels', () => {
    expect(files('unsafe').length).toBeGreaterThanOrEqual(40);
    expect(files('benign').length).toBeGreaterThanOrEqual(50);
    for (const [, src] of files('unsafe')) expect(src).toMatch(/^\/\/ unsafe: \S/);
    for (const [, src] of files('benign')) expect(src).toMatch(/^\/\/ benign: \S/);
  });
  test('no false positives on the benign files', () => {
    const fps = files('benign').filter(([f, src]) => !checkCode(src, f).safe).map(([f]) => f);
    expect(fps).toEqual([]);
  });
  test('recall on the unsafe files is at least 95%', () => {
    const missed = files('unsafe').filter(([f, src]) => checkCode(src, f).safe).map(([f]) => f);
    expect(missed).toEqual([]); // measured 57/57 on the first run
    expect(1 - missed.length / files('unsafe').length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('counted while / do-while loops', () => {
  const fn = (body: string) => `export function f(x: boolean, s: string, a: number[]) {\n${body}\nreturn 0; }`;
  test('a local counter from an integer literal, stepped towards a constant (or a read-only length), is a bound', () => {
    expect(rules(fn('let i = 0; while (x && i < 100) { i++; }'))).toEqual([]);
    expect(rules(fn('const MAX = 7; let g = 0; do { g += 1; } while (x && g < MAX);'))).toEqual([]);
    expect(rules(fn('let k = 10; while (k > 0) { k -= 2; }'))).toEqual([]);
    expect(rules(fn('let i = 0; while (i < s.length) { if (s[i] === " ") break; i++; }'))).toEqual([]);
    expect(rules(fn('let i = 0; outer: for (let j = 0; j < 3; j++) { while (i < 9) { i++; for (const y of a) { if (y) continue; } continue outer; } }'))).toEqual([]);
  });
  test.each([
    ['continue can skip the update', 'let i = 0; while (i < 10) { if (x) continue; i++; }'],
    ['labeled continue to the loop', 'let i = 0; w: while (i < 10) { for (const y of a) { if (y) continue w; } i++; }'],
    ['wrong direction', 'let i = 0; while (i < 10) { i--; }'],
    ['second write', 'let i = 0; while (i < 10) { i++; i = 0; }'],
    ['conditional update', 'let i = 0; while (i < 10) { if (x) i++; }'],
    ['write from a closure', 'let i = 0; const reset = () => { i = 0; }; while (i < 10) { reset(); i++; }'],
    ['non-constant bound', 'let i = 0; const n = a[0]; while (i < n) { i++; }'],
    ['non-literal start', 'let i = -Infinity; while (i < 10) { i++; }'],
    ['fractional step', 'let i = 0; while (i < 10) { i += 0.5; }'],
    ['or-condition', 'let i = 0; while (x || i < 10) { i++; }'],
    ['growing array length', 'let i = 0; while (i < a.length) { a.push(1); i++; }'],
    ['array handed to other code', 'let i = 0; while (i < a.length) { a.sort(); i++; }'],
    ['counting down to a length', 'let i = 5; while (i > a.length) { i--; }'],
    ['parameter counter', 'while (a[0] > 0) { a[0]--; }'],
  ])('still unbounded: %s', (_what, body) => {
    expect(rules(fn(body))).toContain('no-unbounded-loop');
  });
});

describe('regex scan loops', () => {
  test('while ((m = re.exec(s)) !== null) over a g/y regex that cannot match empty', () => {
    expect(rules('export function f(s: string) { const re = /\\d+/g; const out: string[] = []; let m: RegExpExecArray | null; while ((m = re.exec(s)) !== null) out.push(m[0]); return out; }')).toEqual([]);
    expect(rules('const RE = /[a-z]+/gi;\nexport function f(s: string) { let m; let n = 0; while ((m = RE.exec(s))) n += m[0].length; return n; }')).toEqual([]);
  });
  test.each([
    ['empty match', 'export function f(s: string) { const re = /\\d*/g; let m; while ((m = re.exec(s)) !== null) {} }'],
    ['lookahead only', 'export function f(s: string) { const re = /(?=a)/g; let m; while ((m = re.exec(s)) !== null) {} }'],
    ['no g flag', 'export function f(s: string) { const re = /a/; let m; while ((m = re.exec(s)) !== null) {} }'],
    ['inline literal', 'export function f(s: string) { let m; while ((m = /a/g.exec(s)) !== null) {} }'],
    ['lastIndex reset', 'export function f(s: string) { const re = /a/g; let m; while ((m = re.exec(s)) !== null) { re.lastIndex = 0; } }'],
    ['regex used elsewhere', 'const re = /a/g;\nconst h = () => re.test("b");\nexport function f(s: string) { let m; while ((m = re.exec(s)) !== null) { h(); } }'],
    ['growing subject', 'export function f(s: string) { const re = /a/g; let m; while ((m = re.exec(s)) !== null) { s += "a"; } }'],
    ['subject grown by a closure', 'export function f(t: string) { let s = t; const g = () => { s += "a"; }; const re = /a/g; let m; while ((m = re.exec(s)) !== null) g(); }'],
    ['object subject', 'export function f() { const s: any = { n: 0, toString() { return "a"; } }; const re = /a/g; let m; while ((m = re.exec(s)) !== null) {} }'],
    ['let regex', 'export function f(s: string) { let re = /a/g; let m; while ((m = re.exec(s)) !== null) {} }'],
  ])('still unbounded: %s', (_what, src) => {
    expect(rules(src)).toContain('no-unbounded-loop');
  });
});

describe('load-time closure factories and plain local classes', () => {
  test('allowed: factories that only return a function, classes that only store values', () => {
    expect(rules('const atLeast = (n: number) => (x: number) => x >= n;\nexport const adult = atLeast(18);')).toEqual([]);
    expect(rules('function compose<A, B, C>(f: (a: A) => B, g: (b: B) => C) { return (a: A) => g(f(a)); }\nexport const h = compose((s: string) => s.trim(), (s: string) => s.length);')).toEqual([]);
    expect(rules('class P { readonly name = "p"; #m = new Map<string, number>(); constructor(readonly w: number) { this.w = w; } }\nclass Q extends P { constructor() { super(2); } }\nexport const ALL = [new P(1), new Q()];')).toEqual([]);
  });
  test.each([
    ['computing function (existing rule)', 'function g() { return 1; }\nexport const a = g();'],
    ['factory with work before the return', 'const f = (n: number) => { const t = n * 2; return () => t; };\nexport const a = f(1);'],
    ['factory result called', 'const add = (a: number) => (b: number) => a + b;\nexport const three = add(1)(2);'],
    ['destructuring factory parameter', 'const f = ({ x }: { x: number }) => () => x;\nexport const a = f({ x: 1 });'],
    ['factory called with a computed argument', 'function g() { return 1; }\nconst f = (n: number) => () => n;\nexport const a = f(g());'],
    ['class field runs local code', 'function g() { return 1; }\nclass A { x = g(); }\nexport const a = new A();'],
    ['constructor does work', 'class A { n: number; constructor() { let s = 0; for (let i = 0; i < 9; i++) s += i; this.n = s; } }\nexport const a = new A();'],
    ['self-instantiating class', 'class A { child = new A(); }\nexport const a = new A();'],
    ['built-in base class', 'class E extends Error {}\nexport const e = new E("x");'],
  ])('still rejected: %s', (_what, src) => {
    expect(rules(src)).toContain('no-top-level-side-effect');
  });
});

describe('committed slot code passes the security stage', () => {
  const slotFiles = (): string[] => {
    const out: string[] = [];
    const gen = path.join(ROOT, 'workflows-generated');
    for (const wf of fs.readdirSync(gen)) {
      const wfDir = path.join(gen, wf);
      if (!fs.statSync(wfDir).isDirectory()) continue;
      for (const v of fs.readdirSync(wfDir).filter((d) => /^v\d+$/.test(d))) {
        for (const slot of ['decision.ts', 'extractor.ts']) {
          const f = path.join(wfDir, v, slot);
          if (fs.existsSync(f)) out.push(f);
        }
      }
    }
    const walk = (d: string): void => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.ts')) out.push(p);
      }
    };
    const cand = path.join(ROOT, 'specs', 'candidates');
    if (fs.existsSync(cand)) walk(cand);
    return out;
  };
  test('every workflows-generated/*/v*/{decision,extractor}.ts and specs/candidates/**/*.ts is admitted', () => {
    const files = slotFiles();
    expect(files.length).toBeGreaterThanOrEqual(4);
    const rejected = files
      // A packaged kit-using extractor imports its vendored kit ('./kit'): admitted exactly as at compile time.
      .map((f) => ({ f: path.relative(ROOT, f), r: checkCode(fs.readFileSync(f, 'utf8'), path.basename(f), fs.existsSync(path.join(path.dirname(f), 'kit')) ? { kitSpecifier: './kit', ...(kitExportNames() ? { kitExports: kitExportNames()! } : {}) } : {}) }))
      .filter((x) => !x.r.safe)
      .map((x) => `${x.f}: ${x.r.findings.map((y) => `${y.rule}@${y.line}`).join(', ')}`);
    expect(rejected).toEqual([]);
  });
});
