// SECURITY stage: per-rule positive/negative tests, the GLP-1 slot, the check-code command, and
// corpus measurements (main corpora must be classified perfectly; held-out numbers are reported).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCode, CodeUnreadableError, regexHazard, SECURITY_RULES } from '../compiler/stages/security';
import { checkCodeCommand } from '../compiler/commands/check-code';

const ROOT = join(__dirname, '..');
const CORPUS = join(__dirname, 'fixtures', 'code-gate');

function rulesOf(src: string, fileName = 'candidate.ts'): string[] {
  return checkCode(src, fileName).findings.map((f) => f.rule);
}

/** rule -> [snippets that must trigger it, snippets that must be completely safe]. */
const RULE_CASES: Record<string, { bad: string[]; good: string[] }> = {
  'no-eval': {
    bad: ['export const f = (s: string) => eval(s);', 'export const f = (s: string) => (0, eval)(s);'],
    good: ['export const f = (s: string) => { const evaluation = s.length; return evaluation; };'],
  },
  'no-function-constructor': {
    bad: [
      'export const f = (s: string) => new Function(s);',
      'export const f = (s: string) => Function(s)();',
      'export const f = () => (function () {}).constructor("return 1")();',
      'export const f = (x: any) => x.constructor.constructor("return process")();',
      'export const f = (x: any) => x["constructor"];',
      'export const f = (x: any) => x[`constr${"uctor"}`];',
      'export const f = (x: any) => { const { constructor: C } = x; return C; };',
      'export const f = () => [].filter.constructor("return 1")();',
      'export const f = (o: any, a: string, b: string) => o[a][b]("x");',
    ],
    good: ['export class A { constructor(readonly n: number) {} twice() { return this.n * 2; } }'],
  },
  'no-import': {
    bad: [
      "import fs from 'fs'; export const a = 1;",
      "import { readFileSync } from 'node:fs'; export const a = 1;",
      "import './side-effect'; export const a = 1;",
      "import os = require('os'); export const a = 1;",
      "import type { X } from 'child_process'; export const a = 1;",
      "import { type A, B } from './facts'; export const a = 1;",
    ],
    good: [
      "import type { DecisionResult } from '../../../templates/bounded-decision/types'; export const a = 1;",
      "import type { F } from './facts'; export const a = 1;",
      "import { type F, type G } from './facts'; export const a = 1;",
    ],
  },
  'no-reexport': {
    bad: ["export * from './facts';", "export { readFileSync } from 'fs';", "export type { F } from './facts';"],
    good: ['const a = 1; const b = 2; export { a, b as c };'],
  },
  'no-dynamic-import': {
    bad: ["export const f = () => import('fs');"],
    good: ['export const f = (importance: number) => importance > 2;'],
  },
  'no-require': {
    bad: ["export const f = () => require('fs');", 'export const f = () => module.exports;', 'export const f = () => __dirname;', 'export const f = () => import.meta;'],
    good: ['export const f = (requirements: string[]) => requirements.length;'],
  },
  'no-global-object': {
    bad: [
      'export const f = () => process.env.X;',
      'export const f = () => globalThis;',
      'export const f = () => window.location.href;',
      'export const f = () => document.cookie;',
      'export const f = () => self;',
      'export const f = () => global;',
      'export const f = () => Deno.env;',
      'export const f = () => Bun.version;',
    ],
    good: ['export const f = (text: string) => { const document = text.trim(); const process = document.length; return process; };'],
  },
  'no-arguments-callee': {
    bad: ['export function f() { return arguments.callee; }', 'export function f(g: any) { return g.caller; }'],
    good: ['export function f(...args: number[]) { return args.length; }'],
  },
  'no-network': {
    bad: ["export const f = (u: string) => fetch(u);", 'export const f = () => new XMLHttpRequest();', "export const f = () => new WebSocket('wss://x');"],
    good: ['export const f = (fetchTier: number) => fetchTier + 1;'],
  },
  'no-filesystem': {
    bad: ['export const f = (p: string) => fs.readFileSync(p);'],
    good: ['export const f = (path: string[]) => path.join("/");'],
  },
  'no-node-api': {
    bad: ["export const f = (s: string) => Buffer.from(s, 'base64');"],
    good: ['export const f = (s: string) => new TextEncoder().encode(s).length;'],
  },
  'no-timers': {
    bad: ["export const f = () => setTimeout('x()', 1);", 'export const f = () => setInterval(() => 1, 1);', 'export const f = () => setImmediate(() => 1);', 'export const f = () => queueMicrotask(() => 1);'],
    good: ['export const f = (timeoutMs: number) => Math.min(timeoutMs, 1000);'],
  },
  'no-dynamic-code': {
    bad: ["export const f = () => new Worker('x.js');", 'export const f = (b: Uint8Array) => new WebAssembly.Module(b);'],
    good: ['export const f = (b: Uint8Array) => b.length;'],
  },
  'no-prototype-mutation': {
    bad: [
      'export const f = (o: any) => o.__proto__;',
      'export const f = (o: object) => Object.setPrototypeOf(o, null);',
      'export const f = (o: object) => Object.getPrototypeOf(o);',
      'export function f() { (Array.prototype as any).x = 1; }',
      'export function f() { Object.assign(String.prototype, { x: 1 }); }',
      'export function f(o: any) { o["__proto__"].admin = true; }',
      'export const o = { __proto__: null, a: 1 };',
    ],
    good: ['export const f = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);'],
  },
  'no-define-property': {
    bad: ['export function f(o: object) { Object.defineProperty(o, "x", { value: 1 }); }', 'export function f(o: any) { o.__defineGetter__("x", () => 1); }'],
    good: ['export function f(o: Record<string, number>) { o.x = 1; return o; }'],
  },
  'no-reflection': {
    bad: ['export const f = (o: object) => Object.getOwnPropertyDescriptor(o, "x");', 'export const f = () => Error.captureStackTrace;'],
    good: ['export const f = (o: object) => Object.keys(o);'],
  },
  'no-proxy-reflect': {
    bad: ['export const f = (o: object) => new Proxy(o, {});', 'export const f = (o: object) => Reflect.ownKeys(o);'],
    good: ['export const f = (o: Record<string, number>) => Object.entries(o);'],
  },
  'no-with': {
    bad: ['export function f(o: any) { with (o) { return 1; } }'],
    good: ['export function f(o: { x: number }) { return o.x; }'],
  },
  'no-nondeterminism': {
    bad: ['export const f = () => Date.now();', 'export const f = () => new Date();', 'export const f = () => Date();', 'export const f = () => Math.random();', 'export const f = () => performance.now();', 'export const f = () => crypto.randomUUID();'],
    good: ['export const f = (iso: string) => (new Date(iso).getTime() - Date.UTC(2024, 0, 1)) / 864e5 + Date.parse(iso) + Math.floor(1.5);'],
  },
  'no-unbounded-loop': {
    bad: [
      'export function f(n: number) { while (n > 0) n--; return n; }',
      'export function f(n: number) { do { n--; } while (n > 0); return n; }',
      'export function f(n: number[]) { for (;;) { if (n) break; } }',
      'export function f(n: number[]) { for (let i = 0; i !== n.length; i++) {} }',
      'export function f(n: number[]) { for (let i = 0; i < n.length; ) {} }',
    ],
    good: ['export function f(n: number[]) { let s = 0; for (let i = 0; i < n.length; i++) s += n[i]; for (const x of n) s += x; for (const k in n) s += k.length; return s + n.reduce((a, b) => a + b, 0); }'],
  },
  'no-recursion': {
    bad: [
      'export function f(n: number): number { return n <= 1 ? 1 : n * f(n - 1); }',
      'function a(n: number): number { return n ? b(n - 1) : 0; } function b(n: number): number { return a(n); } export { a };',
      'export const walk = (n: any): number => n.kids.map(walk).length;',
      'export class T { count(n: any): number { return 1 + this.count(n.next); } }',
      'export const y = (f: any) => f(f);',
    ],
    good: ['function helper(n: number) { return n + 1; } export function f(n: number) { return helper(n) + helper(n); }'],
  },
  'no-unsafe-regex': {
    bad: [
      'export const f = (s: string) => /^(a+)+$/.test(s);',
      'export const f = (s: string) => /(a*)*b/.test(s);',
      'export const f = (s: string) => /^(\\w+\\s?)*$/.test(s);',
      'export const f = (s: string) => /(a|a)*c/.test(s);',
      'export const f = (s: string) => /(a|ab)*c/.test(s);',
      "export const f = (s: string) => new RegExp('^(\\\\d+)+$').test(s);",
      "export const f = (s: string) => s.match('(x+x+)+y');",
    ],
    good: ['export const f = (s: string) => /^(\\d+,)*\\d+$/.test(s) && /\\bBMI\\s*:?\\s*(\\d{2}(?:\\.\\d)?)/i.test(s) && new RegExp("^[A-Z]{2}\\\\d{4}$").test(s);'],
  },
  'no-dynamic-regex': {
    bad: ['export const f = (s: string, p: string) => new RegExp(p).test(s);', 'export const f = (s: string, w: string) => RegExp(`\\\\b${w}\\\\b`).test(s);'],
    good: ["const WORDS = ['pain', 'fever']; const RE = new RegExp(`\\\\b(?:${WORDS.join('|')})\\\\b`, 'i'); export const f = (s: string) => RE.test(s);"],
  },
  'no-hardcoded-secret': {
    bad: [
      "export const k = 'sk-abcdefghijklmnopqrstuvwxyz123456';",
      "export const k = 'AKIAIOSFODNN7EXAMPLE';",
      "export const k = 'ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';",
      "export const k = '-----BEGIN PRIVATE KEY-----';",
      "export const password = 'hunter2';",
      "export const cfg = { dbPassword: 'hunter2' };",
      "export const apiToken = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';",
      "export const f = (u: { password: string }) => u.password === 'letmein';",
    ],
    good: ["export const tokenType = 'bearer'; export const passwordLabel = 'Password'; export const f = (password: string) => password.length >= 12;"],
  },
  'no-debugger': { bad: ['export function f() { debugger; }'], good: ['export function f() { return 1; }'] },
  'no-async': {
    bad: ['export async function f() { return 1; }', 'export function* g() { yield 1; }', 'export const f = () => Promise.resolve(1);', 'export async function f(x: any) { for await (const y of x) {} }'],
    good: ['export function f(xs: number[]) { return xs.map((x) => x * 2); }'],
  },
  'no-symbol-tricks': {
    bad: ['export const o = { [Symbol.toPrimitive]() { return 1; } };', 'export class C { *[Symbol.iterator]() {} }'],
    good: ["export const tag = Symbol.for('tag');"],
  },
  'no-shared-memory': {
    bad: ['export const f = () => new SharedArrayBuffer(8);', 'export const f = (a: Int32Array) => Atomics.load(a, 0);'],
    good: ['export const f = () => new Int32Array(8);'],
  },
  'no-top-level-side-effect': {
    bad: [
      'function g() { return 1; } g(); export const a = 1;',
      'function g() { return 1; } export const a = g();',
      '(function () { return 1; })(); export const a = 1;',
      'if (Math.max(1, 2) > 1) { } export const a = 1;',
      'export class C { static { } }',
    ],
    good: ["export const T = Object.freeze({ a: 1 }); export const S = new Set(['a']); export const K = Object.keys(T).map((k) => k.toUpperCase()); export const M = new Map([['a', 1]]);"],
  },
  'no-module-state': {
    bad: ['let n = 0; export function f() { return ++n; }', 'var n = 0; export const a = n;'],
    good: ['export function f() { let n = 0; n++; return n; }'],
  },
  'no-global-mutation': {
    bad: ['export function f() { (Math as any).PI = 3; }', 'export function f() { delete (JSON as any).parse; }'],
    good: ['export function f(o: { n: number }) { o.n++; delete (o as any).n; return o; }'],
  },
  'no-global-alias': {
    bad: ['const M = Math; export const f = () => M.max(1, 2);', 'export const f = () => { const { random } = Math; return random; };', 'export const f = (k: string) => (Math as any)[k]();'],
    good: ['export const f = (xs: number[], d: unknown) => Math.max(...xs) + (d instanceof Date ? 1 : 0);'],
  },
  'no-unbound-this': {
    bad: ['export function f() { return this; }', 'export const g = () => this;'],
    good: ['export class A { n = 1; get() { return [1].map(() => this.n); } }', 'export const o = { n: 1, get() { return this.n; } };'],
  },
  'no-decorator': {
    bad: ['function d(x: any) { return x; } @d export class A {}'],
    good: ['export class A {}'],
  },
  'no-ambient-declaration': {
    bad: ['declare const Iterator: any; export const a = 1;', 'namespace N { export const a = 1; } export const b = 2;'],
    good: ['export interface A { x: number } export type B = A[];'],
  },
  'no-console': {
    bad: ["export function f(x: number) { console.log(x); return x; }"],
    good: ['export function f(x: number) { return x; }'],
  },
  'no-obfuscated-access': {
    bad: [
      "export const f = (o: any, s: string) => o['con' + s];",
      'export const f = (o: any) => o[String.fromCharCode(95, 95)];',
      "export const f = (o: any) => o[atob('X19wcm90b19f')];",
      "export const f = (o: any) => o['ev' + 'al'];",
    ],
    good: ["export const f = (row: Record<string, number>, year: number) => row['total_' + year] ?? row[`count_${year}`];"],
  },
  'no-prototype-pollution': {
    bad: ['export function set(o: any, a: string, b: string, v: unknown) { o[a][b] = v; }'],
    good: ['export function f(m: number[][], n: number) { for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i][j] = 0; const c: Record<string, number> = {}; c[String(n)] = 1; return c; }'],
  },
  'unknown-global': {
    bad: ['export const f = () => new WeakRef({});', 'export const f = () => someUndeclaredHelper(1);'],
    good: ['const someHelper = (n: number) => n; export const f = () => someHelper(1) + parseInt("2", 10) + Number.MAX_SAFE_INTEGER;'],
  },
};

describe('security stage: rules', () => {
  it('covers every rule id with positive and negative cases', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(Object.keys(SECURITY_RULES).sort());
  });

  for (const [rule, { bad, good }] of Object.entries(RULE_CASES)) {
    describe(rule, () => {
      it.each(bad)('flags %s', (src) => {
        expect(rulesOf(src)).toContain(rule);
      });
      it.each(good)('admits %s', (src) => {
        const r = checkCode(src);
        expect(r.findings).toEqual([]);
        expect(r.safe).toBe(true);
      });
    });
  }

  it('reports 1-based line and column, stage security, and a message with a fix', () => {
    const r = checkCode('export function f(s: string) {\n  return eval(s);\n}\n');
    expect(r.findings).toEqual([
      expect.objectContaining({ stage: 'security', rule: 'no-eval', line: 2, column: 10 }),
    ]);
    expect(r.findings[0].message).toMatch(/eval/);
  });

  it('resolves scopes: a local binding named like a global is not the global, but the global still is', () => {
    expect(checkCode('export function f() { const fetch = (n: number) => n; return fetch(1); }').safe).toBe(true);
    expect(rulesOf('function a() { const fetch = 1; return fetch; } export function b(u: string) { return fetch(u); }')).toContain('no-network');
  });

  it('regexHazard distinguishes ambiguous from separated repetitions', () => {
    expect(regexHazard('(\\s*\\w+)*')).toBeDefined();
    expect(regexHazard('(?:\\s*,\\s*\\w+)*')).toBeUndefined();
    expect(regexHazard('^([a-z0-9._%+-]+)@([a-z0-9.-]+)\\.([a-z]{2,})$')).toBeUndefined();
  });
});

describe('security stage: unreadable input', () => {
  it('throws CodeUnreadableError on syntax errors, naming the file and the position', () => {
    expect(() => checkCode('export const x = ;', 'bad.ts')).toThrow(CodeUnreadableError);
    expect(() => checkCode('export const x = ;', 'bad.ts')).toThrow(/bad\.ts:1:18/);
  });
  it('throws on binary content and non-strings', () => {
    expect(() => checkCode('\u0000\u0001\u0002binary', 'x.ts')).toThrow(CodeUnreadableError);
    expect(() => checkCode(42 as unknown as string)).toThrow(CodeUnreadableError);
  });
  it('analyses JavaScript files too', () => {
    expect(rulesOf("const cp = require('child_process');\nexports.f = (x) => cp.exec(x);\n", 'x.js')).toContain('no-require');
  });
});

describe('security stage: real slots', () => {
  it('admits the GLP-1 decision slot', () => {
    const src = readFileSync(join(ROOT, 'workflows-generated/prior-auth-glp1/v1/decision.ts'), 'utf8');
    expect(checkCode(src, 'decision.ts')).toEqual({ safe: true, findings: [] });
  });
});

describe('check-code command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-code-'));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
  };

  it('returns 0 and prints a JSON verdict for a safe file', async () => {
    const f = join(dir, 'safe.ts');
    writeFileSync(f, 'export const f = (n: number) => n + 1;\n');
    const c = capture();
    expect(await checkCodeCommand(f, { json: true }, c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toEqual({ safe: true, findings: [] });
  });

  it('returns 1 with findings (JSON and human modes)', async () => {
    const f = join(dir, 'unsafe.ts');
    writeFileSync(f, 'export const f = (s: string) =>\n  eval(s);\n');
    const j = capture();
    expect(await checkCodeCommand(f, { json: true }, j.io)).toBe(1);
    const parsed = JSON.parse(j.out.join(''));
    expect(parsed.safe).toBe(false);
    expect(parsed.findings[0]).toMatchObject({ rule: 'no-eval', line: 2 });
    expect(typeof parsed.findings[0].message).toBe('string');
    const h = capture();
    expect(await checkCodeCommand(f, { json: false }, h.io)).toBe(1);
    expect(h.out.join('')).toContain(`${f}:2:3 no-eval`);
    expect(h.out.join('')).toMatch(/UNSAFE, 1 finding/);
  });

  it('returns 2 for a missing file or code that does not parse', async () => {
    const c1 = capture();
    expect(await checkCodeCommand(join(dir, 'nope.ts'), { json: true }, c1.io)).toBe(2);
    expect(c1.err.join('')).toMatch(/cannot read .*nope\.ts/);
    const f = join(dir, 'broken.ts');
    writeFileSync(f, 'export function (\n');
    const c2 = capture();
    expect(await checkCodeCommand(f, { json: false }, c2.io)).toBe(2);
    expect(c2.err.join('')).toMatch(/cannot analyse .*broken\.ts/);
  });
});

// ---------------------------------------------------------------------------------------------
// Corpora

// Thresholds asserted on the held-out corpora. They were written last and measured once, blind:
// 32/34 unsafe flagged (94.1%; missed: a `pass:` credential field, and prototype pollution through
// a `cur = cur[k] = cur[k] || {}` path walk), 0/22 benign false positives. The analyzer was
// deliberately not tuned on them afterwards, so the assertion is the measured value, not 0.95.
const HELDOUT_MIN_RECALL = 32 / 34;
const HELDOUT_MAX_FALSE_POSITIVES = 0;

function corpus(sub: string): { file: string; src: string; header: string }[] {
  const dir = join(CORPUS, sub);
  return readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f))
    .sort()
    .map((f) => {
      const src = readFileSync(join(dir, f), 'utf8');
      return { file: f, src, header: src.split('\n', 1)[0] };
    });
}

function measure(sub: string): { unsafeTotal: number; caught: number; missed: string[]; benignTotal: number; falsePositives: string[] } {
  const unsafe = corpus(join(sub, 'unsafe'));
  const benign = corpus(join(sub, 'benign'));
  const missed = unsafe.filter((c) => checkCode(c.src, c.file).safe).map((c) => c.file);
  const falsePositives = benign
    .filter((c) => !checkCode(c.src, c.file).safe)
    .map((c) => `${c.file}: ${checkCode(c.src, c.file).findings.map((f) => `${f.line}:${f.column} ${f.rule}`).join(', ')}`);
  return { unsafeTotal: unsafe.length, caught: unsafe.length - missed.length, missed, benignTotal: benign.length, falsePositives };
}

describe('corpora', () => {
  it('main corpora are labelled and large enough', () => {
    const unsafe = corpus('unsafe');
    const benign = corpus('benign');
    expect(unsafe.length).toBeGreaterThanOrEqual(80);
    expect(benign.length).toBeGreaterThanOrEqual(60);
    for (const c of unsafe) expect(c.header).toMatch(/^\/\/ unsafe: \S/);
    for (const c of benign) expect(c.header).toMatch(/^\/\/ benign: \S/);
  });

  describe('main unsafe corpus: every file is flagged', () => {
    it.each(corpus('unsafe').map((c) => [c.file, c.src] as const))('%s', (file, src) => {
      expect(checkCode(src, file).safe).toBe(false);
    });
  });

  describe('main benign corpus: every file passes', () => {
    it.each(corpus('benign').map((c) => [c.file, c.src] as const))('%s', (file, src) => {
      expect(checkCode(src, file).findings).toEqual([]);
    });
  });

  it('held-out corpora: recall and false positives', () => {
    const m = measure('heldout');
    const recall = m.caught / m.unsafeTotal;
    // Printed so the numbers appear in test logs.
    console.log(
      `held-out: recall ${m.caught}/${m.unsafeTotal} = ${(recall * 100).toFixed(1)}%` +
        (m.missed.length ? ` (missed: ${m.missed.join(', ')})` : '') +
        `; false positives ${m.falsePositives.length}/${m.benignTotal}` +
        (m.falsePositives.length ? ` (${m.falsePositives.join('; ')})` : ''),
    );
    expect(m.unsafeTotal).toBeGreaterThanOrEqual(20);
    expect(m.benignTotal).toBeGreaterThanOrEqual(15);
    expect(recall).toBeGreaterThanOrEqual(HELDOUT_MIN_RECALL);
    expect(m.falsePositives.length).toBeLessThanOrEqual(HELDOUT_MAX_FALSE_POSITIVES);
  });
});
