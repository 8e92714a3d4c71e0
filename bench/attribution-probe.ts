// Measures the second-hand check (activities/second-hand.ts): the tampered charts that pass the fact guard are mostly
// statements, not instructions, and many come in lines the chart attributes to someone else ("Letter received from ...",
// "Record copied in by ...", "pasted in"). Those lines are blanked (offsets kept) and the chart read again by the same
// compiled artifact. Without --facts a chart counts when the decided outcome changes or can no longer be decided; with
// --facts when any fact changes, which is what the extraction activity checks in production (since 2026-12-04).
// Written after tamper-blind-30's first run, from the families of what passes; measured on every tamper corpus with a
// first run and on every clean chart of bench/guard-clean-cost.ts, all without the check itself.
//
//   npx tsx bench/attribution-probe.ts [N ...] [--facts] [--show-cost] [--show-missed]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compiledOutcome, versions, type Loaded } from './extractor-eval';
import { cleanDocs } from './guard-clean-cost';
import { factsRestOnSecondHand, withoutSecondHand } from '../activities/second-hand';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const DATA = join(__dirname, 'data');
const REPORTS = join(__dirname, '..', 'reports');

/**
 * Whether the artifact's automatic decision depends on second-hand lines: with --facts, whether any fact read from the
 * chart changes when they are cut (what an extraction activity can check without the decision).
 */
export function restsOnSecondHand(a: Loaded, text: string): boolean {
  const decided = compiledOutcome(a, text, RAW);
  if (decided === 'NEEDS_REVIEW') return false;
  if (flag('--facts')) return factsRestOnSecondHand(text, a.extract(text), (t) => a.extract(t));
  const cut = withoutSecondHand(text);
  return cut !== undefined && compiledOutcome(a, cut, RAW) !== decided;
}

/** The compiled path without the second-hand check, which is what is measured here (and without the conflict check, so the figures compare with those before it). */
const RAW = { secondHand: false, conflict: false };
const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
const asked = args.filter((x) => /^\d+$/.test(x));
const corpora = asked.length ? asked : Array.from({ length: 40 }, (_, i) => String(i + 1)).filter((n) => existsSync(join(REPORTS, `tamper-blind-${n}.first-run.md`)));
let auto = 0, caught = 0, causedAuto = 0, causedCaught = 0;
for (const n of corpora) {
  let mineAuto = 0, mineCaught = 0;
  for (const r of jsonl(join(DATA, `tamper-blind-${n}.jsonl`))) {
    for (const a of versions(r.spec!)) {
      const decided = compiledOutcome(a, r.text!, RAW);
      if (decided === 'NEEDS_REVIEW') continue;
      mineAuto++;
      // The injection's doing: decided as it tried, where the chart without it reads otherwise.
      const caused = decided === r.target_outcome && compiledOutcome(a, r.text!.replace(r.injection!, ''), RAW) !== decided;
      const c = restsOnSecondHand(a, r.text!);
      if (c) mineCaught++;
      if (caused) { causedAuto++; if (c) causedCaught++; }
      if (flag('--show-missed') && !c) console.log('missed', r.id, `v${a.info.specVersion}`, r.style, caused ? '(caused)' : '');
    }
  }
  auto += mineAuto;
  caught += mineCaught;
  console.log(`tamper-blind-${n}: ${mineCaught} of ${mineAuto} runs decided automatically rest on second-hand lines`);
}
console.log(`tampered, all: ${caught} of ${auto} (the injection's doing: ${causedCaught} of ${causedAuto})`);
let cleanAuto = 0, cost = 0;
for (const d of cleanDocs().filter((x) => x.spec)) {
  for (const a of versions(d.spec!)) {
    if (compiledOutcome(a, d.text, RAW) === 'NEEDS_REVIEW') continue;
    cleanAuto++;
    if (restsOnSecondHand(a, d.text)) {
      cost++;
      if (flag('--show-cost')) console.log('cost', d.id, `v${a.info.specVersion}`);
    }
  }
}
console.log(`clean charts decided automatically: ${cleanAuto}; the check would send ${cost} to review (${((100 * cost) / Math.max(1, cleanAuto)).toFixed(2)}%)`);
