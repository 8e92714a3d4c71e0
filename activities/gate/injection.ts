// Prompt-injection detection for DOCUMENTS (indirect injection): clinical chart text, e-mails, web
// pages that will later be read by an extractor or an LLM. Pure, deterministic, no network.
//
// Pipeline: normalize (HTML entities, NFKC, zero-width and soft-hyphen chars, escaped "\n" line breaks,
// Cyrillic/Greek lookalikes folded word by word, letter-spaced / dotted / hyphenated letters collapsed
// ("I.G.N.O.R.E"), leetspeak, OCR- and hyphen-split trigger words rejoined) -> the broad rule families of
// families.ts (override, dictate, addressee, persona, output, hypothetical, prompt-leak, markup, obfuscation)
// -> the round-3 addressee families (addressee.ts) -> the rules kept from rounds 1-4 below (language-specific
// overrides, BIPIA-style output manipulation, reader directives, exfiltration links, repeated tokens) ->
// embedded general-purpose task requests -> decode base64 / hex / binary / percent-encoded / ROT13 / reversed
// text and rescan it -> noisy-OR over the strongest finding of each rule -> flag when score >=
// INJECTION_THRESHOLD. A family finding over de-obfuscated characters adds an obfuscation finding.
//
// Messages describe the rule only; they never quote the document (it may hold PHI).

import type { GateFinding } from '../../contract/bounded-decision';
import { familyFindings } from './addressee';
import { decodeBase64 } from './base64';
import { broadFindings, clericalCorrection, clinicalObjectAfter, sentenceFamilyFindings } from './families';

// ================================================================ normalization
// Every transform keeps a map from each output character back to the offset of the original
// character it came from, so findings report spans in the caller's text. Characters produced by
// undoing an obfuscation (zero-width chars inside a word, homoglyphs, letter-spaced words, leetspeak,
// numeric entities) are flagged in `obf`.

export interface NormText {
  /** Normalized text. */
  text: string;
  /** map[i] = offset in the original text of normalized char i; map[text.length] = original length. */
  map: number[];
  /** obf[i] = true when normalized char i was produced by undoing an obfuscation. */
  obf: boolean[];
}

const ZERO_WIDTH = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u034F\u061C]/;

/** Common Cyrillic/Greek/other lookalikes of Latin letters. */
const HOMOGLYPHS: Record<string, string> = {
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u04BB': 'h', '\u0501': 'd', '\u051B': 'q', '\u051D': 'w',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041A': 'K', '\u041C': 'M', '\u041D': 'H', '\u041E': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0406': 'I', '\u0408': 'J', '\u0405': 'S',
  '\u03B1': 'a', '\u03BF': 'o', '\u03B5': 'e', '\u03B9': 'i', '\u03BA': 'k', '\u03BD': 'v', '\u03C1': 'p',
  '\u03C4': 't', '\u03C5': 'u', '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H',
  '\u0399': 'I', '\u039A': 'K', '\u039C': 'M', '\u039D': 'N', '\u039F': 'O', '\u03A1': 'P', '\u03A4': 'T',
  '\u03A5': 'Y', '\u03A7': 'X', '\u0261': 'g', '\u0269': 'i', '\u026A': 'i', '\u1D00': 'a',
};

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'",
};

class Builder {
  chars: string[] = [];
  map: number[] = [];
  obf: boolean[] = [];
  push(s: string, orig: number, obf: boolean): void {
    for (const ch of s) {
      // Keep one JS char per entry: split astral code points into their surrogate halves.
      for (let k = 0; k < ch.length; k++) {
        this.chars.push(ch[k]);
        this.map.push(orig);
        this.obf.push(obf);
      }
    }
  }
  done(origLength: number): NormText {
    return { text: this.chars.join(''), map: [...this.map, origLength], obf: this.obf };
  }
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Step 1: decode HTML entities, NFKC, strip zero-width chars, fold homoglyphs. */
function basicPass(input: string): NormText {
  const b = new Builder();
  const lookalikes = lookalikeIndexes(input);
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '&') {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/.exec(input.slice(i, i + 12));
      if (m) {
        const body = m[1];
        let decoded: string | undefined;
        if (body.startsWith('#x') || body.startsWith('#X')) decoded = safeFromCodePoint(parseInt(body.slice(2), 16));
        else if (body.startsWith('#')) decoded = safeFromCodePoint(parseInt(body.slice(1), 10));
        else decoded = NAMED_ENTITIES[body.toLowerCase()];
        if (decoded !== undefined) {
          b.push(decoded.normalize('NFKC'), i, body.startsWith('#'));
          i += m[0].length;
          continue;
        }
      }
    }
    // Escaped quotes of JSON held inside a JSON string ({\"role\": \"system\"}) read as quotes.
    if (ch === '\\' && input[i + 1] === '"') {
      b.push('"', i, false);
      i += 2;
      continue;
    }
    // Escaped line breaks of JSON / log exports ("...\\n---\\nNEW SESSION") read as line breaks.
    if (ch === '\\' && (input[i + 1] === 'n' || input[i + 1] === 'r') && input[i - 1] !== '\\' && !/[a-z]/.test(input[i + 2] ?? '')) {
      b.push('\n', i, false);
      i += 2;
      continue;
    }
    const cp = input.codePointAt(i) ?? 0;
    const c = String.fromCodePoint(cp);
    const width = c.length;
    if (ZERO_WIDTH.test(c)) {
      i += width;
      continue;
    }
    if (cp >= 0xe0000 && cp <= 0xe007f) {
      // Unicode tag characters: invisible ASCII ("ASCII smuggling"). Decode the printable ones.
      if (cp >= 0xe0020 && cp <= 0xe007e) {
        // A hidden run glued to a visible word starts a new word.
        if (b.chars.length && /[\p{L}\p{N}]/u.test(b.chars[b.chars.length - 1]) && !(i >= 2 && input.codePointAt(i - 2)! >= 0xe0000)) b.push(' ', i, true);
        b.push(String.fromCharCode(cp - 0xe0000), i, true);
      }
      i += width;
      continue;
    }
    const homo = HOMOGLYPHS[c];
    if (homo !== undefined && lookalikes.has(i)) {
      b.push(homo, i, true);
      i += width;
      continue;
    }
    const n = c.normalize('NFKC');
    // Fullwidth / mathematical letters folded by NFKC count as obfuscation when they were letters.
    b.push(n, i, n !== c && /[A-Za-z]/.test(n) && cp > 0x2000);
    i += width;
  }
  return b.done(input.length);
}

/**
 * Indexes of Cyrillic/Greek lookalikes to fold into Latin: every lookalike inside a word that also holds a Latin
 * letter ("Іgnоrе"), and words made only of lookalikes on a line written mostly in Latin ("уоur" in an English
 * sentence). Words of real Cyrillic or Greek text (other letters, or a line mostly in that script) are kept.
 */
function lookalikeIndexes(input: string): Set<number> {
  const out = new Set<number>();
  const word = /[\p{L}\u200B-\u200F\u2060\u00AD]+/gu;
  let m: RegExpExecArray | null;
  while ((m = word.exec(input)) !== null) {
    const w = m[0];
    let latin = 0, homo = 0, other = 0;
    for (const ch of w) {
      if (/[A-Za-z]/.test(ch)) latin++;
      else if (HOMOGLYPHS[ch] !== undefined) homo++;
      else if (/\p{L}/u.test(ch)) other++;
    }
    if (homo === 0 || other > 0) continue;
    let fold = latin > 0;
    if (!fold) {
      const ls = input.lastIndexOf('\n', m.index) + 1;
      const le = input.indexOf('\n', m.index);
      const line = input.slice(ls, le < 0 ? input.length : le);
      const lat = (line.match(/[A-Za-z]/g) ?? []).length;
      const non = (line.match(/[\u0370-\u03FF\u0400-\u04FF]/g) ?? []).length;
      // The line's other words must be Latin or lookalike-only too (a mixed attack line, not a Russian sentence).
      const realCyr = line.match(/[\u0370-\u03FF\u0400-\u04FF]+/g)?.some((x) => [...x].some((ch) => HOMOGLYPHS[ch] === undefined)) ?? false;
      fold = lat > non && !realCyr;
    }
    if (!fold) continue;
    for (let k = 0; k < w.length; k++) if (HOMOGLYPHS[w[k]] !== undefined) out.add(m.index + k);
  }
  return out;
}

function safeFromCodePoint(cp: number): string | undefined {
  if (!Number.isFinite(cp) || cp < 0 || cp > 0x10ffff) return undefined;
  try {
    return String.fromCodePoint(cp);
  } catch {
    return undefined;
  }
}

/** Marks zero-width characters that sat inside a word as obfuscation on the neighbouring chars. */
function zeroWidthInsideWords(input: string): number[] {
  const hits: number[] = [];
  for (let i = 1; i < input.length - 1; i++) {
    if (ZERO_WIDTH.test(input[i]) && isLetter(input[i - 1])) hits.push(i);
  }
  return hits;
}

/**
 * Step 2: collapse letter-spaced, dotted or hyphenated words ("i g n o r e", "I.G.N.O.R.E.", "A-P-P-R-O-V-E") into
 * words; needs 4+ single letters. The run's most common separator joins letters; a different, wider one
 * ("   " between spaced words, ". " between dotted words) separates words. Short initialisms ("U.S.", "p.r.n.",
 * "b.i.d.") stay as they are.
 */
function collapseSpaced(n: NormText): NormText {
  const re = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_*·]{1,3}\p{L}){3,}(?![\p{L}\p{N}])\.?/gu;
  const b = new Builder();
  let last = 0;
  let m: RegExpExecArray | null;
  const t = n.text;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      b.chars.push(t[k]);
      b.map.push(n.map[k]);
      b.obf.push(n.obf[k]);
    }
  };
  while ((m = re.exec(t)) !== null) {
    let seg = m[0];
    const letters = seg.replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const seps = seg.replace(/\.$/, '').split(/\p{L}/u).slice(1, -1);
    const count = new Map<string, number>();
    for (const sp of seps) count.set(sp, (count.get(sp) ?? 0) + 1);
    const dominant = [...count.entries()].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length)[0][0];
    // A trailing dot belongs to a dotted run ("I.G.N.O.R.E."), not to the sentence.
    const dropTrailingDot = dominant === '.' && seg.endsWith('.');
    if (!dropTrailingDot && seg.endsWith('.')) seg = seg.slice(0, -1);
    copy(last, m.index);
    let k = m.index;
    const end = m.index + seg.length;
    while (k < end) {
      const ch = t[k];
      if (/\p{L}/u.test(ch)) {
        b.chars.push(ch);
        b.map.push(n.map[k]);
        b.obf.push(true);
        k++;
        continue;
      }
      let j = k;
      while (j < end && !/\p{L}/u.test(t[j])) j++;
      const sep = t.slice(k, j);
      if (j < end && sep !== dominant) {
        b.chars.push(' ');
        b.map.push(n.map[k]);
        b.obf.push(true);
      }
      k = j;
    }
    last = end;
    re.lastIndex = end;
  }
  copy(last, t.length);
  return { text: b.chars.join(''), map: [...b.map, n.map[n.map.length - 1]], obf: b.obf };
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' };

const LEET_SHORT_WORDS = new Set(['all', 'the', 'and', 'any', 'you', 'for', 'are', 'not', 'its', 'set']);

/** Step 3 (length preserving): undo leetspeak inside tokens that mix letters with leet symbols. */
function unLeet(n: NormText): NormText {
  const chars = n.text.split('');
  const obf = n.obf.slice();
  const re = /[A-Za-z0-9@$!|]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(n.text)) !== null) {
    const tok = m[0];
    const letters = (tok.match(/[A-Za-z]/g) ?? []).length;
    const leet = (tok.match(/[0134578@$!|]/g) ?? []).length;
    if (letters < 2 || leet === 0) continue;
    if (tok.length < 4) {
      // Short tokens only when they spell a common function word (4ll, th3, 4nd, y0u): codes like A1c stay.
      const plain = tok.replace(/[0134578@$!|]/g, (c) => LEET[c] ?? c).toLowerCase();
      if (!LEET_SHORT_WORDS.has(plain)) continue;
      for (let k = 0; k < tok.length; k++) {
        const r = LEET[tok[k]];
        if (r !== undefined) {
          chars[m.index + k] = r;
          obf[m.index + k] = true;
        }
      }
      continue;
    }
    // Leave ordinary alphanumeric codes alone (E11.9, A1c, 2x, mg/dL): need a leet char between letters.
    // "<|system|>" chat tokens keep their bars.
    if (/^\||\|$/.test(tok)) continue;
    if (!/[A-Za-z][0134578@$!|]+[A-Za-z]/.test(tok) && !/^[0134578@$!][A-Za-z]{2,}/.test(tok) && !/^[a-z]{2,}[013457]{1,3}$/.test(tok)) continue;
    for (let k = 0; k < tok.length; k++) {
      const r = LEET[tok[k]];
      if (r !== undefined) {
        chars[m.index + k] = r;
        obf[m.index + k] = true;
      }
    }
  }
  return { text: chars.join(''), map: n.map, obf };
}

/** Trigger words that OCR (or an attacker) may split with one space: "disre gard", "REV IEWER", "ap prove". */
const OCR_JOIN_WORDS = new Set([
  'ignore', 'disregard', 'approve', 'approved', 'approval', 'reviewer', 'reviewers', 'instruction', 'instructions',
  'override', 'assistant', 'system', 'eligible', 'criteria', 'automated', 'forget', 'bypass', 'previous',
  'policy', 'schema', 'prompt', 'guidelines', 'reveal',
]);

/** Step 5 (length preserving): rejoin a trigger word split by hyphens ("in-struc-tions", "ap-prove"); hyphens move after it. */
function joinHyphenBreaks(n: NormText): NormText {
  let text = n.text;
  const re = /(?<![\p{L}\p{N}-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}-])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const joined = m[0].replace(/-/g, '');
    if (!OCR_JOIN_WORDS.has(joined.toLowerCase())) continue;
    text = text.slice(0, m.index) + joined + ' '.repeat(m[0].length - joined.length) + text.slice(m.index + m[0].length);
  }
  return text === n.text ? n : { text, map: n.map, obf: n.obf };
}

/** Step 4 (length preserving): rejoin a word split by one space when the halves spell a trigger word; the space moves after it. */
function joinOcrBreaks(n: NormText): NormText {
  const re = /(?<![\p{L}\p{N}])(\p{L}{2,8}) (\p{L}{1,8})(?![\p{L}\p{N}])/gu;
  let text = n.text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const joined = (m[1] + m[2]).toLowerCase();
    if (!OCR_JOIN_WORDS.has(joined) || OCR_JOIN_WORDS.has(m[1].toLowerCase())) {
      re.lastIndex = m.index + m[1].length + 1;
      continue;
    }
    text = text.slice(0, m.index) + m[1] + m[2] + ' ' + text.slice(m.index + m[0].length);
  }
  return text === n.text ? n : { text, map: n.map, obf: n.obf };
}

export function normalizeForGate(input: string): NormText {
  const base = basicPass(input);
  // Zero-width chars inside words: flag the char following them.
  for (const zi of zeroWidthInsideWords(input)) {
    const idx = base.map.findIndex((o) => o > zi);
    if (idx >= 0 && idx < base.obf.length) base.obf[idx] = true;
  }
  return joinHyphenBreaks(joinOcrBreaks(unLeet(collapseSpaced(base))));
}

/** Maps a span of the normalized text back to original offsets. */
export function toOriginalSpan(n: NormText, start: number, end: number): [number, number] {
  const s = n.map[Math.max(0, Math.min(start, n.map.length - 1))];
  const lastIdx = Math.max(start, end - 1);
  const e = end > start ? n.map[Math.min(lastIdx, n.map.length - 1)] + 1 : s;
  return [s, Math.max(s, e)];
}

/** Whether any char of the normalized span was produced by undoing an obfuscation. */
export function spanHasObfuscation(n: NormText, start: number, end: number): boolean {
  for (let k = start; k < end && k < n.obf.length; k++) if (n.obf[k]) return true;
  return false;
}

// ================================================================ rules

export const INJECTION_THRESHOLD = 0.5;

export interface InjectionResult {
  injection: boolean;
  score: number;
  findings: GateFinding[];
}

interface PatternRule {
  rule: string;
  weight: number;
  message: string;
  re: RegExp;
  /** Optional veto: the match is ignored when this returns true (clinical phrasing). */
  veto?: (text: string, index: number, match: string) => boolean;
}

interface WeightedFinding extends GateFinding {
  weight: number;
}

// ---------------------------------------------------------------- vocabulary

const DET = String.raw`(?:(?:all|any|every|each|the|your|my|our|these|those|this|such|of|its|their)\s+){0,3}`;
const PRIOR = String.raw`(?:previous|prior|preceding|above|earlier|former|original|initial|existing|old|given|current|system|safety|security|default|foregoing|past|other|standing|built[- ]in)`;
/** Nouns that name an AI's instructions whatever the determiner. */
const INSTR = String.raw`(?:instructions?|instruct|prompts?|directives?|programming|guardrails?|system\s+messages?)`;
/** Generic nouns that name instructions only with a "previous/your/above" determiner. */
const WEAK_INSTR = String.raw`(?:rules?|guidelines?|polic(?:y|ies)|constraints?|commands?|context|training|restrictions?|orders?|requests?|messages?|tasks?|conversations?|settings?|filters?|limitations?|protocols?|text|input|content)`;
const PRIOR_STRICT = String.raw`(?:previous|prior|preceding|above|earlier|former|foregoing|original|initial|system|your|all\s+(?:of\s+)?(?:your|the|previous|prior|above))`;
const OVERRIDE_VERB = String.raw`(?:ignore|ignoring|disregard|disregarding|forget|forgetting|overrid(?:e|ing)|bypass|bypassing|neglect|overlook|abandon|discard|dismiss|skip|set\s+aside|throw\s+out|pay\s+no\s+attention\s+to|do\s+not\s+(?:follow|obey)|don'?t\s+(?:follow|obey|listen\s+to)|stop\s+following|no\s+longer\s+follow)`;
/** Imperative verbs that start an instruction about the reader's own reply. */
const OUT_VERBS = [
  'add', 'include', 'integrate', 'insert', 'append', 'prepend', 'modify', 'change', 'enhance', 'augment', 'use',
  'replace', 'provide', 'render', 'encode', 'encrypt', 'translate', 'write', 'express', 'reverse', 'convert',
  'substitute', 'shift', 'apply', 'scramble', 'jumble', 'group', 'combine', 'remove', 'introduce', 'misspell',
  'anagram', 'rearrange', 'format', 'end', 'begin', 'start', 'sign', 'put', 'embed', 'mention', 'make', 'invert',
  'present', 'deliver', 'give', 'state', 'restructure', 'rewrite', 'respond', 'reply', 'answer', 'display',
  'compose', 'generate', 'output', 'print', 'capitalize', 'capitalise', 'uppercase', 'lowercase', 'spell',
  'structure', 'wrap', 'prefix', 'suffix', 'finish', 'conclude', 'close', 'open', 'hide', 'conceal', 'promote',
  'highlight', 'stress', 'emphasize', 'emphasise', 'tease', 'hint', 'suggest', 'offer', 'share', 'recommend',
  'advertise', 'insert', 'inject', 'attach', 'link', 'direct', 'redirect', 'tell', 'inform', 'remind', 'ask',
];
/** Up to ~120 chars of the same sentence; dots inside tokens (example.com, 2.5) do not end it. */
const UPTO = String.raw`(?:"[^"\n]{0,120}"|\u201C[^\u201D\n]{0,120}\u201D|[^.!?\n]|[.!?](?=[^\s"'])){0,120}?`;
const OUTPUT_NOUN = String.raw`(?:response|responses|answer|answers|reply|replies|message|output|summary|completion|result)`;

// Patient-counselling context ("patient was told to ignore the old chart") lowers override hits.
function counsellingContext(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index).toLowerCase();
  return /\b(?:patient|pt|he|she|they|mother|father|parent|caregiver|family|wife|husband|member)\b[^.;\n]{0,30}(?:\b(?:was|were|is|are|been|get|got|being)\s+)?(?:told|advised|instructed|asked|counsel+ed|reminded|educated)\s+(?:to|not\s+to)\s*$/.test(
    before,
  );
}

/** Third-person narrative in another language ("la paciente refiere que ignora las indicaciones"). */
function foreignNarrativeContext(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 70), index);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(':')) + 1);
  return /(?:^|[\s,(])(?:(?:la|el|o|a|le|il|der|die|das)\s+)?(?:paciente|patient[ea]?|pacient[ea]?|paziente|usuari[oa]|ella|él|ele|ela|elle|il|er|sie|hij|zij|madre|padre|m[eè]re|p[eè]re|mutter|vater|hijo|hija|filho|filha|esposo|esposa|marido|mari|femme)\b[^.;:\n!?]{0,45}$/iu.test(sentence) &&
    !/\b(?:ia|ai|ki|asistente|assistente|assistant|modelo|mod[eè]le|sistema|syst[eè]me)\b/iu.test(sentence);
}

/** An English clause that shares a verb with French/Spanish ("Ignore page 2; it was sent in error"). */
function englishClause(text: string, index: number, match: string): boolean {
  if (!/^(?:ignore|dimentica|omite)\b/i.test(match)) return false;
  const clause = text.slice(index, index + match.length + 80).split(/[.!?\n]/)[0];
  return /\b(?:the|it|was|is|this|that|sent|error|and|of|to|in|please)\b/i.test(clause) && !/\b(?:les|la|le|des|vos|tes|las|los|el|todas|todos|anteriores|précédentes?|instrucciones|página)\b/i.test(clause);
}

/**
 * Patient instructions in another language ("olvide las instrucciones anteriores sobre la insulina; ahora use
 * 18 unidades"): the instructions being replaced are clinical ones when the sentence is about a medicine or dose
 * and names no AI.
 */
function foreignClinicalContext(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('\n', index - 1), 0);
  const endNl = text.indexOf('\n', index);
  const line = text.slice(start, endNl < 0 ? text.length : endNl);
  return /\b(?:insulina|insuline|insulin|dosis|dose|dosi|dosage|m[ée]dic[oa]|m[ée]decin|medico|medicamentos?|m[ée]dicaments?|farmaci|rem[ée]dios?|tabla|tabela|pastillas?|comprimidos?|metformina|metformine|unidades|unit[ée]s|dieta|di[èe]te|receta|ordonnance|ricetta|receita|inyecci[oó]n|injection|iniezione|az[uú]car|glucosa|glic[ée]mia)\b/iu.test(line) &&
    !/\b(?:ia|ai|ki|asistente|assistente|assistant|modelo|mod[eè]le|sistema|syst[eè]me|bot|llm)\b/iu.test(line);
}

const AI_SUBJECT = String.raw`(?:the\s+|any\s+|all\s+|an?\s+|every\s+)?(?:ai(?:\s+(?:assistant|model|system|reviewer|agent|summari[sz]er))?s?|assistants?|chat\s?bots?|bots?|language\s+models?|llms?|models?|summari[sz]ers?|summari[sz]ing\s+(?:assistant|model|tool|ai)|automated\s+(?:assistant|system|reviewer|agent)s?|reviewer\s+ai)`;
const DIRECTIVE_MODAL = String.raw`(?:should|must|shall|needs?\s+to|has\s+to|have\s+to|is\s+to|(?:is|are)\s+(?:required|instructed|expected|asked|supposed|told|directed)\s+to|will\s+now)\s+(?:always\s+|also\s+|only\s+|now\s+|first\s+)?`;
const READER_VERB = String.raw`(?:tell|say|state|claim|mention|include|add|append|write|respond|reply|answer|recommend|advise|ask|direct|output|print|insert|describe|report|send|forward|set|mark|return|ignore|disregard|reveal|refuse|warn|inform|remind|urge|convince|promote|praise|call|label)\b`;

/** What an instruction to the reader acts on: the user, this document, or the reader's own answer. */
const READER_TARGET = String.raw`\b(?:the\s+users?\b(?!\s+(?:interface|manual|guide|experience)\b)|users\b|the\s+reader\b|readers\b|(?:this|these)\s+(?:page|pages|e-?mails?|documents?|text|article|chart|message|content|post|review|note|notes|website|site|file|recipe|conversation|context)\b|(?:the|its|your|their)\s+(?:answer|answers|summary|summaries|response|responses|reply|replies|output|context)\b|every\s+(?:answer|question|response|summary|reply)\b|regardless\b|instead\b|from\s+now\s+on\b)`;
const READER_TARGET_RE = new RegExp(READER_TARGET, 'i');

/** The sentence holding a match (to the next sentence end). */
function sentenceAt(text: string, index: number, match: string): string {
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('?', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  const rest = text.slice(index + match.length);
  const end = rest.search(/[.!?\n](?=\s|$)/);
  return text.slice(start, index + match.length + (end < 0 ? rest.length : end + 1));
}

/** Whether the match sits in a question ("How should an AI assistant respond when ...?"). */
function inQuestion(text: string, index: number): boolean {
  const rest = text.slice(index);
  const end = rest.search(/[.!?\n](?=\s|$)/);
  if (end >= 0 && rest[end] === '?') return true;
  const start = Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('\n', index - 1), text.lastIndexOf('?', index - 1), text.lastIndexOf('!', index - 1)) + 1;
  return /^\s*(?:how|what|why|which|can|could|should|would|is|are|do|does)\b/i.test(text.slice(start, index)) && end < 0;
}

const PATTERN_RULES: PatternRule[] = [
  // ---- override-instructions
  {
    rule: 'override-instructions',
    weight: 0.9,
    message: 'Text asks the reader to ignore, forget or override prior instructions or policy.',
    re: new RegExp(
      String.raw`\b${OVERRIDE_VERB}\s+${DET}(?:${PRIOR}\s+)?(?:[\w-]+\s+)?${INSTR}\b|\b${OVERRIDE_VERB}\s+(?:all\s+|any\s+|the\s+|of\s+)*${PRIOR_STRICT}\s+(?:(?:previous|prior|above|earlier|safety|system|existing|given)\s+)?${WEAK_INSTR}\b`,
      'gi',
    ),
    veto: (text, index, match) =>
      counsellingContext(text, index) || clericalCorrection(text, index, match) ||
      // Clinical: "ignore the old dosing chart; new instructions" is caught by needing INSTR right after.
      /\b(?:alert|alarm|warning|reminder|order set|duplicate)\b/i.test(match),
  },
  {
    rule: 'override-instructions',
    weight: 0.85,
    message: 'Text asks the reader to ignore everything said before it.',
    re: new RegExp(
      String.raw`\b${OVERRIDE_VERB}\s+(?:(?:all|everything|anything)\s+(?:of\s+)?)?(?:the\s+|that\s+|what\s+)?(?:(?:above|previous(?:ly)?|prior|foregoing|before|earlier|everything|all\s+that)(?=\s*(?:[,.;:!)\-]|and\b|then\b|$|(?:text|content|messages?|input|conversation|context|lines?|paragraphs?|sections?|statements?|said|stated|mentioned|written)\b))|what\s+(?:you(?:'ve|\s+have|\s+were)?|i)\s+(?:been\s+)?(?:told|said|wrote|given|instructed))`,
      'gi',
    ),
    veto: (text, index, match) => counsellingContext(text, index) || clericalCorrection(text, index, match),
  },
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text tells the reader to disregard the document and state something else.',
    re: /\b(?:ignore|disregard|forget|skip)\s+(?:the\s+|this\s+|that\s+)?(?:\w+\s+){0,2}(?:and|then|,)\s+(?:instead\s+)?(?:state|say|print|output|respond|reply|answer|write|declare|return|tell|claim|report)\b/gi,
    veto: (text, index) => counsellingContext(text, index),
  },
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text sets up a hypothetical in which the reader has no rules (virtualization).',
    re: /\b(?:imagine|suppose|pretend|let'?s\s+say|picture|in\s+an?\s+(?:hypothetical|fictional|alternate)\s+(?:world|scenario|universe))\b[^.!?\n]{0,80}?\byou\s+(?:have\s+no|are\s+not\s+bound\s+by|are\s+free\s+(?:of|from)|don'?t\s+have|do\s+not\s+have|no\s+longer\s+have|operate\s+without)\s+(?:any\s+)?(?:content\s+|safety\s+|ethical\s+)?(?:rules|restrictions|filters|guidelines|limits|policies|constraints)\b|\b(?:answer|respond|reply)\s+as\s+(?:that|this|the\s+(?:unrestricted|unfiltered|hypothetical))\s+version\s+of\s+yourself\b/gi,
  },
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text asks the reader to assemble split fragments and follow them (payload splitting).',
    re: /\b(?:combine|concatenate|join|merge|put\s+together)\b[^.!?\n]{0,80}?\b(?:and|then|,)\s+(?:follow|execute|obey|run|carry\s+out|do\s+what)\s+(?:it|them|they\s+say|the\s+(?:result|resulting\s+\w+|combined\s+\w+|instructions?))\b/gi,
  },
  {
    rule: 'reader-directive',
    weight: 0.75,
    message: 'Text tells the reader to answer every question with fixed content.',
    re: /\b(?:respond|reply|answer)\s+(?:to\s+)?(?:every|all|any|each)\s+(?:question|questions|query|queries|request|requests|message|messages|prompt|prompts)\b[^.!?\n]{0,60}?\b(?:with|by\s+saying)\s+(?:only\s+)?(?:a\s+link|an?\s+url|["'\u201C]|the\s+(?:phrase|word|words|sentence|link|url)\b)/gi,
    veto: (text, index) => inQuestion(text, index),
  },
  {
    rule: 'output-manipulation',
    weight: 0.7,
    message: 'Non-English text tells the reader which language or form to answer in.',
    re: /\b(?:r[ée]pondez|r[ée]ponds|responde|responda|respondan|rispondi|rispondete|antworte|antworten\s+sie|beantworte)\s+(?:(?:uniquement|seulement|toujours|solamente|s[óo]lo|siempre|solo|sempre|nur|immer)\s+)?(?:en|in|auf|con|avec|mit)\s+\p{L}+/giu,
  },
  {
    rule: 'obfuscation',
    weight: 0.55,
    message: 'A token is repeated many times in a row (repeated-token attack).',
    re: /\b(\p{L}{1,12})(?:[\s,.]+\1\b){14,}/giu,
  },
  // ---- reader-directive (instructions aimed at the AI that reads the document)
  {
    rule: 'reader-directive',
    weight: 0.8,
    message: 'Text tells the AI that reads it what to say or do.',
    re: new RegExp(
      [
        // "The assistant should tell the user that ...": needs what the instruction acts on.
        String.raw`\b${AI_SUBJECT}\s+${DIRECTIVE_MODAL}${READER_VERB}${UPTO}${READER_TARGET}`,
        // "Language models reading this should answer ...": the subject already points at this document.
        String.raw`\b${AI_SUBJECT}\s+(?:reading|processing|summari[sz]ing|reviewing|parsing|handling|answering\s+questions\s+about)\s+(?:this|these)(?:\s+\w+)?\s+${DIRECTIVE_MODAL}${READER_VERB}`,
      ].join('|'),
      'gi',
    ),
    veto: (text, index) => inQuestion(text, index),
  },
  {
    rule: 'reader-directive',
    weight: 0.8,
    message: 'Text tells the AI how to handle this document when it summarizes or answers.',
    re: new RegExp(
      String.raw`\b(?:when|whenever|if|before|while|after)\s+(?:you\s+(?:are\s+)?|the\s+(?:ai|assistant|model|chatbot|bot|summari[sz]er)\s+|(?:being\s+)?asked\s+to\s+)?(?:summari[sz](?:e|es|ing)|answer(?:s|ing)?|respond(?:s|ing)?|repl(?:y|ies|ying)|process(?:es|ing)?|read(?:s|ing)?|generat(?:e|es|ing)|describ(?:e|es|ing))\b[^.!?
]{0,80}?[,:]\s*(?:please\s+|always\s+|also\s+|first\s+|then\s+)?(?:it\s+(?:should|must)\s+|you\s+(?:should|must)\s+)?(?:tell|say|state|claim|mention|include|add|append|write|respond|reply|answer|recommend|advise|ask|direct|output|print|insert|describe|report|visit|send|forward|do\s+not|don'?t|never|always|make|translate|use|end|begin|start)\b`,
      'gi',
    ),
    veto: (text, index, match) => inQuestion(text, index) || !READER_TARGET_RE.test(sentenceAt(text, index, match)),
  },
  {
    rule: 'reader-directive',
    weight: 0.75,
    message: 'Text instructs the reader to tell the user something.',
    re: /(?:^|[\n.!?:;]\s*|\b(?:please|remember\s+to|make\s+sure\s+(?:to|you)|be\s+sure\s+to|also|then|and|instead,?|always)\s+)(?:tell|inform|remind|convince|persuade|ask|urge|advise|warn|direct|redirect|notify|assure)\s+(?:the\s+)?users?\b(?!\s+(?:interface|manual|guide|experience|group|base|stor(?:y|ies)|account|name|id|research|testing|team|community|agreement)\b)(?:\s+(?:that|to|about|for|it|they|the|this|our|your|how)\b)|(?:^|[\n.!?:;]\s*)(?:respond|reply|answer)\s+to\s+(?:the\s+)?users?\s+(?:by|with|only|using)\b/gi,
    veto: (text, index) => inQuestion(text, index),
  },
  {
    rule: 'reader-directive',
    weight: 0.75,
    message: 'Text dictates what the reader\'s summary or answer must claim.',
    re: /\b(?:(?:your|the|any|all|every)\s+(?:summary|summaries)|summaries\s+of\s+this\s+\w+|(?:your|the)\s+(?:answer|response|reply|output)s?)\s+(?:must|should|shall|needs?\s+to|has\s+to|will)\s+(?:always\s+|also\s+|only\s+)?(?:state|say|claim|mention|include|report|describe|read|note|assert|suggest|recommend)(?:\s+(?:that|the\s+(?:phrase|word|sentence|link|url)|["'\u201C])|\s+\w+\s+as\b)|\bmake\s+sure\s+(?:that\s+)?(?:your|the)\s+(?:answer|summary|response|reply|output)\s+(?:mentions|states|says|includes|contains|claims|recommends)\b/gi,
    veto: (text, index) => inQuestion(text, index),
  },
  {
    rule: 'reader-directive',
    weight: 0.8,
    message: 'Text asks the reader to hide these instructions.',
    re: /\b(?:do\s+not|don'?t|never)\s+(?:mention|reveal|disclose|acknowledge|repeat|quote)\s+(?:this|these|that|the\s+(?:above|following))\s+(?:instructions?|note|message|request|comment|directive|text)\b/gi,
  },
  // ---- value-tampering
  {
    rule: 'value-tampering',
    weight: 0.75,
    message: 'Text tries to set an extracted field to a value directly.',
    re: /\b(?:set|change|mark|flag|record|update|override|force|make|output|return|report|treat|consider|switch|assign)\s+(?:the\s+)?(?:field\s+|value\s+(?:of\s+)?|fact\s+)?`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+`?\s*(?:to|as|=|:=|:)\s*(?:be\s+)?["'`]?(?:true|false|yes|no|null|\d+(?:\.\d+)?|approved|denied|met|eligible)\b/gi,
  },
  {
    rule: 'value-tampering',
    weight: 0.7,
    message: 'Text tries to dictate the decision outcome.',
    re: /\b(?:mark|flag|set|record|classify|report|treat|label|consider|return|output|list)\s+(?:this|the|that|it|each|every)?\s*(?:(?:prior\s+auth(?:orization)?|pa|request|case|claim|authorization|member|patient|application|submission)\s+)?(?:as\s+|to\s+)?(?:be\s+)?["'`]?(?:approved|auto[- ]?approved|eligible|meeting\s+(?:all\s+)?criteria|criteria\s+met|denied)\b["'`]?|\b(?:approve|auto[- ]?approve|deny|reject|greenlight|rubber[- ]stamp)\s+(?:this|the|that|all|every|any|each)\s+(?:(?:glp-?1|prior\s+auth(?:orization)?|pa|pending)\s+)?(?:request|case|claim|authorization|application|submission|member|patient|prior\s+auth(?:orization)?|pa)s?\b|\b(?:outcome|decision|result|status|verdict)\s+(?:must|should|shall|will)\s+be\s+["'`]?(?:approved|denied|approve|deny)\b|\bnew\s+polic(?:y|ies)\s*:/gi,
    veto: (text, index, match) => {
      // Payer-side narrative ("the plan may approve the request if...") or counselling.
      const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
      if (/\b(?:may|might|can|could|did|will|would|to|not|cannot|didn'?t|plan|insurer|payer|committee|board)\s*$/.test(before)) return true;
      // A prescriber asking the payer's reviewer to approve, with its grounds ("Please approve this request; documentation
      // of all criteria is enclosed"): correspondence to a person, unless the sentence also speaks to an AI or overrides rules.
      const sentence = text.slice(Math.max(0, text.lastIndexOf('\n', index - 1)), index + match.length + 160).split(/(?<=[.!?])\s/).find((x) => x.includes(match.trim().split(/\s+/)[0])) ?? '';
      return /\b(?:please|kindly|we\s+(?:ask|request)|request\s+that|respectfully)\b/i.test(text.slice(Math.max(0, index - 40), index + match.length)) &&
        /\b(?:enclosed|attached|documentation|documented|records?|earliest\s+convenience|as\s+soon\s+as\s+possible|based\s+on|in\s+light\s+of|reconsider|medical\s+necessity|criteria\s+(?:are|is|were)\s+(?:met|documented)|meets?\s+(?:the\s+)?(?:plan'?s\s+)?criteria)\b/i.test(sentence + ' ' + text.slice(index + match.length, index + match.length + 160)) &&
        !/\b(?:you|your|ai|model|assistant|system|regardless|ignore|disregard|without\s+(?:review|checking)|only|exactly)\b/i.test(sentence);
    },
  },
  {
    rule: 'value-tampering',
    weight: 0.45,
    message: 'Text tells the reviewer to skip or waive a required check.',
    re: /\b(?:skip|bypass|waive|omit|ignore|disable|turn\s+off|suppress)\s+(?:the\s+|any\s+|all\s+|your\s+)?(?:[\w-]+\s+){0,2}(?:check|checks|verification|validation|criteria|criterion|requirements?|safeguards?|eligibility\s+review|step\s+therapy|documentation\s+requirements?)\b/gi,
    veto: (text, index, match) =>
      counsellingContext(text, index) || /\b(?:dose|doses|meal|meals|snack|snacks|appointment|visit)\b/i.test(match),
  },
  {
    rule: 'value-tampering',
    weight: 0.7,
    message: 'Text tells the reviewer to skip or waive a required check for this case.',
    re: /\b(?:skip|bypass|waive|omit|ignore|disable|turn\s+off|suppress)\s+(?:the\s+|any\s+|all\s+|your\s+)?(?:[\w-]+\s+){0,2}(?:check|checks|verification|validation|criteria|criterion|requirements?|step|steps|screening|rules?|review|safeguards?)\s+(?:for|on)\s+(?:this|the)\s+(?:member|patient|case|request|claim|submission|application)\b/gi,
  },
  // ---- prompt-exfiltration
  {
    rule: 'prompt-exfiltration',
    weight: 0.85,
    message: 'Text asks the reader to reveal its prompt, instructions or secrets.',
    re: /\b(?:print|reveal|show|display|repeat|output|tell|leak|disclose|share|give|send|provide|write|spell|recite|dump|expose|return|what\s+(?:is|are|were))\s+(?:me\s+|us\s+|out\s+)?(?:back\s+)?(?:all\s+)?(?:of\s+)?(?:your|the|its|any)\s+(?:(?:full|entire|exact|complete|original|initial|hidden|secret|internal|system|developer|confidential|verbatim)\s+){0,3}(?:system\s+prompt|prompt|instructions|rules|guidelines|directives|secret(?:\s+key)?|password|passcode|api[\s_-]?key|canary(?:\s+(?:token|string|word))?|credentials?|access\s+token|configuration|context\s+window|training\s+data)\b/gi,
    veto: (text, index, match) => clinicalObjectAfter(text, index, match) ||
      // "provide the instructions to the patient", "gave patient the instructions"
      !/\b(?:your|its|system|hidden|internal|initial|original|developer|confidential|verbatim|prompt|api|canary)\b/i.test(match) ||
      /\b(?:discharge|dosing|injection|pen|medication|home|care|diet|written)\s*$/i.test(text.slice(Math.max(0, index - 20), index)),
  },
  {
    rule: 'prompt-exfiltration',
    weight: 0.8,
    message: 'Text references the system prompt or hidden instructions given to the reader.',
    re: /\b(?:the\s+prompt\s+you\s+(?:were|have\s+been)\s+given|(?:instructions|rules)\s+you\s+(?:were|have\s+been)\s+given|your\s+(?:initial|original|hidden|secret|system)\s+(?:prompt|instructions|rules))\b/gi,
    veto: (text, index, match) => clinicalObjectAfter(text, index, match),
  },
  // ---- output-manipulation (instructions about the reader's own reply)
  {
    rule: 'output-manipulation',
    weight: 0.75,
    message: 'Text instructs the reader how to compose its own response.',
    re: new RegExp(
      String.raw`(?:^|[\n.!?:;|"'(]\s*|\b(?:please|and|also|then|now|kindly)\s+)(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:${OUT_VERBS.join('|')})\b${UPTO}\b(?:your|the\s+assistant'?s)\s+(?:own\s+|final\s+|next\s+|entire\s+|whole\s+)?${OUTPUT_NOUN}(?:'s)?\b`,
      'gi',
    ),
    veto: outputVeto,
  },
  {
    rule: 'output-manipulation',
    weight: 0.75,
    message: 'Text instructs the reader how to compose its own response.',
    // Mid-sentence insertion: a capitalized imperative verb after an ordinary word.
    re: new RegExp(
      String.raw`(?<=\s)(?:${OUT_VERBS.map((v) => v[0].toUpperCase() + v.slice(1)).join('|')})\b${UPTO}\b(?:your|the\s+assistant'?s)\s+(?:own\s+|final\s+|next\s+|entire\s+|whole\s+)?(?:${OUTPUT_NOUN}|Response|Answer|Reply)(?:'s)?\b`,
      'g',
    ),
    veto: outputVeto,
  },
  {
    rule: 'output-manipulation',
    weight: 0.75,
    message: 'Text instructs the reader how to compose its own response.',
    re: new RegExp(
      String.raw`\bin\s+(?:your|the)\s+(?:next\s+|final\s+)?${OUTPUT_NOUN}\s*,\s*(?:please\s+)?\w+|(?:^|[\n.!?:;|]\s*)(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:reply|respond|answer|write|output|print|say\s+everything|type|speak|talk|communicate)\s+(?:only\s+|back\s+|exclusively\s+|entirely\s+)?(?:in|using|with|backwards?|in\s+reverse|reversed|as)\s+(?:a\s+|an\s+)?(?:reverse|base\s?\d+|hex|binary|morse|emojis?|pig\s+latin|rot\s?13|caesar|cipher|code|uppercase|all\s+caps|capitals|capital\s+letters|block\s+letters|lowercase|json|yaml|xml|spanish|french|german|italian|portuguese|russian|chinese|japanese|korean|arabic|hindi|dutch|latin|leetspeak|rhymes?|verse|riddles?|(?:a\s+)?pirate|only\s+\w+|one\s+word)\b|(?:^|[\n.!?:;|]\s*)(?:please\s+)?(?:reply|respond|answer|write\s+(?:your|the)\s+(?:reply|response|answer))\s+(?:backwards?|in\s+reverse)\b`,
      'gi',
    ),
    veto: (_t, _i, match) => CLINICAL_VOCAB.test(match),
  },
  // ---- non-english-override
  {
    rule: 'non-english-override',
    weight: 0.9,
    message: 'Non-English text asks the reader to ignore or forget previous instructions.',
    re: new RegExp(
      [
        // Spanish / Portuguese / Italian
        String.raw`\b(?:ignora|ignore|ignorad|ignoren|ignorar|olvida|olvide|olvidad|olvidar|descarta|omite|esque[cç]a|esquece|desconsidere|dimentica|dimenticate|tralascia)\s+(?:(?:todas?|todos|tus|sus|las|los|as|os|tutte|tutti|le|gli|i|el|la|lo|o|a|su|tu|mis|de|del|das|dos|delle)\s+){0,3}(?:instrucci[oó]n(?:es)?|indicaciones|[oó]rdenes|reglas|directrices|instru[cç][õo]es|instru[cç][ãa]o|regras|istruzioni|indicazioni|regole|p[áa]gina|funci[oó]n|anteriores?|previas?|precedenti|anteriori)`,
        String.raw`\bhaz\s+caso\s+omiso\b|\bno\s+(?:sigas|hagas\s+caso\s+a)\s+(?:las\s+)?(?:instrucciones|reglas)`,
        // French
        String.raw`\b(?:ignore[zr]?|oublie[zr]?|n[ée]glige[zr]?|ne\s+tenez\s+pas\s+compte\s+d)\s*(?:(?:toutes?|tous|les|vos|tes|la|le|l'|des|ces|ses)\s*){0,3}(?:instructions?|consignes?|directives?|r[èe]gles|ordres|indications|fonction|page|pr[ée]c[ée]dentes?|ant[ée]rieures?)`,
        // German / Dutch
        String.raw`\b(?:ignoriere|ignorieren|ignorier|vergiss|vergessen|missachte|missachten|negeer|vergeet)\s+(?:(?:sie\s+)?(?:alle|alles|die|deine|ihre|vorherigen?|bisherigen?|vorigen?|obigen?|fr[üu]heren?|de|alle|vorige|eerdere|je)\s+){0,3}(?:anweisungen|instruktionen|befehle|regeln|vorgaben|anweisung|instructies|regels|vorherige|bisherige|obige|was\s+(?:dir|ihnen)\s+gesagt)`,
        // Russian / Ukrainian
        String.raw`(?:игнорируй|игнорируйте|забудь|забудьте|проигнорируй|не\s+обращай\s+внимания\s+на)\s+(?:(?:все|всё|предыдущие|прежние|свои|твои|эти)\s+){0,3}(?:инструкции|указания|правила|команды|предыдущие)`,
        // Arabic
        String.raw`(?:تجاهل|انس|إنس|تجاهلي)\s+(?:جميع\s+|كل\s+)?(?:التعليمات|الأوامر|التوجيهات|القواعد)`,
        // Turkish / Polish / misc
        String.raw`\b(?:önceki\s+talimatlar[ıi]\s+(?:yok\s+say|unut|görmezden\s+gel)|zignoruj\s+(?:wszystkie\s+)?(?:poprzednie\s+)?(?:instrukcje|polecenia)|bỏ\s+qua\s+(?:tất\s+cả\s+)?(?:các\s+)?(?:hướng\s+dẫn|chỉ\s+dẫn))`,
      ].join('|'),
      'giu',
    ),
    veto: (text, index, match) => foreignNarrativeContext(text, index) || foreignClinicalContext(text, index) || englishClause(text, index, match),
  },
  {
    rule: 'non-english-override',
    weight: 0.9,
    message: 'Chinese/Japanese/Korean text asks the reader to ignore previous instructions.',
    re: /(?:忽略|无视|無視|忽視|忘记|忘記|不要理会|不要理會|忘れ|無視して)(?:掉)?(?:你|您)?(?:之前|以前|先前|上面|上述|前面|以上|所有|全部|的|一切|これまで|前|の|以前の|すべての|全て|上記)*(?:的)?(?:所有|全部)?(?:指令|指示|说明|說明|提示|命令|规则|規則|要求|指示を|命令を|内容|ルール|設定)|(?:以前|これまで|前)の(?:指示|命令|ルール|規則)を(?:すべて|全て)?(?:無視|忘れ)|(?:이전|모든|위의)\s*(?:지시|명령|지침|규칙|규정)(?:을|를|사항을)?\s*(?:무시|잊어)|無視して、?|请?忽略上述|重新设定你的角色/gu,
  },
  {
    rule: 'value-tampering',
    weight: 0.7,
    message: 'Non-English text tries to dictate the decision outcome.',
    re: /\b(?:aprueb[ae]|aprobar|approuve[zr]?|genehmige[n]?|approva(?:re)?)\s+(?:esta|este|la|el|cette|ce|la|diese[n]?|den|die|questa|questo|la)\s+(?:solicitud|petici[oó]n|demande|requête|anfrage|antrag|richiesta|caso|cas|fall)\b|\b(?:antrag|anfrage)\s+(?:sofort\s+|bitte\s+)?genehmigen\b|批准(?:这个|此)?(?:请求|申请)|承認してください/giu,
  },
  // ---- generalizations from the clinical tuning set (bench/data/gate-clinical-tune.jsonl)
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text claims the reader\'s instructions are outdated, superseded or outranked by this document.',
    re: new RegExp(
      [
        String.raw`\b(?:your|the\s+(?:ai|assistant|model)'?s?)\s+(?:(?:previous|prior|earlier|original|initial|current|old|existing|system)\s+)?(?:instructions?|guidance|guidelines|rules|prompt|directives|programming|configuration)(?:\s+you\s+(?:received|were\s+given|have\s+been\s+given|got))?\s+(?:are|is|have\s+been|has\s+been|were|was)\s+(?:now\s+)?(?:outdated|superseded|obsolete|revoked|void|invalid|replaced|deprecated|rescinded|cancel+ed|withdrawn|suspended|no\s+longer\s+(?:valid|apply|applicable|in\s+effect|relevant))`,
        String.raw`\b(?:previous|prior|earlier|original)\s+(?:instructions?|prompt|directives)\s+you\s+(?:received|were\s+given|have\s+been\s+given|got)\s+(?:are|is|were|have\s+been)\s+(?:now\s+)?(?:outdated|superseded|obsolete|revoked|void|invalid|replaced|deprecated|no\s+longer\s+(?:valid|apply|applicable))`,
        String.raw`\b(?:this|these|the\s+following)\s+(?:document|note|message|instructions?|text|chart|directives?|letter)\s+(?:takes?|has|have|carries|carry)\s+(?:precedence|priority|higher\s+priority)\s+(?:over|than)\s+(?:your|the|any|all)\s+(?:(?:system|prior|previous|other|original)\s+)?(?:prompt|instructions?|rules|polic(?:y|ies)|guidelines|programming|directives)`,
        String.raw`\b(?:higher|greater|top)\s+priority\s+than\s+(?:your|the)\s+(?:system\s+)?(?:prompt|instructions|rules|programming)`,
        String.raw`\b(?:supersedes?|overrides?|outranks?|replaces?)\s+(?:any|all|your|the)\s+(?:(?:system|prior|previous|other|original)\s+)?(?:prompt|instructions|rules|guidelines|programming|directives)\s+(?:you\s+(?:were|have\s+been)\s+given|(?:given\s+)?to\s+you)?`,
        String.raw`\b(?:supersedes?|overrides?)\s+(?:any|all)\s+(?:rules|instructions)\s+you\b`,
      ].join('|'),
      'gi',
    ),
    veto: (text, index, match) => CLINICAL_VOCAB.test(sentenceAt(text, index, match)) && !/\b(?:you|your|prompt|programming)\b/i.test(match),
  },
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text claims to authorize the reader to skip checks or ignore its rules.',
    re: /\b(?:authori[sz]e|permit|allow|empower|instruct|order|direct)\s+you\s+to\s+(?:skip|ignore|bypass|override|disregard|waive|approve|omit|mark|set|treat|forgo|not\s+(?:check|verify|apply|follow))\b|\b(?:give|grant)(?:s|ing)?\s+you\s+(?:full\s+)?(?:permission|authority|authori[sz]ation|clearance)\s+to\b|\byou\s+(?:are|have\s+been)\s+(?:now\s+|hereby\s+)?(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:skip|ignore|bypass|override|disregard|waive|approve|omit)\b|\b(?:you\s+(?:have\s+been|are\s+(?:now\s+)?|were)\s+granted|grant(?:ed|ing)?\s+you)\s+(?:\w+\s+){0,2}(?:access|privileges?|permissions?|rights|clearance)\b|\bi\s+am\s+overriding\s+(?:your|the\s+(?:ai|model|assistant)'?s?)\b/gi,
    veto: (text, index, match) => counsellingContext(text, index) || /\b(?:dose|doses|meal|meals|snack|appointment|visit)\b/i.test(sentenceAt(text, index, match)),
  },
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text asks the reader to decode or transform hidden text and follow it.',
    re: /\b(?:decode|decrypt|reverse|unscramble|translate|read|deobfuscate|convert)\b[^.!?\n]{0,60}?\b(?:and|then|,)\s+(?:then\s+)?(?:follow|execute|obey|do(?=\s+(?:it|what|as|that))|carry\s+out|act\s+on|comply\s+with|perform)\b/gi,
    veto: (text, index) => counsellingContext(text, index),
  },
  {
    rule: 'override-instructions',
    weight: 0.8,
    message: 'Text tells the reader to ignore rules or criteria and dictate the result.',
    re: /\b(?:ignore|disregard|forget|skip|bypass|set\s+aside|do\s+not\s+(?:apply|follow)|don'?t\s+(?:apply|follow))\s+(?:all\s+|any\s+|the\s+|your\s+|its\s+|of\s+)*(?:[\w'-]+\s+){0,3}?(?:rules|polic(?:y|ies)|criteria|guidelines|requirements?|checks?|lab\s+(?:table|values)|chart)\b[^.!?\n]{0,40}?\b(?:and|then|,|;)\s+(?:instead\s+|just\s+|simply\s+)?(?:approve|mark|set|output|return|respond|reply|say|state|report|classify|answer|grant|authori[sz]e|use|treat|finali[sz]e)\b/gi,
    // A paper chart or lab table replaced by another ("Forget the previous titration chart; use the one dated 04/01")
    // is a clinical correction: for those objects the follow-up must act on the outcome or the reader's answer.
    veto: (text, index, match) => counsellingContext(text, index) || clericalCorrection(text, index, match) ||
      /\b(?:chart|lab\s+(?:table|values)|checks?|guidelines|requirements?)\b/i.test(match) && !/\b(?:polic(?:y|ies)|criteria|rules)\b/i.test(match) &&
        /(?:use|treat|set|mark|report|record)\s*$/i.test(match) && !/\b(?:approv\w*|eligib\w*|criteria|decision|you|your)\b/i.test(text.slice(index + match.length, index + match.length + 80).split(/[.!?\n]/)[0]),
  },
  {
    rule: 'reader-directive',
    weight: 0.75,
    message: 'Text dictates exact words for the reader to repeat.',
    re: /\b(?:say|repeat|output|print|write|type|respond\s+with|reply\s+with|answer\s+with|return)\s+(?:exactly|verbatim|word\s+for\s+word|(?:only\s+)?the\s+following(?:\s+(?:sentence|text|words?|phrase))?(?:\s+word\s+for\s+word|\s+verbatim|\s+exactly)?|after\s+me)\s*[:,]?\s*(?=["'\u201C\u2018\u300C]|$|\n)|\brepeat\s+after\s+me\b/gim,
    veto: (text, index) => counsellingContext(text, index) || /\b(?:patient|pt|child|he|she)\b[^.\n]{0,40}$/i.test(text.slice(Math.max(0, index - 50), index)),
  },
  {
    rule: 'reader-directive',
    weight: 0.75,
    message: 'A line addressed to a model or summarizer gives it an order.',
    re: /(?:^|[\n.;!?<>\-\u2190]\s*)(?:the\s+)?(?:model|llm|summari[sz]er|extractor|extraction\s+model|bot|gpt|ai|ia|ki)\s*[:,]\s*(?:please\s+)?(?:do\s+not|don'?t|never|always|set|mark|report|use|treat|ignore|disregard|include|omit|exclude|leave\s+out|output|say|state|print|respond|reply|approve|deny|return|classify|copy|write|skip|remember|assume|consider|record)\b/gi,
  },
  {
    rule: 'reader-directive',
    weight: 0.75,
    message: 'Text tells the AI reader what decision or review step to take.',
    re: new RegExp(
      String.raw`\b(?:the\s+|any\s+|all\s+|every\s+)?(?:ai|a\.i\.|assistants?|language\s+models?|llms?|chat\s?bots?|ai\s+(?:agents?|models?|systems?|tools?|reviewers?)|(?:automated|automatic)\s+(?:[\w-]+\s+){0,2}?(?:reviewers?|systems?|agents?|tools?|processes|pipelines?|readers?|extractors?)|(?:extraction|review(?:ing)?|decision)\s+(?:models?|systems?|engines?|tools?)|summari[sz]ers?|extractors?)(?:\s+(?:reading|processing|reviewing|handling|parsing)\s+(?:this|these|it)(?:\s+\w+)?)?\s+${DIRECTIVE_MODAL}(?:not\s+|never\s+)?(?:approve|deny|flag|check|re-?check|verify|validate|review|escalate|apply|perform|request|treat|consider|classify|skip|bypass|return|set|mark|accept|proceed|finali[sz]e|use|copy|report|extract|override|waive|ignore|disregard|omit|exclude)\b`,
      'gi',
    ),
    veto: (text, index) => inQuestion(text, index),
  },
  {
    rule: 'prompt-exfiltration',
    weight: 0.8,
    message: 'Text asks about or for the reader\'s configuration or prior instructions.',
    re: /\b(?:instructions|rules|prompt|guidelines|directives|policy\s+text)\s+(?:were\s+you|have\s+you\s+been|did\s+you\s+(?:get|receive))\s+(?:given|shown|provided)?\b|\byou\s+(?:were|have\s+been)\s+(?:configured|programmed|initiali[sz]ed|set\s+up|prompted|primed)\s+with\b|\b(?:what|which)\s+(?:is|are|were)\s+your\s+(?:system\s+prompt|instructions|rules|guidelines|configuration)\b/gi,
    veto: (text, index, match) => clinicalObjectAfter(text, index, match) || /\b(?:discharge|hospital|clinic|doctor|nurse|pharmacy|pharmacist|surgery|visit|dietitian|physician|patient|pen|insulin|medication|dose)\b/i.test(text.slice(Math.max(0, index - 40), index + match.length + 60).split(/[.!?\n]/).slice(-2).join(' ')) && !/\b(?:system|prompt|ai|model|assistant)\b/i.test(match),
  },
  {
    rule: 'prompt-exfiltration',
    weight: 0.8,
    message: 'A link or image URL is built to carry patient data out of the document.',
    re: new RegExp(
      [
        // Template placeholders in a URL query: ?d={{member_id}}, ?n=NAME&dob=DOB, ?q=<patient SSN>
        String.raw`https?:\/\/[^\s)\]"']+[?&][\w.-]+=(?:\{\{?[^}\s]{1,40}\}\}?|<[^>\n]{1,40}>|\[[^\]\n]{1,40}\]|\$\{[^}]{1,40}\}|%[A-Z_]{3,}%|[A-Z][A-Z0-9_]{2,}(?=[&)\s\]"']|$))`,
        // An instruction to fill a URL with identifiers.
        String.raw`(?:https?:\/\/|!\[|\]\()[^\n]{0,160}?\b(?:fill(?:ing)?\s+in|substitut(?:e|ing)|replac(?:e|ing)|followed\s+by|append(?:ing)?|with\s+the\s+real)\b[^.\n]{0,80}?\b(?:member\s+id|mrn|ssn|social\s+security|date\s+of\s+birth|dob|(?:patient'?s?\s+)?name|address|phone|credentials?|api\s+key|password)\b`,
        String.raw`\b(?:include|append|add|insert|render|embed|put)\b[^.\n]{0,60}?\b(?:link|url|image|pixel)\b[^.\n]{0,80}?\b(?:followed\s+by|with\s+the|containing|filled\s+with|fill(?:ing)?\s+in)\b[^.\n]{0,40}?\b(?:member\s+id|mrn|ssn|social\s+security|date\s+of\s+birth|dob|name|address|phone)\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    rule: 'role-tag',
    weight: 0.75,
    message: 'Text contains a tool/function-call payload or tool-result marker.',
    re: /<\s*\/?\s*(?:tool_call|tool_use|tool_result|tool_response|function_call|function_calls|functions?|invoke|system[-_]reminder|system[-_]message|antml:[\w]+)\b[^>]{0,60}>|\{\s*"(?:tool|tool_name|function|name|action)"\s*:\s*"[\w.-]+"\s*,\s*"(?:arguments|args|parameters|params|input)"\s*:\s*\{|\b(?:execute|call|run|invoke)\s+(?:the\s+)?(?:following|this)\s+(?:tool|function)(?:\s+call)?\b|\btool\s+(?:result|output|response)\s*\([\w-]+\)\s*:/gi,
  },
  {
    rule: 'role-tag',
    weight: 0.75,
    message: 'Machine-readable header or key carries a directive for an AI.',
    re: /(?:^|\n)\s*X-(?:AI|LLM|Model|GPT|Assistant|Bot|Agent)[\w-]*\s*:|\b(?:ai|llm|model|assistant|gpt|bot)[_-](?:directives?|instructions?|prompt|commands?|override|notes?)\s*["']?\s*[:=]|\b(?:instructions?|directives?|notes?|commands?)[_-](?:for|to)[_-](?:the[_-])?(?:model|ai|llm|assistant|reviewer|extractor|summari[sz]er)\s*["']?\s*[:=]/gi,
  },
  {
    rule: 'non-english-override',
    weight: 0.85,
    message: 'Non-English text says the reader\'s previous rules or instructions no longer apply.',
    re: /\b(?:alle\s+)?(?:bisherigen|vorherigen|fr[üu]heren|obigen|alten)\s+(?:regeln|anweisungen|vorgaben|richtlinien|instruktionen)\s+(?:gelten|sind)\s+(?:nicht\s+mehr|ung[üu]ltig|aufgehoben)|\b(?:las\s+)?(?:instrucciones|reglas|normas)\s+(?:anteriores|previas)\s+(?:ya\s+no\s+(?:son\s+v[áa]lidas|aplican|se\s+aplican)|(?:quedan|est[áa]n)\s+(?:anuladas|sin\s+efecto))|\b(?:as\s+)?(?:instru[cç][õo]es|regras)\s+anteriores\s+(?:n[ãa]o\s+(?:s[ãa]o\s+mais\s+v[áa]lidas|valem\s+mais|se\s+aplicam)|foram\s+(?:anuladas|revogadas))|\b(?:les\s+)?(?:instructions|r[èe]gles|consignes)\s+(?:pr[ée]c[ée]dentes|ant[ée]rieures)\s+ne\s+(?:sont|s['\u2019]appliquent)\s+plus/giu,
  },
  {
    rule: 'value-tampering',
    weight: 0.45,
    message: 'Text says manual or human review is not needed.',
    re: /\b(?:manual|human)\s+review\s+(?:is\s+)?(?:not\s+(?:required|needed|necessary)|unnecessary)\b|\bno\s+(?:manual|human|further)\s+review\s+(?:is\s+)?(?:needed|required|necessary)\b|\b(?:skip|bypass|without|override)\s+(?:the\s+)?(?:manual|human)\s+review\b/gi,
  },
  {
    rule: 'value-tampering',
    weight: 0.7,
    message: 'Text claims every request of a kind is approved or that criteria are waived for this case.',
    re: /\b(?:every|all|any)\s+(?:[\w-]+\s+){0,3}?(?:requests?|cases?|claims?|submissions?)\s+(?:is|are|will\s+be|must\s+be|should\s+be|gets?)\s+(?:automatically\s+|now\s+)?approved\b|\b(?:criteria|requirements?|rules|step\s+therapy|checks)\s+(?:(?:have|has)\s+been|are|is)\s+(?:waived|suspended|lifted|satisfied\s+by\s+default|disabled)\s+for\s+(?:this|the)\s+(?:member|patient|case|request|submission)\b|\b(?:coverage|payer|plan)\s+rules\s+(?:are\s+)?(?:suspended|waived|disabled)\b|\bsatisfied\s+by\s+default\b/gi,
    veto: (text, index) => {
      const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
      return /\b(?:not|if|whether|unless)\s*$/.test(before);
    },
  },
  {
    rule: 'addressed-to-ai',
    weight: 0.6,
    message: 'Non-English text is addressed to an AI system or assistant.',
    re: /\b(?:nota|mensaje|mensagem|instrucci[oó]n|instru[cç][aã]o|aviso|atenci[oó]n|aten[cç][aã]o|messaggio|istruzione|note|message|consigne|avis|hinweis|nachricht|anweisung|notiz|achtung)\s+(?:para|a|ao|à|al|per|pour|an|f[üu]r)\s+(?:el\s+|la\s+|o\s+|a\s+|l['\u2019]\s*|das\s+|die\s+|den\s+|le\s+|il\s+)?(?:asistente(?!\s+m[ée]dic)|assistente(?!\s+m[ée]dic)|assistant(?!e?\s+m[ée]dical)|assistenten|modelo|modello|mod[eè]le|sprachmodell|intelig[eê]ncia\s+artificial|inteligencia\s+artificial|intelligenza\s+artificiale|intelligence\s+artificielle|k[üu]nstliche\s+intelligenz|ia|ki(?:-\w+)?|ai|sistema\s+(?:de\s+)?(?:ia|ai)|syst[eè]me\s+d['\u2019]\s*ia)\b|(?:^|[\n.;:!?]\s*)(?:asistente|assistente|assistant\s+ia|ia|ki)\s*:|(?:^|[\n.;:!?]\s*)(?:aten[cç][ãa]o|atenci[oó]n|attention|achtung)\s*,\s*(?:modelo|mod[eè]le|sistema|syst[eè]me|assistente|asistente)\s+(?:de\s+)?(?:ia|ai)\b|(?:примечание|инструкция|сообщение|указание|внимание)\s+(?:для|к)\s+(?:ии|модели|ассистента|нейросети|ai)\b|(?:致|给|給)\s*(?:AI|人工智能|模型|助手)|AI\s*(?:への|に対する)\s*(?:指示|命令|メモ)|AI\s*에게|(?:系统|系統)(?:提示|通知)\s*[:：]|시스템\s*[:：]/giu,
  },
  // ---- obfuscation markers that are suspicious by themselves
  {
    rule: 'obfuscation',
    weight: 0.4,
    message: 'Hidden comment contains imperative or AI-directed wording.',
    re: /<!--(?:(?!-->)[\s\S]){0,600}?\b(?:you|your|assistant|ai|model|ignore|disregard|instead|must|say|state|print|respond|reply|approve|mark|set|output|pretend|system)\b(?:(?!-->)[\s\S]){0,600}?-->|\[\/\/\]:\s*#\s*\([^)]*\b(?:you|your|ignore|assistant|ai|model|approve|say|state)\b[^)]*\)/gi,
  },
];

function outputVeto(_text: string, _index: number, match: string): boolean {
  // Correspondence ("please fax your response to ..."), clinical plan text.
  return CLINICAL_VOCAB.test(match) || /\b(?:fax|mail|e-?mail|call|phone|submit|return|mailing|forward)\b/i.test(match) ||
    /^(?:respond|reply|answer)\s+(?:to|by)\s+(?:your|the)\b/i.test(match.replace(/^[\s\n.!?:;|"'(]+/, '').replace(/^(?:please|and|also|then|now|kindly)\s+/i, ''));
}

/** Clinical vocabulary: a request sentence mentioning these is treated as clinical plan text. */
const CLINICAL_VOCAB =
  /\b(?:patient|patients|pt|pts|member|mg|mcg|units?|dose|doses|dosing|a1c|hba1c|labs?|bmi|diagnos\w*|medications?|meds|therapy|insulin|metformin|semaglutide|tirzepatide|glp-?1|follow[- ]?up|f\/u|referr\w*|refer|prior\s+auth\w*|diabet\w*|blood|glucose|symptoms?|exam|prescri\w*|pharmac\w*|clinic\w*|hypertension|cholesterol|statin|weight|vitals?|chart|physician|provider|nurse|hospital|icd|cpt|rx|titrat\w*|inject\w*|tablet|capsule|bid|tid|qd|daily|weekly|monthly|cardio\w*|endocrin\w*|nutrition\w*|dietitian|diet|exercise|pain|surgery|imaging|sugars?|x-ray|mri|ct\b|biopsy|colonoscopy|vaccin\w*|screening|allerg\w*|pen|pens|pen\s+needles?|sharps|glucometer|cgm|vial|syringe)\b/i;

// ---------------------------------------------------------------- embedded task requests

const GEN_VERBS = new Set([
  'write', 'draft', 'compose', 'develop', 'create', 'generate', 'produce', 'explain', 'describe', 'summarize',
  'summarise', 'analyze', 'analyse', 'translate', 'recommend', 'suggest', 'provide', 'list', 'give', 'tell',
  'show', 'help', 'break', 'determine', 'classify', 'compare', 'discuss', 'outline', 'define', 'calculate',
  'solve', 'name', 'identify', 'design', 'brainstorm', 'imagine', 'pretend', 'find', 'research', 'teach',
  'convert', 'rewrite', 'paraphrase', 'rate', 'predict', 'estimate', 'evaluate', 'assess', 'plan', 'elaborate',
  'detail', 'illustrate', 'invent', 'craft', 'share', 'offer', 'tell', 'teach', 'guide', 'walk', 'sing', 'draw',
  'recite', 'debate', 'argue', 'critique', 'review', 'propose', 'prepare', 'search', 'look', 'fetch', 'retrieve',
  'download', 'visit', 'click', 'send', 'forward', 'email', 'print', 'output', 'say', 'state', 'respond', 'reply',
]);
/** Verbs common in clinical plans or correspondence: need an LLM-task shaped object. */
const WEAK_VERBS = new Set([
  'recommend', 'suggest', 'provide', 'list', 'give', 'show', 'discuss', 'review', 'plan', 'find', 'identify',
  'evaluate', 'assess', 'share', 'offer', 'prepare', 'search', 'look', 'send', 'forward', 'email', 'visit',
  'click', 'print', 'download', 'fetch', 'retrieve', 'rate', 'name', 'detail', 'guide', 'walk', 'calculate', 'imagine',
  'estimate', 'define', 'compare', 'create', 'develop', 'design', 'propose', 'respond', 'reply', 'state', 'say', 'produce',
  'output', 'research',
]);
const QUESTION_START = /^(?:what|what's|whats|who|whom|whose|how|why|which|where|when|is|are|can|could|would|will|do|does|did|should|shall|may|have|has)\b/i;
/** Objects typical of general-purpose assistant tasks. */
const TASK_OBJECT =
  /\b(?:me|us|a\s+(?:good|short|brief|simple|list|poem|story|script|summary|speech|essay|letter|song|recipe|joke|book|movie|command|function|program|tutorial|guide|plan|overview|few|step)|an\s+(?:example|essay|overview|introduction|article|outline|analysis)|insights?|ideas|tips|examples?|suggestions|recommendations|the\s+(?:sentiment|mood|tone|main|plot|history|difference|differences|benefits|trend|process|lifecycle|theory|causes|capital|meaning|best|top|latest|main\s+findings)|some|weekend|how\s+to|step[- ]by[- ]step|(?:the\s+)?(?:\w+\s+)?(?:equivalent|translation|synonym|antonym|definition)s?\s+(?:for|of)|(?:in|into|to)\s+(?:english|spanish|french|german|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|latin|greek|turkish|polish|swedish))\b/i;

/** Objects of care and office work: an imperative about these is documentation, not an inserted task. */
const OFFICE_CARE = /\b(?:your|pen|pens|form|forms|handout|leaflet|visit|appointment|fax|label|labels|log|logs|page|pages|section|box|boxes|chart|record|records|pharmacy|pharmacist|dose|doses|glucose|sugar|readings?|meter|sensor|insulin|medication|medicine|refill|prescription|referral|portal|patient|caregiver|nurse|doctor|clinic|office|allerg\w*|lab|labs|sharps|kit|cooler|pump)\b/i;

/** Instructions to transform text letter by letter or word by word (cipher-like tasks). */
const TEXT_TRANSFORM =
  /^(?:replace|substitute|swap|convert|shift|reverse|scramble|jumble|capitali[sz]e|remove|delete|rearrange|encode|encrypt|decode|decrypt|invert|spell|group|combine|misspell|anagram)\b[^.!?\n]{0,80}\b(?:letters?|vowels?|consonants?|characters?|words?|spaces?|punctuation|alphabet|symbols?)\b/i;

interface Segment {
  start: number;
  end: number;
  text: string;
}

function splitSegments(text: string): Segment[] {
  const segs: Segment[] = [];
  const re = /[^\n|.!?]+(?:[.!?]+["')\]]*|(?=\n|\||$))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length === 0) continue;
    segs.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  // A capitalized request word mid-sentence ("... charged $3,620.00 by What are ...") starts a new
  // segment: that is where inserted text usually begins.
  const split: Segment[] = [];
  for (const sg of segs) {
    const cut = /(?<=[a-z0-9,;:)$\]] )(?:What|Who|How|Why|Which|Can you|Could you|Would you|Please|Explain|Describe|Write|Draft|Compose|Develop|Provide|Translate|Summarize|Summarise|Analyze|Analyse|Recommend|Suggest|Determine|Classify|Replace|Substitute|Convert|Rearrange|Break down|Help me|Show me|Tell me|Give me|List|Create|Generate)\b/g;
    let from = 0;
    let m2: RegExpExecArray | null;
    while ((m2 = cut.exec(sg.text)) !== null) {
      const before = sg.text.slice(from, m2.index).trimEnd();
      if (before.length > 0) split.push({ start: sg.start + from, end: sg.start + from + before.length, text: before });
      from = m2.index;
    }
    split.push({ start: sg.start + from, end: sg.end, text: sg.text.slice(from) });
  }
  segs.length = 0;
  segs.push(...split);
  // Merge fragments produced by decimals/abbreviations ("e.g.", "Dr.", "7.2"): a segment that starts
  // lowercase or with a digit continues the previous one.
  const merged: Segment[] = [];
  for (const s of segs) {
    const prev = merged[merged.length - 1];
    if (prev && /^[a-z0-9]/.test(s.text) && /(?:\b(?:[A-Za-z]|e\.g|i\.e|vs|dr|mr|mrs|ms|st|no|approx|etc|inc|ltd|co|jr|sr)\.|\d\.)$/i.test(prev.text) && text.slice(prev.end, s.start).indexOf('\n') < 0 && text.slice(prev.end, s.start).indexOf('|') < 0) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
    } else merged.push({ ...s });
  }
  return merged;
}

/** What a patient's or a caregiver's question about their own care is about. */
const OWN_CARE =
  /\b(?:insurance|insurer|plan|doctor|dr|nurse|office|clinic|pharmacy|shot|injection|pen|machine|cpap|device|test|study|results?|letter|appointment|visit|medication|medicine|prescription|refill|coverage|covered|claim|surgery|mri|scan|imaging|sleep|weight|pain|back|treatment|approved|denied|denial|approval|authori[sz]ation|referral|bill|copay|deductible|appeal|form|records?)\b|\b(?:mean|means|happen|happens|affect|affects)\s+(?:for\s+|to\s+)?(?:me|us|my)\b/i;

/** "Could you send / call / check / tell me ...": a request to the office, the letter's reader or a colleague. */
const CORRESPONDENCE_REQUEST =
  /^(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:send|call|fax|refill|renew|schedule|reschedule|check|let\s+(?:me|us)\s+know|tell\s+me|help\s+me|get\s+back|contact|e-?mail|text|mail|forward|sign|complete|fill|look\s+into|see|confirm|update|submit|approve\s+(?:the|my|this)\s+(?:refill|request|prior)|print\s+(?:out\s+)?(?:the|my|a|those|these)\s+(?:results?|copy|copies|forms?|records?|letters?|reports?|labs?)\b[^?]{0,40}\bfor\s+(?:me|us))\b/i;

/** Classifies a sentence as a general-purpose task request addressed to an assistant (0 = not). */
function taskRequestStrength(seg: string): number {
  let s = seg.replace(/^[\s"'`*\-•>#(\[]+/, '').replace(/^(?:q|question|task|request)\s*:\s*/i, '');
  if (s.length < 12 || s.length > 400) return 0;
  if (CLINICAL_VOCAB.test(s)) return 0;
  const words = s.split(/\s+/);
  if (words.length < 4) return 0;
  s = s.replace(/^(?:please|kindly|now|also|then|and|so|ok|okay)[,]?\s+/i, '');
  const first = (s.split(/[\s,]+/)[0] ?? '').toLowerCase();
  // Correspondence ("Reply to this message with a good callback time") and conditional plans ("What if the plan denies?").
  if (/^(?:tell|ask|call|contact|show|give|let|inform|notify)\s+(?:your|the)\s+(?:doctor|nurse|pharmacist|provider|care\s+team|clinic|dentist|surgeon|physician|specialist)\b/i.test(s)) return 0;
  if (/^(?:reply|respond|write\s+back)\s+to\s+(?:this|the|our|my)\s+(?:message|e-?mail|fax|letter|text|note|request|voicemail)\b/i.test(s) || /^what\s+if\b/i.test(s)) return 0;
  if (QUESTION_START.test(s) && /\?\s*["')]*\s*$/.test(s)) {
    // A chat agent's own greeting ("How can I help?", "What can I do for you today?").
    if (/^(?:how|what)\s+(?:can|may|could)\s+(?:i|we)\s+(?:help|assist|do\s+for\s+you)\b/i.test(s)) return 0;
    // Office correspondence asked as a question ("Could you tell me when the letter will be mailed?", "Can you check
    // the plan's cutoff before we submit?"): the same verbs as the statement form below.
    if (CORRESPONDENCE_REQUEST.test(s)) return 0.4;
    // Second-person "can you ..." requests, or general-knowledge questions.
    if (/^(?:can|could|would|will)\s+you\b/i.test(s)) return 0.65;
    // "Can someone from the office call me?", "Could my refill be sent ...?": the writer's own request.
    if (/^(?:can|could|would|will|may|should|is\s+it\s+ok(?:ay)?\s+(?:if|for))\s+(?:i|we|someone|somebody|anyone|anybody|the\s+(?:office|clinic|doctor|nurse|pharmacy|staff|team)|my|our)\b/i.test(s) && /\b(?:i|me|my|we|us|our|office|clinic|staff|team)\b/i.test(s) && /\b(?:call|e-?mail|text|message|contact|send|fax|refill|schedule|reschedule|book|see|talk|speak|reach|pick\s+up|renew|get\s+back|come\s+in|stop|take|start)\b/i.test(s)) return 0.4;
    if (/^how\s+(?:do|would|can)\s+(?:you|i)\s+(?:say|write|translate|spell|pronounce)\b/i.test(s)) return 0.65;
    const unquoted = s.replace(/(?<=^|[\s(:])["'\u2018\u201C][^"\u2019\u201D\n]*?["'\u2019\u201D](?=[\s.,?!;:)]|$)/g, ' ');
    // Questions to the e-mail's own reader ("Do you have any questions?") are ordinary correspondence, and a
    // question about the writer's own care ("Would I still need the machine?", "What does that mean for me?") is the
    // letter itself, not a task inserted for an assistant.
    // "How do I solve quadratic equations?" stays a task: "I" counts only as the subject of a question about the writer.
    if (/\b(?:you|your)\b/i.test(unquoted)) return 0.4;
    if ((/\b(?:me|my|we|us|our)\b/i.test(unquoted) || /^(?:would|will|should|do|does|can|could|may|am|did|must)\s+i\b/i.test(s) || /,\s*(?:do|does|will|would|should|can|must|am)\s+i\b/i.test(s)) && OWN_CARE.test(s)) return 0.4;
    return 0.6;
  }
  // Correspondence requests in portal messages and letters ("Could you send them whatever they need?").
  if (CORRESPONDENCE_REQUEST.test(s)) return 0.4;
  if (/^(?:can|could|would|will)\s+you\s+(?:please\s+)?\w+/i.test(s)) return 0.6;
  if (TEXT_TRANSFORM.test(s)) return 0.6;
  if (GEN_VERBS.has(first) && !/(?:ed|ing)$/.test(first)) {
    const rest = s.slice(first.length);
    if (WEAK_VERBS.has(first)) return TASK_OBJECT.test(rest) ? 0.6 : 0;
    return 0.65;
  }
  return 0;
}

/** A heading for the writer's own questions to a clinician or the visit. */
const OWN_AGENDA = /\bquestions?\b[^\n]{0,30}?\b(?:for|to\s+ask|to\s+raise|about)\b[^\n]{0,30}?\b(?:my|the|our)\s+(?:doctor|dr\.?|nurse|clinic|provider|pharmacist|care\s+team|physician|specialist|gp|visit|appointment|surgeon|therapist)\b|^\s*(?:my|our)\s+questions\s*:\s*$/i;
/** Words a question shares with any text: they do not tie a question to its document. */
const QUESTION_STOPWORDS = new Set('what which where when whom whose does have with from that this your yours they them their there about would could should will shall into than then also just only very more most some such each every other make makes made tell give take write describe explain list name many much long often well like please need want know think find help used using able being been were'.split(' '));
/** A pronoun pointing back at the document or its writer. */
const BACK_REFERENCE = /\b(?:i|my|me|it|that|this|these|those|them|anything)\b/i;
function embeddedTaskRequests(n: NormText): WeightedFinding[] {
  const segs = splitSegments(n.text);
  if (segs.length < 2) return [];
  // Dialogue transcripts ("Clinician: How have the sugars been?"): a question in a speaker turn is the
  // conversation itself, not a request inserted for the reader.
  const speakerLine = /^[ \t]*[A-Z][\w.'-]{1,20}(?:\s[A-Z][\w.'-]{1,20})?:[ \t]+\S/gm;
  const speakers = new Map<string, number>();
  for (const m of n.text.matchAll(speakerLine)) {
    const label = m[0].trim().split(':')[0];
    speakers.set(label, (speakers.get(label) ?? 0) + 1);
  }
  // Caption files name the speaker in a voice tag ("<v Dr. Achebe>How sleepy are you?", WebVTT).
  const voiceTag = String.raw`^[ \t]*<v(?:\.[\w-]+)*\s+([^>\n]{1,40})>`;
  for (const m of n.text.matchAll(new RegExp(voiceTag, 'gm'))) speakers.set(`<v ${m[1]}>`, (speakers.get(`<v ${m[1]}>`) ?? 0) + 1);
  const dialogue = [...speakers.values()].filter((c) => c >= 2).length >= 2;
  /** The segment's line up to the segment's start. */
  const lineHead = (sg: Segment, extra = 0) => n.text.slice(n.text.lastIndexOf('\n', sg.start - 1) + 1, sg.start + extra);
  const inTurn = (sg: Segment) => {
    const head = lineHead(sg, 1);
    const label = /^[ \t]*([A-Z][\w.'-]{1,20}(?:\s[A-Z][\w.'-]{1,20})?):/.exec(head);
    const voice = new RegExp(voiceTag).exec(head);
    return (label !== null && (speakers.get(label[1]) ?? 0) >= 2) || (voice !== null && (speakers.get(`<v ${voice[1]}>`) ?? 0) >= 2);
  };
  // An imperative about care or office work ("Write the start date on the pen", "Translate the handout for the next
  // visit", "Print this form and fax it back") is not a task for an assistant: alone it does not flag.
  const imperativeCap = (seg: string, w: number) => (w > 0.45 && !/\?\s*["')]*\s*$/.test(seg) && OFFICE_CARE.test(seg) && !TEXT_TRANSFORM.test(seg.replace(/^[\s"'`*\-•>#(\[]+/, '')) ? 0.45 : w);
  // A form's question answered on the same line ("Q: What did we do well?  A: ...", "2. Has maximum medical
  // improvement been reached? No.", "Is further treatment necessary? Yes: ...") is a questionnaire item.
  const answered = (sg: Segment) => {
    const eol = n.text.indexOf('\n', sg.end);
    const after = n.text.slice(sg.end, eol < 0 ? undefined : eol);
    if (/^[ \t]*(?:a|answer|ans|response|resp)\s*[:.)-]/i.test(after) || (/\?\s*$/.test(sg.text) && /^[ \t]*(?:yes|no|n\/a|none|unknown|not yet|partially)\b\s*(?:[:.,;)-]|$)/i.test(after))) return true;
    // A numbered form item that opens its line and is answered on it ("1. Where do you live? house with family",
    // "2. Describe your day: I take my pills ..."): the claimant's answer, not a task for an assistant.
    const numbered = /^[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]*$/i.test(lineHead(sg));
    return numbered && ((/\?\s*$/.test(sg.text) && /\S{2,}/.test(after)) || /^[^:?]{3,}:[ \t]*\S.{2,}/.test(sg.text));
  };
  // A question or form prompt tied to the document (a pronoun pointing back at it, or a content word it shares with
  // the rest of the text: "What makes it worse?", "Did the dose change affect your sleep?") is the document's own
  // question, not an unrelated task: alone it does not flag. "What is the capital of Brazil?" in a chart still does.
  const relatedQuestion = (sg: Segment) => {
    if (!/[?:]\s*["')]*\s*$/.test(sg.text)) return false;
    if (BACK_REFERENCE.test(sg.text)) return true;
    const rest = ` ${n.text.slice(0, sg.start)} ${n.text.slice(sg.end)} `.toLowerCase();
    return (sg.text.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((x) => !QUESTION_STOPWORDS.has(x) && rest.includes(` ${x}`));
  };
  const weigh = (sg: Segment) => {
    const w = imperativeCap(sg.text, taskRequestStrength(sg.text));
    // Only a request that would flag alone is worth the relatedness check (it reads the whole text).
    return w > 0.45 && relatedQuestion(sg) ? 0.45 : w;
  };
  // Round 19: questions listed under the writer's own heading for a clinician ("Questions for my doctor:", "Questions to
  // ask at the visit:") are the patient's agenda for the visit, not a task inserted for an assistant.
  const ownAgenda = (sg: Segment) => {
    const before = n.text.slice(Math.max(0, sg.start - 400), sg.start).split('\n').map((l) => l.trim()).filter(Boolean);
    const heading = before.reverse().find((l) => /:\s*$/.test(l) && !/\?\s*$/.test(l));
    return !!heading && OWN_AGENDA.test(heading);
  };
  // The heading is looked for only behind a segment that weighs anything.
  const scored = segs.map((s) => {
    const w = (dialogue && inTurn(s)) || answered(s) ? 0 : weigh(s);
    return { s, w: w > 0 && ownAgenda(s) ? 0 : w };
  });
  const requests = scored.filter((x) => x.w > 0);
  if (requests.length === 0) return [];
  const total = n.text.replace(/\s+/g, '').length;
  const reqChars = requests.reduce((a, x) => a + x.s.text.replace(/\s+/g, '').length, 0);
  const rest = total - reqChars;
  // Indirect injection: a request sitting inside an otherwise descriptive document. A text that is
  // mostly requests is a prompt (a user's own question), not a document carrying an injection.
  if (rest < 80 || reqChars / total > 0.45 || requests.length > 3) return [];
  return requests.map((x) => ({
    rule: 'embedded-task-request',
    message: 'Document contains a general-purpose task request addressed to an assistant, unrelated to its content.',
    span: toOriginalSpan(n, x.s.start, x.s.end),
    weight: x.w,
  }));
}

// ---------------------------------------------------------------- encoded payloads

const COMMON_WORDS = new Set([
  'the', 'and', 'your', 'you', 'to', 'of', 'this', 'all', 'is', 'are', 'for', 'with', 'that', 'it', 'as', 'be', 'in',
  'on', 'a', 'an', 'or', 'not', 'now', 'any', 'previous', 'instructions', 'ignore', 'approve', 'policy', 'request',
  'mark', 'system', 'prompt', 'rules', 'disregard', 'reveal', 'print', 'these', 'what', 'my', 'me', 'do', 'was',
]);

/** Share of a line's words that are very common English words (0..1). */
function englishness(line: string): number {
  const words = line.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => COMMON_WORDS.has(w)).length / words.length;
}

function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function decodeCandidates(text: string): { start: number; end: number; decoded: string }[] {
  const out: { start: number; end: number; decoded: string }[] = [];
  const printable = (s: string) => s.length >= 8 && /^[\x20-\x7E\n\r\t]+$/.test(s) && /[a-z]{3,}\s+[a-z]{2,}/i.test(s);
  let m: RegExpExecArray | null;
  const b64 = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{20,}={0,2}(?![A-Za-z0-9+/=])/g;
  while ((m = b64.exec(text)) !== null) {
    const tok = m[0];
    if (!/[A-Z]/.test(tok) || !/[a-z]/.test(tok)) continue;
    const d = decodeBase64(tok);
    if (d !== undefined && printable(d)) out.push({ start: m.index, end: m.index + tok.length, decoded: d });
  }
  const hex = /(?<![0-9a-fA-F])(?:[0-9a-fA-F]{2}){12,}(?![0-9a-fA-F])/g;
  while ((m = hex.exec(text)) !== null) {
    const d = (m[0].match(/../g) ?? []).map((h) => String.fromCharCode(parseInt(h, 16))).join('');
    if (printable(d)) out.push({ start: m.index, end: m.index + m[0].length, decoded: d });
  }
  // Percent-encoded text ("%49%67%6E%6F...").
  const url = /(?:%[0-9A-Fa-f]{2}){8,}/g;
  while ((m = url.exec(text)) !== null) {
    let d: string | undefined;
    try {
      d = decodeURIComponent(m[0]);
    } catch {
      d = undefined;
    }
    if (d !== undefined && printable(d)) out.push({ start: m.index, end: m.index + m[0].length, decoded: d });
  }
  // ROT13 and reversed sentences: a line that reads as English only after the transform.
  const lineRe = /[^\n:]+/g;
  while ((m = lineRe.exec(text)) !== null) {
    const line = m[0];
    if ((line.match(/[A-Za-z]{2,}/g) ?? []).length < 4) continue;
    const base = englishness(line);
    if (base >= 0.2) continue;
    for (const d of [rot13(line), [...line].reverse().join('')]) {
      // Three different common words at least: reversed "no ... no ... of" reads "on ... on" and is not English.
      const common = new Set((d.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => COMMON_WORDS.has(w)));
      if (englishness(d) >= 0.3 && common.size >= 3) out.push({ start: m.index, end: m.index + line.length, decoded: d });
    }
  }
  const bin = /(?:[01]{8}[\s,]?){6,}/g;
  while ((m = bin.exec(text)) !== null) {
    const bytes = m[0].match(/[01]{8}/g) ?? [];
    const d = String.fromCharCode(...bytes.map((b) => parseInt(b, 2)));
    if (printable(d)) out.push({ start: m.index, end: m.index + m[0].length, decoded: d });
  }
  return out;
}

// ---------------------------------------------------------------- main

function runPatternRules(n: NormText): WeightedFinding[] {
  const found: WeightedFinding[] = [];
  for (const r of PATTERN_RULES) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(n.text)) !== null) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      // Trim leading separators captured by anchors such as (?:^|[.!?]\s+).
      const lead = m[0].length - m[0].replace(/^[\s\n.!?:;|"'(]+/, '').length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (r.veto && r.veto(n.text, start, m[0].slice(lead))) continue;
      found.push({ rule: r.rule, message: r.message, span: toOriginalSpan(n, start, end), weight: r.weight });
      if (spanHasObfuscation(n, start, end)) {
        found.push({
          rule: 'obfuscation',
          message: 'Suspicious wording was hidden with spacing, zero-width characters, homoglyphs, entities or leetspeak.',
          span: toOriginalSpan(n, start, end),
          weight: 0.5,
        });
      }
    }
  }
  return found;
}

function combine(findings: WeightedFinding[]): number {
  const best = new Map<string, number>();
  for (const f of findings) best.set(f.rule, Math.max(best.get(f.rule) ?? 0, f.weight));
  let keep = 1;
  for (const w of best.values()) keep *= 1 - w;
  return Math.round((1 - keep) * 1000) / 1000;
}

function scan(text: string, depth: number): WeightedFinding[] {
  const n = normalizeForGate(text);
  const findings = runPatternRules(n);
  findings.push(...embeddedTaskRequests(n));
  for (const f of [...familyFindings(n.text), ...sentenceFamilyFindings(n.text)]) findings.push({ rule: f.rule, message: f.message, span: toOriginalSpan(n, f.start, f.end), weight: f.weight });
  for (const f of broadFindings(n.text)) {
    const span = toOriginalSpan(n, f.start, f.end);
    findings.push({ rule: f.rule, message: f.message, span, weight: f.weight });
    if (spanHasObfuscation(n, f.start, f.end)) findings.push({ rule: 'obfuscation', message: 'Suspicious wording was hidden with spacing, zero-width characters, homoglyphs, entities or leetspeak.', span, weight: 0.5 });
  }
  if (depth === 0) {
    for (const c of decodeCandidates(text)) {
      const inner = scan(c.decoded, depth + 1);
      if (combine(inner) >= INJECTION_THRESHOLD) {
        findings.push({
          rule: 'encoded-payload',
          message: 'An encoded (base64/hex/binary) block decodes to injection-like instructions.',
          span: [c.start, c.end],
          weight: 0.85,
        });
      } else if (/(?:\b[A-Za-z]{2,}\b[\s,.:;'"!?-]+){5,}/.test(c.decoded)) {
        // Natural-language sentences hidden in an encoding have no business in a chart.
        findings.push({
          rule: 'encoded-payload',
          message: 'An encoded (base64/hex/binary) block decodes to hidden natural-language text.',
          span: [c.start, c.end],
          weight: 0.6,
        });
      }
    }
  }
  return findings;
}

/** Detects prompt injection in a document. Deterministic; spans index into `text`. */
export function detectInjection(text: string): InjectionResult {
  const raw = scan(text, 0);
  const score = combine(raw);
  // Deduplicate identical (rule, span) pairs and sort by position.
  const seen = new Set<string>();
  const findings: GateFinding[] = [];
  for (const f of raw.sort((a, b) => a.span[0] - b.span[0] || b.weight - a.weight)) {
    const key = `${f.rule}:${f.span[0]}:${f.span[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ rule: f.rule, message: f.message, span: f.span });
  }
  return { injection: score >= INJECTION_THRESHOLD, score, findings };
}
