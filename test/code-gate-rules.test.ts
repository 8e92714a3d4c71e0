// Code gate rules added after the first held-out set (credential under a short `pass` field, prototype
// pollution through a path-walking alias, RegExp over a constant word list), and the second held-out set.
import * as fs from 'fs';
import * as path from 'path';
import { checkCode } from '../compiler/stages/security';

const rules = (src: string) => checkCode(src, 'candidate.ts').findings.map((f) => f.rule);

describe('credential under a short pass field', () => {
  test.each([
    "export const c = { host: 'db', user: 'root', pass: 'toor' };",
    "export const c = { pass: 'hunter2!' };",
    "export const c = { dbPass: 'S3cr3t99' };",
    "export const c = { db_pass: 'abc123xyz' };",
    "export const c = { login: 'svc', passcode: 'letmein' };",
  ])('flags %s', (src) => expect(rules(src)).toContain('no-hardcoded-secret'));
  test.each([
    "export const labels = { pass: 'Passed', fail: 'Failed' };",
    "export const r = { pass: 'yes', score: 3 };",
    "export function f(n: number) { return { pass: n > 3 ? 'pass' : 'fail' }; }",
    "export const bypass = 'route-b';",
    "export const compass = 'north-2';",
  ])('passes %s', (src) => expect(rules(src)).toEqual([]));
});

describe('prototype pollution through an alias', () => {
  test('path walk cur = cur[k] = cur[k] || {} then cur[last] = v', () => {
    const src = `export function setIn(obj: Record<string, any>, p: string, v: unknown) {
  const keys = p.split('.');
  let cur: any = obj;
  for (const k of keys.slice(0, -1)) { cur = cur[k] = cur[k] || {}; }
  cur[keys[keys.length - 1]] = v;
  return obj;
}`;
    expect(rules(src)).toContain('no-prototype-pollution');
  });
  test('const group = out[section] ?? (out[section] = {}); group[field] = v', () => {
    const src = `export function put(out: Record<string, any>, section: string, field: string, v: string) {
  const group = out[section] ?? (out[section] = {});
  group[field] = v;
}`;
    expect(rules(src)).toContain('no-prototype-pollution');
  });
  test('numeric indices and constant keys are not pollution', () => {
    const src = `export function f(rows: number[][], i: number) {
  const row = rows[i];
  row[0] = 1;
  const o: Record<string, number> = {};
  const k = 'a';
  o[k] = 2;
  return o;
}`;
    expect(rules(src)).toEqual([]);
  });
});

describe('RegExp over a constant word list', () => {
  test('each value is checked: safe words pass', () => {
    expect(rules("const W = ['no', 'denies'];\nexport const f = (t: string) => W.some((w) => new RegExp(`\\\\b${w}\\\\b`).test(t));")).toEqual([]);
    expect(rules("const W = ['no', 'denies'];\nexport function f(t: string) { for (const w of W) if (new RegExp(w).test(t)) return true; return false; }")).toEqual([]);
  });
  test('a dangerous value is still caught; a non-constant list is still dynamic', () => {
    expect(rules("const W = ['(a+)+$'];\nexport const f = (t: string) => W.some((w) => new RegExp(w).test(t));")).toContain('no-unsafe-regex');
    expect(rules('export const f = (t: string, w: string[]) => w.some((x) => new RegExp(x).test(t));')).toContain('no-dynamic-regex');
  });
});

describe('held-out set 2 (written before the analyzer was run on it)', () => {
  const dir = path.join(__dirname, 'fixtures', 'code-gate', 'heldout2');
  const files = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort().map((f) => [f, fs.readFileSync(path.join(dir, sub, f), 'utf8')] as const);
  test('sizes and labels', () => {
    expect(files('unsafe').length).toBeGreaterThanOrEqual(20);
    expect(files('benign').length).toBeGreaterThanOrEqual(15);
    for (const [, src] of files('unsafe')) expect(src).toMatch(/^\/\/ unsafe: \S/);
    for (const [, src] of files('benign')) expect(src).toMatch(/^\/\/ benign: \S/);
  });
  test('no false positives on the benign files', () => {
    const fps = files('benign').filter(([f, src]) => !checkCode(src, f).safe).map(([f]) => f);
    expect(fps).toEqual([]);
  });
  test('recall is reported (and at least 90%)', () => {
    const missed = files('unsafe').filter(([f, src]) => checkCode(src, f).safe).map(([f]) => f);
    console.log(`held-out 2: missed ${missed.length}/${files('unsafe').length}${missed.length ? `: ${missed.join(', ')}` : ''}`);
    expect(missed.length / files('unsafe').length).toBeLessThanOrEqual(0.1);
  });
});
