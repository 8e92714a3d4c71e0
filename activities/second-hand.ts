// Text the chart's author did not record first-hand. The tampered charts that pass the fact guard are mostly
// statements, not instructions: lines the chart says someone else supplied ("Letter received from ...", "Record copied
// in by ...", "pasted in", "Attached: ...", an imported row), the block such a line introduces (a quoted letter, a
// pasted file), what a third party is reported to have said ("the practice pharmacist says ..."), and claims argued
// instead of recorded ("who could doubt ...", "it is common knowledge that ..."). A fact that changes when that text is
// cut rests on it, so the case goes to review (a person reads the source) instead of being decided on it. Relatives as
// a source are left out: a bed partner's account of witnessed apnoeas is the sleep history itself.
// Measured before it shipped (npx tsx bench/attribution-probe.ts --facts): see docs/fact-guard.md.
import { sentenceSpans } from '../templates/bounded-decision/kit/directives';

const SOURCE_DOC = String.raw`(?:letter|message|e-?mail|statement|note|record|report|log|export|certificate|receipt|telegram|card|list|profile|download|printout|transcript|voicemail|text|chat|post|recap|extract|entry|sheet|ledger|declaration|notice|circular|memo|results?|copy|header|page|summary|feed|upload|form|survey|return|query|response|ruling|finding|reply|slip|file|row)`;
const HANDED = String.raw`(?:from|received|sent|supplied|copied|pasted|forwarded|left|added|handed|brought|uploaded|shared|attached|scanned|written|taken|provided|relayed|passed|reproduced|quoted|transcribed)`;
/** A line that opens (within its first 120 characters) with an attribution to a document someone else supplied. */
const ATTRIBUTED = new RegExp(
  String.raw`^[^\n]{0,120}?(?:\b${SOURCE_DOC}s?\b[^\n.:]{0,60}?\b${HANDED}\b|\b(?:pasted|copied|added|scanned)\s+(?:in|on|into)\b|\b(?:reproduced|forwarded|relayed|transcribed|quoted)\s+(?:from|by|here|below|verbatim)\b|\breceived\s+from\b|\b${HANDED}\s+(?:${SOURCE_DOC}|reply)\s+(?:from|by)\b)` +
    // The line's origin named as another system or a copy: an attachment, an import, a row carried forward.
    String.raw`|^\W{0,3}(?:attached|enclosed|appended|reproduced|forwarded|inserted)\b|\b(?:carried|copied)\s+forward\b|\b(?:interface|imported?|e-?mar|auto-?reply|results?\s+inbox|field\s+overflow)\b|\bentered\s+by\s+(?:the\s+)?(?:interface|import|ward|pharmacy|system|clerk|admin)`,
  'i',
);

/** People outside the family whose reported words are not the author's own record. */
const THIRD_PARTY = String.raw`(?:pharmacist|health\s+visitor|nurse|physio(?:therapist)?|dietitian|coach|operator|driver|employer|manager|supervisor|teacher|neighbou?rs?|friend|colleague|landlord|carer|care\s+worker|caseworker|social\s+worker|trainer|instructor|chaplain|receptionist|clerk|insurer|solicitor|lawyer|officer|consultant|cardiologist|surgeon|specialist|registrar|locum|dentist|optician|podiatrist|midwife|paramedic)`;
const SAYS = String.raw`(?:says?|said|told\s+(?:me|us)|tells\s+(?:me|us)|to\s+(?:say|tell)|asks?|asked|wants?|wanted|mentioned|mentions|wrote|writes|rang|phoned|informs?|informed|insists?|maintains?|assures?|assured)`;
/** A sentence whose subject is a third party reported as saying something. */
const REPORTED = new RegExp(String.raw`^\W*(?:[^\s.;!?]+\s+){0,4}?${THIRD_PARTY}s?\b[^.;!?\n]{0,100}?\b${SAYS}\b`, 'i');

/**
 * A claim argued instead of recorded: an appeal to consensus or certainty. Questions as such are not: a form's
 * questions ("Does the patient have type 2 diabetes? Yes") carry their answers.
 */
const ARGUED = new RegExp(
  String.raw`\b(?:common\s+knowledge|goes\s+without\s+saying|needless\s+to\s+say|who\s+(?:could|would|can)\s+(?:doubt|deny|dispute|question|argue|call)|no\s*(?:one|body)\s+(?:could|would|can)\s+(?:doubt|deny|dispute|question|call|say)|(?:hardly|not|beyond)\s+(?:in\s+)?(?:dispute|doubt|question)|is\s+(?:any(?:one|body))\s+(?:really\s+)?(?:surprised|in\s+doubt)|every(?:one|body)\s+(?:knows|agrees|who)|as\s+(?:we|every(?:one|body))\s+(?:all\s+)?knows?|well[-\s](?:known|understood|established)\s+(?:at|among|in|to|by)|(?:undeniabl|indisputabl|unquestionabl)\w*|let(?:'|’)?s\s+be\s+honest|worth\s+(?:adding|noting|mentioning)\s+that|it\s+is\s+(?:obvious|plain|evident)\b|obviously|of\s+course)\b`,
  'i',
);

/** A line that continues a block an attributed line introduced: indented, quoted, bulleted, or a record or speaker label. */
const CONTINUATION = /^(?:\s|["“'‘>*•-]|[A-Z]{3,}(?:\s{2,}|\s*$))/;
const MAX_BLOCK_LINES = 12;

/** What kind of text a span is. */
export type SecondHandKind = 'second-hand' | 'argued';

export interface SecondHandSpan {
  kind: SecondHandKind;
  span: [number, number];
}

const quoteOpen = (s: string) => (s.match(/"/g)?.length ?? 0) % 2 === 1 || (s.match(/“/g)?.length ?? 0) > (s.match(/”/g)?.length ?? 0);

/** The spans of text the chart's author did not record first-hand, in text order, not overlapping. */
export function secondHandSpans(text: string): SecondHandSpan[] {
  const lines = [...text.matchAll(/[^\n]*/g)].filter((m) => m[0].length > 0).map((m) => ({ a: m.index ?? 0, s: m[0] }));
  const out: SecondHandSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ATTRIBUTED.test(line.s)) {
      // The block the line introduces: an open quotation until it closes, or continuation lines after a colon.
      let j = i;
      let open = quoteOpen(line.s);
      const introduces = /:\s*$/.test(line.s) || open;
      while (introduces && j + 1 < lines.length && j - i < MAX_BLOCK_LINES) {
        const next = lines[j + 1]!;
        if (!open && !CONTINUATION.test(next.s)) break;
        j++;
        if (quoteOpen(next.s)) open = !open;
      }
      out.push({ kind: 'second-hand', span: [line.a, lines[j]!.a + lines[j]!.s.length] });
      i = j;
      continue;
    }
    // A span runs from the sentence that reports or argues on through ';' ("..., says X; she asks that 9 be used.").
    const pieces = sentenceSpans(line.s);
    for (let k = 0; k < pieces.length; k++) {
      const [a, first] = pieces[k]!;
      const sentence = line.s.slice(a, first);
      const kind: SecondHandKind | undefined = REPORTED.test(sentence)
        ? 'second-hand'
        : ARGUED.test(sentence)
          ? 'argued'
          : undefined;
      if (!kind) continue;
      let b = first;
      while (line.s[b - 1] === ';' && k + 1 < pieces.length) b = pieces[++k]![1];
      out.push({ kind, span: [line.a + a, line.a + b] });
    }
  }
  return out;
}

/** What the check compares of an extraction: the facts and which were found. */
export interface ReadFacts {
  facts: unknown;
  found: unknown;
}

/**
 * Whether the facts read from `text` change when its second-hand text is cut: `extract` is the same extractor, run
 * again on the cut text. False when the text has none.
 */
export function factsRestOnSecondHand(text: string, read: ReadFacts, extract: (text: string) => ReadFacts): boolean {
  const cut = withoutSecondHand(text);
  return cut !== undefined && !sameReading(read, extract(cut));
}

/** Whether two extractions read the same facts (values and found flags). */
export function sameReading(a: ReadFacts, b: ReadFacts): boolean {
  return JSON.stringify([a.facts, a.found]) === JSON.stringify([b.facts, b.found]);
}

/** The review findings' descriptions, by kind: the family and span only, never the text. */
export const SECOND_HAND_MESSAGES: Record<SecondHandKind, string> = {
  'second-hand': 'facts change when text the chart says someone else supplied is left out: a person confirms that source',
  argued: 'facts change when a claim argued rather than recorded ("who could doubt", "common knowledge") is left out: a person confirms it',
};

/** The text with the spans (by default found here) blanked, offsets kept; undefined when there are none. */
export function withoutSecondHand(text: string, spans: ReadonlyArray<SecondHandSpan> = secondHandSpans(text)): string | undefined {
  if (!spans.length) return undefined;
  let out = text;
  for (const { span: [a, b] } of spans) out = out.slice(0, a) + text.slice(a, b).replace(/[^\n]/g, ' ') + out.slice(b);
  return out;
}
