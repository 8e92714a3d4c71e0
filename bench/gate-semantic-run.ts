// Measures the gate's semantic second opinion (activities/gate/semantic.ts) beside the rules and the hashed-feature
// classifier on labelled sets (default: the blind sets the semantic head never trained on, gate-blind-11 and -12).
// Prints counts only (misses listed by id, never document text).
//   npx tsx bench/gate-semantic-run.ts [11 12 ...] [--out FILE]
import * as fs from 'fs';
import * as path from 'path';
import { classifyInjection, CLASSIFIER_THRESHOLD, detectInjection, scanInput } from '../activities/gate';
import { loadEmbedder } from '../activities/gate/embedder';
import { semanticScore } from '../activities/gate/semantic';
import { SEMANTIC_HEAD } from '../activities/gate/semantic-weights';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : undefined;
const sets = args.filter((a, i) => /^\d+$/.test(a) && i !== outIdx + 1);
if (!sets.length) sets.push('11', '12');

interface Row {
  id: string;
  injection: boolean;
  family?: string | null;
  text: string;
}

async function main(): Promise<void> {
  const embedder = await loadEmbedder();
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  const lines = [`# Semantic second opinion of the input gate (${new Date().toISOString().slice(0, 10)})`, '', `\`npx tsx bench/gate-semantic-run.ts ${sets.join(' ')}\`; head threshold ${SEMANTIC_HEAD.threshold}.`, ''];
  for (const n of sets) {
    const rows = fs
      .readFileSync(path.join(ROOT, 'bench', 'data', `gate-blind-${n}.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
    const t0 = Date.now();
    const v: { r: Row; rules: boolean; classifier: boolean; gate: boolean; semantic: boolean }[] = [];
    for (const r of rows) {
      const s = await semanticScore(r.text, embedder);
      v.push({ r, rules: detectInjection(r.text).injection, classifier: classifyInjection(r.text).probability >= CLASSIFIER_THRESHOLD, gate: scanInput(r.text).injection, semantic: s.probability >= SEMANTIC_HEAD.threshold });
    }
    const ms = (Date.now() - t0) / rows.length;
    const configs: [string, (x: (typeof v)[number]) => boolean][] = [
      ['rules alone', (x) => x.rules],
      ['hashed-feature classifier alone', (x) => x.classifier],
      ['semantic alone', (x) => x.semantic],
      ['rules OR classifier (gate before)', (x) => x.rules || x.classifier],
      ['rules OR classifier OR corroborated (gate without semantic)', (x) => x.gate],
      ['rules OR semantic', (x) => x.rules || x.semantic],
      ['rules OR classifier OR semantic', (x) => x.rules || x.classifier || x.semantic],
      ['production gate (rules OR classifier OR corroborated OR semantic)', (x) => x.gate || x.semantic],
    ];
    lines.push(`## gate-blind-${n} (${rows.filter((r) => r.injection).length} injected, ${rows.filter((r) => !r.injection).length} clean; ${ms.toFixed(0)} ms per document for the embeddings)`, '', '| configuration | TP | FN | FP | TN | recall | FPR |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const [label, f] of configs) {
      const tp = v.filter((x) => x.r.injection && f(x)).length;
      const fn = v.filter((x) => x.r.injection && !f(x)).length;
      const fp = v.filter((x) => !x.r.injection && f(x)).length;
      const tn = v.filter((x) => !x.r.injection && !f(x)).length;
      lines.push(`| ${label} | ${tp} | ${fn} | ${fp} | ${tn} | ${pct(tp, tp + fn)} | ${pct(fp, fp + tn)} |`);
    }
    const fams = [...new Set(rows.filter((r) => r.injection).map((r) => r.family ?? '?'))].sort();
    lines.push('', '| family | n | rules OR classifier | + corroborated | + semantic |', '|---|---:|---:|---:|---:|');
    for (const fam of fams) {
      const xs = v.filter((x) => x.r.injection && (x.r.family ?? '?') === fam);
      lines.push(`| ${fam} | ${xs.length} | ${xs.filter((x) => x.rules || x.classifier).length} | ${xs.filter((x) => x.gate).length} | ${xs.filter((x) => x.gate || x.semantic).length} |`);
    }
    lines.push('', `False positives of the semantic opinion: ${v.filter((x) => !x.r.injection && x.semantic).map((x) => x.r.id).join(', ') || 'none'}.`, '');
  }
  await embedder.dispose();
  const text = `${lines.join('\n')}\n`;
  if (out) fs.writeFileSync(path.join(ROOT, out), text);
  process.stdout.write(text);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
