// The input gate: prompt-injection and PHI screening of a document before any extraction.
// Pure and deterministic (CPU only), so it can run as a local activity.
//
// Injection verdict: the rules (injection.ts) OR the local classifier (classifier.ts) at or above its threshold.
// The classifier was kept because it raised recall on the blind sets it was first measured on (blind-8: 65.3% ->
// 72.6% at 0.0% FPR; blind-7: 92.3% -> 97.7%, FPR 2.0% -> 2.4%); see reports/security-eval.md.

import type { GateResult } from '../../contract/bounded-decision';
import { CLASSIFIER_THRESHOLD, classifyInjection, combinedVerdict } from './classifier';
import { detectInjection } from './injection';
import { detectPhi } from './phi';
import { findDirectives, type DirectiveFinding } from '../../templates/bounded-decision/kit/directives';
import { hiddenTextSpan } from './directive-opinion';

export { CLASSIFIER_THRESHOLD, classifyInjection } from './classifier';
export { detectInjection, INJECTION_THRESHOLD } from './injection';
export { detectPhi, redactPhi } from './phi';

/** Whether the classifier's second opinion is part of the gate's verdict (false = rules alone). */
export const CLASSIFIER_IN_GATE = true;

/**
 * Corroboration: below its own threshold, the classifier's most injection-like line still counts when it is
 * more likely than not an injection (p >= 0.5) and the fact guard's directive reader (kit/directives.ts), a
 * separate detector written against different data, finds a directive in that same line. Two weak opinions that
 * agree on one span; either alone stays below the bar.
 */
export const CORROBORATION_THRESHOLD = 0.5;

/** The span where the classifier's line and a directive sentence overlap, if the classifier is in the corroboration band. */
export function corroboratedSpan(text: string, cls: { probability: number; span: [number, number] }, directives?: readonly DirectiveFinding[]): [number, number] | undefined {
  if (cls.probability < CORROBORATION_THRESHOLD || cls.probability >= CLASSIFIER_THRESHOLD) return undefined;
  const [a, b] = cls.span;
  const hit = (directives ?? findDirectives(text)).find((d) => d.span[0] < b && a < d.span[1]);
  return hit ? [Math.max(a, hit.span[0]), Math.min(b, hit.span[1])] : undefined;
}

/** Screens a document: injection verdict, score, findings (no chart text quoted) and PHI spans. */
export function scanInput(text: string): GateResult {
  const inj = detectInjection(text);
  const phi = detectPhi(text).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  if (!CLASSIFIER_IN_GATE) return { injection: inj.injection, score: inj.score, findings: inj.findings, phi };
  const cls = classifyInjection(text);
  const byClassifier = cls.probability >= CLASSIFIER_THRESHOLD;
  // The directive reader is consulted only when neither the rules nor the classifier decided.
  const undecided = !inj.injection && !byClassifier;
  const directives = undecided ? findDirectives(text) : [];
  const corroborated = undecided ? corroboratedSpan(text, cls, directives) : undefined;
  const hidden = undecided && !corroborated ? hiddenTextSpan(text, directives) : undefined;
  const injection = combinedVerdict(inj.injection, cls.probability) || corroborated !== undefined || hidden !== undefined;
  const extra = byClassifier
    ? [{ rule: 'classifier', message: `The local classifier scores this line as injection-like (p = ${cls.probability.toFixed(2)}).`, span: cls.span }]
    : corroborated
      ? [{ rule: 'corroborated', message: `The local classifier (p = ${cls.probability.toFixed(2)}) and the directive reader both flag this line.`, span: corroborated }]
      : hidden
        ? [{ rule: 'hidden-text', message: 'Text is hidden from a plain reader (Braille, turned, small-capital, superscript or circled letters, stacked marks, a number code or a spelled alphabet).', span: hidden }]
        : [];
  const findings = extra.length ? [...inj.findings, ...extra].sort((a, b) => a.span[0] - b.span[0]) : inj.findings;
  const score = byClassifier || corroborated ? Math.max(inj.score, Math.round(cls.probability * 1000) / 1000) : hidden ? Math.max(inj.score, 0.9) : inj.score;
  return { injection, score, findings, phi };
}
