// Held-out set 4 (written and committed in 28e875e before the analyzer was run on it: 66 benign, 65 unsafe).
// First run: 4/66 benign flagged, 54/65 unsafe caught. The general rules it led to are tested below.
import * as fs from 'fs';
import * as path from 'path';
import { checkCode } from '../compiler/stages/security';

const rules = (src: string) => checkCode(src, 'candidate.ts').findings.map((f) => f.rule);

/**
 * Benign files the gate still rejects, each with the reason (kept visible rather than edited away):
 * - appointment-slots.ts steps `t += lengthMin` with an unchecked input: lengthMin = 0 loops forever,
 *   so the rejection is right (the fixture has a real hang).
 * - sticky-tokenizer.ts advances `pos` by the length of sticky-regex matches inside a labeled while loop;
 *   proving that every path advances needs path-sensitive analysis the gate does not do (open FP).
 */
const KNOWN_REJECTED_BENIGN = ['appointment-slots.ts', 'sticky-tokenizer.ts'];
/** localeCompare without a locale is host-collation dependent but established benign fixtures use it. */
const KNOWN_MISSED_UNSAFE = ['localecompare-no-locale.ts'];

describe('held-out set 4', () => {
  const dir = path.join(__dirname, 'fixtures', 'code-gate', 'heldout4');
  const files = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort().map((f) => [f, fs.readFileSync(path.join(dir, sub, f), 'utf8')] as const);
  test('sizes and labels', () => {
    expect(files('unsafe').length).toBeGreaterThanOrEqual(50);
    expect(files('benign').length).toBeGreaterThanOrEqual(60);
    for (const [, src] of files('unsafe')) expect(src).toMatch(/^\/\/ unsafe: \S/);
    for (const [, src] of files('benign')) expect(src).toMatch(/^\/\/ benign: \S/);
  });
  test('no false positives on the benign files beyond the two documented ones', () => {
    const fps = files('benign').filter(([f, src]) => !checkCode(src, f).safe).map(([f]) => f);
    expect(fps).toEqual(KNOWN_REJECTED_BENIGN);
  });
  test('recall on the unsafe files is at least 95%', () => {
    const missed = files('unsafe').filter(([f, src]) => checkCode(src, f).safe).map(([f]) => f);
    expect(missed).toEqual(KNOWN_MISSED_UNSAFE); // 64/65 = 98.5% (first run: 54/65)
    expect(1 - missed.length / files('unsafe').length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('host locale and time zone', () => {
  test.each([
    ["new Intl.NumberFormat().format(1)"],
    ["new Intl.NumberFormat(undefined, { style: 'percent' }).format(1)"],
    ["Intl.DateTimeFormat().resolvedOptions().timeZone"],
    ["new Intl.DateTimeFormat('en-US').format(new Date(x))"],
    ["new Intl.Collator().compare('a', x)"],
    ["new Date(x).toLocaleDateString()"],
    ["new Date(x).toLocaleDateString('en-US')"],
    ["new Date(x).toLocaleTimeString('en-US', { hour: '2-digit' })"],
    ["(1).toLocaleString()"],
    ["x.toLocaleUpperCase()"],
  ])('rejects %s', (expr) => {
    expect(rules(`export function f(x: string) { return ${expr}; }`)).toContain('no-nondeterminism');
  });
  test.each([
    ["new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1)"],
    ["new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(new Date(x))"],
    ["new Intl.DateTimeFormat(['en-GB'], { timeZone: 'UTC', weekday: 'long' }).format(new Date(x))"],
    ["new Date(x).toLocaleDateString('en-US', { timeZone: 'UTC' })"],
    ["(1).toLocaleString('en-US')"],
    ["x.toLocaleUpperCase('tr-TR')"],
  ])('admits %s', (expr) => {
    expect(rules(`export function f(x: string) { return ${expr}; }`)).toEqual([]);
  });
});

describe('registry symbols', () => {
  test.each([
    ["Symbol.for('nodejs.util.inspect.custom')"],
    ["Symbol.for('nodejs.rejection')"],
    ["Symbol.for('Deno.customInspect')"],
    ["Symbol.for(['nodejs', 'util', 'inspect', 'custom'].join('.'))"],
    ["Symbol.for(x)"],
  ])('rejects %s', (expr) => {
    expect(rules(`export function f(x: string) { return { [${expr}]: () => 'ok', x }; }`)).toContain('no-symbol-tricks');
  });
  test('admits a plain constant key', () => {
    expect(rules("const TAG = Symbol.for('claim-tag'); export const f = () => TAG;")).toEqual([]);
  });
});

describe('recursion through object-literal dispatch tables', () => {
  test.each([
    ['arrow members', 'const T = { even: (n: number): boolean => (n === 0 ? true : T.odd(n - 1)), odd: (n: number): boolean => (n === 0 ? false : T.even(n - 1)) };'],
    ['element access', "const T = { a: (n: number): number => T['b'](n), b: (n: number): number => T['a'](n) };"],
    ['methods', 'const T = { walk(n: number): number { return n <= 0 ? 0 : T.walk(n - 1); } };'],
    ['function expressions', 'const T = { a: function (n: number): number { return T.b(n); }, b: function (n: number): number { return T.a(n); } };'],
    ['named function in the table', 'function g(n: number): number { return T.h(n); } const T = { h: g };'],
    ['shorthand', 'function g(n: number): number { return T.g(n); } const T = { g };'],
  ])('rejects %s', (_what, src) => {
    expect(rules(`${src}\nexport const f = (x: number) => x;`)).toContain('no-recursion');
  });
  test('admits a dispatch table whose entries call plain helpers', () => {
    expect(rules('const up = (s: string) => s.toUpperCase(); const T = { a: (s: string) => up(s), b: (s: string) => T.a(s) + "!" }; export const f = (s: string) => T.b(s);')).toEqual([]);
  });
});

describe('top-level table fills', () => {
  test('admits a for...of over a const array literal that fills a Map/Set/array', () => {
    expect(rules('const P = [["a", "b", 1]] as const; const I = new Map<string, number>(); const S = new Set<string>(); const L: string[] = [];\nfor (const [a, b, n] of P) { I.set(`${a}|${b}`, n); S.add(a); L.push(b); }\nexport const f = (k: string) => I.get(k) ?? S.has(k) ?? L.length;')).toEqual([]);
  });
  test.each([
    ['pushing onto the iterated array', 'const A = [1]; for (const a of A) A.push(a);'],
    ['a local call in an argument', 'const A = [1]; const M = new Map(); const g = (x: number) => x; for (const a of A) M.set(a, g(a));'],
    ['a user object with a set method', 'const A = [1]; const M = { set: (x: number) => x }; for (const a of A) M.set(a);'],
    ['other statements', 'const A = [1]; const M = new Map(); for (const a of A) { M.set(a, 1); M.delete(a); }'],
    ['iterating a non-literal', 'const A = new Map([[1, 2]]); const M = new Map(); for (const a of A.keys()) M.set(a, 1);'],
    ['a let binding', 'const A = [1]; const M = new Map(); for (let a of A) M.set(a, 1);'],
  ])('rejects %s', (_what, src) => {
    expect(rules(`${src}\nexport const f = () => 1;`)).toContain('no-top-level-side-effect');
  });
});
