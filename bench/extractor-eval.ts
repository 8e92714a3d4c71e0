// Decision-level evaluation of every packaged artifact version on the labelled chart corpora: what the
// compiled path (fact guard → compiled extractor → checks → decide, exactly as the workflow runs it, without
// an LLM fallback) decides, against the expected outcome. A wrong automatic decision is the costly error; a
// needless review costs a reviewer's time.
//
//   npx tsx bench/extractor-eval.ts [--json]        (npm run bench:extractors)
//
// Corpora (expected outcomes written with the charts; see each file's README or header):
//   glp1-dev (test/fixtures/cases), glp1-redteam-1/2 (test/fixtures, written for v1's extractor: v1 was tuned
//   on them, later versions never were), glp1-tamper (test/fixtures/tamper: every expected outcome is review),
//   sleep-examples (examples/), glp1-heldout / sleep-heldout / lumbar-heldout (test/fixtures, written blind from the specs and
//   frozen before any evaluation), lumbar-examples (examples/).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guardFacts } from '../activities/fact-guard';
import { factsRestOnSecondHand } from '../activities/second-hand';
import { alternativeReadings, sentencesToRead, type Reading } from '../activities/conflict';
import { decisiveConflicts } from '../templates/bounded-decision/conflict';
import type { AlternativeReading, Facts } from '../contract/bounded-decision';
import { evaluate } from '../templates/bounded-decision/evaluate';
import type { ArtifactInfo, CaseStatus, DecideFn, ExtractFn } from '../templates/bounded-decision/types';

const ROOT = join(__dirname, '..');
const GENERATED = join(ROOT, 'workflows-generated');

interface Chart {
  id: string;
  text: string;
  expected: CaseStatus;
}

export interface Corpus {
  name: string;
  spec: string;
  note: string;
  charts: Chart[];
}

function jsonl(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function casesFile(file: string, field: string): Chart[] {
  return jsonl(file)
    .filter((r) => typeof r.expected === 'string')
    .map((r) => ({ id: String(r.id), text: String((r.input as Record<string, unknown>)[field] ?? ''), expected: r.expected as CaseStatus }));
}

export function corpora(): Corpus[] {
  return [
    { name: 'glp1-dev', spec: 'prior-auth-glp1', note: 'the 16 development cases', charts: casesFile(join(ROOT, 'test/fixtures/cases/prior-auth-glp1.dev.jsonl'), 'patient_chart_summary') },
    ...[1, 2].map((n) => ({
      name: `glp1-redteam-${n}`,
      spec: 'prior-auth-glp1',
      note: 'red-team charts written from the policy for v1 (v1 tuned on them)',
      charts: jsonl(join(ROOT, `test/fixtures/glp1-redteam${n === 1 ? '' : '-2'}.jsonl`)).map((r) => ({ id: String(r.id), text: String(r.text), expected: r.expected as CaseStatus })),
    })),
    {
      name: 'glp1-tamper',
      spec: 'prior-auth-glp1',
      note: 'charts with a tampering sentence (never decided automatically)',
      charts: jsonl(join(ROOT, 'test/fixtures/tamper/glp1-tamper.jsonl')).map((r) => ({ id: String(r.id), text: String(r.text), expected: 'NEEDS_REVIEW' as CaseStatus })),
    },
    { name: 'sleep-examples', spec: 'prior-auth-sleep-study', note: 'the bundled example referrals', charts: casesFile(join(ROOT, 'examples/prior-auth-sleep-study.cases.jsonl'), 'clinical_note') },
    ...(['glp1', 'sleep', 'lumbar'] as const).map((k) => ({
      name: `${k}-heldout`,
      spec: k === 'glp1' ? 'prior-auth-glp1' : k === 'sleep' ? 'prior-auth-sleep-study' : 'prior-auth-lumbar-mri',
      note: 'written blind from the YAML spec only, frozen before any evaluation (test/fixtures/heldout-README.md)',
      charts: jsonl(join(ROOT, `test/fixtures/${k}-heldout.jsonl`)).map((r) => ({ id: String(r.id), text: String(r.text), expected: r.expected as CaseStatus })),
    })),
    ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({
      name: `glp1-heldout-${n}`,
      spec: 'prior-auth-glp1',
      note: 'written blind from the spec and policy only, frozen before any evaluation; each the first run of one v2 candidate (test/fixtures/heldout-README.md, reports/compile/prior-auth-glp1-v2-candidate-6/)',
      charts: jsonl(join(ROOT, `test/fixtures/glp1-heldout-${n}.jsonl`)).map((r) => ({ id: String(r.id), text: String(r.text), expected: r.expected as CaseStatus })),
    })),
    { name: 'lumbar-examples', spec: 'prior-auth-lumbar-mri', note: 'the bundled example notes', charts: casesFile(join(ROOT, 'examples/prior-auth-lumbar-mri.cases.jsonl'), 'clinical_note') },
  ];
}

export interface Loaded {
  info: ArtifactInfo;
  decide: DecideFn;
  extract: ExtractFn;
}

export function versions(spec: string): Loaded[] {
  const dir = join(GENERATED, spec);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => /^v\d+$/.test(d))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((v) => ({
      info: (require(join(dir, v, 'artifact')) as { artifact: ArtifactInfo }).artifact,
      decide: (require(join(dir, v, 'decision')) as { decide: DecideFn }).decide,
      extract: (require(join(dir, v, 'extractor')) as { extract: ExtractFn }).extract,
    }));
}

/**
 * The compiled path of the workflow for one chart (no gate, no LLM: the extractor and decision alone), with the
 * extraction activity's second-hand check unless `secondHand: false` (bench/attribution-probe.ts measures it) and the
 * workflow's conflict check unless `conflict: false` (bench/conflict-probe.ts measures it).
 */
export function compiledOutcome(a: Loaded, text: string, opts: { secondHand?: boolean; conflict?: boolean } = {}): CaseStatus {
  if (guardFacts(a.info, text)) return 'NEEDS_REVIEW';
  const r = a.extract(text);
  if (r.uncertain.length) return 'NEEDS_REVIEW';
  if (opts.secondHand !== false && factsRestOnSecondHand(text, r, (t) => a.extract(t))) return 'NEEDS_REVIEW';
  return decidedOutcome(a, r.facts, r.found, () => (opts.conflict !== false ? alternativesOf(a, text, r) : []));
}

/**
 * What the workflow does with settled facts, whichever path read them: the spec's checks, the compiled decision, and
 * the conflict check against the alternative readings (asked for only when the checks decide).
 */
export function decidedOutcome(a: Loaded, facts: Facts, found: Record<string, boolean>, alternatives: () => AlternativeReading[]): CaseStatus {
  const e = evaluate(a.info.checks, a.decide, facts as never, found);
  if (e.kind === 'review') return 'NEEDS_REVIEW';
  return decisiveConflicts(a.info.checks, a.decide, facts as never, found, e.decision.outcome, alternatives()).length ? 'NEEDS_REVIEW' : e.decision.outcome;
}

/** What the extraction activity finds: each sentence read alone by the same extractor. */
export function alternativesOf(a: Loaded, text: string, whole: Reading): AlternativeReading[] {
  const spans = sentencesToRead(text);
  const read = (t: string): Reading | undefined => {
    try {
      return a.extract(t) as Reading;
    } catch {
      return undefined; // as in the activity: a sentence the extractor cannot read alone gives no alternative
    }
  };
  return alternativeReadings(text, whole, spans, spans.map(([s, e]) => read(text.slice(s, e))));
}

export interface Row {
  corpus: string;
  artifact: string;
  generator: string;
  n: number;
  correct: number;
  wrongAutomatic: number;
  neededReviewDecided: number;
  needlessReview: number;
  decidable: number;
  wrongIds: string[];
}

export function evaluateAll(): Row[] {
  const rows: Row[] = [];
  for (const c of corpora())
    for (const a of versions(c.spec)) {
      let correct = 0;
      let wrongAutomatic = 0;
      let neededReviewDecided = 0;
      let needlessReview = 0;
      const wrongIds: string[] = [];
      for (const chart of c.charts) {
        const got = compiledOutcome(a, chart.text);
        if (got === chart.expected) correct++;
        else if (got === 'NEEDS_REVIEW') needlessReview++;
        else {
          wrongAutomatic++;
          if (chart.expected === 'NEEDS_REVIEW') neededReviewDecided++;
          wrongIds.push(chart.id);
        }
      }
      const decidable = c.charts.filter((x) => x.expected !== 'NEEDS_REVIEW').length;
      rows.push({
        corpus: c.name,
        artifact: `${a.info.spec}@v${a.info.specVersion}`,
        generator: a.info.provenance.generator + (a.info.provenance.model ? ` (${a.info.provenance.model})` : ''),
        n: c.charts.length,
        correct,
        wrongAutomatic,
        neededReviewDecided,
        needlessReview,
        decidable,
        wrongIds,
      });
    }
  return rows;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

if (require.main === module) {
  const rows = evaluateAll();
  if (process.argv.includes('--json')) {
    for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  } else {
    const lines = [
      '| corpus | artifact | written by | n | correct | wrong automatic | of which should have been reviewed | needless reviews (of decidable) |',
      '|---|---|---|---:|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.corpus} | ${r.artifact} | ${r.generator} | ${r.n} | ${r.correct} (${pct(r.correct, r.n)}) | ${r.wrongAutomatic} | ${r.neededReviewDecided} | ${r.needlessReview} (${pct(r.needlessReview, r.decidable)}) |`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    for (const r of rows.filter((x) => x.wrongIds.length)) process.stdout.write(`wrong automatic, ${r.corpus} ${r.artifact}: ${r.wrongIds.slice(0, 30).join(', ')}${r.wrongIds.length > 30 ? ' …' : ''}\n`);
    writeFileSync(join(ROOT, 'reports', 'extractor-eval.md'), `# Extractors, decision level\n\n\`npx tsx bench/extractor-eval.ts\` — the compiled path (fact guard, extractor, checks, decide) without the input gate or an LLM fallback.\n\nGLP-1 v2 and v3 on glp1-heldout and glp1-heldout-2 … -9 are development figures: the kit was fixed on each of those sets after one candidate's first run on it (the first runs, one per candidate, are in reports/compile/prior-auth-glp1-v2-candidate-6/README.md). glp1-heldout-10 is v2's first run (v3 only adds reviews to v2).\n\n${lines.join('\n')}\n`);
  }
}
