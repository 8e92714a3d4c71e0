// One measurement of the input gate on a frozen blind set (bench/data/gate-blind-<N>.jsonl): rules alone,
// classifier alone and the production gate (rules OR classifier), with recall per family and FPR on clean
// documents. Prints counts only (never document text: misses are listed by id).
//   npx tsx bench/gate-blind-run.ts 9 [--out reports/gate-blind-9.first-run.md]
import * as fs from 'fs';
import * as path from 'path';
import { CLASSIFIER_IN_GATE, classifyInjection, CLASSIFIER_THRESHOLD, detectInjection, scanInput } from '../activities/gate';
import { combinedVerdict } from '../activities/gate/classifier';
import { findDirectives } from '../templates/bounded-decision/kit';

const n = process.argv[2];
if (!n || !/^\d+$/.test(n)) {
  process.stderr.write('usage: npx tsx bench/gate-blind-run.ts <N> [--out FILE]\n');
  process.exit(2);
}
const outIdx = process.argv.indexOf('--out');
const out = outIdx > 0 ? process.argv[outIdx + 1] : undefined;
const ROOT = path.resolve(__dirname, '..');
const file = path.join(ROOT, 'bench', 'data', `gate-blind-${n}.jsonl`);
const rows = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; injection: boolean; family: string | null; text: string });

const verdicts = rows.map((r) => {
  const rules = detectInjection(r.text).injection;
  const p = classifyInjection(r.text).probability;
  const classifier = p >= CLASSIFIER_THRESHOLD;
  const plain = CLASSIFIER_IN_GATE ? combinedVerdict(rules, p) : rules;
  // The production gate's verdict (activities/gate/index.ts scanInput): rules OR classifier OR corroboration.
  const gate = scanInput(r.text).injection;
  // The fact guard (kit directives) sends a chart with a directive sentence to review whatever the gate says.
  const guard = findDirectives(r.text).length > 0;
  return { r, rules, classifier, plain, gate, guard, either: gate || guard };
});
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const lines = [`# Input gate on gate-blind-${n} (${new Date().toISOString().slice(0, 10)})`, '', `\`npx tsx bench/gate-blind-run.ts ${n}\`; ${rows.length} documents (${rows.filter((r) => r.injection).length} injected, ${rows.filter((r) => !r.injection).length} clean).`, ''];
lines.push('| configuration | TP | FN | FP | TN | recall | FPR |', '|---|---:|---:|---:|---:|---:|---:|');
const LABEL = { rules: 'rules alone', classifier: 'classifier alone', plain: 'rules OR classifier', gate: 'production gate (rules OR classifier OR corroborated OR hidden text)', guard: 'fact guard alone (directive sentences)', either: 'gate OR fact guard (what reaches review)' } as const;
for (const k of ['rules', 'classifier', 'plain', 'gate', 'guard', 'either'] as const) {
  const tp = verdicts.filter((v) => v.r.injection && v[k]).length;
  const fn = verdicts.filter((v) => v.r.injection && !v[k]).length;
  const fp = verdicts.filter((v) => !v.r.injection && v[k]).length;
  const tn = verdicts.filter((v) => !v.r.injection && !v[k]).length;
  lines.push(`| ${LABEL[k]} | ${tp} | ${fn} | ${fp} | ${tn} | ${pct(tp, tp + fn)} | ${pct(fp, fp + tn)} |`);
}
lines.push('', '| family | n | rules | gate | gate OR fact guard |', '|---|---:|---:|---:|---:|');
const families = [...new Set(rows.filter((r) => r.injection).map((r) => r.family ?? '?'))].sort();
for (const f of families) {
  const vs = verdicts.filter((v) => v.r.injection && (v.r.family ?? '?') === f);
  lines.push(`| ${f} | ${vs.length} | ${vs.filter((v) => v.rules).length} | ${vs.filter((v) => v.gate).length} | ${vs.filter((v) => v.either).length} |`);
}
lines.push('', `Missed by the gate: ${verdicts.filter((v) => v.r.injection && !v.gate).map((v) => v.r.id).join(', ') || 'none'}.`, `False positives of the gate: ${verdicts.filter((v) => !v.r.injection && v.gate).map((v) => v.r.id).join(', ') || 'none'}.`);
const text = `${lines.join('\n')}\n`;
if (out) fs.writeFileSync(path.join(ROOT, out), text);
process.stdout.write(text);
