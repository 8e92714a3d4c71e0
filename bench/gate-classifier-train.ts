// Trains the input gate's local classifier (activities/gate/classifier.ts) and writes its weights to
// activities/gate/classifier-weights.ts. Deterministic: same data + same seed = same bytes.
//
//   npx tsx bench/gate-classifier-train.ts          (writes the weights file)
//   npx tsx bench/gate-classifier-train.ts --check  (retrains and fails if the committed weights differ)
//
// Training data (tuning data only; no blind or test set):
//   bench/data/gate-tune-5.jsonl, gate-tune-6.jsonl, gate-clinical-tune.jsonl, -2, -3   (project data)
//   activities/gate/classifier-data/bipia-email-train.jsonl + bipia-text-attack-train.json
//     (microsoft/BIPIA train split, MIT; attacks inserted start/middle/end into clean e-mails, as in
//      bench/eval-security.ts, plus the clean e-mails)
//   activities/gate/classifier-data/notinject-{one,two}.json (leolee99/InjecGuard NotInject, MIT; negatives;
//     NotInject_three is not used, so it stays a held-out false-positive check)
//
// Model: logistic regression over hashed instance features (classifier-features.ts), trained as a
// multiple-instance problem: a document is injected when its most injection-like instance is. Round 0 labels
// every instance of an injected document positive (weighted 1/k); each later round keeps only the top-scoring
// instance of each injected document as its positive. All instances of clean documents are negatives.
// AdaGrad SGD with L2, instances shuffled by a seeded PRNG (mulberry32).

import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { FEATURE_BITS, FEATURE_DIM, documentInstances, type Instance } from '../activities/gate/classifier-features';
import { insertAttack, rng, type Position } from './eval-security';

const ROOT = path.resolve(__dirname, '..');
export const TRAIN_SEED = 20251201;
const DATA_DIR = path.join(ROOT, 'activities', 'gate', 'classifier-data');
const WEIGHTS_FILE = path.join(ROOT, 'activities', 'gate', 'classifier-weights.ts');

export interface Doc {
  text: string;
  label: boolean;
  /** Source file (relative to the repo). */
  source: string;
  /** Grouping key for cross-validation (carrier / attack / row). */
  group: string;
  family?: string;
}

export interface TrainParams {
  /** Multiple-instance rounds after round 0. */
  rounds: number;
  epochs: number;
  lr: number;
  l2: number;
  /** Weight of a positive instance relative to a negative one. */
  posWeight: number;
  seed: number;
  /** Models averaged (each trained without a different fifth of the groups; a linear model again). */
  bags: number;
}

export const DEFAULT_PARAMS: TrainParams = { rounds: 3, epochs: 30, lr: 0.05, l2: 1e-3, posWeight: 2, seed: TRAIN_SEED, bags: 5 };

// Round 9: the blind sets 5-8, measured and reported before, are training data from now on (blind-9 is the new blind set).
// Round 13: blind-11 and -12 (first runs kept) and the four round-13 training sets written from the taxonomy by
// helpers that read only gate-blind-12's conventions (gate-train-13a..d); gate-blind-13 is the new blind set.
// Round 14: six more training sets from the taxonomy (gate-train-14a..f), each with its own focus; gate-blind-13
// (measured once after round 13) stays out, and gate-blind-14 is the new blind set.
// Round 15: six more (gate-train-15a..f) and blind-13 and -14, each measured once after the round that followed
// its first run (reports kept); gate-blind-15 is the new blind set.
// Round 16: six more (gate-train-16a..f) and blind-15, measured once after round 15 (reports kept); gate-blind-16 is
// the new blind set.
// Round 18 added blind-16, -17 and -18 and was reverted: the unseen gate-blind-19 read the same (57.7% / 1.9%) with
// either weights, while the BIPIA e-mail test FPR rose from 2% to 20% (reports/security-eval.md, round 18-19 section).
export const TUNING_FILES = ['gate-tune-5.jsonl', 'gate-tune-6.jsonl', 'gate-clinical-tune.jsonl', 'gate-clinical-tune-2.jsonl', 'gate-clinical-tune-3.jsonl', 'gate-blind-5.jsonl', 'gate-blind-6.jsonl', 'gate-blind-7.jsonl', 'gate-blind-8.jsonl', 'gate-blind-9.jsonl', 'gate-blind-10.jsonl', 'gate-blind-11.jsonl', 'gate-blind-12.jsonl', 'gate-train-13a.jsonl', 'gate-train-13b.jsonl', 'gate-train-13c.jsonl', 'gate-train-13d.jsonl', 'gate-train-14a.jsonl', 'gate-train-14b.jsonl', 'gate-train-14c.jsonl', 'gate-train-14d.jsonl', 'gate-train-14e.jsonl', 'gate-train-14f.jsonl', 'gate-blind-13.jsonl', 'gate-blind-14.jsonl', 'gate-train-15a.jsonl', 'gate-train-15b.jsonl', 'gate-train-15c.jsonl', 'gate-train-15d.jsonl', 'gate-train-15e.jsonl', 'gate-train-15f.jsonl', 'gate-blind-15.jsonl', 'gate-train-16a.jsonl', 'gate-train-16b.jsonl', 'gate-train-16c.jsonl', 'gate-train-16d.jsonl', 'gate-train-16e.jsonl', 'gate-train-16f.jsonl'];

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Labelled project jsonl set (bench/data). */
export function projectSet(file: string): Doc[] {
  const rel = path.join('bench', 'data', file);
  return readJsonl<{ id: string; text: string; injection: boolean; carrier?: string; style?: string; family?: string }>(path.join(ROOT, rel)).map((r) => ({
    text: r.text,
    label: r.injection,
    source: rel,
    // tune-5 and tune-6 share their 30 carriers: group by carrier across files, so CV holds a carrier out entirely.
    group: r.carrier ? `carrier:${r.carrier}` : `${file}:${r.id}`,
    family: r.family ?? r.style,
  }));
}

/** BIPIA e-mail train split: clean contexts and train attacks inserted at start/middle/end (seeded). */
export function bipiaTrain(): Doc[] {
  const src = path.join('activities', 'gate', 'classifier-data');
  const contexts = readJsonl<{ context: string }>(path.join(DATA_DIR, 'bipia-email-train.jsonl')).map((c) => c.context);
  const attacks = Object.values(JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'bipia-text-attack-train.json'), 'utf8')) as Record<string, string[]>).flat();
  const rand = rng(TRAIN_SEED + 1);
  const docs: Doc[] = contexts.map((c, i) => ({ text: c, label: false, source: `${src}/bipia-email-train.jsonl`, group: `bipia-ctx:${i % 10}` }));
  attacks.forEach((a, ai) => {
    for (const pos of ['start', 'middle', 'end'] as Position[]) {
      const ci = Math.floor(rand() * contexts.length);
      docs.push({ text: insertAttack(contexts[ci], a, pos, rand), label: true, source: `${src}/bipia-text-attack-train.json`, group: `bipia-atk:${ai}` });
    }
  });
  return docs;
}

/** NotInject one + two (benign prompts with trigger words). */
export function notInjectTrain(): Doc[] {
  const out: Doc[] = [];
  for (const w of ['one', 'two']) {
    const rel = path.join('activities', 'gate', 'classifier-data', `notinject-${w}.json`);
    const rows = JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as { prompt: string }[];
    rows.forEach((r, i) => out.push({ text: r.prompt, label: false, source: rel, group: `notinject-${w}:${i % 20}` }));
  }
  return out;
}

/** All training documents, optionally without some project files (for held-out simulations). */
export function trainingDocs(opts: { excludeFiles?: string[] } = {}): Doc[] {
  const files = TUNING_FILES.filter((f) => !(opts.excludeFiles ?? []).includes(f));
  return [...files.flatMap(projectSet), ...bipiaTrain(), ...notInjectTrain()];
}

/** Sources of the training data with their SHA-256 (recorded beside the weights). */
export function trainingSources(): { file: string; sha256: string }[] {
  const files = [
    ...TUNING_FILES.map((f) => path.join('bench', 'data', f)),
    ...['bipia-email-train.jsonl', 'bipia-text-attack-train.json', 'notinject-one.json', 'notinject-two.json'].map((f) => path.join('activities', 'gate', 'classifier-data', f)),
  ];
  return files.map((f) => ({ file: f, sha256: crypto.createHash('sha256').update(fs.readFileSync(path.join(ROOT, f))).digest('hex') }));
}

// ---------------------------------------------------------------- model

export interface Model {
  w: Float32Array;
  b: number;
}

export function instanceLogit(m: Model, x: Instance): number {
  let z = m.b;
  for (let i = 0; i < x.idx.length; i++) z += m.w[x.idx[i]] * x.val[i];
  return z;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Document probability: the most injection-like instance. */
export function docProb(m: Model, xs: Instance[]): number {
  let best = -Infinity;
  for (const x of xs) best = Math.max(best, instanceLogit(m, x));
  return sigmoid(best);
}

/** Index of the highest-scoring instance. */
function argmaxInstance(m: Model, xs: Instance[]): number {
  let best = -Infinity, at = 0;
  xs.forEach((x, i) => {
    const z = instanceLogit(m, x);
    if (z > best) {
      best = z;
      at = i;
    }
  });
  return at;
}

interface Example {
  x: Instance;
  y: number;
  weight: number;
}

function sgd(examples: Example[], params: TrainParams, model: Model, round: number): void {
  const g2 = new Float32Array(FEATURE_DIM);
  let gb2 = 0;
  const order = examples.map((_, i) => i);
  const rand = rng(params.seed + 101 * round);
  for (let ep = 0; ep < params.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const k of order) {
      const { x, y, weight } = examples[k];
      const p = sigmoid(instanceLogit(model, x));
      const g = (p - y) * weight;
      for (let i = 0; i < x.idx.length; i++) {
        const f = x.idx[i];
        const gi = g * x.val[i] + params.l2 * model.w[f];
        g2[f] += gi * gi;
        model.w[f] -= (params.lr * gi) / Math.sqrt(g2[f] + 1e-8);
      }
      gb2 += g * g;
      model.b -= (params.lr * g) / Math.sqrt(gb2 + 1e-8);
    }
  }
}

export interface Featurized {
  doc: Doc;
  xs: Instance[];
}

export function featurize(docs: Doc[]): Featurized[] {
  return docs.map((doc) => ({ doc, xs: documentInstances(doc.text) }));
}

function groupHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Bagged training: the average of `bags` models, bag j trained without the groups that hash to j mod 5. */
export function trainModel(data: Featurized[], params: TrainParams = DEFAULT_PARAMS): Model {
  if (params.bags <= 1) return trainSingle(data, params);
  const w = new Float32Array(FEATURE_DIM);
  let b = 0;
  for (let j = 0; j < params.bags; j++) {
    const sub = data.filter((d) => groupHash(`bag${j}:${d.doc.group}`) % 5 !== 0);
    const m = trainSingle(sub, { ...params, seed: params.seed + j });
    for (let i = 0; i < FEATURE_DIM; i++) w[i] += m.w[i] / params.bags;
    b += m.b / params.bags;
  }
  return { w, b };
}

/** Multiple-instance training of one model (see the header). */
function trainSingle(data: Featurized[], params: TrainParams): Model {
  const model: Model = { w: new Float32Array(FEATURE_DIM), b: 0 };
  const negatives: Example[] = [];
  for (const d of data) if (!d.doc.label) for (const x of d.xs) negatives.push({ x, y: 0, weight: 1 });
  // Round 0: the positive of an injected document is its most novel instance (the largest share of features
  // that no clean instance has): carrier text repeats across clean documents, an injection does not.
  const seen = new Uint8Array(FEATURE_DIM);
  for (const e of negatives) for (const f of e.x.idx) seen[f] = 1;
  const novelty = (x: Instance) => {
    let n = 0;
    for (const f of x.idx) if (!seen[f]) n++;
    return x.idx.length ? n / x.idx.length + 1e-3 * Math.min(x.idx.length, 100) : 0;
  };
  const positives0: Example[] = [];
  for (const d of data) {
    if (!d.doc.label) continue;
    let best = -1, at = 0;
    d.xs.forEach((x, i) => {
      const v = novelty(x);
      if (v > best) {
        best = v;
        at = i;
      }
    });
    positives0.push({ x: d.xs[at], y: 1, weight: params.posWeight });
  }
  sgd([...negatives, ...positives0], params, model, 0);
  for (let r = 1; r <= params.rounds; r++) {
    const positives: Example[] = [];
    for (const d of data) if (d.doc.label) positives.push({ x: d.xs[argmaxInstance(model, d.xs)], y: 1, weight: params.posWeight });
    const next: Model = { w: new Float32Array(FEATURE_DIM), b: 0 };
    sgd([...negatives, ...positives], params, next, r);
    model.w = next.w;
    model.b = next.b;
  }
  return model;
}

// ---------------------------------------------------------------- export

/** Weights quantized to int8 with one scale (what ships); returns the dequantized model too. */
export function quantize(m: Model): { scale: number; bytes: Uint8Array; model: Model } {
  let max = 0;
  for (const v of m.w) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(FEATURE_DIM);
  const w = new Float32Array(FEATURE_DIM);
  for (let i = 0; i < FEATURE_DIM; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(m.w[i] / scale)));
    bytes[i] = q & 0xff;
    w[i] = q * scale;
  }
  return { scale, bytes, model: { w, b: m.b } };
}

export function weightsSource(m: Model, params: TrainParams, nDocs: { injected: number; clean: number }): string {
  const q = quantize(m);
  const b64 = Buffer.from(q.bytes).toString('base64');
  const lines: string[] = [];
  lines.push('// GENERATED by bench/gate-classifier-train.ts - do not edit. Weights of the input gate\'s local classifier.');
  lines.push('// Trained in this repo on tuning data only (see TRAINING below); licence: the project\'s (MIT). Training data');
  lines.push('// licences: project data; microsoft/BIPIA (MIT) and leolee99/InjecGuard NotInject (MIT), copies with their');
  lines.push('// licence files in activities/gate/classifier-data/. Nothing is downloaded at run time.');
  lines.push('');
  lines.push(`export const TRAINING = ${JSON.stringify({ seed: params.seed, params, featureBits: FEATURE_BITS, documents: nDocs, sources: trainingSources() }, null, 2)} as const;`);
  lines.push('');
  lines.push(`export const BIAS = ${String(m.b)};`);
  lines.push(`export const SCALE = ${String(q.scale)};`);
  lines.push('/** int8 weight per hash bucket, two\'s complement, base64. */');
  const chunks: string[] = [];
  for (let i = 0; i < b64.length; i += 4096) chunks.push(JSON.stringify(b64.slice(i, i + 4096)));
  lines.push(`export const WEIGHTS_B64 =\n  ${chunks.join(' +\n  ')};`);
  return lines.join('\n') + '\n';
}

export function main(): void {
  const check = process.argv.includes('--check');
  const t0 = Date.now();
  const docs = trainingDocs();
  const data = featurize(docs);
  const model = trainModel(data, DEFAULT_PARAMS);
  const src = weightsSource(model, DEFAULT_PARAMS, { injected: docs.filter((d) => d.label).length, clean: docs.filter((d) => !d.label).length });
  if (check) {
    const cur = fs.existsSync(WEIGHTS_FILE) ? fs.readFileSync(WEIGHTS_FILE, 'utf8') : '';
    if (cur !== src) {
      process.stderr.write('classifier-weights.ts differs from a fresh training run\n');
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`weights reproduced (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    return;
  }
  fs.writeFileSync(WEIGHTS_FILE, src);
  process.stdout.write(`trained on ${docs.length} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s; wrote ${path.relative(ROOT, WEIGHTS_FILE)} (${src.length} bytes)\n`);
}

if (require.main === module) main();
