// The semantic second opinion (semantic.ts) after the rules and the hashed-feature classifier (scanInput), when they
// find nothing. Off by default since 2026-12-04: it had raised recall at no false-positive cost on gate-blind-11/-12
// (reports/gate-semantic.first-run.md), but over the first runs of gate-blind-18..23 it added 10 injected documents and
// 22 false positives (+1.3 points of recall, +1.4 points of FPR; on blind-22 and -23 it took the FPR from 1.1% / 0.7%
// to 2.2% / 1.9%), and 2 of the paper's 8 legitimate output-leakage requests. CAI_GATE_SEMANTIC=on turns it on.
// The finding names the instance's span and score, never its text.
import type { GateResult } from '../../contract/bounded-decision';
import { EmbedderBusyError, EmbedderNotInstalledError, embedderFile, embedderProblem, sharedEmbedder, type SentenceEmbedder } from './embedder';
import { scanInput } from './index';
import { semanticScore, type SemanticHead } from './semantic';
import { SEMANTIC_HEAD } from './semantic-weights';

export type Scan = (text: string) => GateResult;
export type AsyncScan = (text: string) => Promise<GateResult>;

/**
 * How long a text may wait for the embedder (the gate is a local activity with a 10-second limit). A burst of
 * cases queues behind one embedder; past the budget a text keeps the rules' and classifier's verdict and the
 * fact guard, and `onSkip` is told (counts only), instead of the case timing out.
 */
export const SEMANTIC_BUDGET_MS = 5_000;

/** `scan`, with the semantic opinion asked when `scan` passes a text. */
export function withSemanticOpinion(
  scan: Scan,
  embedder: () => Promise<SentenceEmbedder>,
  head: SemanticHead = SEMANTIC_HEAD,
  opts: { budgetMs?: number; onSkip?: () => void } = {},
): AsyncScan {
  return async (text) => {
    const base = scan(text);
    if (base.injection) return base;
    let s;
    try {
      s = await semanticScore(text, await embedder(), head, Date.now() + (opts.budgetMs ?? SEMANTIC_BUDGET_MS));
    } catch (e) {
      if (!(e instanceof EmbedderBusyError)) throw e;
      opts.onSkip?.();
      return base;
    }
    if (s.probability < head.threshold) return base;
    const finding = { rule: 'semantic', message: `The sentence-embedding classifier scores this line as injection-like (p = ${s.probability.toFixed(3)}).`, span: s.span };
    return { ...base, injection: true, score: Math.max(base.score, Math.round(s.probability * 1000) / 1000), findings: [...base.findings, finding].sort((a, b) => a.span[0] - b.span[0]) };
  };
}

/** Whether the semantic opinion is on: only when CAI_GATE_SEMANTIC=on (or 1 / true / yes); off by default, see above. */
export function semanticGateEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|on|true|yes)$/i.test(env.CAI_GATE_SEMANTIC?.trim() ?? '');
}

/**
 * The gate a worker runs: the rules and the classifier, with the semantic opinion when it is turned on. Throws
 * EmbedderNotInstalledError at once (at worker start, not on the first case) when it is on but not installed.
 */
export function productionScan(env: Record<string, string | undefined> = process.env, onSkip?: () => void): Scan | AsyncScan {
  if (!semanticGateEnabled(env)) return scanInput;
  const file = embedderFile(env);
  const problem = embedderProblem(file);
  if (problem) throw new EmbedderNotInstalledError(file, problem, 'unset CAI_GATE_SEMANTIC (or set it to off) to run the rules and the classifier alone');
  return withSemanticOpinion(scanInput, () => sharedEmbedder(env), SEMANTIC_HEAD, onSkip ? { onSkip } : {});
}
