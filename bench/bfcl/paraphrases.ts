// The frozen paraphrase sets (bench/data/bfcl-paraphrases): 24 queries per tool for three BFCL tools, written
// before any parser was built. The file's sha256 is checked against the one recorded when it was frozen.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PossibleAnswer } from '../../compiler/stages/ast-checker';

export const PARAPHRASES_FILE = join(__dirname, '..', 'data', 'bfcl-paraphrases', 'paraphrases.jsonl');
export const FROZEN_SHA256 = '00a552ba94b389c9fa8b6674df655e6a3483f1f9451c962e0872ea170d5b3695';

export interface Paraphrase {
  id: string;
  bfclId: string;
  question: string;
  possible: PossibleAnswer;
}

export function loadParaphrases(file = PARAPHRASES_FILE): { items: Paraphrase[]; sha256: string; frozen: boolean } {
  const text = readFileSync(file, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const items = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as { id: string; bfclId: string; question: string; ground_truth: PossibleAnswer[] };
      if (!r.id || !r.bfclId || !r.question || !r.ground_truth?.[0]) throw new Error(`${file}:${i + 1}: needs id, bfclId, question and ground_truth[0]`);
      return { id: r.id, bfclId: r.bfclId, question: r.question, possible: r.ground_truth[0] };
    });
  return { items, sha256, frozen: sha256 === FROZEN_SHA256 };
}
