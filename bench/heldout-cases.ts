// Print a held-out corpus (test/fixtures/<name>-heldout.jsonl: {id, text, expected}) as `compiled-ai run`
// cases ({id, input: {<spec's input field>: text}, expected}), for the direct-LLM baseline on the same notes.
//   npx tsx bench/heldout-cases.ts glp1|sleep|lumbar > FILE
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../compiler/spec';

const SPECS: Record<string, string> = { glp1: 'prior-auth-glp1', sleep: 'prior-auth-sleep-study', lumbar: 'prior-auth-lumbar-mri' };
const name = process.argv[2] ?? '';
const spec = SPECS[name];
if (!spec) {
  process.stderr.write(`usage: npx tsx bench/heldout-cases.ts ${Object.keys(SPECS).join('|')} > FILE\n`);
  process.exit(2);
}
const ROOT = join(__dirname, '..');
const field = loadSpec(join(ROOT, 'specs', `${spec}.yaml`)).spec.input.field;
for (const line of readFileSync(join(ROOT, 'test', 'fixtures', `${name}-heldout.jsonl`), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; text: string; expected: string };
  process.stdout.write(`${JSON.stringify({ id: r.id, input: { [field]: r.text }, expected: r.expected })}\n`);
}
