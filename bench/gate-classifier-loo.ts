// Leave one training writer of a round out (training data only, never a blind set): the hashed-feature classifier
// retrained without one of gate-train-<round>a..f, scored on that file, at several thresholds. Chose the round-15
// threshold (activities/gate/classifier.ts): the lowest whose pooled false-positive rate stays at or under 0.5%;
// round 16 checked it again on gate-train-16a..f.
//
//   npx tsx bench/gate-classifier-loo.ts [round] [a,b,c,d,e,f]      (round defaults to 15; about 90 s per file on 2 cores)
//   npx tsx bench/gate-classifier-loo.ts gate-blind-16.jsonl,gate-blind-17.jsonl   (named training files; round 18 checked its
//                                                                                   threshold on the retired blind sets it added)
import { DEFAULT_PARAMS, docProb, featurize, projectSet, trainModel, trainingDocs } from './gate-classifier-train';
const round = process.argv[2] ?? '15';
const files = round.includes('.jsonl') ? round.split(',') : (process.argv[3] ?? 'a,b,c,d,e,f').split(',').map((k) => `gate-train-${round}${k}.jsonl`);
const TH = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const tot = TH.map(() => ({ tp: 0, fp: 0 })); let P = 0, N = 0;
for (const f of files) {
  const m = trainModel(featurize(trainingDocs({ excludeFiles: [f] })), DEFAULT_PARAMS);
  const held = featurize(projectSet(f));
  const probs = held.map((h) => ({ p: docProb(m, h.xs), y: h.doc.label }));
  const pos = probs.filter((x) => x.y).length, neg = probs.length - pos; P += pos; N += neg;
  const row = TH.map((t, i) => { const tp = probs.filter((x) => x.y && x.p >= t).length, fp = probs.filter((x) => !x.y && x.p >= t).length; tot[i]!.tp += tp; tot[i]!.fp += fp; return `${t}:${tp}/${pos},fp${fp}`; });
  console.log(f, row.join('  '));
}
console.log('ALL', TH.map((t, i) => `${t}: ${(100 * tot[i]!.tp / P).toFixed(1)}% fp ${tot[i]!.fp}/${N}`).join('  '));
