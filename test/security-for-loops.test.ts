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
    'if (n <= 0) return s; for (let i = 0; i < xs.length; i += n) s += xs[i];',
    'if (!(n > 0)) throw new RangeError("n"); for (let i = 0; i < xs.length; i += n) s += xs[i];',
    'if (!Number.isInteger(n) || n < 1) { return 0; } for (let i = 0; i < xs.length; i += n) s += xs[i];',
    'for (let i = 0; i < xs.length; i += Math.max(1, n)) s += xs[i];',
    'const STEP = 3; for (let i = 0; i < xs.length; i += STEP) s += xs[i];',
    'for (let c = 0; c + n <= xs.length; c++) s += xs[c];',
    'for (let i = 0; i < xs.length; i++) { xs[i] = xs[i] * 2; s += Math.max(...xs); }',
    'const t: string = String(n); for (let i = 0; i < t.length; i++) s += /\\d/.test(t) ? 1 : 0;',
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
    // held-out 4: an input-controlled step can be 0, and a bound can move while the loop runs
    ['unchecked parameter step', 'for (let i = 0; i < xs.length; i += n) s += xs[i];'],
    ['step checked after the loop starts', 'for (let i = 0; i < xs.length; i += n) { if (n <= 0) return 0; s += xs[i]; }'],
    ['step guard that does not exit', 'if (n <= 0) s = 1; for (let i = 0; i < xs.length; i += n) s += xs[i];'],
    ['reassigned step', 'let k = 2; if (k <= 0) return 0; k = n; for (let i = 0; i < xs.length; i += k) s += xs[i];'],
    ['length step (can be 0)', 'for (let i = 0; i < 10; i += xs.length) s += 1;'],
    ['bound grown in the body', 'let m = n; for (let i = 0; i < m; i++) { m++; s += i; }'],
    ['bound grown by a closure', 'let m = n; const grow = () => { m += 1; }; for (let i = 0; i < m; i++) grow();'],
    ['array pushed while iterating', 'for (let i = 0; i < xs.length; i++) xs.push(i);'],
    ['array spliced back in', 'for (let i = 0; i < xs.length; i++) xs.splice(i, 0, 1);'],
    ['write past the end', 'for (let i = 0; i < xs.length; i++) xs[i + 1] = 0;'],
    ['length set', 'for (let i = 0; i < xs.length; i++) xs.length = i + 2;'],
    ['array handed to a helper', 'const add = (a: number[]) => a.push(1); for (let i = 0; i < xs.length; i++) add(xs);'],
    ['array aliased', 'const ys = xs; for (let i = 0; i < xs.length; i++) { const zs = xs; zs.push(1); s += ys.length; }'],
    ['sum bound that moves', 'let m = 0; for (let c = 0; c + m < xs.length; c++) m--;'],
  ])('rejects %s', (_why, loop) => {
    expect(rules(fn(loop))).toContain('no-unbounded-loop');
  });
});
