// Text handling of the extraction kit: a document read once (folded text, sentences, directive sentences)
// and term matching that keeps character spans, so every fact can carry its evidence.
import { findDirectives, foldForMatching, inDirective, sentenceSpans, type DirectiveFinding } from './directives';

export type Span = [number, number];

/** A document prepared once for all readers. `folded` has the same length as `text`, so spans are shared. */
export interface Doc {
  text: string;
  folded: string;
  sentences: Span[];
  /** Sentences that instruct a reader; no fact value is taken from them. */
  directives: DirectiveFinding[];
}

/** Texts longer than this are read only up to it (inputs are limited by the spec well below). */
export const MAX_TEXT = 50_000;

export function prepareDoc(text: string, targets: readonly string[] = []): Doc {
  const t = typeof text === 'string' ? text.slice(0, MAX_TEXT) : '';
  const folded = foldForMatching(t).replace(/[‐-―−]/g, '-');
  // A correction to the record is still read: a fact it contradicts makes the reading uncertain ("stated and
  // denied"), which is right on its own; the fact guard sends such a text to review in any case.
  const directives = findDirectives(t, { targets }).filter((d) => d.family !== 'record-correction');
  return { text: t, folded, sentences: sentenceSpans(folded), directives };
}

/** A term found in the text: where, and in which sentence. */
export interface Mention {
  span: Span;
  sentence: Span;
}

/** Inflections of a word of five or more letters: "snoring" also matches "snores", "snore", "snorer"; "diabetes" "diabetic". */
function inflected(word: string): string {
  const m = /^([a-z]{4,}?)(?:ing|ed|es|er|s|e|ic)?$/.exec(word);
  if (!m || word.length < 5) return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const forms = `${british(m[1]!)}(?:e|es|s|ed|ing|er|ers|d|ic|ics)?`;
  return word.length >= 7 ? `(?:${forms}|${misspelled(word)})` : forms;
}

/**
 * A long word with any of its inner vowels miswritten ("diabetis", "mellitis", "diabeties"): charts are typed in
 * a hurry, and a vowel slip in a word of seven or more letters does not make another clinical word.
 */
function misspelled(word: string): string {
  // A run of vowels may also gain or lose one ("diabeties", "diabetis").
  return word[0] + word.slice(1).replace(/[aeiouy]+/g, (run) => `[aeiouy]{${Math.max(1, run.length - 1)},${run.length + 1}}`);
}

/** British and Australian spellings of a word stem ("programme", "haemoglobin", "oedema", "tumour", "centre", "-ise"). */
function british(stem: string): string {
  return stem
    .replace(/^(ha?)em/, 'ha?em')
    .replace(/^anem/, 'ana?em')
    .replace(/^edem/, 'o?edem')
    .replace(/^esoph/, 'o?esoph')
    .replace(/^ped(?=ia)/, 'pa?ed')
    .replace(/program$/, 'program(?:me)?')
    .replace(/([a-z]{3,})or$/, '$1(?:o|ou)r')
    .replace(/cent(?:er|re)$/, 'cent(?:er|re)')
    .replace(/iz$/, '[iz]');
}

/** A type or stage number is written in digits, roman numerals or words ("type 2", "type II", "type two"). */
const NUMBER_FORMS: Readonly<Record<string, string>> = { '1': '1|i|one', i: '1|i|one', one: '1|i|one', '2': '2|ii|two', ii: '2|ii|two', two: '2|ii|two', '3': '3|iii|three', iii: '3|iii|three', three: '3|iii|three' };

/** The digit form of a type number written any way ("ii" → "2", "two" → "2"): the first of NUMBER_FORMS' spellings. */
export function typeDigit(word: string): string {
  return NUMBER_FORMS[word]?.split('|')[0] ?? word;
}

function escapeTerm(term: string, gap = 0): string {
  const ws = term.toLowerCase().trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    // "type 2" also as "type2", "type ii", "type-two".
    if (w === 'type' && next !== undefined && NUMBER_FORMS[next]) {
      out.push(`type[\\s-]*(?:${NUMBER_FORMS[next]})`);
      i++;
      continue;
    }
    // An abbreviation with a type number ("dm2") also as "dm 2", "dm-ii", "dmii".
    const coded = /^([a-z]{2,})([123])$/.exec(w);
    if (coded) {
      out.push(`${coded[1]}[\\s-]?(?:${coded[2]}|${'i'.repeat(Number(coded[2]))})`);
      continue;
    }
    out.push(inflected(w));
  }
  // With a gap, up to that many words may stand between the term's words ("supervised 6-month diet program").
  return out.join(gap > 0 ? `(?:[\\s-]+[a-z0-9/'-]+){0,${gap}}[\\s-]+` : '[\\s-]+');
}

/**
 * The abbreviated forms of a typed condition of two or more words ("type 2 diabetes mellitus" → "dm2", "dm type 2",
 * "t2 dm"): the initials of its words with the type number, which a two-word phrase's initials alone are not.
 */
function typedAbbreviations(term: string): string[] {
  const m = /^type[\s-]*(\d|i{1,3}|one|two|three)\s+([a-z]+(?:\s+[a-z]+)+)$/.exec(term);
  if (!m) return [];
  const n = typeDigit(m[1]!);
  const initials = m[2]!.split(/\s+/).map((w) => w[0]).join('');
  return [`${initials}${n}`, `${initials} type ${n}`, `t${n} ${initials}`, `type ${n} ${initials}`];
}

/**
 * The clinical acronym of a phrase of three or more words ("epworth sleepiness scale" → "ess", "home sleep apnea
 * test" → "hsat", "type 2 diabetes mellitus" → "t2dm"); phrases of one or two words have none (too ambiguous).
 */
export function acronym(term: string): string | undefined {
  const words = term.split(/[\s-]+/).filter((w) => /^[a-z0-9]/.test(w));
  if (words.length < 3) return undefined;
  return words.map((w) => (/^\d+$/.test(w) ? w : w[0])).join('');
}

/**
 * One pattern for a list of literal terms (longest first, so "type 2 diabetes" wins over "diabetes"). Terms
 * are escaped: no user regex syntax reaches the engine, so the pattern cannot backtrack catastrophically.
 */
export function termPattern(terms: readonly string[], gap = 0): RegExp | undefined {
  const lowered = terms.map((t) => String(t).toLowerCase().trim()).filter((t) => t.length > 0);
  const list = [...new Set([...lowered, ...lowered.map(acronym).filter((a): a is string => a !== undefined), ...lowered.flatMap(typedAbbreviations)])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!list.length) return undefined;
  // "type 2 diabetes" is also written "diabetes, type 2", "diabetic (type 2)", "diabetes mellitus type 2".
  const inverted = list.flatMap((t) => {
    const m = /^type[\s-]*(\d|i{1,3}|one|two)\s+(.+)$/.exec(t);
    return m ? [`${escapeTerm(m[2]!)}(?:[\\s-]+[a-z]+)?[\\s,(:\\-]+type[\\s-]*(?:${NUMBER_FORMS[m[1]!] ?? m[1]})`] : [];
  });
  // Not the second half of a compound with a prefix that changes its meaning ("pre-dm", "non-diabetic",
  // "anti-diabetic": another concept than "dm" or "diabetic").
  return new RegExp(`(?<![a-z0-9])(?<!(?:^|[^a-z])(?:pre|non|anti|pseudo)-?)(?:${[...inverted, ...list.map((t) => escapeTerm(t, gap))].join('|')})(?![a-z0-9])`, 'g');
}

/** The line of the text that holds position `pos` (without its line break). */
export function lineOf(doc: Doc, pos: number): Span {
  const end = doc.folded.indexOf('\n', pos);
  return [doc.folded.lastIndexOf('\n', pos - 1) + 1, end < 0 ? doc.folded.length : end];
}

export function sentenceOf(doc: Doc, pos: number): Span {
  for (const s of doc.sentences) if (s[0] <= pos && pos < s[1]) return s;
  return [pos, pos];
}

/** Every mention of the terms outside directive sentences, in text order. */
export function findTerms(doc: Doc, terms: readonly string[], gap = 0): Mention[] {
  const re = termPattern(terms, gap);
  if (!re) return [];
  const out: Mention[] = [];
  for (const m of doc.folded.matchAll(re)) {
    const start = m.index ?? 0;
    const span: Span = [start, start + m[0].length];
    if (inDirective(span, doc.directives)) continue;
    out.push({ span, sentence: sentenceOf(doc, start) });
  }
  return out;
}

/** Whether two spans overlap. */
export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
