// Grouped cross-validation of the gate classifier on the TUNING data only (never on a blind set).
//
//   npx tsx bench/gate-classifier-cv.ts [--folds 5] [--posWeight 8] [--epochs 12] [--rounds 3] [--l2 1e-6] [--lr 0.3]
//
// Folds are assigned by group (carrier of a tune-5/6 row, row of the clinical-tune sets, BIPIA attack, NotInject
// block), so a carrier is never in both the training and the held-out part of a fold. Prints out-of-fold AUC and
// recall at fixed false-positive rates on the clean clinical documents; returns the out-of-fold probabilities to
// bench/gate-classifier-select.ts.

import { DEFAULT_PARAMS, docProb, featurize, trainModel, trainingDocs, type Doc, type Featurized, type TrainParams } from './gate-classifier-train';

export function foldOf(group: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % folds;
}

export interface Oof {
  doc: Doc;
  p: number;
}

/** Out-of-fold probabilities for `data` (trained on the other folds of `data` plus `extra`, which is never scored). */
export function outOfFold(data: Featurized[], params: TrainParams, folds: number, extra: Featurized[] = []): Oof[] {
  const out: Oof[] = new Array(data.length);
  for (let k = 0; k < folds; k++) {
    const train = [...data.filter((d) => foldOf(d.doc.group, folds) !== k), ...extra];
    const model = trainModel(train, params);
    data.forEach((d, i) => {
      if (foldOf(d.doc.group, folds) === k) out[i] = { doc: d.doc, p: docProb(model, d.xs) };
    });
  }
  return out;
}

export function auc(pos: number[], neg: number[]): number {
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? s / (pos.length * neg.length) : NaN;
}

/** Threshold with at most `fpr` of `neg` at or above it, and the recall of `pos` there. */
export function recallAtFpr(pos: number[], neg: number[], fpr: number): { threshold: number; recall: number; fp: number } {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * sorted.length);
  const threshold = allowed < sorted.length ? sorted[allowed] + 1e-9 : 0;
  return { threshold, recall: pos.filter((p) => p >= threshold).length / Math.max(1, pos.length), fp: neg.filter((n) => n >= threshold).length };
}

function argNum(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

export function main(): void {
  const params: TrainParams = {
    ...DEFAULT_PARAMS,
    posWeight: argNum('posWeight', DEFAULT_PARAMS.posWeight),
    epochs: argNum('epochs', DEFAULT_PARAMS.epochs),
    rounds: argNum('rounds', DEFAULT_PARAMS.rounds),
    l2: argNum('l2', DEFAULT_PARAMS.l2),
    lr: argNum('lr', DEFAULT_PARAMS.lr),
    bags: argNum('bags', DEFAULT_PARAMS.bags),
  };
  const folds = argNum('folds', 5);
  const t0 = Date.now();
  const data = featurize(trainingDocs());
  const oof = outOfFold(data, params, folds);
  const clinical = oof.filter((o) => o.doc.source.startsWith('bench') && o.doc.family !== 'general-prompt');
  const pos = clinical.filter((o) => o.doc.label).map((o) => o.p);
  const neg = clinical.filter((o) => !o.doc.label).map((o) => o.p);
  const ni = oof.filter((o) => o.doc.source.includes('notinject')).map((o) => o.p);
  process.stdout.write(`params ${JSON.stringify(params)} folds ${folds} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  process.stdout.write(`clinical tuning docs: ${pos.length} injected, ${neg.length} clean; AUC ${auc(pos, neg).toFixed(4)}\n`);
  for (const f of [0, 0.005, 0.01, 0.02]) {
    const r = recallAtFpr(pos, neg, f);
    process.stdout.write(`  FPR <= ${(f * 100).toFixed(1)}%: threshold ${r.threshold.toFixed(4)} recall ${(r.recall * 100).toFixed(1)}% (FP ${r.fp}); NotInject FP at that threshold ${ni.filter((p) => p >= r.threshold).length}/${ni.length}\n`);
  }
  const fams = new Map<string, number[]>();
  for (const o of clinical.filter((c) => c.doc.label)) {
    const f = (o.doc.family ?? 'other').split('@')[0];
    fams.set(f, [...(fams.get(f) ?? []), o.p]);
  }
  const t01 = recallAtFpr(pos, neg, 0.01).threshold;
  for (const [f, ps] of [...fams].sort((a, b) => b[1].length - a[1].length).slice(0, 12)) {
    process.stdout.write(`    ${f}: ${ps.filter((p) => p >= t01).length}/${ps.length} at the 1% threshold\n`);
  }
}

if (require.main === module) main();
