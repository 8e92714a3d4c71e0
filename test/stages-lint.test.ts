// The syntax stage's lint rules run through ESLint's Linter (compiler/stages/lint.ts): the stage's rule names,
// ESLint's positions, and the counting rules that differ from the hand-written checks they replaced.
import { lintSlot } from '../compiler/stages/lint';

const rulesAt = (code: string, slot: 'decision' | 'extractor' = 'decision') => lintSlot(code, slot).map((f) => `${f.rule}@${f.line}:${f.column}`);

describe('lintSlot', () => {
  it('names each finding with the stage rule and ESLint position', () => {
    const code = ['export function decide(x: any): boolean {', '  var y = x;', '  return y == 1;', '}', ''].join('\n');
    expect(rulesAt(code)).toEqual(['no-any@1:27', 'no-var@2:3', 'eqeqeq@3:12']);
  });

  it('counts optional chaining and default parameter values in complexity (ESLint rules)', () => {
    const chain = Array.from({ length: 15 }, (_, i) => `o?.k${i}`).join(', ');
    const code = `export function f(o: Record<string, number> | undefined) { return [${chain}]; }\n`;
    expect(lintSlot(code, 'decision')).toEqual([expect.objectContaining({ rule: 'complexity', value: 16, line: 1, column: 8 })]);
    const defaults = Array.from({ length: 15 }, (_, i) => `p${i} = ${i}`).join(', ');
    expect(lintSlot(`export function g(${defaults}) { return p0; }\n`, 'decision').map((f) => f.value)).toEqual([16]);
    expect(lintSlot(`export function g(${defaults}) { return p0; }\n`, 'extractor')).toEqual([]);
  });

  it('counts lines of code without blank, comment or JSDoc lines', () => {
    const body = Array.from({ length: 200 }, (_, i) => `/**\n * constant ${i}\n */\nexport const c${i} = ${i};\n`).join('\n');
    expect(lintSlot(body, 'decision')).toEqual([]);
    expect(lintSlot(`${body}export const extra = 1;\n`, 'decision')).toEqual([expect.objectContaining({ rule: 'max-lines', value: 201, line: 0, column: 0 })]);
  });

  it('reports nothing for code that does not parse (the typecheck explains the syntax error)', () => {
    expect(lintSlot('export function decide( {\n  var x: any = 1;\n', 'decision')).toEqual([]);
  });
});
