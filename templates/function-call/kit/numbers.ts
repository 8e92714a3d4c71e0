// Numbers in a user's query, with their positions: digits with thousands separators, decimals, signs, currency
// and magnitude words ("2.5 million", "3k"), and small spelled-out numbers ("six", "twenty five").
// Pure and deterministic (runs in workflow code).

export interface NumberHit {
  value: number;
  /** Offsets into the query (the number's text, without currency sign or magnitude word). */
  start: number;
  end: number;
  integer: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const MAGNITUDES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

// A digit number: optional sign (only after a space, bracket, '=' or ':'; "2019-2020" is two years), digits
// with optional thousands separators, an optional decimal part, then an optional magnitude word.
const DIGITS = /(^|[\s(=:$€£,[/-])(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(k|m|mn|b|bn|thousand|million|billion)\b)?/gi;
const WORD = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b/gi;

/** Every number in the query, in order of position. */
export function numbers(query: string): NumberHit[] {
  const hits: NumberHit[] = [];
  for (const m of query.matchAll(DIGITS)) {
    const lead = m[1] ?? '';
    const start = (m.index ?? 0) + lead.length;
    const text = `${m[2] ?? ''}${(m[3] ?? '').replace(/,/g, '')}${m[4] ?? ''}`;
    let value = Number(text);
    const magnitude = m[5] ? MAGNITUDES[m[5].toLowerCase()] : undefined;
    // "3 m" is more often metres than millions: only a magnitude written next to a number with a currency sign or
    // a full word ("million") scales it.
    if (magnitude && (m[5]!.length > 2 || lead === '$' || lead === '€' || lead === '£')) value *= magnitude;
    if (!Number.isFinite(value)) continue;
    hits.push({ value, start, end: start + (m[2] ?? '').length + (m[3] ?? '').length + (m[4] ?? '').length, integer: Number.isInteger(value) && !m[4] });
  }
  for (const m of query.matchAll(WORD)) {
    const first = m[1]!.toLowerCase();
    const value = (UNITS[first] ?? TENS[first] ?? 0) + (m[2] && TENS[first] !== undefined ? UNITS[m[2].toLowerCase()] ?? 0 : 0);
    // "one of", "the one" are rarely quantities.
    if (first === 'one' && /^\s+(of|who|that|which)\b/i.test(query.slice((m.index ?? 0) + m[0].length))) continue;
    hits.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, integer: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The number at a position among the numbers of the query (0 = the first), or undefined; with `integer`, among its
 * integers only. For values written by position: "the gcd of 12 and 18", "the point (3, 4)".
 */
export function numberAt(query: string, index: number, options: { integer?: boolean } = {}): number | undefined {
  return numbers(query).filter((h) => !options.integer || h.integer)[index]?.value;
}
