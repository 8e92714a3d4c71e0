// The GLP-1 workflow's compiled path as a pure function, for extractor tests: uncertain extraction → review;
// otherwise the artifact's own declared checks, then its decision. Checks come from the packaged artifact,
// so the tests cannot drift from the spec.
import { readFileSync } from 'node:fs';
import { evaluate } from '../../templates/bounded-decision/evaluate';
import type { CaseStatus } from '../../templates/bounded-decision/types';
import { artifact } from '../../workflows-generated/prior-auth-glp1/v1/artifact';
import { decide } from '../../workflows-generated/prior-auth-glp1/v1/decision';
import { extract } from '../../workflows-generated/prior-auth-glp1/v1/extractor';

export function compiledOutcome(text: string): CaseStatus {
  const r = extract(text);
  if (r.uncertain.length) return 'NEEDS_REVIEW';
  const e = evaluate(artifact.checks, decide, r.facts, r.found);
  return e.kind === 'review' ? 'NEEDS_REVIEW' : e.decision.outcome;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

interface RedTeamCase {
  id: string;
  text: string;
  expected: CaseStatus;
}

/**
 * A red-team set measured on the compiled path: wrong automatic decisions (APPROVED/DENIED different from the
 * expected outcome) must be zero; needless reviews at most 10% of decidable charts; expected reviews go to review.
 */
export function redTeamSuite(label: string, file: string, minCases = 200): void {
  const cases = readJsonl<RedTeamCase>(file);
  const results = cases.map((c) => ({ c, got: compiledOutcome(c.text) }));
  const wrong = results.filter(({ c, got }) => got !== 'NEEDS_REVIEW' && got !== c.expected);
  const decidable = results.filter(({ c }) => c.expected !== 'NEEDS_REVIEW');
  const needless = decidable.filter(({ got }) => got === 'NEEDS_REVIEW');

  describe(`prior-auth-glp1 extractor on ${label}`, () => {
    it(`has at least ${minCases} charts with unique ids and a policy outcome each`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(minCases);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
      for (const c of cases) expect(['APPROVED', 'DENIED', 'NEEDS_REVIEW']).toContain(c.expected);
    });

    it('reports its numbers', () => {
      console.log(
        `${label}: n=${cases.length}, decidable=${decidable.length}, wrong automatic decisions=${wrong.length}, ` +
          `needless reviews=${needless.length} (${((100 * needless.length) / decidable.length).toFixed(1)}%)`,
      );
    });

    it('never decides automatically against the expected outcome', () => {
      expect(wrong.map(({ c, got }) => `${c.id}: expected ${c.expected}, got ${got}`)).toEqual([]);
    });

    it('sends at most 10% of decidable charts to review needlessly', () => {
      expect(needless.length).toBeLessThanOrEqual(Math.floor(decidable.length * 0.1));
    });

    it('expected NEEDS_REVIEW charts go to review', () => {
      const decided = results.filter(({ c, got }) => c.expected === 'NEEDS_REVIEW' && got !== 'NEEDS_REVIEW');
      expect(decided.map(({ c }) => c.id)).toEqual([]);
    });
  });
}
