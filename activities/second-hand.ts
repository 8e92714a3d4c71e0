// Second-hand text: lines a chart says someone else supplied ("Letter received from ...", "Record copied in by ...",
// "pasted in"). The tampered charts that pass the fact guard are mostly statements, not instructions, and most of them
// come in such lines; a fact that changes when they are cut rests on text the chart's author did not write, so the
// case goes to review (a person reads the source) instead of being decided on it. Relatives as a source are left out:
// a bed partner's account of witnessed apnoeas is the sleep history itself.
// Measured before it shipped (npx tsx bench/attribution-probe.ts --facts): 26 of the 62 automatic decisions over
// tamper-blind-11..30 that were the injection's doing, and 20 of 5,534 clean automatic decisions (0.36%).

const SOURCE_DOC = String.raw`(?:letter|message|e-?mail|statement|note|record|report|log|export|certificate|receipt|telegram|card|list|profile|download|printout|transcript|voicemail|text|chat|post|recap|extract|entry|sheet|ledger|declaration|notice|circular|memo|results?|copy|header|page|summary|feed|upload|form|survey|return|query|response|ruling|finding)`;
const HANDED = String.raw`(?:from|received|sent|supplied|copied|pasted|forwarded|left|added|handed|brought|uploaded|shared|attached|scanned|written|taken|provided|relayed|passed)`;
/** A line that opens (within its first 120 characters) with an attribution to a document someone else supplied. */
const ATTRIBUTED = new RegExp(String.raw`^[^\n]{0,120}?(?:\b${SOURCE_DOC}s?\b[^\n.:]{0,60}?\b${HANDED}\b|\b(?:pasted|copied|added|scanned)\s+(?:in|on|into)\b)`, 'i');

/** The spans of the attributed lines. */
export function secondHandSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^\n]+/g)) if (ATTRIBUTED.test(m[0])) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** What the check compares of an extraction: the facts and which were found. */
export interface ReadFacts {
  facts: unknown;
  found: unknown;
}

/**
 * Whether the facts read from `text` change when its second-hand lines are cut: `extract` is the same extractor, run
 * again on the cut text. False when the text has no such line.
 */
export function factsRestOnSecondHand(text: string, read: ReadFacts, extract: (text: string) => ReadFacts): boolean {
  const cut = withoutSecondHand(text);
  return cut !== undefined && !sameReading(read, extract(cut));
}

/** Whether two extractions read the same facts (values and found flags). */
export function sameReading(a: ReadFacts, b: ReadFacts): boolean {
  return JSON.stringify([a.facts, a.found]) === JSON.stringify([b.facts, b.found]);
}

/** The review finding's description: the family and span only, never the text. */
export const SECOND_HAND_MESSAGE = 'facts change when a line the chart says someone else supplied is left out: a person confirms that source';

/** The text with the attributed lines (`spans`, by default found here) blanked, offsets kept; undefined when there are none. */
export function withoutSecondHand(text: string, spans: ReadonlyArray<[number, number]> = secondHandSpans(text)): string | undefined {
  if (!spans.length) return undefined;
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
