// Whether the compiled decision turns on a yes/no fact the chart states both ways: each alternative reading the
// extraction activity found (activities/conflict.ts: a sentence that, read alone, states the fact the other way) is put
// in place of the chart's reading, and the checks and the decision run again. An alternative that decides another
// outcome means the outcome depends on which of the chart's own statements is true: a person reads them. Pure and
// synchronous: it runs in workflow code, in tests and in benchmarks alike.
import type { AlternativeReading, DecideFn, Facts, GateFinding, ValidationChecks } from '../../contract/bounded-decision';
import { evaluate } from './evaluate';

/** The alternatives under which the checks pass and the decision comes out other than `outcome`. */
export function decisiveConflicts<F extends Facts>(
  checks: ValidationChecks,
  decide: DecideFn<F>,
  facts: F,
  found: Record<string, boolean>,
  outcome: string,
  alternatives: ReadonlyArray<AlternativeReading>,
): AlternativeReading[] {
  return alternatives.filter((alt) => {
    const e = evaluate(checks, decide, { ...facts, [alt.fact]: alt.value }, { ...found, [alt.fact]: true });
    return e.kind === 'decided' && e.decision.outcome !== outcome;
  });
}

/** The review's findings: the fact and the sentence's span, never its text. */
export function conflictFindings(conflicts: ReadonlyArray<AlternativeReading>): GateFinding[] {
  return conflicts.map((c) => ({
    rule: 'fact-guard/conflict',
    message: `the chart states ${c.fact} both ways and the decision depends on which: this sentence reads it ${c.value}`,
    span: c.span,
  }));
}
