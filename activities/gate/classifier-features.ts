// Features of the input gate's local classifier (a second opinion beside the rules, see classifier.ts).
// Pure and deterministic, no Node built-ins, no I/O: the same code featurizes at training time
// (bench/gate-classifier-train.ts) and at run time.
//
// A document is cut into instances (lines; long lines into sentences and adjacent sentence pairs), each
// instance is normalized cheaply (NFKC, zero-width / tag characters, Cyrillic/Greek lookalikes, letter-spaced
// or dotted letters, leetspeak, escaped line breaks) and hashed into a sparse vector of word unigrams,
// word bigrams, character 4-grams and a few obfuscation flags. The document score is the maximum instance score.

/** Number of hash buckets (power of two). */
export const FEATURE_BITS = 17;
export const FEATURE_DIM = 1 << FEATURE_BITS;
const MASK = FEATURE_DIM - 1;

export interface Instance {
  /** [start, end) in the caller's text. */
  span: [number, number];
  /** Unique bucket indexes (first-occurrence order). */
  idx: Int32Array;
  /** Value of each bucket (binary features scaled by 1/sqrt(count)). */
  val: Float32Array;
}

const HOMO: Record<string, string> = {
  '\u0430': 'a', '\u0435': 'e', '\u043E': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u04BB': 'h', '\u0501': 'd', '\u051B': 'q', '\u051D': 'w',
  '\u0410': 'a', '\u0415': 'e', '\u041E': 'o', '\u0420': 'p', '\u0421': 'c', '\u0425': 'x', '\u0406': 'i',
  '\u0408': 'j', '\u0405': 's', '\u0412': 'b', '\u041D': 'h', '\u041A': 'k', '\u041C': 'm', '\u0422': 't',
  '\u03BF': 'o', '\u03B1': 'a', '\u03B5': 'e', '\u03B9': 'i', '\u03BA': 'k', '\u03BD': 'v', '\u03C1': 'p',
  '\u03C4': 't', '\u03C5': 'u', '\u03C7': 'x', '\u0391': 'a', '\u0392': 'b', '\u0395': 'e', '\u0397': 'h',
  '\u0399': 'i', '\u039A': 'k', '\u039C': 'm', '\u039D': 'n', '\u039F': 'o', '\u03A1': 'p', '\u03A4': 't',
  '\u03A7': 'x', '\u03A5': 'y', '\u0417': '3',
};
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's' };

const ZW = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u034F\u061C]/g;
const ZW_TEST = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u034F\u061C]/;
const TAG_CHARS = /[\u{E0000}-\u{E007F}]/gu;
const PUNCT_TOKENS = new Set(['<', '>', '[', ']', '{', '}', '#', '`', '|', '"', '=', '*', ':', '/', '!', '?']);

/**
 * h * 16777619 (the FNV prime, 2^24 + 403) modulo 2^32 as int32: the same bits as Math.imul(h, 0x01000193),
 * written out because Math.imul is ~100x slower inside jest's vm context.
 */
function fnvMul(h: number): number {
  return ((h << 24) + h * 403) | 0;
}

/** FNV-1a over a string, seeded by a prefix hash. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = fnvMul(h ^ s.charCodeAt(i));
  return h >>> 0;
}
const H_WORD = fnv('w:');
const H_BI = fnv('b:');
const H_CHAR = fnv('c:');
const H_FLAG = fnv('f:');

interface Norm {
  text: string;
  flags: string[];
}

/** Cheap per-instance normalization (lowercased). */
export function normalizeInstance(raw: string): Norm {
  const flags: string[] = [];
  let s = raw;
  if (/[\u{E0000}-\u{E007F}]/u.test(s)) {
    flags.push('tagchars');
    s = s.replace(TAG_CHARS, (c) => {
      const cp = (c.codePointAt(0) ?? 0xe0000) - 0xe0000;
      return cp >= 0x20 && cp < 0x7f ? String.fromCharCode(cp) : '';
    });
  }
  if (/[^\x00-\x7F]/.test(s)) {
    if (/[\uFF01-\uFF5E]/.test(s)) flags.push('fullwidth');
    s = s.normalize('NFKC');
    if (ZW_TEST.test(s)) {
      flags.push('zerowidth');
      s = s.replace(ZW, '');
    }
    // Fold lookalikes inside words that mix scripts (or that fold entirely to Latin letters).
    s = s.replace(/[\p{L}\p{M}]+/gu, (w) => {
      if (!/[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F]/.test(w)) return w;
      const hasLatin = /[A-Za-z]/.test(w);
      let allFold = true;
      let out = '';
      for (const ch of w) {
        const f = HOMO[ch];
        if (f) out += f;
        else {
          out += ch;
          if (/[\u0370-\u052F]/.test(ch)) allFold = false;
        }
      }
      if (hasLatin || allFold) {
        flags.push('homoglyph');
        return out;
      }
      return w;
    });
  }
  s = s.toLowerCase();
  // Letter-spaced / dotted / hyphenated / underscore-joined words: "i g n o r e", "d.i.s.r.e.g.a.r.d".
  s = s.replace(/(?<![a-z0-9])([a-z])([ .\-_])(?:[a-z]\2){1,}[a-z](?![a-z0-9])/g, (m) => {
    flags.push('spaced');
    return m.replace(/[ .\-_]/g, '');
  });
  if (/%[0-9a-f]{2}(?:%[0-9a-f]{2}){5,}/.test(s)) flags.push('percent');
  return { text: s, flags };
}

const WORD_RE = /[\p{L}\p{N}@$]+(?:'[\p{L}]+)?|[^\s\p{L}\p{N}]/gu;
const SINGLE_WORD_CHAR = /[\p{L}\p{N}]/u;
const B64_BODY = /^[a-z0-9+/]+$/;

function tokens(s: string, flags: string[]): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(s)) !== null) {
    let t = m[0];
    const c = t.charCodeAt(0);
    if (t.length === 1 && !(c >= 48 && c <= 57) && !(c >= 97 && c <= 122) && (c < 128 || !SINGLE_WORD_CHAR.test(t))) {
      if (PUNCT_TOKENS.has(t)) out.push(t);
      continue;
    }
    // Character classes of the token in one pass.
    let digits = 0, letters = 0, other = 0;
    for (let i = 0; i < t.length; i++) {
      const k = t.charCodeAt(i);
      if (k >= 48 && k <= 57) digits++;
      else if (k >= 97 && k <= 122) letters++;
      else if (k !== 46 && k !== 44) other++;
    }
    if (c >= 48 && c <= 57 && letters === 0 && other === 0) {
      out.push('0');
      continue;
    }
    if (letters > 0 && (digits > 0 || t.includes('@') || t.includes('$'))) {
      if (letters >= 2 && letters * 2 >= t.length) {
        const d = t.replace(/[013457@$]/g, (x) => LEET[x] ?? x);
        if (d !== t && !/[0-9]/.test(d)) {
          flags.push('leet');
          t = d;
        }
      }
    }
    if (t.length >= 20 && /[0-9]/.test(t) && B64_BODY.test(t)) {
      flags.push('b64like');
      out.push('<b64>');
      continue;
    }
    out.push(t.length > 24 ? t.slice(0, 24) : t);
  }
  return out;
}

let buf = new Int32Array(4096);
let stamp = new Int32Array(FEATURE_DIM);
let gen = 0;

function push(n: number, f: number): number {
  if (stamp[f] === gen) return n;
  stamp[f] = gen;
  if (n === buf.length) {
    const bigger = new Int32Array(buf.length * 2);
    bigger.set(buf);
    buf = bigger;
  }
  buf[n] = f;
  return n + 1;
}

/**
 * Unique hash buckets of one instance, in first-occurrence order, in a shared buffer (valid until the next
 * call): word unigrams, word bigrams, character 4-grams of the token stream, obfuscation flags.
 */
export function uniqueBuckets(raw: string): { buf: Int32Array; n: number } {
  if (++gen >= 0x3fffffff) {
    stamp = new Int32Array(FEATURE_DIM);
    gen = 1;
  }
  const norm = normalizeInstance(raw);
  const flags = norm.flags;
  const toks = tokens(norm.text, flags);
  let n = 0;
  let prevBi = fnv(' ', fnv('<s>', H_BI));
  for (const t of toks) {
    n = push(n, fnv(t, H_WORD) & MASK);
    n = push(n, fnv(t, prevBi) & MASK);
    prevBi = fnv(' ', fnv(t, H_BI));
  }
  n = push(n, fnv('</s>', prevBi) & MASK);
  const joined = ` ${toks.join(' ')} `;
  for (let i = 0; i + 4 <= joined.length; i++) {
    let h = H_CHAR;
    for (let k = i; k < i + 4; k++) h = fnvMul(h ^ joined.charCodeAt(k));
    n = push(n, (h >>> 0) & MASK);
  }
  for (const f of flags) n = push(n, fnv(f, H_FLAG) & MASK);
  return { buf, n };
}

/** Value of every feature of an instance with n unique buckets (binary, scaled to unit length). */
export function featureValue(n: number): number {
  return n > 0 ? Math.fround(1 / Math.sqrt(n)) : 0;
}

/** Splits a document into instance spans: lines (also at escaped \n), long lines into sentences and pairs. */
export function instanceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const lineRe = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    // Escaped line breaks inside JSON strings / HL7 (\n, \r\n, \.br\) separate lines too.
    const parts: [number, number][] = [];
    const sepRe = /\\r\\n|\\n|\\\.br\\/g;
    let last = 0;
    let s: RegExpExecArray | null;
    while ((s = sepRe.exec(m[0])) !== null) {
      parts.push([m.index + last, m.index + s.index]);
      last = s.index + s[0].length;
    }
    parts.push([m.index + last, m.index + m[0].length]);
    for (const [a, b] of parts) {
      if (b - a < 2 || !/\S/.test(text.slice(a, b))) continue;
      if (b - a <= 320) {
        spans.push([a, b]);
        continue;
      }
      const line = text.slice(a, b);
      const cuts = [0];
      const sentRe = /[.!?;](?=\s+\S)/g;
      let c: RegExpExecArray | null;
      while ((c = sentRe.exec(line)) !== null) cuts.push(c.index + 1);
      cuts.push(line.length);
      const sents: [number, number][] = [];
      for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] - cuts[i] > 1) sents.push([a + cuts[i], a + cuts[i + 1]]);
      for (let i = 0; i < sents.length; i++) {
        spans.push(sents[i]);
        if (i + 1 < sents.length) spans.push([sents[i][0], sents[i + 1][1]]);
      }
    }
  }
  if (spans.length === 0 && text.length > 0) spans.push([0, text.length]);
  return spans;
}

/** Instances of a document, each with its span and hashed feature vector. */
export function documentInstances(text: string): Instance[] {
  return instanceSpans(text).map((span) => {
    const u = uniqueBuckets(text.slice(span[0], span[1]));
    return { span, idx: u.buf.slice(0, u.n), val: new Float32Array(u.n).fill(featureValue(u.n)) };
  });
}
