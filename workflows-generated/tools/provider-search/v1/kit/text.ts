// Words and phrases of a user's query: cue matching, the phrase after a cue, proper names, quoted strings, lists,
// and choosing among allowed values. Case-insensitive, word-bounded. Pure and deterministic (runs in workflow code).

/** Words that end a phrase taken after a cue. */
export const STOP_WORDS: readonly string[] = [
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'and', 'or', 'of', 'using', 'during', 'over', 'under', 'between',
  'within', 'into', 'about', 'that', 'which', 'who', 'where', 'when', 'if', 'as', 'per', 'than', 'is', 'are', 'was', 'were',
  'be', 'will', 'would', 'should', 'can', 'could', 'please', 'also', 'including', 'based', 'given', 'after', 'before',
];
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'some']);
// Capitalised words that start requests rather than name things.
const NOT_NAMES = new Set([
  'i', 'find', 'get', 'give', 'show', 'tell', 'what', 'who', 'whom', 'which', 'where', 'when', 'how', 'why', 'calculate', 'compute',
  'determine', 'search', 'look', 'list', 'fetch', 'retrieve', 'provide', 'can', 'could', 'would', 'please', 'is', 'are', 'do', 'does',
  'the', 'a', 'an', 'in', 'on', 'for', 'of', 'and', 'or', 'to', 'with', 'me', 'my', 'book', 'plan', 'check', 'identify', 'predict',
  'convert', 'generate', 'create', 'make', 'estimate', 'analyze', 'analyse', 'order', 'send', 'set', 'let', 'help', 'i\'m', 'i\'d',
]);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word-bounded, case-insensitive pattern for one cue (a word or phrase; spaces match any whitespace). */
function cuePattern(cue: string): RegExp {
  return new RegExp(`(^|[^a-z0-9])(${escapeRegex(cue.trim()).replace(/\s+/g, '\\s+')})(?=$|[^a-z0-9])`, 'gi');
}

/** Every occurrence of any cue: [start, end) offsets of the cue text, in order of position. */
export function cueSpans(query: string, cues: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const cue of cues) {
    if (!cue.trim()) continue;
    for (const m of query.matchAll(cuePattern(cue))) {
      const start = (m.index ?? 0) + (m[1] ?? '').length;
      spans.push({ start, end: start + (m[2] ?? '').length });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether the query mentions any of the terms (word-bounded, case-insensitive). */
export function has(query: string, terms: readonly string[]): boolean {
  return cueSpans(query, terms).length > 0;
}

/**
 * The allowed value the query mentions first. `options` lists the values; `synonyms` maps a value to other ways of
 * saying it (e.g. { fastest: ['quickest'] }). Underscores in a value match spaces ("six_months" ~ "six months"),
 * and a long one-word value matches words on its stem ("neurology" ~ "neurologist").
 */
export function oneOf(query: string, options: readonly string[], synonyms: Record<string, readonly string[]> = {}): string | undefined {
  let best: { value: string; start: number } | undefined;
  for (const value of options) {
    const spellings = [value, value.replace(/[_-]+/g, ' '), ...(synonyms[value] ?? [])];
    const first = cueSpans(query, spellings)[0] ?? stemSpan(query, value);
    if (first && (!best || first.start < best.start)) best = { value, start: first.start };
  }
  return best?.value;
}

/**
 * A word of the query that shares a long stem with a one-word value: "cardiology" ~ "cardiologist",
 * "pediatrics" ~ "pediatrician", "orthopedics" ~ "orthopedic". Only for values of 8+ letters (short ones would
 * match too much).
 */
function stemSpan(query: string, value: string): { start: number; end: number } | undefined {
  if (!/^[a-z]{8,}$/i.test(value)) return undefined;
  const stem = value.toLowerCase().slice(0, value.length - 3);
  const m = new RegExp(`(^|[^a-z])(${stem}[a-z]*)`, 'i').exec(query);
  return m ? { start: m.index + (m[1] ?? '').length, end: m.index + m[0].length } : undefined;
}

function cleanPhrase(words: string[]): string | undefined {
  while (words.length && ARTICLES.has(words[0]!.toLowerCase())) words.shift();
  const text = words.join(' ').replace(/^[\s"'“‘(]+|[\s"'”’),.;:!?]+$/g, '');
  return text ? text : undefined;
}

/**
 * The phrase right after the first cue that has one: up to `maxWords` words, ending before a stop word or at
 * punctuation; leading articles are dropped. E.g. textAfter('weather in New York for 3 days', ['in']) = 'New York'.
 */
export function textAfter(query: string, cues: readonly string[], options: { maxWords?: number; stopWords?: readonly string[] } = {}): string | undefined {
  const maxWords = options.maxWords ?? 4;
  const stop = new Set((options.stopWords ?? STOP_WORDS).map((w) => w.toLowerCase()));
  for (const span of cueSpans(query, cues)) {
    const rest = query.slice(span.end);
    const clause = rest.split(/[,;.!?()]|\s-\s/)[0] ?? '';
    const words: string[] = [];
    for (const w of clause.trim().split(/\s+/)) {
      if (!w) continue;
      if (words.length > 0 && stop.has(w.toLowerCase())) break;
      if (words.length === 0 && stop.has(w.toLowerCase()) && !ARTICLES.has(w.toLowerCase())) break;
      words.push(w);
      if (words.filter((x) => !ARTICLES.has(x.toLowerCase())).length >= maxWords) break;
    }
    const phrase = cleanPhrase(words);
    if (phrase) return phrase;
  }
  return undefined;
}

/**
 * Runs of capitalised words (names of people, places, teams, works): "Cristiano Ronaldo", "New York", "Bank of
 * America". Request words ("Find", "What") are not names. With `after`, only names that follow one of those cues.
 */
export function properNames(query: string, options: { after?: readonly string[] } = {}): string[] {
  const from = options.after ? (cueSpans(query, options.after)[0]?.end ?? -1) : 0;
  if (from < 0) return [];
  const out: string[] = [];
  const text = query.slice(from);
  let run: string[] = [];
  const flush = () => {
    while (run.length && /^(of|the|de|la|and)$/i.test(run[run.length - 1]!)) run.pop();
    if (run.length) out.push(run.join(' '));
    run = [];
  };
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z0-9À-ž][A-Za-z0-9À-ž'’.&-]*/g)) {
    // Punctuation between two words ends a name: "New York, USA" is two.
    if (run.length && /[^\s]/.test(text.slice(last, m.index ?? 0))) flush();
    last = (m.index ?? 0) + m[0].length;
    const t = m[0].replace(/[.'’]+$/, '');
    const capital = /^[A-ZÀ-Þ]/.test(t) && !NOT_NAMES.has(t.toLowerCase());
    if (capital) run.push(t);
    else if (run.length && /^(of|the|de|la)$/i.test(t)) run.push(t);
    else flush();
    if (m[0] !== t && /[.]$/.test(m[0]) && !/^[A-Z]$/.test(t)) flush();
  }
  flush();
  return out;
}

/** Strings in quotes ("…", '…', “…”), in order. */
export function quoted(query: string): string[] {
  return [...query.matchAll(/"([^"]+)"|“([^”]+)”|(?:^|\s)'([^']+)'(?=$|[\s,.;:!?])/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim()).filter(Boolean);
}

/** The items listed after a cue: "price, rating and reviews" → ['price', 'rating', 'reviews']. */
export function listAfter(query: string, cues: readonly string[], maxItems = 8): string[] {
  for (const span of cueSpans(query, cues)) {
    const clause = (query.slice(span.end).split(/[.;!?]/)[0] ?? '').trim();
    const items = clause
      .split(/\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*/)
      .map((s) => {
        const words: string[] = [];
        for (const w of s.trim().split(/\s+/)) {
          if (words.length && STOP_WORDS.includes(w.toLowerCase())) break;
          words.push(w);
        }
        return cleanPhrase(words);
      })
      .filter((s): s is string => !!s);
    if (items.length) return items.slice(0, maxItems);
  }
  return [];
}
