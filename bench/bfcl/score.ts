// Scoring for the BFCL benchmark: run a compiled parser on queries in the slot sandbox, score calls with the port
// of gorilla's AST checker, and a Wilson 95% interval for accuracies.
import { checkSimpleCall, type BfclFunctionDoc, type PossibleAnswer } from '../../compiler/stages/ast-checker';
import { FC_KIT_SPECIFIER, FC_TEMPLATE_DIR } from '../../compiler/function-call/prompt';
import { runInSandbox } from '../../compiler/stages/sandbox';
import type { ParseResult, ToolCall } from '../../templates/function-call/types';

/** Wilson score interval (95%) for k successes out of n. */
export function wilson(k: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 0 };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The parser's answer for each query (a sandbox failure counts as a no-call with its reason). */
export async function runParser(code: string, queries: string[]): Promise<ParseResult[]> {
  const run = await runInSandbox(code, 'parse', queries, { callTimeoutMs: 1000, wallTimeMs: 60_000, repeat: false }, { templateDir: FC_TEMPLATE_DIR, kitSpecifier: FC_KIT_SPECIFIER });
  return queries.map((_, i) => {
    const c = run.calls.find((x) => x.index === i);
    if (!c) return { kind: 'no-call', reason: run.ok ? 'no result' : `sandbox: ${run.kind}` };
    if (!c.ok) return { kind: 'no-call', reason: c.timeout ? 'timeout' : `threw: ${c.error}` };
    const v = c.value as ParseResult;
    return v && (v.kind === 'call' || v.kind === 'no-call') ? v : { kind: 'no-call', reason: 'invalid result' };
  });
}

export interface Verdict {
  valid: boolean;
  errorType?: string;
}

/** The AST checker's verdict on one call (null: no call was made, never valid). */
export function verdict(doc: BfclFunctionDoc, possible: PossibleAnswer, call: ToolCall | null): Verdict {
  if (!call) return { valid: false, errorType: 'no-call' };
  const r = checkSimpleCall(doc, { name: call.name, arguments: call.arguments }, possible);
  return r.valid ? { valid: true } : { valid: false, errorType: r.errorType };
}

export const pct = (k: number, n: number): string => (n ? `${((100 * k) / n).toFixed(1)}%` : 'n/a');
export const interval = (k: number, n: number): string => {
  const w = wilson(k, n);
  return n ? `${(100 * w.low).toFixed(1)}–${(100 * w.high).toFixed(1)}%` : 'n/a';
};
