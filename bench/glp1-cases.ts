// The GLP-1 cases the benchmarks cycle through: the examples plus the dev set (synthetic charts, no real PHI).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
export const GLP1_SPEC = 'prior-auth-glp1';

export interface BenchCase {
  id: string;
  text: string;
  expected?: string;
}

export function glp1Cases(): BenchCase[] {
  const files = [join(ROOT, 'examples', `${GLP1_SPEC}.cases.jsonl`), join(ROOT, 'test', 'fixtures', 'cases', `${GLP1_SPEC}.dev.jsonl`)];
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l, i) => {
        const c = JSON.parse(l) as { id?: string; input?: { patient_chart_summary?: unknown }; expected?: string };
        if (typeof c.input?.patient_chart_summary !== 'string') throw new Error(`${f}:${i + 1}: input.patient_chart_summary must be a string`);
        return { id: String(c.id ?? `line-${i + 1}`), text: c.input.patient_chart_summary, expected: c.expected };
      }),
  );
}
