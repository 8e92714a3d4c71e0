// A recorded direct-LLM run (reports/direct-<spec>.jsonl, written by `compiled-ai run <spec> --mode direct
// --json`): real token usage and time per case as the endpoint reported them, and accuracy against the expected
// outcomes the caller supplies. Shared by bench/bench.ts and bench/compile-economics.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

interface DirectRow {
  id: string;
  status: string;
  tokens?: { prompt: number; completion: number; total: number };
  ms?: number;
}

export interface DirectRun {
  file: string;
  /** Cases with real token usage. */
  cases: number;
  prompt: number;
  completion: number;
  total: number;
  msPerCase: number;
  /** Cases with an expected outcome, and how they went. */
  scored: number;
  correct: number;
  wrongAutomatic: number;
  errors: number;
}

/**
 * The run recorded for a spec, undefined when there is none (or none with real usage). `expectedFor` gets the
 * run's case ids and returns each case's expected outcome (cases without one are not scored).
 */
export function directRun(spec: string, expectedFor: (ids: ReadonlySet<string>, count: number) => ReadonlyMap<string, string | undefined>): DirectRun | undefined {
  const file = join(ROOT, 'reports', `direct-${spec}.jsonl`);
  if (!existsSync(file)) return undefined;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DirectRow);
  const measured = rows.filter((r) => (r.tokens?.total ?? 0) > 0);
  if (!measured.length) return undefined;
  const expected = expectedFor(new Set(rows.map((r) => r.id)), rows.length);
  const scored = rows.filter((r) => expected.get(r.id));
  const avg = (f: (r: DirectRow) => number) => measured.reduce((n, r) => n + f(r), 0) / measured.length;
  return {
    file: relative(ROOT, file),
    cases: measured.length,
    prompt: avg((r) => r.tokens!.prompt),
    completion: avg((r) => r.tokens!.completion),
    total: avg((r) => r.tokens!.total),
    msPerCase: avg((r) => r.ms ?? 0),
    scored: scored.length,
    correct: scored.filter((r) => r.status === expected.get(r.id)).length,
    wrongAutomatic: scored.filter((r) => (r.status === 'APPROVED' || r.status === 'DENIED') && r.status !== expected.get(r.id)).length,
    errors: rows.filter((r) => r.status === 'ERROR').length,
  };
}
