// Token economics from real calls only: every model compile's tokens as its manifest records them (all attempts,
// failed ones included) against the direct-LLM tokens per case the same local model reported on the same spec
// (`npm run bench:direct`, `npm run bench:direct:heldout`), with both paths' accuracy on the same notes.
//   npx tsx bench/compile-economics.ts      → reports/compile-economics.md
// Nothing here is counted with a tokenizer or projected: a spec without a real direct run is listed without n*.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { listArtifacts, type Manifest } from '../compiler/package';
import { directRun, type DirectRun } from './direct-run';
import { corpora, evaluateAll, type Corpus } from './extractor-eval';

const ROOT = join(__dirname, '..');

interface Compile {
  spec: string;
  version: number;
  released: boolean;
  model: string;
  tokens: number;
  attempts: number;
  where: string;
}

function modelCompiles(): Compile[] {
  const of = (m: Manifest, released: boolean, where: string): Compile => ({
    spec: m.spec,
    version: m.specVersion,
    released,
    model: m.provenance.model ?? '?',
    tokens: m.tokens?.total ?? 0,
    attempts: m.attempts?.length ?? 0,
    where,
  });
  const released = listArtifacts()
    .filter((a) => a.manifest.provenance.generator === 'openai-compatible')
    .map((a) => of(a.manifest, true, `workflows-generated/${a.manifest.spec}/v${a.manifest.specVersion}`));
  // Model-compiled versions kept as evidence but not released (reports/compile/<spec>-v<N>-unreleased/, -candidate-N/).
  const dir = join(ROOT, 'reports', 'compile');
  const unreleased = readdirSync(dir)
    .filter((d) => /-(?:unreleased|candidate-\d+)$/.test(d) && existsSync(join(dir, d, 'manifest.json')))
    .map((d) => of(JSON.parse(readFileSync(join(dir, d, 'manifest.json'), 'utf8')) as Manifest, false, `reports/compile/${d}`));
  return [...released, ...unreleased];
}

/** A recorded direct run (bench/direct-run.ts) scored on the corpus whose notes it ran. */
function directRunOn(spec: string): (DirectRun & { corpus: string }) | undefined {
  let corpus: Corpus | undefined;
  const run = directRun(spec, (ids, count) => {
    corpus = corpora().find((c) => c.spec === spec && c.charts.length === count && c.charts.every((x) => ids.has(x.id)));
    return new Map((corpus?.charts ?? []).map((c) => [c.id, c.expected]));
  });
  return run && { ...run, corpus: corpus?.name ?? '(no matching corpus)' };
}

function main(): void {
  const evals = evaluateAll();
  const lines = [
    '# Compile economics from real calls',
    '',
    `\`npx tsx bench/compile-economics.ts\` on ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}. Compile tokens: the manifest's`,
    "total over every attempt (failed ones included), as the endpoint reported them. Direct tokens: `usage` of each real call of",
    '`run --mode direct` against the same local model. Run-time tokens of the compiled path: 0. n* = ⌈compile / direct per case⌉.',
    '',
    '| spec@version | released | model | attempts | compile tokens | direct run (corpus) | direct tokens/case | n* | reduction at 1,000 | compiled right (same notes) | direct right | wrong automatic compiled / direct |',
    '|---|---|---|---:|---:|---|---:|---:|---:|---|---|---|',
  ];
  for (const c of modelCompiles()) {
    const d = directRunOn(c.spec);
    // An unreleased candidate shares spec@version with whatever was released under that number: never its row.
    const compiled = d && c.released ? evals.find((r) => r.corpus === d.corpus && r.artifact === `${c.spec}@v${c.version}`) : undefined;
    const nStar = d ? Math.ceil(c.tokens / d.total) : undefined;
    const reduction = d ? (1000 * d.total) / c.tokens : undefined;
    lines.push(
      `| ${c.spec}@v${c.version} | ${c.released ? 'yes' : `no (${c.where})`} | ${c.model} | ${c.attempts} | ${c.tokens} | ${d ? `${d.file} (${d.corpus}, ${d.cases})` : 'none recorded'} | ${d ? d.total.toFixed(1) : '—'} | ${nStar ?? '—'} | ${reduction ? `${reduction.toFixed(1)}x` : '—'} | ${compiled ? `${compiled.correct}/${compiled.n}` : c.released ? '—' : 'not packaged'} | ${d ? `${d.correct}/${d.cases}` : '—'} | ${compiled ? compiled.wrongAutomatic : '—'} / ${d ? d.wrongAutomatic : '—'} |`,
    );
  }
  lines.push(
    '',
    'Goals of issue 9 for GLP-1: n* ≤ 10 and ≥ 100x at 1,000 transactions. The accuracy columns say what the token figures',
    'cost or buy: a compiled version that is cheap but wrong on held-out notes is not released (see docs/embedded-model.md).',
    'The unreleased version is not in the registry, so its accuracy on the direct run\'s notes is in its own report',
    '(reports/extractor-eval.glp1-v2-unreleased.md: 16/16 dev cases, 0 wrong automatic; 161 wrong automatic on 553 red-team charts;',
    'candidate 2, reports/compile/prior-auth-glp1-v2-candidate-2/README.md: 16/16 dev cases, 52/60 and 3 wrong automatic on the',
    'blind GLP-1 held-out charts where the person-written v1 has 51/60 and 1).',
  );
  writeFileSync(join(ROOT, 'reports', 'compile-economics.md'), `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
