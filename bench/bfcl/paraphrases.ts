// The frozen paraphrase sets (bench/data/bfcl-paraphrases): 24 queries per tool for three BFCL tools, written
// before any parser was built. The file's sha256 is checked against the one recorded when it was frozen.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PossibleAnswer } from '../../compiler/stages/ast-checker';
import { groundTruth, identifiedLines } from './data';

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
  // The same line checks as BFCL's own answer file (unique ids, one function, non-empty acceptable lists).
  const items = identifiedLines(text, file).map(({ id, value, at }) => {
    if (typeof value.bfclId !== 'string' || typeof value.question !== 'string' || !value.question.trim()) throw at('needs a "bfclId" and a non-empty "question"');
    return { id, bfclId: value.bfclId, question: value.question, possible: groundTruth(value, at) };
  });
  return { items, sha256, frozen: sha256 === FROZEN_SHA256 };
}
