// What the model bounds (activities/model-bounds.ts) cost on clean, labelled charts. The LLM fallback only sees charts
// the compiled extractor cannot settle; of those, the bounds send to review the ones that contradict themselves and the
// ones whose model reading differs from a fact the extractor read with certainty. One model reading per chart gives
// both columns: the LLM path as it was (checks, decision, conflict check) and with the bounds.
//
//   npx tsx bench/llm-bounds-cost.ts [--per-spec K (default 12)] [--out FILE]
//
// Charts: the labelled extractor-evaluation sets (test/fixtures/*-heldout*.jsonl), each on its spec's latest release;
// of those the compiled path leaves unsettled without a fact-guard finding, every n-th so K per spec are read.
// About 20-40 s a chart on the embedded CPU model: a benchmark, not a test.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { guardFacts } from '../activities/fact-guard';
import { redactPhi } from '../activities/gate/phi';
import { createLlmExtractor, llmConfigFromEnv, type LlmExtractor } from '../activities/llm-extraction';
import { modelOverrules, selfContradictions } from '../activities/model-bounds';
import type { CaseStatus } from '../templates/bounded-decision/types';
import { artifacts } from '../workflows-generated/registry';
import { embeddedLlmExtractor } from '../worker/embedded-llm';
import { alternativesOf, corpora, decidedOutcome, versions } from './extractor-eval';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const PER_SPEC = Number(arg('--per-spec') ?? 12);

interface Chart { set: string; id: string; spec: string; text: string; expected: CaseStatus }

/** The labelled held-out sets of the extractor evaluation, in their files' name order. */
function charts(): Chart[] {
  return corpora()
    .filter((c) => /-heldout(-\d+)?$/.test(c.name))
    .sort((x, y) => (`${x.name}.jsonl` < `${y.name}.jsonl` ? -1 : 1))
    .flatMap((c) => c.charts.map((x) => ({ set: c.name, id: x.id, spec: c.spec, text: x.text, expected: x.expected })));
}

async function main(): Promise<void> {
  const envConfig = llmConfigFromEnv();
  const llm: LlmExtractor | undefined = envConfig ? createLlmExtractor(envConfig, redactPhi) : embeddedLlmExtractor(process.env, redactPhi);
  if (!llm) throw new Error('no model: install the embedded one (bash scripts/model-install.sh) or set OPENAI_BASE_URL and CAI_MODEL');
  const all = charts();
  const tally = new Map<string, { eligible: number; read: number; before: Record<string, number>; after: Record<string, number>; contradicted: number; overruled: number }>();
  const lines: string[] = [];
  for (const spec of [...new Set(all.map((c) => c.spec))]) {
    const a = versions(spec).at(-1)!;
    const reg = artifacts.find((x) => x.info.spec === spec && x.info.specVersion === a.info.specVersion)!;
    const eligible = all.filter((c) => c.spec === spec && !guardFacts(a.info, c.text) && a.extract(c.text).uncertain.length > 0);
    const step = Math.max(1, Math.floor(eligible.length / PER_SPEC));
    const picked = eligible.filter((_, i) => i % step === 0).slice(0, PER_SPEC);
    const t = { eligible: eligible.length, read: 0, before: {} as Record<string, number>, after: {} as Record<string, number>, contradicted: 0, overruled: 0 };
    const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
    const grade = (o: CaseStatus, c: Chart) => (o === 'NEEDS_REVIEW' ? 'review' : o === c.expected ? 'correct automatic' : 'wrong automatic');
    for (const c of picked) {
      const compiled = a.extract(c.text);
      const x = await llm.extract(reg, c.text).catch(() => undefined);
      t.read++;
      const before: CaseStatus = x?.settled ? decidedOutcome(a, x.facts, x.found, () => alternativesOf(a, c.text, { facts: x.facts, found: x.found })) : 'NEEDS_REVIEW';
      const contradicted = selfContradictions(compiled.uncertain).length > 0;
      const overruled = !contradicted && x?.settled ? modelOverrules(compiled as never, x).length > 0 : false;
      if (contradicted) t.contradicted++;
      if (overruled) t.overruled++;
      const after: CaseStatus = contradicted || overruled ? 'NEEDS_REVIEW' : before;
      bump(t.before, grade(before, c));
      bump(t.after, grade(after, c));
      console.error(`${c.set}:${c.id} ${spec}@v${a.info.specVersion}: expected ${c.expected}; model path ${before}; with bounds ${after}${contradicted ? ' (self-contradiction)' : overruled ? ' (model overrules)' : ''}`);
      if (before !== after) lines.push(`- ${c.set}:${c.id} (${spec}@v${a.info.specVersion}): expected ${c.expected}; the model path decided ${before}; with the bounds review (${contradicted ? 'the chart contradicts itself' : 'the model overruled a fact the extractor read'})`);
    }
    tally.set(`${spec}@v${a.info.specVersion}`, t);
  }
  const cell = (m: Record<string, number>) => `${m['correct automatic'] ?? 0} / ${m['wrong automatic'] ?? 0} / ${m.review ?? 0}`;
  const report = [
    '# What the model bounds cost on clean labelled charts',
    '',
    `\`npx tsx bench/llm-bounds-cost.ts --per-spec ${PER_SPEC}\`: of the labelled extractor-evaluation charts (test/fixtures/*-heldout*.jsonl) the compiled path of each spec's latest release leaves unsettled without a fact-guard finding (those go to the LLM fallback in production), every n-th, read once by ${llm.model} (${envConfig ? 'OPENAI_BASE_URL' : 'embedded'}). Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}. Cells: correct automatic / wrong automatic / review.`,
    '',
    '| artifact | unsettled charts | read | model path as it was | with the bounds | self-contradicting | model overrules the extractor |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...[...tally].map(([k, t]) => `| ${k} | ${t.eligible} | ${t.read} | ${cell(t.before)} | ${cell(t.after)} | ${t.contradicted} | ${t.overruled} |`),
    '',
    '## Charts the bounds send to review',
    '',
    ...(lines.length ? lines : ['None.']),
    '',
  ].join('\n');
  const file = arg('--out');
  if (file) writeFileSync(file, report);
  console.log(report);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
