// The input gate: prompt-injection and PHI screening of a document before any extraction.
// Pure and deterministic (CPU only), so it can run as a local activity.

import type { GateResult } from '../../templates/bounded-decision/types';
import { detectInjection } from './injection';
import { detectPhi } from './phi';

export { detectInjection, INJECTION_THRESHOLD } from './injection';
export { detectPhi, redactPhi } from './phi';

/** Screens a document: injection verdict, score, findings (no chart text quoted) and PHI spans. */
export function scanInput(text: string): GateResult {
  const inj = detectInjection(text);
  const phi = detectPhi(text).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return { injection: inj.injection, score: inj.score, findings: inj.findings, phi };
}
