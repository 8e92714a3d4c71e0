// Vendored copy of templates/bounded-decision/kit/numbers.ts for this released version. Do not edit.
// Numbers with units: a value written after its label ("HbA1c 8.2%", "BMI: 31,4", "Epworth score of 15/24"),
// spelled-out numbers, decimal commas, dated readings ("A1c 7.1 (03/2024), 8.2 (06/2024)"), and BMI computed
// from weight and height in kg/cm/m or lb/in/ft.
import { findTerms, sentenceOf, type Doc, type Mention, type Span } from './text';

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
const LEAD = new RegExp(String.raw`^(?:[\s:=()\-–>~]|\bis\b|\bwas\b|\bof\b|\bat\b|\bfor\b|\bx\b|\bover\b|\babout\b|\bapprox\.?|\baround\b|\bscore\b|\bvalue\b|\bresult\b|\blevel\b|\bmeasured\b|\bnow\b|\btoday\b|\bcurrent(?:ly)?\b|\brecent\b|\blatest\b|\bmost recent\b|\b(?:kg|lb)/m2\b|\(h\)|\(l\)|\bh\b|\bhigh\b|\b(?:down|up|decreased|improved|increased|dropped|fell|rose)\b|\bfrom\b){0,8}?${NUMBER_TOKEN}`);
const DATE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{4})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Feb 2023", "September 2024", "(Jan 2025)": a month name and a year. */
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{4})\b/;

/** A DATE match as yyyymmdd. */
function dateKey(m: RegExpExecArray): number {
  if (m[4]) return Number(m[4]) * 10000 + Number(m[5]) * 100 + Number(m[6]);
  if (m[7]) return Number(m[8]) * 10000 + Number(m[7]) * 100;
  const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
  return year * 10000 + Number(m[1]) * 100 + Number(m[2]);
}

const DATE_ALONE = new RegExp(`^(?:${DATE.source})$`);

/** A date written alone (a table cell: "2024-04-11", "04/11/2024", "3/2024"), as yyyymmdd. */
export function dateValue(cell: string): number | undefined {
  const m = DATE_ALONE.exec(cell.trim());
  return m ? dateKey(m) : undefined;
}

function dateNear(doc: Doc, from: number, sentence: Span): number | undefined {
  const around = doc.folded.slice(Math.max(sentence[0], from - 30), Math.min(sentence[1], from + 30));
  const m = DATE.exec(around);
  if (!m) {
    // Only after the value: "8.4% in Feb 2023 and 7.1% in Nov 2024" dates each value by what follows it.
    const after = doc.folded.slice(from, Math.min(sentence[1], from + 22));
    const w = MONTH_YEAR.exec(after);
    return w ? Number(w[2]) * 10000 + (MONTHS.indexOf(w[1]!) + 1) * 100 : undefined;
  }
  return dateKey(m);
}

/** The number written right after a label mention (within 30 characters), if any. */
export function numberAfter(doc: Doc, m: Mention): NumberReading | undefined {
  return numbersAfter(doc, m)[0];
}

/**
 * After the first value, a chain of further readings of the same label: a trend ("9.1 → 7.4", "8.2 then 7.6")
 * or a dated list ("8.4% (1/2023), 7.1% (2/2024)"). A trend's last value is the most recent one; "(down from
 * 8.5)" names an older one. Returned in text order; the caller picks.
 */
const CHAIN = /^\s*(?:%|mg\/dl|kg\/m2|kg\/m²|points?)?\s*(?:\(\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.? \d{4}|\d{4})\s*\)|in [a-z]{3,9}\.? \d{4})?\s*(→|->|=>|>|,|;|\band\b|\bthen\b|\bnow\b|\bdown to\b|\bup to\b|\bimproved to\b|\bincreased to\b|\bdecreased to\b|\bto\b)\s*(?:(?:repeat|recheck|latest|most recent|current|today)\s*:?\s*)?(\d{1,3}(?:[.,]\d{1,2})?)(?![\d/])/;
const OLDER = /^\s*%?\s*\(\s*(?:down|up|decreased|improved|increased|dropped) from\b/;

export function numbersAfter(doc: Doc, m: Mention): NumberReading[] {
  const after = doc.folded.slice(m.span[1], Math.min(m.sentence[1], m.span[1] + 40));
  const hit = LEAD.exec(after);
  if (!hit || hit[1] === undefined) return [];
  const value = parseNumber(hit[1]);
  if (value === undefined) return [];
  let start = m.span[1] + hit[0].length - hit[1].length;
  let end = start + hit[1].length;
  // A range ("BMI 40-44.9", a coding category) is not one reading.
  if (/^\s*[-–]\s*\d/.test(doc.folded.slice(end, end + 6))) return [];
  const date = dateNear(doc, start, m.sentence);
  const first: NumberReading = { value, span: [m.span[0], end], ...(date !== undefined ? { date } : {}) };
  if (OLDER.test(doc.folded.slice(end, end + 30))) return [first];
  const out = [first];
  for (let i = 0; i < 6; i++) {
    const rest = doc.folded.slice(end, Math.min(m.sentence[1], end + 60));
    const c = CHAIN.exec(rest);
    if (!c || c[2] === undefined) break;
    const v = parseNumber(c[2]);
    if (v === undefined) break;
    start = end + c[0].length - c[2].length;
    end = start + c[2].length;
    const d = dateNear(doc, start, [start, Math.min(m.sentence[1], end + 30)]);
    const trend = c[1] !== ',' && c[1] !== ';' && c[1] !== 'and';
    // A trend's later values are more recent: give them increasing pseudo-dates after any written date.
    out.push({ value: v, span: [start, end], ...(d !== undefined ? { date: d } : trend ? { date: (out[out.length - 1]!.date ?? 0) + 1 } : {}) });
    if (trend && out[out.length - 2]!.date === undefined) out[out.length - 2] = { ...out[out.length - 2]!, date: 0 };
  }
  return out;
}

/** Every value written after one of the labels, in text order. */
export function readingsAfter(doc: Doc, labels: readonly string[]): NumberReading[] {
  const out: NumberReading[] = [];
  for (const m of findTerms(doc, labels)) out.push(...numbersAfter(doc, m));
  return out;
}

export type Pick = { kind: 'value'; reading: NumberReading } | { kind: 'none' } | { kind: 'conflict'; readings: NumberReading[] };

/** One value from several readings: equal values agree; otherwise the latest dated one, else a conflict. */
export function pickReading(readings: readonly NumberReading[]): Pick {
  if (!readings.length) return { kind: 'none' };
  const distinct = [...new Set(readings.map((r) => r.value))];
  if (distinct.length === 1) return { kind: 'value', reading: readings[0]! };
  const dated = readings.filter((r) => r.date !== undefined);
  if (dated.length === readings.length && dated.length > 1) {
    const latest = [...dated].sort((a, b) => (b.date ?? 0) - (a.date ?? 0));
    if (latest[0]!.date !== latest[1]!.date) return { kind: 'value', reading: latest[0]! };
  }
  return { kind: 'conflict', readings: [...readings] };
}

/** A reading said to be the current one ("BMI today 31.0", "current BMI 33", under a "*** Today ***" header). */
const CURRENT_CUE = /\b(?:today|today's|current(?:ly)?|now|this visit|most recent|latest)\b/;
/** A reading said to be another than the current one: a goal, a past or copied-forward value. */
const OTHER_CUE = /\b(?:target|goal|baseline|heaviest|highest|lowest|peak|max(?:imum)?|copied|carried forward|prior|previous(?:ly)?|ago|start(?:ed|ing)?|before|historical|last year|in (?:19|20)\d\d)\b/;
const TARGET_CUE = /\b(?:target|goal)\b/;

/** The reading's sentence (to a little after its value) and the line before it: where its cues are written. */
function readingContext(doc: Doc, r: NumberReading): string {
  const s = sentenceOf(doc, r.span[0]);
  const lineStart = doc.folded.lastIndexOf('\n', s[0] - 1);
  // The line before counts only as a header ("*** Today 04/02/2024 ***", "Copied forward from 01/15/2023").
  const before = lineStart > 0 ? doc.folded.slice(doc.folded.lastIndexOf('\n', lineStart - 1) + 1, lineStart) : '';
  const prevLine = before.trim().length <= 45 ? before : '';
  return `${prevLine} ${doc.folded.slice(s[0], Math.min(s[1], r.span[1] + 25))}`;
}

/**
 * Conflicting readings settled by what the chart says of them: the one value said to be current (not a goal),
 * else the one value not said to be a goal or a past value ("BMI 34.2 at intake; BMI today 31.0"). Undefined
 * when that leaves more than one value (a real conflict).
 */
export function currentReading(doc: Doc, readings: readonly NumberReading[]): NumberReading | undefined {
  const ctx = readings.map((r) => readingContext(doc, r));
  const one = (rs: NumberReading[]) => (rs.length && new Set(rs.map((r) => r.value)).size === 1 ? rs[rs.length - 1] : undefined);
  const current = readings.filter((_, i) => CURRENT_CUE.test(ctx[i]!) && !TARGET_CUE.test(ctx[i]!));
  return one(current) ?? one(readings.filter((_, i) => !OTHER_CUE.test(ctx[i]!)));
}

const WEIGHT = /\b(?:weight|wt|weighs|weighed)\b[\s:=]{0,3}(?:is\s|of\s|was\s)?(\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilograms?|lb|lbs|pounds?|#)?|(?<![\d.])(\d{2,3}(?:[.,]\d)?)\s*(kg|kgs|kilograms?|lb|lbs|pounds)\b/;
const HEIGHT_METRIC = /(?:\b(?:height|ht|tall)\b[\s:=]{0,3}(?:is\s|of\s|was\s)?)?(?<![\d.])([12][.,]\d{1,2}|1\d{2}(?:[.,]\d)?)\s*(m|cm|meters?|centimet(?:er|re)s?)\b(?!\/)/;
const HEIGHT_IMPERIAL = /(?:\b(?:height|ht|tall)\b[\s:=]{0,3}(?:is\s|of\s|was\s)?)?(?:(?<!\d)([4-7])\s*(?:'|ft|feet|foot)\s*(\d{1,2})?\s*(?:"|''|in\b|inches)?|\b(?:height|ht|tall)\b[\s:=]{0,3}(\d{2})\s*(?:in|inches|")(?![a-z])|(?<![\d.])([5-8]\d)\s*(?:in|inches)\b)/;

const STONES = /\b(\d{1,2})\s*(?:st|stone)\b\s*(?:(\d{1,2})\s*(?:lb|lbs|pounds?)\b)?/;

/** BMI computed from a weight and a height written in the text (kg with cm/m, lb or stones with in / ft+in). */
export function bmiFromWeightHeight(doc: Doc): { value: number; span: Span } | undefined {
  const s = doc.folded;
  const st = STONES.exec(s);
  const w = st ? undefined : WEIGHT.exec(s);
  if (!w && !st) return undefined;
  let kg = st ? Number(st[1]) * 6.35029318 + Number(st[2] ?? 0) * 0.45359237 : Number((w![1] ?? w![3])!.replace(',', '.'));
  const wUnit = st ? 'kg' : (w![2] ?? w![4] ?? '');
  const wAt = st ? st.index : w!.index;
  const wEnd = st ? st.index + st[0].length : w!.index + w![0].length;
  const hm = HEIGHT_METRIC.exec(s);
  const hi = HEIGHT_IMPERIAL.exec(s);
  let meters: number | undefined;
  if (hm) {
    const n = Number(hm[1]!.replace(',', '.'));
    meters = /^c/.test(hm[2]!) ? n / 100 : n;
  } else if (hi) {
    const inches = hi[3] !== undefined ? Number(hi[3]) : hi[4] !== undefined ? Number(hi[4]) : Number(hi[1]) * 12 + Number(hi[2] ?? 0);
    meters = inches * 0.0254;
  }
  if (meters === undefined || !(meters > 0.5 && meters < 2.6)) return undefined;
  // A weight without a unit is taken as pounds only when the height is imperial (US charts); else kilograms.
  if (/^(?:lb|pound|#)/.test(wUnit) || (wUnit === '' && !hm && hi)) kg *= 0.45359237;
  const value = Math.round((kg / (meters * meters)) * 10) / 10;
  const hit = hm ?? hi!;
  return { value, span: [Math.min(wAt, hit.index), Math.max(wEnd, hit.index + hit[0].length)] };
}

// Vitals tables: a header line naming the columns ("Date  Wt (lb)  Ht (in)  BMI", or with "|") and one dated row
// per visit below it. The latest dated row gives the BMI: its BMI cell, else its weight over its height squared.
type Column = 'date' | 'bmi' | 'wkg' | 'wlb' | 'w' | 'hcm' | 'hin' | 'hm' | 'h' | 'other';
const COLUMN: ReadonlyArray<[Column, RegExp]> = [
  ['date', /\b(?:date|visit|encounter)\b/], ['bmi', /\b(?:bmi|body mass index)\b/],
  ['wkg', /\b(?:wt|weight)\b.{0,4}\bkgs?\b/], ['wlb', /\b(?:wt|weight)\b.{0,4}\b(?:lbs?|pounds)\b/], ['w', /\b(?:wt|weight)\b/],
  ['hcm', /\b(?:ht|height)\b.{0,4}\bcm\b/], ['hin', /\b(?:ht|height)\b.{0,4}\b(?:in|inches)\b/], ['hm', /\b(?:ht|height)\b.{0,4}\bm\b/], ['h', /\b(?:ht|height)\b/],
];
const cells = (line: string) => line.split(/\s*\|\s*|\t+|\s{2,}/).map((c) => c.trim()).filter((c) => c.length > 0);

function rowBmi(cs: string[], kinds: Column[]): number | undefined {
  const at = (k: Column) => kinds.indexOf(k);
  const num = (i: number) => (i >= 0 && cs[i] !== undefined ? parseNumber(cs[i]!.replace(/\s*(?:kg|lbs?|cm|in|m|kg\/m2)$/, '')) : undefined);
  const b = num(at('bmi'));
  if (b !== undefined && b >= 8 && b <= 150) return b;
  const lb = num(at('wlb'));
  let kg = num(at('wkg')) ?? (lb !== undefined ? lb * 0.45359237 : undefined);
  const wCell = at('w') >= 0 ? cs[at('w')] : undefined;
  if (kg === undefined && wCell) kg = /lb/.test(wCell) ? (num(at('w')) ?? 0) * 0.45359237 : /kg/.test(wCell) ? num(at('w')) : undefined;
  const hCell = at('h') >= 0 ? cs[at('h')] : undefined;
  const cm = num(at('hcm'));
  const inches = num(at('hin'));
  let m = cm !== undefined ? cm / 100 : inches !== undefined ? inches * 0.0254 : num(at('hm'));
  if (m === undefined && hCell) {
    const ftIn = /^([4-7])\s*(?:'|ft)\s*(\d{1,2})?/.exec(hCell);
    m = ftIn
      ? (Number(ftIn[1]) * 12 + Number(ftIn[2] ?? 0)) * 0.0254
      : /cm/.test(hCell) ? (num(at('h')) ?? 0) / 100 : /in\b|"/.test(hCell) ? (parseNumber(hCell.replace(/\s*(?:in|inches|")$/, '')) ?? 0) * 0.0254 : undefined;
  }
  if (kg === undefined || m === undefined || !(m > 0.5 && m < 2.6) || !(kg > 20)) return undefined;
  return Math.round((kg / (m * m)) * 10) / 10;
}

/** The BMI of the latest dated row of a vitals table in the text, if there is one. */
export function tableBmi(doc: Doc): { value: number; span: Span } | undefined {
  const lines = doc.folded.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const at = offset;
    offset += l.length + 1;
    return at;
  });
  for (let i = 0; i < lines.length; i++) {
    const head = cells(lines[i]!);
    if (head.length < 3) continue;
    const kinds = head.map((c) => COLUMN.find(([, re]) => re.test(c))?.[0] ?? 'other');
    const hasBody = kinds.includes('bmi') || (kinds.some((k) => k[0] === 'w') && kinds.some((k) => k[0] === 'h'));
    const dateAt = kinds.indexOf('date');
    if (dateAt < 0 || !hasBody) continue;
    const rows: Array<{ date: number; value: number; span: Span }> = [];
    for (let j = i + 1; j < lines.length; j++) {
      const cs = cells(lines[j]!);
      if (cs.length !== head.length) break;
      const date = dateValue(cs[dateAt]!);
      const value = rowBmi(cs, kinds);
      if (date === undefined || value === undefined) break;
      rows.push({ date, value, span: [starts[j]!, starts[j]! + lines[j]!.length] });
    }
    if (!rows.length) continue;
    const latest = rows.sort((a, b) => b.date - a.date)[0]!;
    return { value: latest.value, span: latest.span };
  }
  return undefined;
}
