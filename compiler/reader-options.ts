// The extractor slot in "readers" form: for each fact the model answers one small JSON object (which kit
// reader, its phrases), constrained by a JSON schema; the compiler checks it, cleans the phrases and renders
// the kit composition `extractFacts(text, { fact: reader({...}) })`. The rendered file then goes through the
// same four stages as any candidate. A small model writes a list of phrases far more reliably than a file of
// code: the grammar caps every list (no repetition loop can run away) and no brace can be lost.
import { factsInRules, parseRules } from './stages/rule-oracle';
import { TREATMENT_FAILURE } from '../templates/bounded-decision/kit/readers';
import { bmi, event, flag, number, recent, type EventOptions, type FlagOptions, type NumberOptions, type Reader, type RecentOptions } from '../templates/bounded-decision/kit';
import type { FactSpec, Spec } from './spec';

export type ReaderKind = 'flag' | 'number' | 'bmi' | 'event' | 'recent';

/** What the model answers for one fact. Unused lists stay empty (e.g. `outcomes` of a flag). */
export interface ReaderOptions {
  reader: ReaderKind;
  /** flag / recent: phrases that state the fact; event: what was tried; number / bmi: labels before the value. */
  terms: string[];
  /** flag / recent: look-alikes that state something else; event: phrases saying it did not happen that way. */
  exclude: string[];
  /** event: phrases saying it happened as the fact requires. */
  outcomes: string[];
  /** recent: how recent, in months (0 otherwise). */
  withinMonths: number;
  /** flag: a suspected mention counts (set by the compiler when the description counts suspected cases). */
  suspected?: boolean;
  /** event: the kit's vetted treatment-failure phrases count as outcomes too (the fact is a treatment that failed). */
  failures?: boolean;
  /** flag: phrases that leave the fact open (a bare word the description only ever qualifies: "copd" of "moderate or severe copd"). */
  unsure?: string[];
}

/**
 * The description makes suspicion a criterion ("suspected cancer", "fever with suspected infection", "suspected
 * fracture"): named more than once, a suspected mention of any term states the fact. Named once ("a suspected
 * central sleep apnea"), it is one of the terms and other hedged mentions stay open.
 */
export function countsSuspected(fact: FactSpec): boolean {
  return (positiveDeclaration(fact).match(/\bsuspected\b/g) ?? []).length >= 2;
}

export const MAX_TERMS = 16;
export const MAX_OTHER = 10;
export const MAX_PHRASE_CHARS = 40;

/**
 * The readers a fact can use. The spec's own words narrow it down where they are unambiguous (a BMI is the bmi
 * reader; "within the last N months" is a recent event; "was tried and did not work" is an event), so a small
 * model cannot pick a reader that cannot express the fact; otherwise the fact's type decides.
 */
export function readerKindsFor(fact: FactSpec): ReaderKind[] {
  const text = `${fact.name.replace(/_/g, ' ')} ${fact.description}`.toLowerCase();
  if (fact.type !== 'boolean') return /\bbmi\b|body.?mass/.test(text) ? ['bmi'] : ['number'];
  if (monthsOf(fact) !== undefined) return ['recent'];
  if (/\b(?:was tried|were tried|tried and|did not (?:work|help))\b/.test(text)) return ['event'];
  return ['flag'];
}

/** The kit's built-in BMI labels (kit/readers.ts bmi()). */
export const BMI_LABELS = ['bmi', 'body mass index', 'body-mass index'];

// maxItems caps each list in the local grammar (no runaway repetition); longer phrases are dropped by cleanPhrase
// (maxLength is left out: OpenAI's strict structured outputs refuse it).
const phraseList = (max: number) => ({ type: 'array', items: { type: 'string' }, maxItems: max });

/** JSON schema of the answer for one fact (the local model's grammar enforces the caps). */
export function readerOptionsSchema(fact: FactSpec): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      reader: { type: 'string', enum: readerKindsFor(fact) },
      terms: { ...phraseList(MAX_TERMS), minItems: 1 },
      exclude: phraseList(MAX_OTHER),
      outcomes: phraseList(MAX_OTHER),
      withinMonths: { type: 'integer' },
    },
    required: ['reader', 'terms', 'exclude', 'outcomes', 'withinMonths'],
    additionalProperties: false,
  };
}

/** The answer is not usable for this fact (wrong shape, a reader the fact's type cannot use, no phrase left). */
export class ReaderOptionsError extends Error {
  constructor(
    readonly fact: string,
    message: string,
  ) {
    super(`${fact}: ${message}`);
    this.name = 'ReaderOptionsError';
  }
}

// A term that starts with a negation would turn a denied mention into a match: the kit handles negation.
const NEGATION_START = /^(?:no|not|non|denies|denied|without|never|negative for|ruled out|absence of)\b/;

/** A phrase as the kit matches it: lower case, single spaces, letters / digits / a few joiners; else undefined. */
export function cleanPhrase(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const p = raw
    .toLowerCase()
    .replace(/[“”"`]/g, '')
    .replace(/[^a-z0-9 './+\-%<>≥≤]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ .'/+-]+|[ .'/+-]+$/g, '')
    .trim();
  if (p.length < 2 || p.length > MAX_PHRASE_CHARS) return undefined;
  if (!/[a-z0-9]/.test(p)) return undefined;
  return p;
}

// Words a small model copies from the prompt's framing ("integer", "null", "unit kg/m2") that state nothing.
const GENERIC = new Set(['integer', 'number', 'null', 'none', 'boolean', 'true', 'false', 'yes', 'no', 'unit', 'value', 'score', 'total', 'patient', 'note', 'text', 'found', 'denied', 'not mentioned', 'mentioned', 'written', 'on', 'for', 'in', 'of', 'the']);

/** A phrase that cannot state a fact: a framing word, a unit, or a measured value ("bmi 41", "epworth 10/24"). */
export function isNoisePhrase(p: string): boolean {
  return GENERIC.has(p) || /^unit\b/.test(p) || /\b\d{2,}(?:[./-]\d+)?\b/.test(p) || /^\d+(?:[.,/-]\d+)*$/.test(p);
}

/**
 * One phrase per alternative. A lone modifier before "or" shares the head that follows the other one:
 * "moderate or severe copd" is "moderate copd" and "severe copd", never "moderate" alone.
 */
export function splitAlternatives(item: string): string[] {
  const parts = item.split(/\s+or\s+|\s*\/\s+|\s+\/\s*/).map((x) => x.replace(/^(?:a|an|the)\s+/i, '').trim());
  return parts.map((x, i) => {
    const next = parts[i + 1];
    if (next === undefined || /\s/.test(x) || !/\s/.test(next)) return x;
    return `${x} ${next.split(/\s+/).slice(1).join(' ')}`;
  });
}

export function cleanList(raw: unknown, max: number, dropNegated: boolean): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  // "suspected cancer or a history of cancer", "significant trauma / suspected fracture": one phrase each.
  const split = raw.flatMap((item) => (typeof item === 'string' ? splitAlternatives(item) : [item]));
  for (const item of split) {
    const p = cleanPhrase(item);
    if (p && !isNoisePhrase(p) && !(dropNegated && NEGATION_START.test(p)) && !out.includes(p)) out.push(p);
    if (out.length >= max) break;
  }
  return out;
}

/** Months named in a fact's name or description ("within_12mo", "within the last 12 months"), else undefined. */
export function monthsOf(fact: FactSpec): number | undefined {
  const m = /_(\d{1,3})mo\b/.exec(fact.name) ?? /within the (?:last|past) (\d{1,3}) months?/i.exec(fact.description);
  return m ? Number(m[1]) : undefined;
}

/** Check and clean the model's answer for one fact. Throws ReaderOptionsError when nothing usable is left. */
export function parseReaderOptions(fact: FactSpec, value: unknown): ReaderOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReaderOptionsError(fact.name, 'the answer is not a JSON object');
  const v = value as Record<string, unknown>;
  const kinds = readerKindsFor(fact);
  const reader = v.reader as ReaderKind;
  if (!kinds.includes(reader)) throw new ReaderOptionsError(fact.name, `"reader" must be one of ${kinds.join(', ')} for a ${fact.type} fact`);
  const flagLike = reader === 'flag' || reader === 'recent';
  let terms = cleanList(v.terms, MAX_TERMS, flagLike);
  // A BMI label list replaces the kit's built-in labels: keep them.
  if (reader === 'bmi') terms = [...BMI_LABELS, ...terms.filter((t) => !BMI_LABELS.includes(t))].slice(0, MAX_TERMS);
  let exclude = cleanList(v.exclude, MAX_OTHER, false).filter((p) => !terms.includes(p));
  // An outcome the description names as not counting ("declined", "just started" of "False when it was declined,
  // ... just started") or one saying the therapy worked ("improved") states the opposite of a failure.
  const denied = words(negativeDeclaration(fact));
  const outcomes = reader === 'event' ? cleanList(v.outcomes, MAX_OTHER, false).filter((p) => !denied.includes(words(p)) && !(statesTreatmentFailure(fact) && WORKED.test(p))) : [];
  // A contrary phrase that is also an outcome contradicts it (and would cancel every match), and one the
  // description states as the fact ("was stopped because it was not tolerated") is not contrary: both go.
  const positive = words(positiveDeclaration(fact));
  // An exclude phrase must be about this fact's topic: a small model copies the worked example's ("hip oa").
  exclude = exclude.filter((p) => !outcomes.includes(p) && !positive.includes(words(p)) && (reader === 'event' || groundedExclude(fact, p)));
  // Nor is a phrase of the kit's own failure vocabulary when the reader uses it ("no weight loss" as contrary),
  // and an outcome is no subject ("not tolerated" among what was tried).
  if (reader === 'event' && statesTreatmentFailure(fact)) exclude = exclude.filter((p) => !TREATMENT_FAILURE.includes(p));
  if (reader === 'event') terms = terms.filter((t) => !outcomes.includes(t) && !(statesTreatmentFailure(fact) && TREATMENT_FAILURE.includes(t)));
  // A word of the fact's own name is not a synonym of it ("diagnosis", "therapy", "symptoms"), except in a label.
  const nameWords = fact.name.split('_');
  if (reader !== 'number' && reader !== 'bmi') terms = terms.filter((t) => /\s/.test(t) || !nameWords.includes(t) || /\d/.test(t));
  // A bare word the description only ever writes with a restricting modifier ("moderate or severe copd",
  // "supervised diet", "chronic opioid use") does not state the fact alone: a flag is left open by it, an event
  // does not count it.
  const bare = terms.filter((t) => onlyQualified(fact, t));
  if (bare.length && terms.length > bare.length) terms = terms.filter((t) => !bare.includes(t));
  const unsure = reader === 'flag' && terms.length ? bare : [];
  if (!terms.length && reader !== 'bmi') throw new ReaderOptionsError(fact.name, '"terms" holds no usable phrase (plain lower-case words naming the fact, 2 to 40 characters)');
  if (reader === 'event' && !outcomes.length && !statesTreatmentFailure(fact)) throw new ReaderOptionsError(fact.name, 'an event reader needs "outcomes" (phrases saying it happened as the fact requires)');
  const asked = typeof v.withinMonths === 'number' && Number.isInteger(v.withinMonths) && v.withinMonths > 0 && v.withinMonths <= 120 ? v.withinMonths : undefined;
  // The spec's own number of months wins over the model's.
  const withinMonths = reader === 'recent' ? (monthsOf(fact) ?? asked ?? 12) : 0;
  return {
    reader,
    terms,
    exclude,
    outcomes,
    withinMonths,
    ...(reader === 'flag' && countsSuspected(fact) ? { suspected: true } : {}),
    ...(reader === 'event' && statesTreatmentFailure(fact) ? { failures: true } : {}),
    ...(unsure.length ? { unsure } : {}),
  };
}

// Modifiers that narrow what counts ("moderate or severe COPD" is not any COPD).
const RESTRICTING = /^(?:moderate|severe|significant|supervised|structured|progressive|chronic|persistent|uncontrolled|advanced|active|worsening|new|recurrent|refractory)$/;

/**
 * Whether a term is a bare head the fact's declaration only writes right after a restricting modifier ("copd" of
 * "moderate or severe copd"), never alone.
 */
export function onlyQualified(fact: FactSpec, term: string): boolean {
  const text = words(positiveDeclaration(fact));
  const t = ` ${words(term).trim()} `;
  if (RESTRICTING.test(t.trim().split(' ')[0] ?? '')) return false;
  let at = text.indexOf(t);
  if (at < 0) return false;
  while (at >= 0) {
    const before = text.slice(0, at).trim().split(' ');
    const prev = before[before.length - 1] ?? '';
    if (!RESTRICTING.test(prev)) return false;
    at = text.indexOf(t, at + 1);
  }
  return true;
}

/** A fact about a treatment that was tried and did not work: the kit's failure phrases apply (from the spec's words). */
export function statesTreatmentFailure(fact: FactSpec): boolean {
  return /\b(?:did not (?:work|help)|failed|not tolerated|did not improve)\b/.test(positiveDeclaration(fact));
}

/** A text as space-padded lower-case words, so `words(a).includes(words(b))` tests for a whole-word phrase. */
export const words = (t: string) => ` ${t.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;

/**
 * Phrases the model gave a fact that name another fact ("bmi" among the symptoms): a phrase goes from a fact
 * when another fact's name or description holds it and this fact's does not. Returns what was removed.
 */
export function removeOtherFactsPhrases(facts: FactSpec[], options: Record<string, ReaderOptions>): Record<string, string[]> {
  const own = Object.fromEntries(facts.map((f) => [f.name, words(`${f.name.replace(/_/g, ' ')} ${f.description}`)]));
  const removed: Record<string, string[]> = {};
  for (const f of facts) {
    const o = options[f.name];
    if (!o || o.reader === 'bmi') continue;
    const others = facts.filter((g) => g.name !== f.name).map((g) => own[g.name]!);
    const foreign = (p: string) => !own[f.name]!.includes(words(p)) && others.some((t) => t.includes(words(p)));
    const gone = o.terms.filter(foreign);
    if (gone.length && gone.length < o.terms.length) {
      options[f.name] = { ...o, terms: o.terms.filter((p) => !gone.includes(p)) };
      removed[f.name] = gone;
    }
  }
  return removed;
}

// Temporal modifiers ("prior", "current") ground nothing: "prior authorization" is not a prior therapy.
const STOPWORDS = new Set(['with', 'from', 'that', 'this', 'when', 'than', 'have', 'been', 'were', 'does', 'only', 'last', 'within', 'patient', 'false', 'true', 'note', 'other', 'instead', 'needed', 'being', 'mentioned', 'written', 'denied', 'months', 'years', 'the', 'and', 'for', 'not', 'prior', 'previous', 'current', 'recent', 'most']);
const stem = (w: string) => w.replace(/(?:ing|ed|es|s|e|y|ies)$/, '').slice(0, 6);
const contentStems = (t: string) => (t.toLowerCase().match(/[a-z][a-z0-9]{1,}/g) ?? []).filter((w) => !STOPWORDS.has(w)).map(stem);

/** A description's "False when / for ..." sentences: what does not count. */
const FALSE_PART = /\bFalse\b[^.]*(?:\.|$)/g;

/** The fact's name and description without its "False when / for ..." sentences (they name what does not count). */
export function positiveDeclaration(fact: FactSpec): string {
  return `${fact.name.replace(/_/g, ' ')} ${fact.description.replace(FALSE_PART, ' ')}`.toLowerCase();
}

/** The description's "False when / for ..." sentences: what does not count. */
export function negativeDeclaration(fact: FactSpec): string {
  return (fact.description.match(FALSE_PART) ?? []).join(' ').toLowerCase();
}

/** An outcome saying a therapy worked, not that it failed. */
const WORKED = /^(?:improved|improving|helped|helps|worked|working|effective|successful|success|resolved|better|responded|relief)$/;

/** The items the description lists ("T2DM", "DM2", "DM type II" of "(T2DM, DM2, DM type II, ...)"), lower case. */
export function declaredItems(fact: FactSpec): string[] {
  const items = positiveDeclaration(fact)
    .split(/[,;()/:]|\bor\b|\band\b|\be\.g\./)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // A code family ("ICD-10 E11.x") lists its stem ("e11") as an item too.
  const codes = items.flatMap((t) => [...t.matchAll(/\b([a-z]\d{2})\.x\b/g)].map((m) => m[1]!));
  return [...items, ...codes];
}

/**
 * The names the description writes with a capital inside its parentheses ("Qsymia", "Weight Watchers", "WW",
 * "T2DM", "DM type II" of "(T2DM, ... such as Weight Watchers (WW) or Noom)"), and every item of a parenthesis
 * that lists examples ("e.g." or "such as": "metformin", "a supervised program"), lower case: the synonyms and
 * examples the spec's author listed. A 1.5B model leaves some of a long list out; the composer adds them (and
 * says so in the report). Codes ("ICD-10 E11.x") are not names; their stem ("e11") is.
 */
export function declaredNames(fact: FactSpec): string[] {
  const positive = fact.description.replace(FALSE_PART, ' ');
  const out: string[] = [];
  for (const m of positive.matchAll(/\(([^()]*)\)/g)) {
    const examples = /^\s*(?:e\.g\.|such as|for example|including)/i.test(m[1]!);
    for (const raw of m[1]!.split(/[,;/]|\bor\b|\band\b|\be\.g\.|\bsuch as\b|\bfor example\b|\bincluding\b/)) {
      const item = raw.replace(/\s+/g, ' ').trim().replace(/^(?:a|an|the)\s+/i, '');
      if (!(examples || /[A-Z]/.test(item)) || /\d\.|icd|cpt/i.test(item) || item.length < 2 || item.length > 40 || item.split(' ').length > 5) continue;
      const p = cleanPhrase(item.toLowerCase());
      if (p && !RESTRICTING.test(p) && !out.includes(p)) out.push(p);
    }
  }
  // A code family ("ICD-10 E11.x") names its stem ("e11"), which matches every code of the family.
  for (const m of positive.matchAll(/\b([A-Z]\d{2})\.x\b/g)) if (!out.includes(m[1]!.toLowerCase())) out.push(m[1]!.toLowerCase());
  return out;
}

/**
 * The phrase a flag's description writes its synonyms after ("type 2 diabetes mellitus" of "a current diagnosis
 * of type 2 diabetes mellitus (T2DM, ...)"), and its first three words when longer ("type 2 diabetes"): the
 * fact's own name for itself, which a small model sometimes leaves out of its terms.
 */
export function declaredLead(fact: FactSpec): string[] {
  const at = fact.description.indexOf('(');
  if (at <= 0) return [];
  const before = fact.description.slice(0, at).toLowerCase().replace(/\s+/g, ' ').trim();
  const ws = (before.split(/\b(?:of|with|has|have|had|is|are|was|a|an|the|for|from)\b/).pop() ?? '').trim().split(' ').filter(Boolean);
  if (ws.length < 2 || ws.length > 5) return [];
  const lead = cleanPhrase(ws.join(' '));
  const short = ws.length > 3 ? cleanPhrase(ws.slice(0, 3).join(' ')) : undefined;
  return [lead, short].filter((p): p is string => !!p);
}

/** An exclude phrase shares a word with the fact's whole declaration (its "False when ..." part included). */
export function groundedExclude(fact: FactSpec, phrase: string): boolean {
  const declared = new Set(contentStems(`${fact.name.replace(/_/g, ' ')} ${fact.description}`));
  return contentStems(phrase).some((w) => declared.has(w));
}

/**
 * Whether a phrase is grounded in the spec: it shares a content word with the fact's name or description (not
 * its "False when ..." part), or is the initials of a phrase there ("osa"). A 1.5B model otherwise pads a list
 * with words of the prompt or of the notes ("prior authorization" among comorbidities, "daytime sleepiness"
 * for a sleep study). A synonym the description lacks belongs in the spec: write it there.
 */
export function groundedPhrase(fact: FactSpec, phrase: string): boolean {
  const declared = positiveDeclaration(fact);
  const stems = new Set(contentStems(declared));
  if (contentStems(phrase).some((w) => stems.has(w))) return true;
  const initials = (declared.match(/[a-z][a-z -]+/g) ?? []).flatMap((chunk) => {
    const ws = chunk.split(/[\s-]+/).filter(Boolean);
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) for (let n = 2; n <= 4 && i + n <= ws.length; n++) out.push(ws.slice(i, i + n).map((w) => w[0]).join(''));
    return out;
  });
  return !/\s/.test(phrase) && initials.includes(phrase);
}

/**
 * The options object of the kit call for one fact, keys in the order the slot file writes them; optional lists
 * are left out when empty, and a bmi reader with the kit's own labels takes none. One mapping serves both the
 * rendered code (renderReader) and the live reader the composer checks goldens with (buildReader).
 */
function readerArgs(o: ReaderOptions): Record<string, string[] | number | boolean> {
  const opt = <K extends string>(k: K, v: string[]) => (v.length ? { [k]: v } : {});
  switch (o.reader) {
    case 'flag':
      return { terms: o.terms, ...opt('exclude', o.exclude), ...opt('unsure', o.unsure ?? []), ...(o.suspected ? { suspected: true } : {}) };
    case 'number':
      return { labels: o.terms };
    case 'bmi':
      return o.terms.length && o.terms.join() !== BMI_LABELS.join() ? { labels: o.terms } : {};
    case 'event':
      return { subjects: o.terms, outcomes: o.outcomes, ...opt('contrary', o.exclude), ...(o.failures ? { failures: true } : {}) };
    case 'recent':
      return { terms: o.terms, withinMonths: o.withinMonths, ...opt('exclude', o.exclude) };
  }
}

const literal = (v: string[] | number | boolean) => (Array.isArray(v) ? `[${v.map((s) => JSON.stringify(s)).join(', ')}]` : String(v));

/** The kit call for one fact's options (what the slot file holds). */
export function renderReader(o: ReaderOptions): string {
  const entries = Object.entries(readerArgs(o));
  return entries.length ? `${o.reader}({ ${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} })` : `${o.reader}()`;
}

/** The same reader as renderReader's code, built live (the composer checks a fact's options on the goldens with it). */
export function buildReader(o: ReaderOptions): Reader<boolean> | Reader<number | null> {
  const args = readerArgs(o);
  switch (o.reader) {
    case 'flag':
      return flag(args as unknown as FlagOptions);
    case 'number':
      return number(args as unknown as NumberOptions);
    case 'bmi':
      return bmi(args as { labels?: string[] });
    case 'event':
      return event(args as unknown as EventOptions);
    case 'recent':
      return recent(args as unknown as RecentOptions);
  }
}

const READER_LINE = /^ {4}([a-z][a-z0-9_]*): (flag|number|bmi|event|recent)\((.*)\),$/;

/** Read the options back from a rendered slot file (the previous attempt), by fact. Lines it cannot read are left out. */
export function parseRenderedReaders(code: string): Record<string, ReaderOptions> {
  const out: Record<string, ReaderOptions> = {};
  for (const line of code.split('\n')) {
    const m = READER_LINE.exec(line);
    if (!m) continue;
    const reader = m[2] as ReaderKind;
    let args: Record<string, unknown> = {};
    try {
      // Rendered keys are bare identifiers and every string is JSON: quote the keys and it is JSON.
      if (m[3]) args = JSON.parse(m[3].replace(/([{,] )([a-zA-Z]+):/g, '$1"$2":')) as Record<string, unknown>;
    } catch {
      continue;
    }
    const strings = (k: string) => (Array.isArray(args[k]) ? (args[k] as unknown[]).filter((s): s is string => typeof s === 'string') : []);
    out[m[1]!] = {
      reader,
      terms: reader === 'bmi' && !args.labels ? [...BMI_LABELS] : reader === 'number' || reader === 'bmi' ? strings('labels') : reader === 'event' ? strings('subjects') : strings('terms'),
      exclude: reader === 'event' ? strings('contrary') : strings('exclude'),
      outcomes: strings('outcomes'),
      withinMonths: typeof args.withinMonths === 'number' ? args.withinMonths : 0,
      ...(args.suspected === true ? { suspected: true } : {}),
      ...(args.failures === true ? { failures: true } : {}),
      ...(strings('unsure').length ? { unsure: strings('unsure') } : {}),
    };
  }
  return out;
}

/** The facts the spec's rules and checks read, in declaration order (the others are informational). */
export function decisiveFacts(spec: Spec): string[] {
  const used = factsInRules(parseRules(spec));
  for (const c of spec.checks.requireAnyFound) for (const f of c.facts) used.add(f);
  return spec.facts.map((f) => f.name).filter((n) => used.has(n));
}

/** The complete extractor slot file for these per-fact options (imports, then the one composition). */
export function renderExtractorFile(spec: Spec, imports: string[], factsType: string, options: Record<string, ReaderOptions>): string {
  const lines = spec.facts.map((f) => {
    const o = options[f.name];
    if (!o) throw new ReaderOptionsError(f.name, 'no reader options');
    return `    ${f.name}: ${renderReader(o)},`;
  });
  // Facts no rule or check reads cannot change the outcome: their doubts do not send a case to review.
  const decides = decisiveFacts(spec);
  const close = decides.length < spec.facts.length ? `  }, { decides: [${decides.map((d) => JSON.stringify(d)).join(', ')}] });` : '  });';
  return [
    ...imports,
    '',
    '// Composed from per-fact reader options written by the model (compiler/reader-options.ts renders them).',
    `export function extract(text: string): ExtractorResult<${factsType}> {`,
    `  return extractFacts<${factsType}>(text, {`,
    ...lines,
    close,
    '}',
    '',
  ].join('\n');
}
