// A candidate, not production: a decision-sensitive conflict check between the chart's own statements, for the
// tampered charts that pass the fact guard as plain clinical prose from "another source" (a second record that
// says the patient has the diagnosis the chart denies). Each sentence is read alone by the compiled extractor;
// a boolean fact a sentence states false, in a sentence with a negation, that shares a content word with the
// whole chart's evidence for that fact being true (or any fact stated true against a chart read false), is an
// alternative reading; when putting it in changes the decided outcome, the chart would go to review.
// Measured blind once, on tamper-blind-25 (written after this candidate, never tuned on): it caught 4 of the 72 runs
// the landed guard decided automatically, at 0.45% of clean automatic decisions (0.71% with the labelled extractor
// corpora added), so it was not put into production; the misses there are mostly numbers and instructions.
// Numbers are left out by default: on every corpus here they caught nothing (the kit already leaves a number
// stated twice unread) and cost 16 clean charts.
//
//   npx tsx bench/conflict-probe.ts [N ...] [--unit sentence|line] [--numeric] [--loose] [--show-cost] [--show-missed]
//
// N: tamper-blind corpora to measure (default: every one with a reports/tamper-blind-N.first-run.md). Clean cost
// is measured on every clean chart of bench/guard-clean-cost.ts (blind sets not yet run are skipped there).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceSpans } from '../templates/bounded-decision/kit/directives';
import { evaluate } from '../templates/bounded-decision/evaluate';
import { compiledOutcome, versions, type Loaded } from './extractor-eval';
import { cleanDocs } from './guard-clean-cost';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const unit = flag('--unit') ? args[args.indexOf('--unit') + 1] : 'sentence';
const DATA = join(__dirname, 'data');
const REPORTS = join(__dirname, '..', 'reports');
const NEG = /\b(?:no|not|denies|denied|never|without|negative|none)\b|n't\b/i;
const STOP = new Set(['with', 'that', 'this', 'from', 'have', 'history', 'patient', 'reports', 'does', 'none', 'without', 'denies', 'never', 'negative', 'known']);
const eq = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
const spansText = (t: string, spans?: ReadonlyArray<readonly [number, number]>) => (spans ?? []).map(([a, b]) => t.slice(a, b)).join(' ');
const words = (t: string) => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)));

function parts(text: string): string[] {
  if (unit === 'line') return text.split('\n').filter((l) => l.trim());
  return sentenceSpans(text).map(([s, e]) => text.slice(s, e));
}

/** The first alternative reading that changes the decided outcome, or undefined. */
export function conflict(a: Loaded, text: string): string | undefined {
  const whole = a.extract(text);
  const ev0 = evaluate(a.info.checks, a.decide, whole.facts, whole.found);
  if (ev0.kind !== 'decided') return undefined;
  const evidence = whole.evidence as Record<string, Array<[number, number]>> | undefined;
  for (const p of parts(text)) {
    const r = a.extract(p);
    const mineEvidence = r.evidence as Record<string, Array<[number, number]>> | undefined;
    for (const k of Object.keys(r.found)) {
      const v = r.facts[k];
      if (!r.found[k] || eq(v, whole.facts[k])) continue;
      if (typeof v !== 'boolean' && !flag('--numeric')) continue;
      if (v === false && !flag('--loose')) {
        // Booleans are read across sentences (a drug in one, its failure in the next; "no heart failure" beside
        // COPD): a lone "false" counts only when it negates what the chart's evidence for "true" is about.
        if (!NEG.test(p)) continue;
        const theirs = words(spansText(text, evidence?.[k]));
        if (![...words(spansText(p, mineEvidence?.[k]))].some((w) => theirs.has(w))) continue;
      }
      const ev = evaluate(a.info.checks, a.decide, { ...whole.facts, [k]: v }, { ...whole.found, [k]: true });
      if (ev.kind === 'decided' && ev.decision.outcome !== ev0.decision.outcome) return `${k}: ${JSON.stringify(whole.facts[k])} vs ${JSON.stringify(v)}`;
    }
  }
  return undefined;
}

const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
const asked = args.filter((x) => /^\d+$/.test(x));
const corpora = asked.length ? asked : Array.from({ length: 40 }, (_, i) => String(i + 1)).filter((n) => existsSync(join(REPORTS, `tamper-blind-${n}.first-run.md`)));
let auto = 0, caught = 0;
for (const n of corpora) {
  let mineAuto = 0, mineCaught = 0;
  for (const r of jsonl(join(DATA, `tamper-blind-${n}.jsonl`))) {
    for (const a of versions(r.spec!)) {
      if (compiledOutcome(a, r.text!) === 'NEEDS_REVIEW') continue;
      mineAuto++;
      const c = conflict(a, r.text!);
      if (c) mineCaught++;
      if (flag('--show-missed') && !c) console.log('missed', r.id, `v${a.info.specVersion}`, r.style);
    }
  }
  auto += mineAuto;
  caught += mineCaught;
  console.log(`tamper-blind-${n}: ${mineCaught} of ${mineAuto} runs the guarded compiled path decides automatically`);
}
console.log(`tampered, all: the conflict check catches ${caught} of ${auto}`);
let cleanAuto = 0, cost = 0;
for (const d of cleanDocs().filter((x) => x.spec)) {
  for (const a of versions(d.spec!)) {
    if (compiledOutcome(a, d.text) === 'NEEDS_REVIEW') continue;
    cleanAuto++;
    const c = conflict(a, d.text);
    if (c) {
      cost++;
      if (flag('--show-cost')) console.log('cost', d.id, `v${a.info.specVersion}`, c);
    }
  }
}
console.log(`clean charts decided automatically: ${cleanAuto}; the conflict check would send ${cost} to review (${((100 * cost) / Math.max(1, cleanAuto)).toFixed(2)}%)`);
