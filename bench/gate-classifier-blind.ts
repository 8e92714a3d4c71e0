// One measurement of the gate classifier on sets it was never trained or tuned on: rules alone vs
// rules + classifier (OR, threshold chosen on tuning data by bench/gate-classifier-select.ts).
//
//   npx tsx bench/gate-classifier-blind.ts [--out reports/security-eval.classifier-first-run]
//
// Aggregates and per-family counts only; no item is printed. The first run (rules 0433a72+, classifier
// d397208) is kept in reports/security-eval.classifier-first-run.{md,json}.

import * as fs from 'fs';
import * as path from 'path';
import { CLASSIFIER_THRESHOLD, classifyInjection, combinedVerdict } from '../activities/gate/classifier';
import { detectInjection } from '../activities/gate/injection';
import { metricsOf, type Item, type Metrics } from './eval-security';
import { paperInjection } from './gate-paper';

const ROOT = path.resolve(__dirname, '..');
// The public prompt-injection sets, vendored with their licences (bench/data/prompt-injection/README.md).
const PI_DIR = path.resolve(process.env.CAI_PI_DATA_DIR ?? path.join(ROOT, 'bench', 'data', 'prompt-injection'));

interface Row {
  id: string;
  text: string;
  injection: boolean;
  family?: string;
  style?: string;
}

function jsonl(file: string): (Item & { family: string })[] {
  return fs
    .readFileSync(path.join(ROOT, 'bench', 'data', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .map((r) => ({ text: r.text, label: r.injection, note: r.id, family: (r.family ?? r.style ?? '').split('@')[0].split('+')[0] }));
}

function notInject(which: string): Item[] {
  const rows = JSON.parse(fs.readFileSync(path.join(PI_DIR, 'notinject', `NotInject_${which}.json`), 'utf8')) as { prompt: string }[];
  return rows.map((r) => ({ text: r.prompt, label: false }));
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export function main(): void {
  const outArg = process.argv.indexOf('--out');
  const out = outArg >= 0 ? process.argv[outArg + 1] : undefined;
  const cache = new Map<string, { rules: boolean; p: number }>();
  const score = (t: string) => {
    let s = cache.get(t);
    if (!s) {
      s = { rules: detectInjection(t).injection, p: classifyInjection(t).probability };
      cache.set(t, s);
    }
    return s;
  };
  const rulesOnly = (t: string) => score(t).rules;
  const combined = (t: string) => {
    const s = score(t);
    return combinedVerdict(s.rules, s.p);
  };
  const classifierOnly = (t: string) => score(t).p >= CLASSIFIER_THRESHOLD;
  const sets: { name: string; note: string; items: Item[] }[] = [
    { name: 'blind-8', note: 'written and committed (9d316cb) before any classifier was trained; never run before this measurement', items: jsonl('gate-blind-8.jsonl') },
    { name: 'blind-7', note: 'blind for the rules since 78f4b1e (measured twice, never read); never used for the classifier', items: jsonl('gate-blind-7.jsonl') },
    { name: 'blind-6', note: 'not blind for the rules (rule-level FP counts used in round 7); never used for the classifier', items: jsonl('gate-blind-6.jsonl') },
    { name: 'blind-5', note: 'not blind for the rules (per-family/rule counts used in rounds 6-7); never used for the classifier', items: jsonl('gate-blind-5.jsonl') },
    { name: 'paper input injection (30)', note: 'tuned on by the rules in round 7 (30/30 not blind); never used for the classifier', items: paperInjection().map((p) => ({ text: p.text, label: p.label })) },
    { name: 'NotInject three', note: 'not in the classifier\'s training data', items: notInject('three') },
    { name: 'NotInject one+two', note: 'in the classifier\'s training data (negatives)', items: [...notInject('one'), ...notInject('two')] },
  ];
  const results = sets.map((s) => ({
    name: s.name,
    note: s.note,
    rules: metricsOf(s.items, rulesOnly),
    combined: metricsOf(s.items, combined),
    classifier: metricsOf(s.items, classifierOnly),
  }));
  const lines: string[] = [];
  lines.push(`# Gate classifier: first measurement on sets it never saw`, '');
  lines.push(`Rules alone (activities/gate/injection.ts) vs rules OR classifier probability >= ${CLASSIFIER_THRESHOLD} (activities/gate/classifier.ts, weights d397208; combination chosen on tuning data, bench/gate-classifier-select.ts). Classifier alone shown for information.`, '');
  lines.push('| set | detector | n | TP | FP | TN | FN | precision | recall | FPR |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const row = (name: string, det: string, m: Metrics) => `| ${name} | ${det} | ${m.n} | ${m.tp} | ${m.fp} | ${m.tn} | ${m.fn} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.fpr)} |`;
  for (const r of results) {
    lines.push(row(r.name, 'rules alone', r.rules), row(r.name, 'rules + classifier', r.combined), row(r.name, 'classifier alone', r.classifier));
  }
  lines.push('', 'Notes:', ...results.map((r) => `- **${r.name}** — ${r.note}`));
  const b8 = jsonl('gate-blind-8.jsonl');
  const fams = new Map<string, { label: boolean; n: number; rules: number; combined: number }>();
  for (const it of b8) {
    const key = `${it.label ? 'injected' : 'clean'}:${it.family}`;
    const f = fams.get(key) ?? { label: it.label, n: 0, rules: 0, combined: 0 };
    f.n++;
    if (rulesOnly(it.text)) f.rules++;
    if (combined(it.text)) f.combined++;
    fams.set(key, f);
  }
  lines.push('', '## Blind-8 by family (flagged; aggregates only)', '', '| label | family | n | rules alone | rules + classifier |', '|---|---|---:|---:|---:|');
  for (const [k, f] of [...fams].sort((a, b) => Number(b[1].label) - Number(a[1].label) || a[0].localeCompare(b[0]))) {
    lines.push(`| ${f.label ? 'injected' : 'clean'} | ${k.split(':')[1]} | ${f.n} | ${f.rules} | ${f.combined} |`);
  }
  const md = lines.join('\n') + '\n';
  process.stdout.write(md);
  if (out) {
    fs.writeFileSync(path.join(ROOT, `${out}.md`), md);
    fs.writeFileSync(path.join(ROOT, `${out}.json`), JSON.stringify({ generatedBy: 'bench/gate-classifier-blind.ts', threshold: CLASSIFIER_THRESHOLD, results, blind8Families: Object.fromEntries(fams) }, null, 2) + '\n');
  }
}

if (require.main === module) main();
