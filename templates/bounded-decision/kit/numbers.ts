// Numbers with units: a value written after its label ("HbA1c 8.2%", "BMI: 31,4", "Epworth score of 15/24"),
// spelled-out numbers, decimal commas, dated readings ("A1c 7.1 (03/2024), 8.2 (06/2024)"), and BMI computed
// from weight and height in kg/cm/m or lb/in/ft.
import { findTerms, type Doc, type Mention, type Span } from './text';

export interface NumberReading {
  value: number;
  span: Span;
  /** Sortable date (yyyymmdd) written next to the value, when there is one. */
  date?: number;
}

const WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "8.2", "8,2", "thirty-one" → number; undefined when the token is not a number. */
export function parseNumber(token: string): number | undefined {
  const t = token.trim().toLowerCase();
  if (/^\d{1,4}(?:[.,]\d{1,3})?$/.test(t)) return Number(t.replace(',', '.'));
  const parts = t.split(/[\s-]+/);
  if (parts.length > 2 || !parts.every((p) => p in WORDS)) return undefined;
  return parts.reduce((sum, p) => sum + (WORDS[p] ?? 0), 0);
}

const NUMBER_TOKEN = String.raw`(\d{1,4}(?:[.,]\d{1,3})?(?!\d|\/\d{3}|\/\d{1,2}\/)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven|eight|nine)`;
/** Between a label and its value: separators and a few filler words, never another number. */
const LEAD = new RegExp(String.raw`^(?:[\s:=()\-–>]|\bis\b|\bwas\b|\bof\b|\bat\b|\bscore\b|\bvalue\b|\bresult\b|\blevel\b|\bmeasured\b|\bnow\b|\btoday\b|\bcurrent(?:ly)?\b|\brecent\b|\blatest\b|\bmost recent\b|\b(?:kg|lb)/m2\b|\(h\)|\(l\)|\bh\b|\bhigh\b){0,8}?${NUMBER_TOKEN}`);
const DATE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{4})/;

function dateNear(doc: Doc, from: number, sentence: Span): number | undefined {
  const around = doc.folded.slice(Math.max(sentence[0], from - 30), Math.min(sentence[1], from + 30));
  const m = DATE.exec(around);
  if (!m) return undefined;
  if (m[4]) return Number(m[4]) * 10000 + Number(m[5]) * 100 + Number(m[6]);
  if (m[7]) return Number(m[8]) * 10000 + Number(m[7]) * 100;
  const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
  return year * 10000 + Number(m[1]) * 100 + Number(m[2]);
}

/** The number written right after a label mention (within 30 characters), if any. */
export function numberAfter(doc: Doc, m: Mention): NumberReading | undefined {
  const after = doc.folded.slice(m.span[1], Math.min(m.sentence[1], m.span[1] + 40));
  const hit = LEAD.exec(after);
  if (!hit || hit[1] === undefined) return undefined;
  const value = parseNumber(hit[1]);
  if (value === undefined) return undefined;
  const start = m.span[1] + hit[0].length - hit[1].length;
  const date = dateNear(doc, start, m.sentence);
  return { value, span: [m.span[0], start + hit[1].length], ...(date !== undefined ? { date } : {}) };
}

/** Every value written after one of the labels, in text order. */
export function readingsAfter(doc: Doc, labels: readonly string[]): NumberReading[] {
  const out: NumberReading[] = [];
  for (const m of findTerms(doc, labels)) {
    const r = numberAfter(doc, m);
    if (r) out.push(r);
  }
  return out;
}

export type Pick = { kind: 'value'; reading: NumberReading } | { kind: 'none' } | { kind: 'conflict'; readings: NumberReading[] };

/** One value from several readings: equal values agree; otherwise the latest dated one, else a conflict. */
export function pickReading(readings: readonly NumberReading[]): Pick {
  if (!readings.length) return { kind: 'none' };
  const distinct = [...new Set(readings.map((r) => r.value))];
  if (distinct.length === 1) return { kind: 'value', reading: readings[0]! };
  const dated = readings.filter((r) => r.date !== undefined);
  if (dated.length === readings.length) {
    const latest = [...dated].sort((a, b) => (b.date ?? 0) - (a.date ?? 0));
    if (latest[0]!.date !== latest[1]!.date) return { kind: 'value', reading: latest[0]! };
  }
  return { kind: 'conflict', readings: [...readings] };
}

const WEIGHT = /\b(?:weight|wt|weighs|weighed)\b[\s:=]{0,3}(?:is\s|of\s|was\s)?(\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilograms?|lb|lbs|pounds?|#)?/;
const HEIGHT_METRIC = /\b(?:height|ht|tall)\b[\s:=]{0,3}(?:is\s|of\s|was\s)?(\d(?:[.,]\d{1,2})?|\d{3}(?:[.,]\d)?)\s*(m|cm|meters?|centimet(?:er|re)s?)\b/;
const HEIGHT_IMPERIAL = /\b(?:height|ht|tall)\b[\s:=]{0,3}(?:is\s|of\s|was\s)?(?:(\d)\s*(?:'|ft|feet|foot)\s*(\d{1,2})?\s*(?:"|''|in|inches)?|(\d{2})\s*(?:in|inches|")(?![a-z]))/;

/** BMI computed from a weight and a height written in the text (kg with cm/m, or lb with in / ft+in). */
export function bmiFromWeightHeight(doc: Doc): { value: number; span: Span } | undefined {
  const s = doc.folded;
  const w = WEIGHT.exec(s);
  if (!w) return undefined;
  let kg = Number(w[1]!.replace(',', '.'));
  const wUnit = w[2] ?? '';
  const hm = HEIGHT_METRIC.exec(s);
  const hi = HEIGHT_IMPERIAL.exec(s);
  let meters: number | undefined;
  if (hm) {
    const n = Number(hm[1]!.replace(',', '.'));
    meters = /^c/.test(hm[2]!) ? n / 100 : n;
  } else if (hi) {
    const inches = hi[3] !== undefined ? Number(hi[3]) : Number(hi[1]) * 12 + Number(hi[2] ?? 0);
    meters = inches * 0.0254;
  }
  if (meters === undefined || !(meters > 0.5 && meters < 2.6)) return undefined;
  // A weight without a unit is taken as pounds only when the height is imperial (US charts); else kilograms.
  if (/^(?:lb|pound|#)/.test(wUnit) || (wUnit === '' && !hm && hi)) kg *= 0.45359237;
  const value = Math.round((kg / (meters * meters)) * 10) / 10;
  const hit = hm ?? hi!;
  return { value, span: [Math.min(w.index, hit.index), Math.max(w.index + w[0].length, hit.index + hit[0].length)] };
}
