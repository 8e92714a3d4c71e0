// Extractor slot of prior-auth-sleep-study v1, written by a person (compiled with --candidate).
// Reads a referral note into the spec's five facts, deterministically. Method: lower-case the text, split
// it into sentences, find each fact's mentions with small pattern tables, and read the clause before a
// mention for negation ("no", "denies") and the sentence around it for timing. When a fact cannot be
// settled (conflicting scores, a study of unknown date, COPD of unknown severity) it says so in
// `uncertain` (short reasons, never note text) and the workflow sends the case to review.
import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthSleepStudyFacts } from './facts';

/** Texts longer than this are not analysed (the spec's input limit is 12 000 characters). */
const MAX_CHARS = 20000;

interface Span {
  start: number;
  end: number;
}

const EPWORTH = /\b(?:epworth|ess)\b[^0-9\n;]{0,30}?(\d{1,3}(?:\.\d{1,2})?)/g;
const BMI = /\b(?:bmi|body mass index)\b[^0-9\n;]{0,12}?(\d{1,3}(?:\.\d{1,2})?)/g;
const SYMPTOMS = /\b(?:snor(?:e|es|ed|ing|er)|witnessed (?:apneas?|apnoeas?|pauses)|pauses in (?:her |his |their )?breathing|gasp(?:s|ing)?|chok(?:e|es|ing))\b/g;
const STUDY = /\b(?:polysomnogra(?:m|phy)|psg|home sleep (?:apnea )?test(?:ing)?|hsat|sleep stud(?:y|ies))\b/g;
const COMORBID = /\b(?:congestive heart failure|heart failure|chf|hfref|hfpef|neuromuscular disease|amyotrophic lateral sclerosis|als|muscular dystrophy|myasthenia gravis|opioids?|oxycodone|methadone|morphine|fentanyl|hydrocodone|central sleep apnea|csa)\b/g;
const COPD = /\b(?:copd|chronic obstructive pulmonary disease)\b/g;

const NEGATION = /\b(?:no|not|denies|denied|without|negative for|never)\b/;
const REQUEST = /\b(?:request(?:s|ed|ing)?|order(?:s|ed|ing)?|refer(?:red|ral)?|schedul(?:e|ed|ing)|needs?|plan(?:ned)?|repeat)\b[^.;]{0,20}$/;
const OLD = /\b(?:more than (?:12|twelve) months|over (?:a|one) year|(?:\d{1,2}|two|three|several) years? ago|> ?12 months)\b/;
const RECENT = /\b(?:\d{1,2}|one|two|three|four|five|six|a few|several) (?:days?|weeks?|wks?) ago|\b(?:last|past|this) (?:week|month)\b|\bwithin the (?:last|past) (?:12 months|year)\b|\b(?:earlier|last month|recently)\b/;
const MONTHS_AGO = /\b(\d{1,2}) (?:months?|mos?) ago\b/;
const SEVERE_COPD = /\b(?:moderate|severe|gold (?:stage )?(?:2|3|4|ii|iii|iv)|on (?:home )?oxygen|o2 dependent)\b/;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\u00a0\t\r\f\v]/g, ' ');
}

/** Sentence spans: split at ; ! ? newlines and at periods that are not decimal points. */
function sentences(s: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const decimal = c === '.' && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '');
    if ((c === '.' && !decimal) || c === ';' || c === '\n' || c === '!' || c === '?') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (s.length > start) out.push({ start, end: s.length });
  return out;
}

function sentenceAt(sents: Span[], pos: number): Span {
  for (let i = 0; i < sents.length; i++) if (sents[i].start <= pos && pos <= sents[i].end) return sents[i];
  return { start: pos, end: pos };
}

/** The clause just before a mention (after the last comma in its sentence, at most 40 characters). */
function clauseBefore(s: string, sentence: Span, pos: number): string {
  const pre = s.slice(Math.max(sentence.start, pos - 40), pos);
  return pre.slice(pre.lastIndexOf(',') + 1);
}

function negated(s: string, sents: Span[], pos: number): boolean {
  return NEGATION.test(clauseBefore(s, sentenceAt(sents, pos), pos));
}

/** Distinct numbers captured by a global pattern. */
function numbers(s: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(re)) {
    const n = Number(m[1]);
    if (Number.isFinite(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

interface Flag {
  value: boolean;
  found: boolean;
  unsure: boolean;
}

/** A yes/no fact: any non-negated mention makes it true; a negated mention still counts as found. */
function mentioned(s: string, sents: Span[], re: RegExp): Flag {
  let value = false;
  let found = false;
  for (const m of s.matchAll(re)) {
    found = true;
    if (!negated(s, sents, m.index ?? 0)) value = true;
  }
  return { value, found, unsure: false };
}

type StudyTime = 'recent' | 'old' | 'unknown';

function studyTime(sentence: string): StudyTime {
  if (OLD.test(sentence)) return 'old';
  const months = MONTHS_AGO.exec(sentence);
  if (months) return Number(months[1]) <= 12 ? 'recent' : 'old';
  if (RECENT.test(sentence)) return 'recent';
  return 'unknown';
}

/** A prior sleep study: negated or only requested mentions do not count; its date must be within 12 months. */
function priorStudy(s: string, sents: Span[]): Flag {
  const flag: Flag = { value: false, found: false, unsure: false };
  for (const m of s.matchAll(STUDY)) {
    flag.found = true;
    const pos = m.index ?? 0;
    const sentence = sentenceAt(sents, pos);
    if (negated(s, sents, pos) || REQUEST.test(s.slice(sentence.start, pos))) continue;
    const time = studyTime(s.slice(sentence.start, sentence.end));
    if (time === 'recent') flag.value = true;
    else if (time === 'unknown') flag.unsure = true;
  }
  if (flag.value) flag.unsure = false;
  return flag;
}

/** Conditions that need an in-lab study; COPD counts only when moderate or severe. */
function comorbidity(s: string, sents: Span[]): Flag {
  const flag = mentioned(s, sents, COMORBID);
  for (const m of s.matchAll(COPD)) {
    flag.found = true;
    const pos = m.index ?? 0;
    if (negated(s, sents, pos)) continue;
    const sentence = sentenceAt(sents, pos);
    const around = s.slice(sentence.start, sentence.end);
    if (SEVERE_COPD.test(around)) flag.value = true;
    else if (!/\bmild\b/.test(around)) flag.unsure = true;
  }
  if (flag.value) flag.unsure = false;
  return flag;
}

function single(values: number[], name: string, uncertain: string[]): number | null {
  if (values.length > 1) uncertain.push(`${name}: conflicting values`);
  return values.length === 1 ? values[0] : null;
}

export function extract(text: string): ExtractorResult<PriorAuthSleepStudyFacts> {
  const uncertain: string[] = [];
  const s = normalize(typeof text === 'string' ? text.slice(0, MAX_CHARS) : '');
  if (typeof text === 'string' && text.length > MAX_CHARS) uncertain.push('note too long to analyse');
  const sents = sentences(s);
  const epworths = numbers(s, EPWORTH);
  const bmis = numbers(s, BMI);
  const symptoms = mentioned(s, sents, SYMPTOMS);
  const study = priorStudy(s, sents);
  const comorbid = comorbidity(s, sents);
  if (study.unsure) uncertain.push('has_prior_sleep_study_within_12mo: date of the prior study unclear');
  if (comorbid.unsure) uncertain.push('has_significant_comorbidity: COPD severity not stated');
  return {
    facts: {
      epworth_score: single(epworths, 'epworth_score', uncertain),
      has_osa_symptoms: symptoms.value,
      bmi: single(bmis, 'bmi', uncertain),
      has_prior_sleep_study_within_12mo: study.value,
      has_significant_comorbidity: comorbid.value,
    },
    found: {
      epworth_score: epworths.length > 0,
      has_osa_symptoms: symptoms.found,
      bmi: bmis.length > 0,
      has_prior_sleep_study_within_12mo: study.found,
      has_significant_comorbidity: comorbid.found,
    },
    uncertain,
  };
}
