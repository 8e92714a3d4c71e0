// What the fact guard costs on clean text: every clean document the project holds (the gate corpora's clean
// rows, the clean twins of the tampered charts with the injected fragment cut out, the clinical charts of the
// extractor evaluations, BIPIA e-mail contexts and NotInject prompts) through `findDirectives`, counted per
// source and per family. A flagged clean chart is a review that need not have happened, never a decision.
//
//   npx tsx bench/guard-clean-cost.ts [--save FILE] [--baseline FILE] [--show N]
//
// --save writes the flagged ids with their families; --baseline prints what changed against such a file (the
// ids a change adds or removes), so a guard round states its clean cost exactly. Blind sets that have not had
// their first run yet are skipped (no reports/<set>.first-run.md), so a set being written stays blind.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factGuardFindings } from '../activities/fact-guard';
import { versions } from './extractor-eval';

export interface Doc {
  source: string;
  id: string;
  text: string;
  /** The spec whose charts these are, when known: its fact names are the guard's targets. */
  spec?: string;
}

const DATA = join(__dirname, 'data');
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const SPEC_OF: Record<string, string> = { glp1: 'prior-auth-glp1', lumbar: 'prior-auth-lumbar-mri', sleep: 'prior-auth-sleep-study' };
const jsonl = (file: string): Array<Record<string, unknown>> =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * A blind set is read only after its first run: a set numbered above the last one with a
 * reports/<kind>-blind-N.first-run.md is being written or awaits its run, and is skipped.
 */
const REPORTS = join(__dirname, '..', 'reports');
function lastRun(kind: string): number {
  const runs = readdirSync(REPORTS).map((n) => new RegExp(`^${kind}-blind-(\\d+)\\.first-run\\.md$`).exec(n)?.[1]).filter(Boolean);
  return Math.max(0, ...runs.map(Number));
}
const LAST = { gate: lastRun('gate'), tamper: lastRun('tamper') };
function runYet(file: string): boolean {
  const m = /^(gate|tamper)-blind-(\d+)\.jsonl$/.exec(file);
  return !m || Number(m[2]) <= LAST[m[1] as 'gate' | 'tamper'];
}

export function cleanDocs(): Doc[] {
  const out: Doc[] = [];
  for (const f of readdirSync(DATA).filter((n) => /^gate-.*\.jsonl$/.test(n) && runYet(n)).sort()) {
    for (const r of jsonl(join(DATA, f))) if (r.injection === false) out.push({ source: 'gate corpora (clean rows)', id: `${f}:${String(r.id)}`, text: String(r.text) });
  }
  for (const f of readdirSync(DATA).filter((n) => /^tamper-blind-\d+\.jsonl$/.test(n) && runYet(n)).sort()) {
    for (const r of jsonl(join(DATA, f))) {
      const text = String(r.text).replace(String(r.injection), '');
      out.push({ source: 'tampered charts, injection cut out', id: `${f}:${String(r.id)}`, text, spec: String(r.spec) });
    }
  }
  for (const f of readdirSync(FIXTURES).filter((n) => /-heldout(-\d+)?\.jsonl$/.test(n)).sort()) {
    for (const r of jsonl(join(FIXTURES, f))) out.push({ source: 'extractor evaluation charts', id: `${f}:${String(r.id)}`, text: String(r.text), spec: SPEC_OF[f.split('-')[0]!] });
  }
  for (const r of jsonl(join(FIXTURES, 'cases', 'prior-auth-glp1.dev.jsonl'))) {
    out.push({ source: 'extractor evaluation charts', id: `dev:${String(r.id)}`, text: Object.values(r.input as Record<string, string>)[0]!, spec: 'prior-auth-glp1' });
  }
  const pi = join(DATA, 'prompt-injection');
  jsonl(join(pi, 'bipia', 'email', 'train.jsonl')).forEach((r, i) => out.push({ source: 'BIPIA e-mail train contexts', id: `bipia-train:${i}`, text: String(r.context) }));
  for (const part of ['one', 'two', 'three']) {
    const rows = JSON.parse(readFileSync(join(pi, 'notinject', `NotInject_${part}.json`), 'utf8')) as Array<{ prompt: string }>;
    rows.forEach((r, i) => out.push({ source: 'NotInject prompts', id: `notinject-${part}:${i}`, text: r.prompt }));
  }
  return out;
}

/** A spec's fact names (its latest release), as production passes them to the guard. */
const targetsOf = new Map<string, Array<{ name: string }>>();
function facts(spec: string | undefined): Array<{ name: string }> {
  if (!spec) return [];
  if (!targetsOf.has(spec)) targetsOf.set(spec, versions(spec).at(-1)?.info.facts.map((f) => ({ name: f.name })) ?? []);
  return targetsOf.get(spec)!;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const all = cleanDocs();
  const flagged: Record<string, string[]> = {};
  const bySource = new Map<string, { n: number; flagged: number }>();
  const byFamily = new Map<string, number>();
  const t0 = Date.now();
  for (const d of all) {
    const families = [...new Set(factGuardFindings({ facts: facts(d.spec) }, d.text).map((f) => f.rule.slice('fact-guard/'.length)))].sort();
    const s = bySource.get(d.source) ?? { n: 0, flagged: 0 };
    s.n++;
    if (families.length) {
      s.flagged++;
      flagged[d.id] = families;
      for (const f of families) byFamily.set(f, (byFamily.get(f) ?? 0) + 1);
    }
    bySource.set(d.source, s);
  }
  const ms = Date.now() - t0;
  console.log(`fact guard on ${all.length} clean texts (${ms} ms, ${(ms / all.length).toFixed(2)} ms/text)`);
  console.log('| source | texts | sent to review | rate |\n|---|---:|---:|---:|');
  for (const [source, s] of bySource) console.log(`| ${source} | ${s.n} | ${s.flagged} | ${((100 * s.flagged) / s.n).toFixed(1)}% |`);
  const total = Object.keys(flagged).length;
  console.log(`| all | ${all.length} | ${total} | ${((100 * total) / all.length).toFixed(1)}% |`);
  console.log(`by family: ${[...byFamily].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ')}`);
  const save = arg('--save');
  if (save) writeFileSync(save, JSON.stringify(flagged, null, 1));
  const baseline = arg('--baseline');
  if (baseline) {
    const before = JSON.parse(readFileSync(baseline, 'utf8')) as Record<string, string[]>;
    const added = Object.keys(flagged).filter((id) => !before[id]);
    const removed = Object.keys(before).filter((id) => !flagged[id]);
    const changed = Object.keys(flagged).filter((id) => before[id] && before[id]!.join() !== flagged[id]!.join());
    console.log(`against ${baseline}: ${added.length} more flagged, ${removed.length} no longer flagged, ${changed.length} with other families`);
    const show = Number(arg('--show') ?? '0');
    const text = new Map(all.map((d) => [d.id, d.text]));
    for (const id of added.slice(0, show)) console.log(`+ ${id} [${flagged[id]!.join(',')}]\n    ${text.get(id)!.replace(/\s+/g, ' ').slice(0, 400)}`);
    for (const id of removed.slice(0, show)) console.log(`- ${id} [${before[id]!.join(',')}]`);
  }
}

if (require.main === module) main();
