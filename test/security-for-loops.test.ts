// The security stage's counted-loop rule: a `for` loop must step a compared counter towards its bound.
import { checkCode } from '../compiler/stages/security';

const rules = (src: string) => checkCode(src, 'candidate.ts').findings.map((f) => f.rule);
const fn = (loop: string) => `export function f(n: number, xs: number[]): number {\n  let s = 0;\n  ${loop}\n  return s;\n}\n`;

describe('counted for loops', () => {
  it.each([
    'for (let i = 0; i < n; i++) s += i;',
    'for (let i = 0; i <= n; ++i) s += i;',
    'for (let i = n - 1; i >= 0; i--) s += i;',
    'for (let i = 0; i < xs.length; i += 2) s += xs[i];',
    'for (let i = 0; i < xs.length; i += n) s += xs[i];',
    'for (let i = 0; i < n; i = i + 1) s += i;',
    'for (let i = 0, j = xs.length - 1; i < j; i++, j--) s += xs[i] - xs[j];',
    'for (let i = 0; n > i; i++) s += i;',
    'for (let i = 0; i < n && s < 100; i++) s += i;',
  ])('admits %s', (loop) => {
    expect(rules(fn(loop))).toEqual([]);
  });

  it.each([
    ['wrong direction', 'for (let i = 0; i < n; i--) s += i;'],
    ['wrong direction (>=)', 'for (let i = n; i >= 0; i++) s += i;'],
    ['zero step', 'for (let i = 0; i < n; i += 0) s += i;'],
    ['negative step', 'for (let i = 0; i < n; i += -1) s += i;'],
    ['Infinity bound', 'for (let i = 0; i < Infinity; i++) s += i;'],
    ['counter reset in the body', 'for (let i = 0; i < n; i++) { s += i; i = 0; }'],
    ['counter decremented in the body', 'for (let i = 0; i < n; i++) { s += i; i--; }'],
    ['update of another variable', 'for (let i = 0; i < n; s++) s += 1;'],
    ['method-call update', 'for (let i = 0; i < n; xs.push(1)) s += 1;'],
  ])('rejects %s', (_why, loop) => {
    expect(rules(fn(loop))).toContain('no-unbounded-loop');
  });
});
