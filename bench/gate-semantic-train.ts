// Trains the head of the gate's semantic second opinion (activities/gate/semantic.ts) on sentence embeddings of
// the tuning data, and writes activities/gate/semantic-weights.ts.
//
//   npx tsx bench/gate-semantic-train.ts            (needs `npm run embedder:install`; about 5 minutes on 2 cores)
//
// Data: the same tuning documents as the hashed-feature classifier (bench/gate-classifier-train.ts trainingDocs:
// the project's tuning sets, the earlier blind sets 5-15, the training sets of rounds 13-16, BIPIA e-mail train with its
// train attacks, NotInject one and two). Never gate-blind-16 or later, the CyberSecEval, BIPIA test or
// NotInject-three sets, or the paper's cases.
//
// Model: logistic regression on the 384-dimensional unit embedding of each instance, multiple-instance style. A
// document is injected when its most injection-like instance is. Round 0 takes as positives the instances of
// an injected document that no clean document of the same file holds (names and digits masked: the carriers are
// shared, the injections are not); later rounds keep each injected document's top-scoring instance. Every
// instance of a clean document is a negative. Full-batch gradient descent (deterministic).
//
// Threshold: six folds of whole project files (the head retrained without a fold's files, their documents
// scored): the lowest threshold whose out-of-fold false-positive rate on clean documents is at most
// 1%. The out-of-fold recall is printed and written beside the weights.
import * as fs from 'fs';
import * as path from 'path';
import { EMBEDDING_DIM } from '../activities/gate/embedder';
import { cachedEmbedder } from './embed-cache';
import { headProbability, semanticInstances, type SemanticHead } from '../activities/gate/semantic';
import { instanceSpans } from '../activities/gate/classifier-features';
import { TUNING_FILES, trainingDocs, trainingSources, type Doc } from './gate-classifier-train';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'activities', 'gate', 'semantic-weights.ts');
const TARGET_FPR = 0.01;
/** Cross-validation folds over the project files (23 files since round 14: one fold per file took 40 minutes). */
const FOLDS = 6;
const ROUNDS = 2;
const ITERS = 300;
const LR = 0.5;
const L2 = 1e-4;

interface Prepared {
  doc: Doc;
  /** Indexes into the unique-text table. */
  inst: number[];
  /** Round-0 positive candidates (for injected documents). */
  fresh: number[];
}

/** A raw instance with names and numbers masked, to tell a shared carrier line from an injected one. */
const masked = (raw: string) => raw.replace(/\b[A-Z][A-Za-z'-]+\b/g, 'N').replace(/\d/g, '0').replace(/\s+/g, ' ').trim().toLowerCase();

async function embedAll(texts: string[]): Promise<Float32Array[]> {
  const embedder = await cachedEmbedder(true);
  const vs = await embedder.embed(texts);
  await embedder.dispose();
  return vs;
}

function prepare(docs: Doc[]): { prepared: Prepared[]; texts: string[] } {
  const index = new Map<string, number>();
  const texts: string[] = [];
  const cleanMasked = new Map<string, Set<string>>();
  for (const d of docs) {
    if (d.label) continue;
    const set = cleanMasked.get(d.source) ?? new Set<string>();
    for (const [a, b] of instanceSpans(d.text)) set.add(masked(d.text.slice(a, b)));
    cleanMasked.set(d.source, set);
  }
  const prepared = docs.map((doc) => {
    const inst: number[] = [];
    const fresh: number[] = [];
    for (const i of semanticInstances(doc.text)) {
      let at = index.get(i.text);
      if (at === undefined) {
        at = texts.length;
        texts.push(i.text);
        index.set(i.text, at);
      }
      inst.push(at);
      if (doc.label && !cleanMasked.get(doc.source)?.has(masked(doc.text.slice(i.span[0], i.span[1])))) fresh.push(at);
    }
    return { doc, inst, fresh: fresh.length ? fresh : inst };
  });
  return { prepared, texts };
}

/** Weighted logistic regression, full-batch gradient descent from zero (deterministic). */
function fit(vs: Float32Array[], xs: number[], ys: number[], ws: number[]): SemanticHead {
  const w = new Float64Array(EMBEDDING_DIM);
  let b = 0;
  const total = ws.reduce((a, x) => a + x, 0);
  const g = new Float64Array(EMBEDDING_DIM);
  for (let it = 0; it < ITERS; it++) {
    g.fill(0);
    let gb = 0;
    for (let k = 0; k < xs.length; k++) {
      const v = vs[xs[k]!]!;
      let z = b;
      for (let i = 0; i < EMBEDDING_DIM; i++) z += w[i]! * v[i]!;
      const e = (1 / (1 + Math.exp(-z)) - ys[k]!) * ws[k]!;
      for (let i = 0; i < EMBEDDING_DIM; i++) g[i] += e * v[i]!;
      gb += e;
    }
    for (let i = 0; i < EMBEDDING_DIM; i++) w[i] -= LR * (g[i]! / total + L2 * w[i]!) * 10;
    b -= LR * (gb / total) * 10;
  }
  return { w: Array.from(w, (x) => Math.round(x * 1e5) / 1e5), b: Math.round(b * 1e5) / 1e5, threshold: 0.5 };
}

function docScore(head: SemanticHead, vs: Float32Array[], p: Prepared): number {
  let best = 0;
  for (const i of p.inst) best = Math.max(best, headProbability(head, vs[i]!));
  return best;
}

/** Multiple-instance training on the prepared documents. */
export function train(vs: Float32Array[], docs: Prepared[]): SemanticHead {
  let positives = docs.filter((d) => d.doc.label).map((d) => d.fresh);
  const negatives = new Map<number, number>();
  for (const d of docs) if (!d.doc.label) for (const i of d.inst) negatives.set(i, (negatives.get(i) ?? 0) + 1);
  let head: SemanticHead | undefined;
  for (let round = 0; round <= ROUNDS; round++) {
    const xs: number[] = [];
    const ys: number[] = [];
    const ws: number[] = [];
    const nPos = positives.length;
    const nNeg = [...negatives.values()].reduce((a, x) => a + x, 0);
    // Both classes weigh the same in total.
    const add = (i: number, y: number, w: number) => {
      xs.push(i);
      ys.push(y);
      ws.push(w);
    };
    for (const group of positives) for (const i of group) add(i, 1, nNeg / nPos / group.length);
    for (const [i, n] of negatives) add(i, 0, n);
    head = fit(vs, xs, ys, ws);
    const h = head;
    positives = docs.filter((d) => d.doc.label).map((d) => {
      let best = d.inst[0]!;
      for (const i of d.inst) if (headProbability(h, vs[i]!) > headProbability(h, vs[best]!)) best = i;
      return [best];
    });
  }
  return head!;
}

async function main(): Promise<void> {
  const docs = trainingDocs();
  const { prepared, texts } = prepare(docs);
  console.log(`${docs.length} documents, ${texts.length} unique instances`);
  const vs = await embedAll(texts);
  // Leave a group of project files out, for the threshold (file i is in group i mod FOLDS: each fold holds out
  // whole files, so a writer's documents are never on both sides).
  const oof: { label: boolean; score: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = new Set(TUNING_FILES.filter((_, i) => i % FOLDS === k).map((f) => path.join('bench', 'data', f)));
    const head = train(vs, prepared.filter((p) => !held.has(p.doc.source)));
    for (const p of prepared.filter((q) => held.has(q.doc.source))) oof.push({ label: p.doc.label, score: docScore(head, vs, p) });
    process.stderr.write(`fold ${k + 1}/${FOLDS} done\n`);
  }
  const clean = oof.filter((o) => !o.label).map((o) => o.score).sort((a, b) => b - a);
  const allowed = Math.floor(clean.length * TARGET_FPR);
  const threshold = Math.round(((clean[allowed] ?? 0) + 1e-4) * 1e4) / 1e4;
  const recall = oof.filter((o) => o.label && o.score >= threshold).length / oof.filter((o) => o.label).length;
  const fpr = clean.filter((s) => s >= threshold).length / clean.length;
  console.log(`out-of-fold (six folds of whole project files): threshold ${threshold}, recall ${(recall * 100).toFixed(1)}%, FPR ${(fpr * 100).toFixed(2)}% (${clean.length} clean documents)`);
  const head = { ...train(vs, prepared), threshold };
  const body = [
    '// Generated by bench/gate-semantic-train.ts: do not edit by hand (retrain instead).',
    '// Logistic-regression head over all-MiniLM-L6-v2 instance embeddings (activities/gate/semantic.ts).',
    "import type { SemanticHead } from './semantic';",
    '',
    `/** Out of fold, six folds of whole project files: recall ${(recall * 100).toFixed(1)}% at FPR ${(fpr * 100).toFixed(2)}% on ${clean.length} clean documents. */`,
    `export const SEMANTIC_HEAD: SemanticHead = ${JSON.stringify(head)};`,
    '',
    `export const SEMANTIC_TRAINING = ${JSON.stringify({ sources: trainingSources(), documents: docs.length, instances: texts.length, oof: { threshold, recall: Math.round(recall * 1e4) / 1e4, fpr: Math.round(fpr * 1e4) / 1e4 } }, null, 2)};`,
    '',
  ].join('\n');
  fs.writeFileSync(OUT, body);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

if (require.main === module)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
