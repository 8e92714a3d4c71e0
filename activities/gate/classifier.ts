// The input gate's local classifier: a second opinion beside the rules (injection.ts).
//
// Logistic regression over hashed word/bigram/character-4-gram features of each line or sentence of a document
// (classifier-features.ts); the document probability is that of its most injection-like instance. Weights are
// in classifier-weights.ts, trained in this repo by bench/gate-classifier-train.ts on tuning data only (seeded,
// reproducible with --check). Pure TypeScript: no model download, no native code, no Node built-ins, no I/O.
//
// How it joins the rules was chosen on tuning data by bench/gate-classifier-select.ts (historical rules on data
// they were not tuned on + carrier-grouped cross-validation): rules OR probability >= CLASSIFIER_THRESHOLD.
// Round 14 lowered the threshold from 0.9 to 0.85 on out-of-fold scores of training data only (leave one new
// writer's file out over blind-11, blind-12 and gate-train-13a..d): the classifier alone went from 41.8% to 51.5% of
// the held-out injections with no false positive on their 1,420 clean documents at either threshold; 0.8 added 8.
// Round 15 retrained on 31 project files (11,891 documents with BIPIA and NotInject). Leaving out each of the six
// round-15 writers in turn (`npx tsx bench/gate-classifier-loo.ts`, about 9 minutes), 0.85 caught 52.9% of their
// 1,080 injections with 3 false positives on their 1,320 clean documents, 0.8 60.2% with 3, 0.75 65.6% with 5, 0.7
// 68.7% with 5, 0.65 71.3% with 7. The rule first fixed (lowest threshold at <= 0.5% there) gave 0.7, but on other
// clean text 0.7 cost far more (BIPIA e-mail train 2% -> 10% FPR, NotInject 10.6% -> 11.5%, and BIPIA test 0% -> 6%,
// which was seen); 0.8 adds no false positive on BIPIA train and one on the clinical tuning sets, so 0.8.

import { decodeBase64 } from './base64';
import { FEATURE_DIM, featureValue, instanceSpans, uniqueBuckets } from './classifier-features';
import { BIAS, SCALE, WEIGHTS_B64 } from './classifier-weights';

/** Probability at or above which the classifier flags a document on its own. */
export const CLASSIFIER_THRESHOLD = 0.8;

export interface ClassifierResult {
  /** Probability that the document holds an injection (its most injection-like instance). */
  probability: number;
  /** [start, end) of that instance in the caller's text (never quoted in findings). */
  span: [number, number];
}

let weights: Float32Array | undefined;

/** Decodes the int8 weights once (base64.ts, so the gate stays free of Node built-ins). */
function loadWeights(): Float32Array {
  if (weights) return weights;
  const bytes = decodeBase64(WEIGHTS_B64) ?? '';
  if (bytes.length < FEATURE_DIM) throw new Error(`classifier weights: expected ${FEATURE_DIM} buckets, decoded ${bytes.length}`);
  const w = new Float32Array(FEATURE_DIM);
  for (let k = 0; k < FEATURE_DIM; k++) {
    const byte = bytes.charCodeAt(k);
    w[k] = (byte > 127 ? byte - 256 : byte) * SCALE;
  }
  weights = w;
  return w;
}

const BLOB = /^\s*([A-Za-z0-9+/]{16,}={0,2})\s*$/;

/**
 * What the classifier reads of an instance. A line that is one base64 blob is read as what it decodes to (nothing,
 * when that is binary): the hashed features of the blob's own letters are noise, and the training data's encoded
 * injections taught them to look like an attack (gate-blind-21: ten e-mail attachments' base64 lines scored above
 * the threshold). The rules decode and rescan blobs too (injection.ts), so a payload is still read as text.
 */
export function classifierReading(instance: string): string | undefined {
  const m = BLOB.exec(instance);
  if (!m || !/[A-Z]/.test(m[1]!) || !/[a-z]/.test(m[1]!) || !/\d|[+/]/.test(m[1]!)) return instance;
  const d = decodeBase64(m[1]!);
  if (d === undefined) return instance;
  return /^[\x20-\x7E\n\r\t]*$/.test(d) && /[a-z]{3,}/i.test(d) ? d : undefined;
}

/** Scores a document. Deterministic; ~1 ms for a 20k-character chart. */
export function classifyInjection(text: string): ClassifierResult {
  const w = loadWeights();
  let best = -Infinity;
  let span: [number, number] = [0, 0];
  for (const sp of instanceSpans(text)) {
    const reading = classifierReading(text.slice(sp[0], sp[1]));
    if (reading === undefined) continue;
    const { buf, n } = uniqueBuckets(reading);
    const v = featureValue(n);
    let z = BIAS;
    for (let i = 0; i < n; i++) z += w[buf[i]] * v;
    if (z > best) {
      best = z;
      span = sp;
    }
  }
  const probability = best === -Infinity ? 0 : 1 / (1 + Math.exp(-best));
  return { probability, span };
}

/** The gate's combination: the rules' verdict, or the classifier at or above its threshold. */
export function combinedVerdict(rulesFlag: boolean, probability: number): boolean {
  return rulesFlag || probability >= CLASSIFIER_THRESHOLD;
}
