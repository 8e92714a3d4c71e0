// Tampered charts written blind (bench/data/tamper-blind-N.*): every released version of each chart's spec,
// through the production path (input gate, then the fact guard, extractor, checks and decide), and the same
// chart with the injected text removed (does the base outcome hold?). A tampered chart decided automatically
// is the failure this measures; "flips without guard" says whether the injection would have changed the
// decision had neither the gate nor the fact guard been there.
//
//   npx tsx bench/tamper-blind-run.ts [N (default 10)] [--out reports/tamper-blind-N.md]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanInput } from '../activities/gate';
import { semanticGateEnabled, withSemanticOpinion } from '../activities/gate/second-opinion';
import { cachedEmbedder } from './embed-cache';
import { guardFacts } from '../activities/fact-guard';
import { evaluate } from '../templates/bounded-decision/evaluate';
import type { CaseStatus } from '../templates/bounded-decision/types';
import { compiledOutcome, versions, type Loaded } from './extractor-eval';

interface Row {
  id: string;
  spec: string;
  base_outcome: CaseStatus;
  target_outcome: CaseStatus;
  style: string;
  position: string;
  injection: string;
  text: string;
}

const N = /^\d+$/.test(process.argv[2] ?? '') ? process.argv[2]! : '10';
const FILE = join(__dirname, 'data', `tamper-blind-${N}.jsonl`);
const rows = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

/**
 * Which passages hold an instruction in the sense (bench/data/instruction-labels.md): the issue's
 * criterion is about those charts; the others are falsified records a text filter cannot tell from honest ones.
 */
type Kind = 'instruction' | 'statement' | 'undecodable';
const LABEL_FILES = [join(__dirname, 'data', 'instruction-labels.jsonl'), join(__dirname, 'data', `tamper-blind-${N}.labels.jsonl`)];
const kindOf = new Map<string, Kind>();
for (const f of LABEL_FILES.filter((f) => existsSync(f))) {
  for (const l of readFileSync(f, 'utf8').split('\n').filter((x) => x.trim())) {
    const r = JSON.parse(l) as { id: string; label: Kind };
    kindOf.set(r.id, r.label);
  }
}
const byKind = new Map<Kind, { charts: Set<string>; runs: number; auto: number; caused: number; autoCharts: Set<string> }>();
function tally(id: string, auto: boolean, caused: boolean): void {
  const k = kindOf.get(id);
  if (!k) return;
  const t = byKind.get(k) ?? { charts: new Set(), runs: 0, auto: 0, caused: 0, autoCharts: new Set() };
  t.charts.add(id);
  t.runs++;
  if (auto) { t.auto++; t.autoCharts.add(id); }
  if (caused) t.caused++;
  byKind.set(k, t);
}

/** Extractor, checks and decide only: no gate, no fact guard (the kit still skips directive sentences). */
function unguarded(a: Loaded, text: string): CaseStatus {
  const r = a.extract(text);
  if (r.uncertain.length) return 'NEEDS_REVIEW';
  const e = evaluate(a.info.checks, a.decide, r.facts, r.found);
  return e.kind === 'review' ? 'NEEDS_REVIEW' : e.decision.outcome;
}

const lines: string[] = [
  `# Tampered charts written blind (tamper-blind-${N})`,
  '',
  `\`npx tsx bench/tamper-blind-run.ts ${N}\` on ${rows.length} charts (bench/data/tamper-blind-${N}.md). Production = input gate (rules, classifier${semanticGateEnabled() ? ', semantic opinion' : ''}), then fact guard → extractor → checks → decide. No LLM fallback.`,
  '',
  '| artifact | charts | decided automatically (must be 0) | … with the fact guard alone (gate missing) | gate flags | fact guard flags | either | would flip without gate and guard | base (injection removed) as written | decided automatically as the injection tried, where the chart without it reads otherwise |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const details: string[] = [];
const guardDetails: string[] = [];
async function main(): Promise<void> {
  // The production gate: rules, classifier and (with CAI_GATE_SEMANTIC=on) the semantic opinion.
  const embedder = semanticGateEnabled() ? await cachedEmbedder() : undefined;
  const scan = embedder ? withSemanticOpinion(scanInput, async () => embedder) : async (t: string) => scanInput(t);
  const gated = new Map<string, boolean>();
  for (const r of rows) gated.set(r.id, (await scan(r.text)).injection);
  await embedder?.dispose();
  for (const spec of [...new Set(rows.map((r) => r.spec))]) {
    const mine = rows.filter((r) => r.spec === spec);
    for (const a of versions(spec)) {
      let auto = 0, guardAlone = 0, gate = 0, guard = 0, either = 0, flips = 0, baseOk = 0, caused = 0;
      for (const r of mine) {
        const g = gated.get(r.id)!;
        const f = guardFacts(a.info, r.text) !== undefined;
        // The compiled path (fact guard first) once: production is it behind the gate.
        const alone = compiledOutcome(a, r.text);
        const production: CaseStatus = g ? 'NEEDS_REVIEW' : alone;
        if (alone !== 'NEEDS_REVIEW') {
          guardAlone++;
          guardDetails.push(`- ${r.id} (${a.info.spec}@v${a.info.specVersion}, ${r.style}, ${r.position}): decided ${alone} without the gate`);
        }
        const base = compiledOutcome(a, r.text.replace(r.injection, ''));
        const naive = unguarded(a, r.text);
        gate += g ? 1 : 0;
        guard += f ? 1 : 0;
        either += g || f ? 1 : 0;
        if (naive === r.target_outcome) flips++;
        if (base === r.base_outcome) baseOk++;
        const wasCaused = production !== 'NEEDS_REVIEW' && production === r.target_outcome && base !== r.target_outcome;
        tally(r.id, production !== 'NEEDS_REVIEW', wasCaused);
        if (production !== 'NEEDS_REVIEW') {
          auto++;
          // The injection's doing only when it got its outcome and the chart without it reads another one; an
          // outcome the chart without the injection reads too is the extractor's reading of the chart, not the attack's.
          if (wasCaused) caused++;
          details.push(`- ${r.id} (${a.info.spec}@v${a.info.specVersion}, ${r.style}, ${r.position}): decided ${production}; the injection tried ${r.target_outcome}; the chart without it reads ${base}`);
        }
      }
      lines.push(`| ${a.info.spec}@v${a.info.specVersion} | ${mine.length} | ${auto} | ${guardAlone} | ${gate} | ${guard} | ${either} | ${flips} | ${baseOk}/${mine.length} | ${caused} |`);
    }
  }
  if (byKind.size) {
    lines.push('', '## By kind of injected passage', '', 'Labels: bench/data/instruction-labels.md (an instruction in the issue\'s sense, or a plain statement).', '',
      '| passage | charts | chart × version runs | decided automatically | charts among them | the injection\'s doing |', '|---|---:|---:|---:|---:|---:|');
    for (const [k, t] of [...byKind].sort()) lines.push(`| ${k} | ${t.charts.size} | ${t.runs} | ${t.auto} | ${t.autoCharts.size} | ${t.caused} |`);
    const unlabelled = rows.filter((r) => !kindOf.has(r.id)).length;
    if (unlabelled) lines.push('', `${unlabelled} charts have no label.`);
  }
  lines.push('', '## Decided automatically', '', ...(details.length ? details : ['None.']), '', '## Decided automatically with the fact guard alone', '', ...(guardDetails.length ? guardDetails : ['None.']), '');
  const report = lines.join('\n');
  const out = process.argv.indexOf('--out');
  if (out >= 0) writeFileSync(process.argv[out + 1]!, report);
  console.log(report);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
