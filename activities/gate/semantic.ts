// The gate's semantic second opinion: every instance of a document (a line; long lines as sentences and
// sentence pairs, the same instances as the hashed-feature classifier) is embedded by a sentence embedder
// (embedder.ts) and scored by a logistic-regression head trained on the tuning data (bench/gate-semantic-train.ts,
// weights in semantic-weights.ts). The document's score is its most injection-like instance's. Paraphrases of an
// attack land near it in embedding space where the words differ, which is what the rules and the hashed features
// miss on new data. Pure given the embedder: the same text gives the same score.
import { instanceSpans, normalizeInstance } from './classifier-features';
import type { SentenceEmbedder } from './embedder';
import { SEMANTIC_HEAD } from './semantic-weights';

export interface SemanticHead {
  w: readonly number[];
  b: number;
  /** Verdict threshold on the probability. */
  threshold: number;
}

export interface SemanticScore {
  probability: number;
  /** The most injection-like instance. */
  span: [number, number];
}

/** The instance texts the head reads (normalized: NFKC, zero-width and look-alike letters folded, lower case). */
export function semanticInstances(text: string): { span: [number, number]; text: string }[] {
  const seen = new Set<string>();
  const out: { span: [number, number]; text: string }[] = [];
  for (const span of instanceSpans(text)) {
    const t = normalizeInstance(text.slice(span[0], span[1])).text.replace(/\s+/g, ' ').trim();
    if (t.length < 8 || seen.has(t)) continue;
    seen.add(t);
    out.push({ span, text: t });
  }
  return out;
}

export function headProbability(head: SemanticHead, v: Float32Array): number {
  let z = head.b;
  for (let i = 0; i < v.length; i++) z += head.w[i]! * v[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The document's semantic score (0 for a document without a readable instance). */
export async function semanticScore(text: string, embedder: SentenceEmbedder, head: SemanticHead = SEMANTIC_HEAD, deadline?: number): Promise<SemanticScore> {
  const inst = semanticInstances(text);
  if (!inst.length) return { probability: 0, span: [0, 0] };
  const vs = await embedder.embed(inst.map((i) => i.text), deadline === undefined ? {} : { deadline });
  let best = { probability: -1, span: [0, 0] as [number, number] };
  vs.forEach((v, i) => {
    const p = headProbability(head, v);
    if (p > best.probability) best = { probability: p, span: inst[i]!.span };
  });
  return { probability: Math.round(best.probability * 1e6) / 1e6, span: best.span };
}
