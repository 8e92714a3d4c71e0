// Measures the conflict check (activities/conflict.ts finds the alternative readings, templates/bounded-decision/
// conflict.ts asks whether the decision turns on one): a yes/no fact some sentence of the chart, read alone, states
// the other way, where the outcome depends on which statement holds. Runs the compiled path as the workflow does
// (fact guard, extractor, second-hand check, checks, decision) without the conflict check, and counts the automatic
// decisions the check would send to review: on every tamper corpus with a first run (the injection's doing apart),
// and on every clean chart of bench/guard-clean-cost.ts (its cost).
//
//   npx tsx bench/conflict-probe.ts [N ...] [--show-cost] [--show-missed]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../templates/bounded-decision/evaluate';
import { decisiveConflicts } from '../templates/bounded-decision/conflict';
import { alternativesOf, compiledOutcome, versions, type Loaded } from './extractor-eval';
import { cleanDocs } from './guard-clean-cost';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const DATA = join(__dirname, 'data');
const REPORTS = join(__dirname, '..', 'reports');
const RAW = { conflict: false };

/** The facts the check would send to review on, for a chart the path without it decides; undefined when none. */
export function conflictOn(a: Loaded, text: string): string | undefined {
  const r = a.extract(text);
  const e = evaluate(a.info.checks, a.decide, r.facts, r.found);
  if (e.kind !== 'decided') return undefined;
  const c = decisiveConflicts(a.info.checks, a.decide, r.facts, r.found, e.decision.outcome, alternativesOf(a, text, r));
  return c.length ? [...new Set(c.map((x) => `${x.fact}=${x.value}`))].join(',') : undefined;
}

const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
const asked = args.filter((x) => /^\d+$/.test(x));
const corpora = asked.length ? asked : Array.from({ length: 60 }, (_, i) => String(i + 1)).filter((n) => existsSync(join(REPORTS, `tamper-blind-${n}.first-run.md`)));
let auto = 0, caught = 0, causedAuto = 0, causedCaught = 0;
for (const n of corpora) {
  let mineAuto = 0, mineCaught = 0, mineCaused = 0, mineCausedCaught = 0;
  for (const r of jsonl(join(DATA, `tamper-blind-${n}.jsonl`))) {
    for (const a of versions(r.spec!)) {
      const decided = compiledOutcome(a, r.text!, RAW);
      if (decided === 'NEEDS_REVIEW') continue;
      mineAuto++;
      const caused = decided === r.target_outcome && compiledOutcome(a, r.text!.replace(r.injection!, ''), RAW) !== decided;
      const c = conflictOn(a, r.text!);
      if (c) mineCaught++;
      if (caused) { mineCaused++; if (c) mineCausedCaught++; }
      if (flag('--show-missed') && !c) console.log('missed', r.id, `v${a.info.specVersion}`, r.style, caused ? '(caused)' : '');
    }
  }
  auto += mineAuto; caught += mineCaught; causedAuto += mineCaused; causedCaught += mineCausedCaught;
  console.log(`tamper-blind-${n}: the conflict check catches ${mineCaught} of ${mineAuto} runs decided automatically (the injection's doing: ${mineCausedCaught} of ${mineCaused})`);
}
console.log(`tampered, all: ${caught} of ${auto} (the injection's doing: ${causedCaught} of ${causedAuto})`);
let cleanAuto = 0, cost = 0;
for (const d of cleanDocs().filter((x) => x.spec)) {
  for (const a of versions(d.spec!)) {
    if (compiledOutcome(a, d.text, RAW) === 'NEEDS_REVIEW') continue;
    cleanAuto++;
    const c = conflictOn(a, d.text);
    if (c) {
      cost++;
      if (flag('--show-cost')) console.log('cost', d.id, `v${a.info.specVersion}`, c);
    }
  }
}
console.log(`clean charts decided automatically: ${cleanAuto}; the conflict check would send ${cost} to review (${((100 * cost) / Math.max(1, cleanAuto)).toFixed(2)}%)`);
