// regexHazard: scslre finds exponential backtracking; the structural checks of redos.ts cover the two shapes it
// does not report. Polynomial-only patterns (the everyday extraction shapes) stay admitted.
import { analyse } from 'scslre';
import { regexHazard } from '../compiler/stages/security';

const libraryFinds = (pattern: string) => analyse({ source: pattern, flags: '' }, { assumeRejectingSuffix: true }).reports.some((r) => r.exponential);

describe('regexHazard', () => {
  it.each(['^(a+)+$', '(a*)*b', '^(\\w+\\s?)*$', '^(\\d+|\\d+\\.\\d+)*$'])('reports %s through scslre', (p) => {
    expect(libraryFinds(p)).toBe(true);
    expect(regexHazard(p)).toMatch(/backtracks exponentially/);
  });

  it.each([
    ['(a|ab)*c', /overlapping alternation/],
    ['(\\w|\\d)+$', /overlapping alternation/],
    ['^(a?){25}a{25}$', /empty string/],
  ])('reports %s, which scslre misses, with the structural checks', (p, why) => {
    expect(libraryFinds(p)).toBe(false);
    expect(regexHazard(p)).toMatch(why);
  });

  it.each(['\\bBMI\\s*:?\\s*(\\d{2}(?:\\.\\d)?)', '\\d*\\w+', '^(\\d+,)*\\d+$'])('admits the polynomial-only %s', (p) => {
    expect(regexHazard(p, 'i')).toBeUndefined();
  });

  it('treats a pattern the engine rejects as a hazard (it cannot be checked)', () => {
    expect(regexHazard('(a')).toMatch(/could not be parsed/);
  });
});
