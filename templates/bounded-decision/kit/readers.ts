// Readers: one per fact, configured with terms (plain lower-case phrases, synonyms included). A compiled
// extractor slot is a call of `extractFacts(text, { fact: reader(...) })`. Every reader returns the value,
// whether the text addressed the fact, why it is unsure (never quoting the text) and the evidence spans.
import { bmiFromWeightHeight, currentReading, pickReading, readingsAfter, tableBmi } from './numbers';
import { checkedAnswer, isFamilyHistory, isHedged, isNegated, isPlanned, isPlannedBefore, isResolved } from './scopes';
import { findTerms, lineOf, overlaps, prepareDoc, sentenceOf, typeDigit, type Doc, type Mention, type Span } from './text';
import { inDirective } from './directives';
import type { ExtractorResult, Facts } from '../types';

/** What a reader found for one fact. */
export interface Reading<T> {
  value: T;
  found: boolean;
  /** Set when the fact cannot be settled with confidence (the case then goes to review). */
  uncertain?: string;
  evidence: Span[];
}

export type Reader<T> = (doc: Doc, fact: string) => Reading<T>;

export interface FlagOptions {
  /** Phrases that state the fact ("type 2 diabetes", "t2dm", "e11"). */
  terms: string[];
  /** Phrases that mention the topic but state something else ("type 1 diabetes", "prediabetes"): found, not true. */
  exclude?: string[];
  /** Phrases that leave the fact open ("copd" without severity): found, and uncertain unless a term settles it. */
  unsure?: string[];
  /** A suspected or possible mention ("concern for epidural abscess") states the fact (a red flag that is suspected counts). */
  suspected?: boolean;
}

/** Mentions not inside a blocking phrase, nor right after one that qualifies them ("type 1" + "dm" = "type 1 dm"). */
function mentionsOutside(doc: Doc, terms: string[], blocked: Mention[]): Mention[] {
  return findTerms(doc, terms).filter((m) => !blocked.some((b) => overlaps(b.span, m.span) || (b.span[1] <= m.span[0] && /^[\s-]{0,2}$/.test(doc.folded.slice(b.span[1], m.span[0])))));
}

/** The condition a typed term names, without its type ("type 2 diabetes mellitus" → "diabetes"). */
function typedHeads(terms: readonly string[]): { heads: string[]; types: Set<string> } {
  const heads = new Set<string>();
  const types = new Set<string>();
  for (const t of terms) {
    const m = /^type[\s-]*(\d|i{1,3}|one|two|three)\s+([a-z]{4,})\b/.exec(String(t).toLowerCase().trim());
    if (m) {
      heads.add(m[2]!);
      types.add(typeDigit(m[1]!));
    }
  }
  return { heads: [...heads], types };
}

/**
 * The type given right after the condition, on its line or the next ("Diabetes mellitus: [X] Yes / If yes:
 * type 2, on metformin"): the condition with that type is stated. Not when the box says no or the type is denied.
 */
function typeGivenAfter(doc: Doc, m: Mention, types: Set<string>): boolean {
  const line = lineOf(doc, m.span[0]);
  if (checkedAnswer(doc.folded.slice(line[0], line[1])) === 'no') return false;
  // To the end of the next line, at most 100 characters.
  const next = line[1] < doc.folded.length ? lineOf(doc, line[1] + 1)[1] : line[1];
  const window = doc.folded.slice(m.span[1], Math.min(m.span[1] + 100, next));
  // "Type: [ ] 1  [x] 2": the number whose box is ticked.
  const boxes = /(?<![a-z])(?:type|typ)\s*:?\s*((?:[\[(]\s*[x✓✔*•●]?\s*[\])]\s*(?:1|2|3|i|ii|iii)\b\s*){2,})/.exec(window);
  if (boxes) {
    const ticked = [...boxes[1]!.matchAll(/[\[(]\s*([x✓✔*•●]?)\s*[\])]\s*(1|2|3|i|ii|iii)\b/g)].filter((b) => b[1]).map((b) => typeDigit(b[2]!));
    return ticked.length === 1 && types.has(ticked[0]!);
  }
  const t = /(?<![a-z])(?:type|typ)[\s-]*(1|i|one|2|ii|two|3|iii|three)(?![a-z0-9])/.exec(window);
  if (!t || !types.has(typeDigit(t[1]!))) return false;
  const before = window.slice(Math.max(0, t.index - 30), t.index);
  const after = window.slice(t.index + t[0].length, t.index + t[0].length + 20);
  return !/(?:^|[^a-z])(?:no|not|vs\.?|versus|or|\?)\s*$|(?:previously|formerly|initially|originally|mis\w+|label+ed|thought to be|called)\b[^.;]{0,20}$/.test(before) && !/^\s*(?:vs\.?|versus|or\b|\?|[-:,(]?\s*(?:ruled out|excluded|unlikely|negative|denied|r\/o|possible|suspected))/.test(after);
}

/** A head word that modifies another noun ("diabetic retinopathy", "diabetes educator"), not the condition itself. */
const HEAD_MODIFIES = /^[\s-]*(?:mellitus[\s-]+)?(?:[a-z]*pathy|complications?|educat\w*|screen\w*|prevention|risk|diet|foot|feet|eyes?|exams?|supplies|test\w*|meds?|medications?|drugs?|symptoms?|control|clinic|care|management|program\w*|insipidus|ketoacidosis|specialist|nurse|team|services?|association|research|study|trials?|camp|awareness|counsel\w*|class\w*|self-management|panel|workup|work-up|labs?|evaluation|assessment|follow-up|friendly|teaching|kit)\b/;
/** A head word qualified as another kind ("gestational diabetes", "type 1 diabetes", "steroid-induced diabetes"). */
const HEAD_OTHER_KIND = /(?:gestational|steroid[- ]induced|drug[- ]induced|medication[- ]induced|secondary|juvenile|insulin[- ]dependent|monogenic|neonatal|autoimmune|type[\s-]*(?:1|i|one|3|iii|three)|mody|lada|pre-?|borderline|family)[\s,()-]*$/;
/**
 * The chart says a condition's type is not settled ("type not yet determined", "type 1 vs type 2", "type 2 vs
 * MODY"): a typed fact is then open whatever else is written.
 */
const TYPE_OPEN = /\btype\s*[\[(]?\s*(?:illegible|unreadable|not legible|\?{1,3}|_{2,})|[\[(]\s*(?:illegible|unreadable|not legible)\s*[\])]|\btype\b\s*(?:of\s+[a-z]+\s+)?(?:[:\-–]\s*)?(?:(?:is|was|remains|still|currently|as yet|yet)\s+)*(?:not (?:yet )?(?:determined|known|established|clear|confirmed|specified|classified|documented|recorded|stated|given|listed)|undetermined|unknown|unclear|uncertain|indeterminate|to be determined|tbd|unspecified|unclassified|pending)\b|\b(?:classification|typing)\b[^.;\n]{0,20}?\b(?:pending|unclear|uncertain|not yet)\b|\btype[\s-]*(?:1|i|one|2|ii|two)\s*(?:vs\.?|versus|or|\/)\s*(?:type[\s-]*)?(?:1|i|one|2|ii|two)\b|\btype[\s-]*(?:1|i|one|2|ii|two)\s+(?:vs\.?|versus)\s+[a-z]+/g;

/** Any type or kind of the condition named anywhere ("type 3c", "secondary to pancreatitis", "steroid-induced"). */
const ANY_TYPE = /\btype[\s-]*(?:1|2|3|i|ii|iii|one|two|three)\w*\b|\b(?:secondary to|due to|induced|related|gestational|lada|mody|monogenic|pancreatogenic|cfrd)\b/;
/** A head word that is the topic of a question or a form label, not a statement ("asked about diabetes", "Regarding diabetes:"). */
const HEAD_TOPIC_BEFORE = /(?:asked about|ask(?:ed)? (?:her|him|them) about|screen(?:ed|ing)? for|check(?:ed)? for|test(?:ed|ing)? for|evaluat\w* for|work-?up for|regarding|re:|about|history of|hx of|h\/o|develop(?:ing)?|getting|prevent\w*|risk of|risk for|worried about|concerns? about|fear of)\s*$/;
/** A head word at the end of a denied list ("no history of stroke, pancreatitis, … or diabetes"), or denied in another language. */
const LIST_DENIED_BEFORE = /(?:^|[^a-z])(?:no|not|denies|without|negative for|no history of|no hx of|no personal history of|never had)\b[^.;\n]{0,160}\b(?:or|nor)\s+$|(?:^|[^a-zà-ÿ])(?:kein|keine|keinen|sin|sans|senza|geen|brak|bez|tidak ada|hakuna)\s+$/;
/**
 * The head word states the condition for the patient: not a topic or form label, not answered "no" by a checkbox
 * on its line, not denied in the patient's words ("I don't have diabetes").
 */
function untypedStatement(doc: Doc, m: Mention): boolean {
  const before = doc.folded.slice(Math.max(m.sentence[0], m.span[0] - 40), m.span[0]);
  if (HEAD_TOPIC_BEFORE.test(before) || LIST_DENIED_BEFORE.test(doc.folded.slice(m.sentence[0], m.span[0])) || /(?:^|[^a-z])(?:don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|hasn'?t|haven'?t|never|denys|denie?d?s?)\b[^.;\n]{0,25}$/.test(before)) return false;
  const [lineStart, lineEnd] = lineOf(doc, m.span[0]);
  const line = doc.folded.slice(lineStart, lineEnd);
  // Answered "no" by a checkbox on its line, or boxes that nobody ticked ("Diabetes: [ ] Yes [ ] No").
  if (checkedAnswer(line) === 'no' || (/\[\s*\]|☐/.test(line) && checkedAnswer(line) === undefined)) return false;
  // A form label with nothing stated after it ("Diabetes status: ***") is a blank, not a statement.
  return !/^[\s-]*(?:status|history|hx)\b/.test(doc.folded.slice(m.span[1], m.span[1] + 12));
}

/** Mentions of a typed fact's head word that speak of the condition itself, about the patient. */
function headMentions(doc: Doc, heads: string[], blocked: Mention[]): Mention[] {
  return findTerms(doc, heads).filter(
    (m) =>
      !blocked.some((b) => overlaps(b.span, m.span)) &&
      !HEAD_MODIFIES.test(doc.folded.slice(m.span[1], m.span[1] + 40)) &&
      // An adjective before a noun ("diabetic indication", "diabetic foot") speaks of that noun.
      !(/ic$/.test(doc.folded.slice(m.span[0], m.span[1])) && /^[\s-]+(?!(?:patient|pt|male|female|man|woman|person|since|on|for|and|or|with|x|type|but|now|currently|per)\b)[a-z]{3,}/.test(doc.folded.slice(m.span[1], m.span[1] + 30))) &&
      !HEAD_OTHER_KIND.test(doc.folded.slice(Math.max(m.sentence[0], m.span[0] - 30), m.span[0])) &&
      !isFamilyHistory(doc, m),
  );
}

/** Where the chart says the type is open, near a mention of the condition (or naming a type itself). */
function typeLeftOpen(doc: Doc, near: Mention[]): Span | undefined {
  for (const m of doc.folded.matchAll(TYPE_OPEN)) {
    const at = m.index ?? 0;
    const span: Span = [at, at + m[0].length];
    if (inDirective(span, doc.directives)) continue;
    if (/\d|\bi{1,2}\b|one|two/.test(m[0]) || near.some((n) => Math.abs(n.span[0] - at) <= 200)) return span;
  }
  return undefined;
}

/**
 * A yes/no fact stated by a phrase. True when a term is affirmed (not negated, not about a relative, not
 * hedged); found when any term or exclude phrase is mentioned (a negated mention counts as found).
 * A typed fact ("type 2 diabetes") also reads its condition without the type: "does not have diabetes" beside
 * a coded T2DM is a contradiction, "diabetes in remission" leaves it open, and so does a type left undetermined.
 */
export function flag(options: FlagOptions): Reader<boolean> {
  const { heads, types } = typedHeads(options.terms);
  return (doc, fact) => {
    const excluded = findTerms(doc, options.exclude ?? []);
    const mentions = mentionsOutside(doc, options.terms, excluded);
    const patients = mentions.filter((m) => !isFamilyHistory(doc, m));
    // Stated and denied in the same text ("T2DM" in the problem list, "does not have type 2 diabetes" in a
    // correction): a person decides which holds.
    const denied = patients.filter((m) => isNegated(doc, m));
    const resolved = patients.filter((m) => !denied.includes(m) && isResolved(doc, m));
    const stated = patients.filter((m) => !denied.includes(m) && !resolved.includes(m));
    const affirmed = stated.filter((m) => options.suspected === true || !isHedged(doc, m));
    const hedged = options.suspected === true ? [] : stated.filter((m) => !affirmed.includes(m));
    const unsure = mentionsOutside(doc, options.unsure ?? [], [...excluded, ...mentions]).filter((m) => !isFamilyHistory(doc, m));
    const open = unsure.filter((m) => !isNegated(doc, m));
    const bare = heads.length ? headMentions(doc, heads, [...excluded, ...mentions, ...unsure]) : [];
    // "Not type 2." written alone denies the type as much as "no type 2 diabetes" does.
    const typeOnly = heads.length ? findTerms(doc, [...types].map((n) => `type ${n}`)).filter((m) => ![...mentions, ...excluded].some((b) => overlaps(b.span, m.span)) && !isFamilyHistory(doc, m)) : [];
    const bareDenied = [...bare.filter((m) => isNegated(doc, m)), ...typeOnly.filter((m) => isNegated(doc, m))];
    const bareResolved = bare.filter((m) => !bareDenied.includes(m) && isResolved(doc, m));
    const typeOpen = heads.length ? typeLeftOpen(doc, [...bare, ...patients]) : undefined;
    // Head words neither denied nor resolved: stated, hedged or not.
    const bareStated = bare.filter((m) => !bareDenied.includes(m) && !bareResolved.includes(m));
    const bareHedged = bareStated.filter((m) => isHedged(doc, m));
    const typedAfter = bareStated.filter((m) => !bareHedged.includes(m) && typeGivenAfter(doc, m, types));
    affirmed.push(...typedAfter);
    const value = affirmed.length > 0;
    // "No diabetes" addresses the fact (found, false) even though "diabetes" alone would not settle it.
    const found = mentions.length > 0 || excluded.length > 0 || unsure.length > 0 || bare.length > 0 || typeOpen !== undefined;
    const evidence = (value ? affirmed : [...mentions, ...excluded, ...open, ...bare]).map((m) => m.span);
    if (typeOpen) evidence.push(typeOpen);
    let uncertain: string | undefined;
    if (value && (denied.length || bareDenied.length)) uncertain = `${fact}: stated and denied in the same text`;
    else if (value && bareResolved.length) uncertain = `${fact}: stated, and also as resolved or in remission`;
    else if (typeOpen && !(bare.length && bare.every((m) => bareDenied.includes(m)) && !value)) uncertain = `${fact}: the type is not settled`;
    // "Diabetes on metformin": the condition stated without a type, and nothing in the chart names a type (no
    // typed term, no other kind): which type it is decides the fact, so a person reads it.
    else if (!value && !excluded.length && !ANY_TYPE.test(doc.folded) && bareStated.some((m) => !bareHedged.includes(m) && untypedStatement(doc, m))) uncertain = `${fact}: stated without its type`;
    else if (!value && (hedged.length || bareHedged.length)) uncertain = `${fact}: only a hedged mention`;
    else if (!value && resolved.length) uncertain = `${fact}: stated as resolved or in remission`;
    else if (!value && open.length) uncertain = `${fact}: mentioned without the detail that settles it`;
    return { value, found, evidence, ...(uncertain ? { uncertain } : {}) };
  };
}

export interface NumberOptions {
  /** Labels written before the value ("hba1c", "a1c", "glycated hemoglobin"). */
  labels: string[];
  /** Values outside [min, max] are not readings of this fact (e.g. a date or a dose next to the label). */
  min?: number;
  max?: number;
}

const VALUE_MISSING = /^\s*[:=]?\s*(?:pending|ordered|not (?:available|done|recorded|measured|documented)|unknown|unavailable|n\/a|na\b|to follow|\?|--|—|illegible|refused|declined)/;

/** A number written after one of its labels. Several different values: the latest dated one, else unsure. */
export function number(options: NumberOptions): Reader<number | null> {
  return (doc, fact) => {
    const readings = readingsAfter(doc, options.labels).filter(
      (r) => (options.min === undefined || r.value >= options.min) && (options.max === undefined || r.value <= options.max),
    );
    // A measurement label without a readable value ("A1c pending", "BMI: --", "bmi 3 5") leaves the fact open.
    // A multi-word label used as a plain phrase ("back pain" with no number) does not, unless the value is
    // explicitly missing.
    const labelled = findTerms(doc, options.labels).some((m) => {
      const label = doc.folded.slice(m.span[0], m.span[1]);
      return !/\s/.test(label.trim()) || VALUE_MISSING.test(doc.folded.slice(m.span[1], m.span[1] + 25));
    });
    const pick = pickReading(readings);
    if (pick.kind === 'value') return { value: pick.reading.value, found: true, evidence: [pick.reading.span] };
    if (pick.kind === 'conflict') {
      const current = currentReading(doc, pick.readings);
      if (current) return { value: current.value, found: true, evidence: [current.span] };
      return { value: null, found: true, uncertain: `${fact}: conflicting values`, evidence: pick.readings.map((r) => r.span) };
    }
    return { value: null, found: false, evidence: [], ...(labelled ? { uncertain: `${fact}: label without a readable value` } : {}) };
  };
}

/** Body-mass index: written after "bmi" / "body mass index", else computed from weight and height. */
export function bmi(options: { labels?: string[] } = {}): Reader<number | null> {
  const labels = options.labels ?? ['bmi', 'body mass index', 'body-mass index'];
  const written = number({ labels, min: 8, max: 150 });
  return (doc, fact) => {
    // A vitals table's latest dated row first: its header's "BMI" is a label without a value of its own.
    const table = tableBmi(doc);
    if (table) return { value: table.value, found: true, evidence: [table.span] };
    const r = written(doc, fact);
    const computed = bmiFromWeightHeight(doc);
    // A written BMI no body has ("BMI 304", a slip for 30.4): the spec's range check must see it, not a
    // value computed around it.
    const impossible = !r.found ? readingsAfter(doc, labels).find((x) => x.value > 150 && x.value < 1000) : undefined;
    if (impossible) return { value: null, found: true, uncertain: `${fact}: written value outside any plausible range`, evidence: [impossible.span] };
    // A written BMI that today's weight and height contradict ("[copied forward] BMI 33.5 … Today: 80 kg, 170 cm"):
    // which one is current is a person's call.
    if (r.found && r.value !== null && computed && computed.value >= 12 && computed.value <= 90 && Math.abs(computed.value - r.value) >= BMI_DISAGREES) {
      return { value: null, found: true, uncertain: `${fact}: the written value and the one from weight and height differ`, evidence: [...r.evidence, computed.span] };
    }
    // A blank BMI field ("BMI: ___", "BMI: ***") beside a weight and a height is computed from them.
    if (r.found) return r;
    if (computed) return { value: computed.value, found: true, evidence: [computed.span] };
    // A weight and a height written in a form the kit cannot read ("weighs two hundred forty pounds and is five
    // feet six inches tall"): the BMI is in the chart, so it is not missing, only unread.
    const w = WEIGHT_WORD.exec(doc.folded);
    const h = HEIGHT_WORD.exec(doc.folded);
    if (w && h && !inDirective([w.index, w.index + w[0].length], doc.directives) && !inDirective([h.index, h.index + h[0].length], doc.directives)) {
      return { value: null, found: true, uncertain: `${fact}: weight and height written in a form that could not be read`, evidence: [[w.index, w.index + w[0].length], [h.index, h.index + h[0].length]] };
    }
    return r;
  };
}

/** How far a written BMI and the computed one may differ (rounding, a weight taken on another day). */
const BMI_DISAGREES = 2;
const SPELLED = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`;
/** A weight or a height with its number spelled out ("weighs two hundred forty pounds", "five feet six inches tall"). */
const WEIGHT_WORD = new RegExp(String.raw`\b(?:wt|weight)\s*[:=]?\s*\d{2,3}(?:\.\d)?(?!\.?\d)(?!\s*(?:kg|kgs|kilograms?|lbs?|pounds?|#|st\b|stone|%|-))|\b(?:weighs|weighed|weight|wt)\b[^.;\n\d]{0,12}\b${SPELLED}\b|\b${SPELLED}\b[^.;\n\d]{0,30}\b(?:pounds|lbs?|kilos|kilograms|stone)\b`);
const HEIGHT_WORD = new RegExp(String.raw`\b(?:ht|height)\s*[:=]?\s*\d{2,3}(?:\.\d)?(?!\.?\d)(?!\s*(?:cm|m\b|in\b|inches|"|'|ft|feet|centimet|met))|\b(?:height|ht)\b[^.;\n\d]{0,12}\b${SPELLED}\b|\b${SPELLED}\b[^.;\n\d]{0,30}\b(?:feet|foot|inches|centimet(?:er|re)s|met(?:er|re)s)\b(?:[^.;\n\d]{0,20}\btall\b)?`);

/**
 * Vetted phrases of a treatment that did not work or was not tolerated (`event({ failures: true })`): the slot
 * lists what was tried, the kit knows how charts say it failed.
 */
export const TREATMENT_FAILURE: readonly string[] = [
  'failed', 'failure', 'did not work', "didn't work", 'did not help', "didn't help", 'not effective', 'ineffective', 'unsuccessful',
  'no improvement', 'no relief', 'no benefit', 'no response', 'no weight loss', 'no significant weight loss', 'no meaningful weight loss',
  'no sustained weight loss', 'no wt loss', 'no significant wt loss', 'no weight change', 'without weight loss',
  'without significant weight loss', 'without meaningful weight loss', 'without sustained weight loss', 'without sustained loss',
  'without improvement', 'without relief', 'minimal weight loss', 'minimal wt loss', 'minimal improvement', 'minimal relief',
  'inadequate response', 'inadequate relief', 'insufficient response', 'plateaued', 'regained', 'despite', 'not tolerated',
  'intolerance', 'intolerant', 'side effects', 'adverse effects', 'stopped due to', 'stopped d/t', 'stopped because of',
  'discontinued', 'caused', 'did not produce', 'did not result in', 'did not achieve', 'did not lead to',
  // 1.3.0: more of the ways charts say it (written from treatment-outcome English, not from one spec's notes).
  'no effect', 'without effect', 'no benefit', 'without benefit', 'w/o benefit', 'without success', 'w/o success', 'no success',
  'not successful', 'without lasting success', 'no lasting', 'w/o improvement', 'not helpful', 'never worked', 'never really worked',
  "didnt work", "didnt help", 'did not budge', "didn't budge", 'stalled', 'no loss', 'no significant loss', 'minimal loss',
  'weight unchanged', 'weight same', 'weight stayed the same', 'no change in weight', 'no weight reduction',
  'without significant weight reduction', 'without weight reduction', 'inadequate weight loss', 'insufficient weight loss',
  'suboptimal weight loss', 'suboptimal response', 'inadequate wt loss', 'could not tolerate', "couldn't tolerate",
  'unable to tolerate', 'poorly tolerated', 'not working', 'stopped working', 'no wt change', "d/c'd", "dc'd",
  'essentially unchanged', 'largely unchanged', 'virtually unchanged', 'basically unchanged', 'practically unchanged', 'quit',
  'stopped', 'stopped taking', 'came off', 'ceased', 'no meaningful change', 'no significant change', 'no real change',
  'lost nothing', 'no net loss', 'no net weight loss', 'back to baseline',
  // 1.4.1
  'identical to baseline', 'same as baseline', 'unchanged from baseline', 'no change from baseline', 'at baseline weight', 'back at baseline',
  'ending at baseline', 'equal to baseline', 'no different from baseline',
  // 1.4.2
  'where it started', 'where she started', 'where he started', 'where they started', 'right where it was', 'no lower than at the start',
  // 1.4.3
  'non-response', 'nonresponse', 'non-responder', 'was unchanged', 'remained unchanged', 'remains unchanged', 'stayed unchanged',
  "didn't do anything", 'did not do anything', 'did nothing', 'stayed the same', 'did not meet goal', 'did not meet the goal',
  'did not meet her goal', 'did not meet his goal', "didn't meet goal", 'goal not met', 'did not reach goal', 'did not reach the goal',
];

/** A phrase that says a treatment ended without saying why. */
const BARE_STOP = /^(?:stopped|discontinued|d\/c'?d|dc'd|quit|came off|stopped taking|ceased)$/;
/** Why a treatment is stopped for the patient's sake: side effects, intolerance, or it not working. */
const CLINICAL_REASON = /\b(?:side[- ]effects?|adverse|intoleran\w*|not tolerat\w*|tolerate|nause\w*|vomit\w*|diarrh\w*|constipat\w*|gi\b|upset|gastro\w*|abdominal|stomach|cramp\w*|bloat\w*|leakage|oily|steatorrh\w*|rash|hives|itch\w*|palpitations?|tachycardia|racing|insomnia|anxiety|jitter\w*|mood|depress\w*|suicid\w*|headaches?|migraines?|dizz\w*|fatigue|tingling|paresthesias?|numbness|cognitive|brain fog|memory|word[- ]finding|pancreatitis|gallstones?|gallbladder|hypoglyc\w*|kidney|renal|lactic|allerg\w*|reaction|blood pressure|hypertension|ineffective|no (?:effect|benefit|response|weight loss|wt loss|loss|change|improvement)|did not (?:work|help)|didn'?t (?:work|help)|not working|plateau\w*|regain\w*|fail\w*|unsuccessful|without success)\b/;

/** "no weight loss medications tried" (a negated trial, not a failed one); "discontinued due to cost" (not the treatment's fault). */
const NOUN_AFTER = /^\s+(?:medications?|meds|drugs?|treatments?|therap(?:y|ies)|programs?|surgery|agents?|interventions?|options?)\b/;
const NON_CLINICAL_REASON = /^[^.;\n]{0,45}?(?:\b(?:due to|d\/t|because of|because|for|after|owing to|when|once)|[:\-–—])\s*(?:(?:she|he|they|the patient|patient|pt)\s+)?(?:(?:found out|learned|became|got|was|were|had|her|his|their|the|she|he|they|that)\s+){0,4}(?:cost|price|insurance|coverage|not covered|copay|pregnan\w*|planned pregnancy|shortage|supply|availability|relocation|a move|moving|moved|travel|patient preference|personal reasons|non-?coverage|formulary|reached (?:(?:her|his|their) )?goal|goal weight|never dispensed|never filled|(?:[a-z]+ ){0,2}(?:resolved|no longer needed))\b/;

/**
 * A weight loss too small to count as a treatment working ("lost 0.5 kg", "lost 2 lb in 3 months", "only 1%
 * weight loss"): at most 5 lb, 2.5 kg or 3 %. A failure phrase of `event({ failures: true })`.
 */
const SMALL_LOSS = /\b(?:lost|loss of)\s+(?:only\s+|just\s+|about\s+|~\s*|<\s*|under\s+|less than\s+)?(\d{1,2}(?:\.\d)?)\s*(lbs?|pounds?|kg|kilograms?|%)(?![a-z])|\bonly\s+(\d{1,2}(?:\.\d)?)\s*(lbs?|pounds?|kg|%)\s+(?:of\s+)?(?:weight|wt)\s+loss\b|\b(?:net\s+)?(?:weight\s+|wt\s+)?change\s+(?:of\s+)?[-−–]\s?(\d{1,2}(?:\.\d)?)\s*(lbs?|pounds?|kg|%)(?![a-z])/g;

const ONGOING = /\b(?:so far|to date|on track|week \d+ of|ongoing|in progress)\b/;

/**
 * A start and an end weight of the same treatment ("Start wt 251 lb, end wt 250 lb", "Weight 99.2 kg (start
 * 99.6 kg)", "weight went from 112 to 111 kg"): a failure phrase when the loss is small (as SMALL_LOSS) or a gain.
 */
const W = String.raw`(\d{2,3}(?:\.\d)?)\s*(kg|kgs|lbs?|pounds?)`;
const WEIGHT_PAIRS: ReadonlyArray<[RegExp, 'startFirst' | 'endFirst']> = [
  [new RegExp(String.raw`\b(?:start(?:ing)?|baseline|initial|intake)\s*(?:wt|weight)?\s*[:=]?\s*(?:of\s+)?${W}[^.\n]{0,40}?\b(?:end(?:ing)?|final|exit|current|now|today|completion)\s*(?:wt|weight)?\s*[:=]?\s*(?:of\s+|was\s+|is\s+)?${W}`, 'g'), 'startFirst'],
  [new RegExp(String.raw`\b(?:wt|weight)\s*[:=]?\s*${W}\s*\(\s*(?:from\s+)?(?:start(?:ing)?|baseline|initial|intake)\s*(?:wt|weight)?\s*[:=]?\s*${W}\s*\)`, 'g'), 'endFirst'],
  [new RegExp(String.raw`\b(?:wt|weight)\b[^.\n]{0,30}?\bfrom\s+(\d{2,3}(?:\.\d)?)\s*(kg|kgs|lbs?|pounds?)?\s+to\s+${W}`, 'g'), 'startFirst'],
  // "98.6 kg at entry and 98 kg at completion"
  [new RegExp(String.raw`${W}\s+at\s+(?:entry|start|the start|baseline|enrol+ment|intake)\b[^.\n]{0,20}?\b${W}\s+at\s+(?:completion|exit|the end|end|discharge|follow-up|the last visit)\b`, 'g'), 'startFirst'],
];
const toKg = (n: number, unit: string) => (/^k/.test(unit) ? n : n * 0.45359237);

function weightPairs(doc: Doc): Mention[] {
  const out: Mention[] = [];
  for (const [re, order] of WEIGHT_PAIRS) {
    for (const m of doc.folded.matchAll(re)) {
      const b = toKg(Number(m[3]), m[4]!);
      // "from 200 to 197 lb": the first number shares the second's unit.
      const a = toKg(Number(m[1]), m[2] ?? m[4]!);
      const [start, end] = order === 'startFirst' ? [a, b] : [b, a];
      const at = m.index ?? 0;
      const span: Span = [at, at + m[0].length];
      const sentence = sentenceOf(doc, at);
      if (start - end <= Math.min(2.5, start * 0.03) && !ONGOING.test(doc.folded.slice(sentence[0], sentence[1])) && !inDirective(span, doc.directives)) out.push({ span, sentence });
    }
  }
  return out;
}

/** Whether a loss is too small to count as a treatment working: at most 5 lb, 2.5 kg or 3 %. */
function isSmallLoss(n: number, unit: string): boolean {
  return unit === '%' ? n <= 3 : /^k/.test(unit) ? n <= 2.5 : n <= 5;
}

/** A loss larger than SMALL_LOSS's in the subject's sentence ("lost 14 lb on it", "lost 8% of body weight"). */
const LOSS = /\b(?:lost|loss of)\s+(?:about\s+|~\s*|over\s+|more than\s+)?(\d{1,3}(?:\.\d)?)\s*(lbs?|pounds?|kg|kilograms?|%)(?![a-z])/g;
function worked(doc: Doc, s: Mention): boolean {
  // Its own sentence, or the one before it on the same line ("Belviq 2019-20: lost 14 lb on it; stopped when …").
  const i = doc.sentences.findIndex((x) => x[0] === s.sentence[0]);
  const prev = i > 0 ? doc.sentences[i - 1]! : undefined;
  const from = prev && !doc.folded.slice(prev[0], s.sentence[0]).includes('\n') ? prev[0] : s.sentence[0];
  for (const m of doc.folded.slice(from, s.sentence[1]).matchAll(LOSS)) {
    if (!isSmallLoss(Number(m[1]), m[2]!)) return true;
  }
  return false;
}

function smallLosses(doc: Doc): Mention[] {
  const out: Mention[] = weightPairs(doc);
  for (const m of doc.folded.matchAll(SMALL_LOSS)) {
    const n = Number(m[1] ?? m[3] ?? m[5]);
    const unit = (m[2] ?? m[4] ?? m[6] ?? '').toLowerCase();
    const small = isSmallLoss(n, unit);
    const start = m.index ?? 0;
    const span: Span = [start, start + m[0].length];
    const sentence = sentenceOf(doc, start);
    // A small loss so far in a program still running ("lost 1 kg so far, on track") is not a failure yet.
    if (small && !ONGOING.test(doc.folded.slice(sentence[0], sentence[1])) && !inDirective(span, doc.directives)) out.push({ span, sentence });
  }
  return out;
}

function notAFailure(doc: Doc, o: Mention): boolean {
  const from = doc.folded.slice(o.span[0], o.span[1] + 60);
  const length = o.span[1] - o.span[0];
  return (/^(?:no|without|minimal)\b/.test(from) && NOUN_AFTER.test(from.slice(length))) || NON_CLINICAL_REASON.test(from);
}

export interface EventOptions {
  /** What the event is about (therapies: "metformin", "orlistat", "diet program"). */
  subjects: string[];
  /** Phrases that say it happened as the fact requires ("failed", "did not work", "not tolerated"). */
  outcomes: string[];
  /** Phrases that say it did not happen that way ("declined", "worked well", "never tried"). */
  contrary?: string[];
  /** Also accept the kit's vetted treatment-failure phrases (TREATMENT_FAILURE) as outcomes. */
  failures?: boolean;
}

/** A line that reports how a treatment went ("Outcome: …", "Result -", "Response to therapy:"). */
const OUTCOME_LABEL = /^\s*(?:outcomes?|results?|response(?: to (?:therapy|treatment))?|effect|course|effectiveness)\s*[:\-–]/;
/** The chart says the outcome is not known ("outcome not documented", "response unknown"). */
const OUTCOME_UNKNOWN = /\b(?:outcomes?|results?|response|effect|effectiveness)\b[^.;\n]{0,15}?\b(?:not (?:documented|recorded|known|stated|available|reported)|unknown|unclear|undocumented|not clear|n\/a)\b/;

/** A sentence about taking a treatment: a dose, or a word of trying one. */
const TREATMENT_CUE = /\b\d+(?:\.\d+)?\s*(?:mg|mcg|µg|units?|iu)\b|\b(?:trial(?:l?ed)?|took|taking|commenced|started|course of|tablets?|pills?|capsules?|injections?|medications?|meds|drugs?|prescribed|programm?e?s?|diet)\b/;

/** Words that may stand between the words of an event subject. */
const SUBJECT_GAP = 2;

/**
 * Whether a subject's sentence leads up to an outcome's: the sentence just before it, or one of the two before it
 * on the same line ("Metformin 850 mg BID (not DM; A1c 5.5). After 6 mo no weight change.").
 */
function before(doc: Doc, s: Mention, o: Mention): boolean {
  if (s.sentence[1] > o.sentence[0]) return false;
  // A table row ("Sertraline | 2020 | Reason stopped: ineffective") is about its own item, not the row above.
  const lineStart = doc.folded.lastIndexOf('\n', o.span[0] - 1) + 1;
  const lineEnd = doc.folded.indexOf('\n', o.span[1]);
  if (s.span[0] < lineStart && doc.folded.slice(lineStart, lineEnd < 0 ? doc.folded.length : lineEnd).includes('|')) return false;
  if (o.sentence[0] - s.sentence[1] <= 2) return true;
  // A subject written as a heading ("month 6 of our supervised program:") or an outcome written as a labelled
  // line ("Outcome: weight unchanged") reaches across the next lines of the same block (no blank line between).
  const gap = doc.folded.slice(s.sentence[1], o.sentence[0]);
  const lines = gap.split('\n').length - 1;
  if (lines <= 3 && !/\n\s*\n/.test(gap)) {
    if (/:\s*$/.test(doc.folded.slice(s.sentence[0], s.sentence[1]))) return true;
    if (OUTCOME_LABEL.test(doc.folded.slice(lineStart, o.span[0]))) return true;
  }
  const between = doc.sentences.filter((x) => x[0] >= s.sentence[1] && x[1] <= o.sentence[0]).length;
  return between <= 1 && !doc.folded.slice(s.span[1], o.span[0]).includes('\n');
}

/**
 * An event: a subject and an outcome phrase in the same sentence, the outcome not negated, the sentence not a
 * plan. Found when a subject (or a contrary phrase) is mentioned.
 */
export function event(options: EventOptions): Reader<boolean> {
  return (doc) => {
    // What was tried is often written with qualifiers inside ("supervised low-calorie diet", "6-month program").
    const subjects = findTerms(doc, options.subjects, SUBJECT_GAP);
    const outcomes = options.failures ? [...findTerms(doc, [...options.outcomes, ...TREATMENT_FAILURE]), ...smallLosses(doc)] : findTerms(doc, options.outcomes);
    const contrary = findTerms(doc, options.contrary ?? []);
    const hits: Span[] = [];
    let unexplained: Span | undefined;
    let orphan: Span | undefined;
    for (const o of outcomes) {
      if (isNegated(doc, o) || isPlannedBefore(doc, o)) continue;
      if (options.failures && notAFailure(doc, o)) continue;
      // "Stopped" says it ended, not why: a failure only with a clinical reason in its sentence ("stopped - GI
      // upset"); without one the case is a person's to read, not a failure and not a success.
      if (options.failures && BARE_STOP.test(doc.folded.slice(o.span[0], o.span[1])) && !CLINICAL_REASON.test(doc.folded.slice(o.sentence[0], o.sentence[1]))) {
        unexplained ??= o.span;
        continue;
      }
      // A contrary phrase inside a longer outcome ("stopped" in "stopped due to nausea") does not cancel it.
      const inside = (c: Mention) => o.span[0] <= c.span[0] && c.span[1] <= o.span[1] && o.span[1] - o.span[0] > c.span[1] - c.span[0];
      if (contrary.some((c) => c.sentence[0] === o.sentence[0] && overlaps(c.span, o.span) && !inside(c))) continue;
      // The subject in the same sentence, or in the sentence just before ("Tried metformin x 6 mo. No weight loss.").
      const subject =
        subjects.find((s) => s.sentence[0] === o.sentence[0] && !isFamilyHistory(doc, s)) ??
        (subjects.some((s) => s.sentence[0] === o.sentence[0]) ? undefined : subjects.filter((s) => before(doc, s, o) && !isFamilyHistory(doc, s)).pop());
      // A treatment that worked ("lost 14 lb on it") did not fail because weight came back after it stopped.
      if (subject && worked(doc, subject) && (subject.sentence[0] !== o.sentence[0] || /^regain/.test(doc.folded.slice(o.span[0], o.span[1])))) continue;
      if (subject) hits.push([Math.min(subject.span[0], o.span[0]), Math.max(subject.span[1], o.span[1])]);
      // A failure of a treatment the slot does not list ("Duromine 30 mg trialled, ceased due to insomnia"): a
      // person reads it rather than the case being denied for want of a failure.
      else if (options.failures && !subjects.some((s) => s.sentence[0] === o.sentence[0]) && TREATMENT_CUE.test(doc.folded.slice(o.sentence[0], o.sentence[1]))) orphan ??= o.span;
    }
    const found = subjects.length > 0 || contrary.length > 0;
    const open = !hits.length && unexplained && subjects.some((s) => s.sentence[0] <= unexplained![0] && unexplained![0] < s.sentence[1] + 200);
    // "Did Noom for a while. Outcome not documented.": tried, and the chart says it does not know how it went.
    const unknown = !hits.length && !open && subjects.some((s) => !isFamilyHistory(doc, s) && OUTCOME_UNKNOWN.test(doc.folded.slice(s.sentence[0], Math.min(doc.folded.length, s.sentence[1] + 120))));
    const uncertain = open ? 'stopped without a stated reason' : unknown ? 'tried, with the outcome not documented' : !hits.length && orphan ? 'a treatment failure of something not among the listed treatments' : undefined;
    return { value: hits.length > 0, found, evidence: hits.length ? hits : [...subjects, ...contrary].map((m) => m.span), ...(uncertain ? { uncertain } : {}) };
  };
}

export interface RecentOptions {
  /** Phrases naming the event ("sleep study", "polysomnography", "hsat"). */
  terms: string[];
  /** How recent it must be. */
  withinMonths: number;
  /** Phrases that look like the event but are not it ("sleep study ordered", "sleep hygiene"). */
  exclude?: string[];
}

const AGO = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a|an)\s+(day|week|wk|month|mo|year|yr)s?\s+ago\b/;
const RELATIVE_RECENT = /\b(?:last|past|this|earlier this) (?:week|month)\b|\brecently\b|\bwithin the (?:last|past) (?:\d{1,2} months|year)\b|\blast month\b/;
const RELATIVE_OLD = /\b(?:more than|over) (?:a|one|\d{1,2}) (?:year|yr)s?\b|\byears ago\b|\b> ?12 months\b|\bin (?:19|20)\d{2}\b/;
const COUNT: Readonly<Record<string, number>> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a few': 3, several: 4 };

const MORE_THAN = /\b(?:more than|over|greater than|>)\s*(\d{1,2}|one|two|three|six|twelve)\s+(month|mo|year|yr)s?\b/;

function monthsAgo(sentence: string): number | undefined {
  const more = MORE_THAN.exec(sentence);
  if (more) {
    const n = /^\d+$/.test(more[1]!) ? Number(more[1]) : (COUNT[more[1]!] ?? 1);
    return (more[2]!.startsWith('y') ? n * 12 : n) + 0.5;
  }
  const m = AGO.exec(sentence);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (COUNT[m[1]!] ?? 1);
    const unit = m[2]!;
    return unit.startsWith('d') ? n / 30 : unit.startsWith('w') ? n / 4.3 : unit.startsWith('y') ? n * 12 : n;
  }
  if (RELATIVE_RECENT.test(sentence)) return 0.5;
  if (RELATIVE_OLD.test(sentence)) return 99;
  return undefined;
}

/** An event that happened within the last N months (not negated, not only requested or planned). */
export function recent(options: RecentOptions): Reader<boolean> {
  return (doc, fact) => {
    const excluded = findTerms(doc, options.exclude ?? []);
    const mentions = findTerms(doc, options.terms).filter((m) => !excluded.some((e) => overlaps(e.span, m.span)));
    const happened = mentions.filter((m) => !isNegated(doc, m) && !isPlanned(doc, m) && !/\b(?:request|order|refer|schedul|need|repeat)\w*\b[^.;]{0,25}$/.test(doc.folded.slice(m.sentence[0], m.span[0])));
    let value = false;
    let unknown = false;
    const evidence: Span[] = [];
    for (const m of happened) {
      const months = monthsAgo(doc.folded.slice(m.sentence[0], m.sentence[1]));
      if (months === undefined) unknown = true;
      else if (months <= options.withinMonths) {
        value = true;
        evidence.push(m.sentence);
      }
    }
    const uncertain = !value && unknown ? `${fact}: date not stated` : undefined;
    return { value, found: mentions.length > 0, evidence: evidence.length ? evidence : mentions.map((m) => m.span), ...(uncertain ? { uncertain } : {}) };
  };
}

export type Readers<F extends Facts> = { [K in keyof F & string]: Reader<F[K]> };

/** Extractor result with the evidence of every fact (spans into the original text). */
export type EvidencedResult<F extends Facts> = ExtractorResult<F> & { evidence: Record<keyof F & string, Span[]> };

/**
 * Run one reader per fact over the text. Sentences that instruct a reader (see directives.ts) are skipped by
 * every reader; the template also sends such a text to review.
 */
export interface ExtractOptions {
  /** The facts the spec's rules and checks read; doubts about the others do not make the result uncertain. */
  decides?: readonly string[];
}

export function extractFacts<F extends Facts>(text: string, readers: Readers<F>, options?: ExtractOptions): EvidencedResult<F> {
  const names = Object.keys(readers) as Array<keyof F & string>;
  const doc = prepareDoc(typeof text === 'string' ? text : '', names);
  const facts = {} as Record<string, unknown>;
  const found = {} as Record<string, boolean>;
  const evidence = {} as Record<string, Span[]>;
  const uncertain: string[] = [];
  for (const name of names) {
    const r = readers[name](doc, name);
    facts[name] = r.value;
    found[name] = r.found;
    evidence[name] = r.evidence;
    if (r.uncertain && (options?.decides === undefined || options.decides.includes(name))) uncertain.push(r.uncertain);
  }
  return { facts: facts as F, found: found as Record<keyof F & string, boolean>, uncertain, evidence: evidence as Record<keyof F & string, Span[]> };
}
