// Gate round 33: hidden text, read by the fact guard's directive reader (templates/bounded-decision/kit/directives.ts),
// as an injection by itself. Chosen on gate-blind-16..21 and the training sets (never on gate-blind-22 or -23, which
// were then measured once: reports/gate-blind-2N.after-round-33.md).
//
// A span the reader finds obfuscated, written by a device no clinical writer uses (Braille, turned, small-capital,
// superscript or circled letters, Zalgo marks, a code of bare numbers, the NATO alphabet, one letter per line), is
// an injection: a clinical chart has no reason to hide words from its reader. The reader's other obfuscation signals
// (look-alike letters, leetspeak, spacing, ciphers) fire on identifiers and foreign names in clean charts (about 50
// of the 10,051 clean training documents) and stay with the fact guard, which sends such a chart to review anyway.
// Round 33 also tried a lower corroboration band (p >= 0.3 for the directive families specific in clinical text):
// +84 injected documents but +28 clean ones over the same data, so it was left out.
import type { DirectiveFamily, DirectiveFinding } from '../../templates/bounded-decision/kit/directives';

export const HIDDEN_TEXT_FAMILY: DirectiveFamily = 'obfuscated-text';

/**
 * Letters no clinical text is written in: Braille cells, turned (IPA) letters, small capitals and superscript
 * letters, circled / parenthesised / mathematical letters, and strike-through or "Zalgo" combining marks. Fullwidth
 * letters, Greek and Vietnamese letters, soft hyphens and zero-width breaks are not here: the gate's normalization
 * reads them, and clinical text uses them (a "Rx only" label, "μg", a patient's words).
 */
const EXOTIC_LETTER = /[\u2801-\u28ff\u0250-\u02af\u1d00-\u1dbf\u2c71-\u2c7f\ua7f0-\ua7ff\u249c-\u24e9\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}\u0300-\u036f]/gu;
/** A run of bare numbers (letters as numbers: A1Z26, keypad presses, character codes), nothing else. */
const NUMBER_CODE = /^[\d\s\-/,.|:]+$/;
const NATO_WORDS = /\b(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet+|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|x-?ray|yankee|zulu)\b/gi;

/**
 * Whether a span the directive reader calls obfuscated hides text by a device no clinical writer uses: exotic
 * letters (three or more), a code of bare numbers, a word spelled in the NATO alphabet, or letters stacked one per
 * line. Identifiers that mix letters and digits (UUIDs, reference codes, hex dumps), letter-spaced headings, dotted
 * abbreviations and foreign sentences are the reader's false alarms in clinical text and do not count here.
 */
export function isHiddenText(spanText: string): boolean {
  const t = spanText.trim();
  if ((t.match(EXOTIC_LETTER) ?? []).length >= 3) return true;
  if (NUMBER_CODE.test(t) && (t.match(/\d+/g) ?? []).length >= 8) return true;
  if ((t.match(NATO_WORDS) ?? []).length >= 4) return true;
  const lines = t.split('\n');
  return lines.length >= 4 && lines.every((l) => /^\s*[A-Za-z]\s*$/.test(l));
}

/** The first span of hidden text among the reader's findings, if any. */
export function hiddenTextSpan(text: string, directives: readonly DirectiveFinding[]): [number, number] | undefined {
  const hit = directives.find((d) => d.family === HIDDEN_TEXT_FAMILY && isHiddenText(text.slice(d.span[0], d.span[1])));
  return hit ? [hit.span[0], hit.span[1]] : undefined;
}
