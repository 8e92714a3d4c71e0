// Round-2 red-team evaluation of the compiled GLP-1 extractor (prior-auth-glp1 v1) on a second, blind set
// (test/fixtures/glp1-redteam-2.jsonl), written by a different author from the policy and the spec only and
// committed before the extractor was run on it: EHR exports (problem lists with ICD codes and status columns,
// medication lists with stop reasons), multi-visit vitals tables (most recent visit governs), lab tables with
// flags and reference ranges, prior-auth form Q&A and checkboxes, letters of medical necessity, referral
// letters, unfilled templates, copy-forward conflicts, spelled-out numbers and comma decimals.
// The path measured is the workflow's compiled one: uncertain extraction -> review; else checks, then decide.
//  - needless reviews (NEEDS_REVIEW where the policy decides): at most 10% of decidable charts.
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../workflows-generated/prior-auth-glp1/v1/extractor';
import { decide } from '../workflows-generated/prior-auth-glp1/v1/decision';
import { evaluate } from '../templates/bounded-decision/evaluate';
import type { CaseStatus, ValidationChecks } from '../templates/bounded-decision/types';

interface RedTeamCase {
  id: string;
  text: string;
  expected: CaseStatus;
  facts: { has_t2d_diagnosis: boolean; current_a1c: number | null; bmi: number | null; has_step_therapy_failure: boolean };
}

const FILE = path.resolve(__dirname, 'fixtures', 'glp1-redteam-2.jsonl');
const CASES: RedTeamCase[] = fs
  .readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as RedTeamCase);

const CHECKS: ValidationChecks = {
  ranges: [
    { fact: 'current_a1c', exclusiveMin: 3, exclusiveMax: 20, reason: 'Suspicious A1C' },
    { fact: 'bmi', exclusiveMin: 10, exclusiveMax: 100, reason: 'Suspicious BMI' },
  ],
  requireAnyFound: [{ facts: ['has_t2d_diagnosis', 'bmi'], reason: 'Insufficient documentation' }],
};

function outcome(text: string): CaseStatus {
  const r = extract(text);
  if (r.uncertain.length) return 'NEEDS_REVIEW';
  const e = evaluate(CHECKS, decide, r.facts, r.found);
  return e.kind === 'review' ? 'NEEDS_REVIEW' : e.decision.outcome;
}

const results = CASES.map((c) => ({ c, got: outcome(c.text) }));
const wrong = results.filter(({ c, got }) => got !== 'NEEDS_REVIEW' && got !== c.expected);
const decidable = results.filter(({ c }) => c.expected !== 'NEEDS_REVIEW');
const needless = decidable.filter(({ got }) => got === 'NEEDS_REVIEW');

describe('prior-auth-glp1 extractor on the round-2 red-team set (blind)', () => {
  it('has at least 200 charts with unique ids and a policy outcome each', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    for (const c of CASES) expect(['APPROVED', 'DENIED', 'NEEDS_REVIEW']).toContain(c.expected);
  });

  it('reports its numbers', () => {
    console.log(
      `glp1 red team 2: n=${CASES.length}, decidable=${decidable.length}, wrong automatic decisions=${wrong.length}, ` +
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
