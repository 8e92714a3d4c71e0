// The template's deterministic core: validation checks, then the compiled decision function.
// Pure and synchronous, so it runs identically inside workflow code, in tests and in benchmarks.
import type { DecideFn, DecisionResult, Facts, ValidationChecks } from '../../contract/bounded-decision';

export type Evaluation =
  | { kind: 'decided'; decision: DecisionResult; checks: CheckResult[] }
  | { kind: 'review'; reasons: string[]; checks: CheckResult[] };

export interface CheckResult {
  check: string;
  passed: boolean;
  detail: string;
}

/** Run the spec's validation checks on extracted facts; any failure sends the case to review. */
export function runChecks(checks: ValidationChecks, facts: Facts, found: Record<string, boolean>): CheckResult[] {
  const results: CheckResult[] = [];
  for (const group of checks.requireAnyFound) {
    const passed = group.facts.some((name) => found[name] === true);
    results.push({ check: `require-any:${group.facts.join('|')}`, passed, detail: passed ? 'found' : group.reason });
  }
  for (const range of checks.ranges) {
    const value = facts[range.fact];
    if (value === null || value === undefined) {
      results.push({ check: `range:${range.fact}`, passed: true, detail: 'absent' });
      continue;
    }
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (range.exclusiveMin === undefined || value > range.exclusiveMin) &&
      (range.exclusiveMax === undefined || value < range.exclusiveMax);
    results.push({ check: `range:${range.fact}`, passed: ok, detail: ok ? 'in range' : range.reason });
  }
  return results;
}

/** Checks first; only facts that pass every check reach the compiled decision. */
export function evaluate<F extends Facts>(
  checks: ValidationChecks,
  decide: DecideFn<F>,
  facts: F,
  found: Record<string, boolean>,
): Evaluation {
  const results = runChecks(checks, facts, found);
  const failed = results.filter((r) => !r.passed);
  if (failed.length > 0) return { kind: 'review', reasons: failed.map((r) => r.detail), checks: results };
  return { kind: 'decided', decision: decide(facts), checks: results };
}
