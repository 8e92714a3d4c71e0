// Extractor slot of prior-auth-glp1 v1 (hand-written).
// Turns a free-text clinician chart summary into the policy's four facts, deterministically, and
// says when it is not sure (`uncertain`, short reasons without chart text): the workflow then
// sends the case to review, because a wrong automatic decision is the worst failure.
// Method: lower-case the text, split it into sentences, find the mentions of each fact with
// tables of patterns, and classify the words around each mention (negation, family history,
// hedging, time order, therapy outcome). Regexes use bounded repetition only; loops are bounded.
import type { ExtractorResult } from '../../../templates/bounded-decision/types';
import type { PriorAuthGlp1Facts } from './facts';

/** Texts longer than this are not analysed (the spec's input limit is 20 000 characters). */
const MAX_CHARS = 50000;

interface Span { start: number; end: number; }
interface Mention<K> extends Span { kind: K; }

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Lower-case and unify quotes, dashes, arrows and spaces so the patterns stay simple. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u2033]|''/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2192\u27f6\u21d2\u2794\u279d]/g, ' -> ')
    .replace(/\u00b2/g, '2')
    .replace(/[\u00a0\t\r\f\v]/g, ' ')
    // Form check boxes: checked "[x]", unchecked "[ ]" (also radio buttons and ballot boxes).
    .replace(/[\u2612\u2611\u2713\u2714\u25a0\u25c9]|\[ ?[x\u2713*] ?\]|\( ?[x\u2022*] ?\)/g, '[x]')
    .replace(/[\u2610\u25a1\u25cb]|\( \)|\[\s{0,2}\]/g, '[ ]')
    // Decimal commas ("BMI 32,5"), approximations ("~31") and spelled-out numbers ("thirty-two").
    .replace(/(\d),(\d{1,2})(?![\d,])/g, '$1.$2')
    .replace(/~\s?(?=\d)/g, 'approx ')
    .replace(NUMBER_WORDS_RE, numberWords)
    // Common misspellings and variants, so the tables below only list one spelling.
    .replace(/\bd(?:ia|ai|ie|i)b[ea]{0,2}t(?:es|is|ies|ees|us|s)\b/g, 'diabetes')
    .replace(/\b(did|does|do|was|were|is|could|has|have|had|would)'?nt\b/g, "$1n't")
    .replace(/\btryed\b/g, 'tried')
    .replace(/\bstoped\b/g, 'stopped')
    .replace(/\bd\/t\b/g, 'due to')
    .replace(/\bdenys\b/g, 'denies')
    .replace(/\bw\/o\b/g, 'without')
    .replace(/\bwt\.?(?=[\s-](?:loss|gain|change|reduction)\b)/g, 'weight')
    .replace(/programme/g, 'program')
    .replace(/\btrialled\b/g, 'trialed')
    .replace(/faec/g, 'fec')
    .replace(/glycaem/g, 'glycem');
}

const UNIT_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS_WORDS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const NUMBER_WORDS_RE = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:(?:[\s-]|\sand\s|\spoint\s)(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)){0,5}\b(?=(\s(?:percent|feet|foot|inches|inch|pounds|lbs?|kg|kilograms?)\b)?)/g;

/** "thirty-two point five" -> "32.5"; a lone small number word stays a word unless a unit follows it. */
function numberWords(words: string, unitAfter: string | undefined): string {
  const parts = words.split(/[\s-]+/);
  if (!unitAfter && !parts.some((w) => TENS_WORDS.includes(w) || w === 'hundred' || w === 'point')) return words;
  let [whole, decimals, inDecimals] = [0, '', false];
  for (const w of parts) {
    const unit = UNIT_WORDS.indexOf(w);
    if (w === 'point') inDecimals = true;
    else if (inDecimals && unit >= 0 && unit < 10) decimals += String(unit);
    else if (w === 'hundred') whole *= 100;
    else if (unit >= 0) whole += unit;
    else if (TENS_WORDS.includes(w)) whole += 20 + 10 * TENS_WORDS.indexOf(w);
  }
  return decimals ? `${whole}.${decimals}` : String(whole);
}

/** A form's answer right after its question mark ("? Y/N: N", "? [x] yes", "? ___"). */
const FORM_ANSWER_START = /^[ :]{0,3}(?:\(?y\/n\)?|yes\b|no\b|y\b|n\b|\[[x ]\]|_{2})/;
const FORM_QUESTION = /^[^\n[]{0,70}?(?:\?|\(?y\/n\)?|:)[\s:)]{0,4}(?:\(?y\/n\)?[\s:]{0,3})?([^\n]{0,40})/;

/** The answer a form gives to the question a mention is in: checked box, Y/N, or left blank. */
function formAnswer(post: string): 'yes' | 'no' | 'blank' | undefined {
  const a = FORM_QUESTION.exec(post)?.[1];
  if (a === undefined) return undefined;
  // "[ ] Yes [x] No" (box before its label) or "Yes [ ] No [x]" (box after it).
  const box = a.startsWith('[') ? /\[x\]\s{0,2}(yes|no|y|n)\b/.exec(a) : /\b(yes|no|y|n)\s{0,2}\[x\]/.exec(a);
  if (box) return box[1].startsWith('y') ? 'yes' : 'no';
  if (/^(?:\[ \]|_{2})/.test(a)) return 'blank';
  const word = /^(yes|no|y|n)\s{0,3}(?:$|[(.,;-])/.exec(a);
  return word ? (word[1].startsWith('y') ? 'yes' : 'no') : undefined;
}

const SENTENCE_ABBREV = /(?:^|[^a-z])(?:wt|ht|pt|dr|vs|hx|approx|mr|mrs|ms|dx|rx|tx|yo|e\.g|i\.e)$/;

/** Sentence spans: split at ; ! ? newlines and at periods that are not decimal points. */
function sentences(s: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    let end = c === ';' || c === '\n' || c === '!' || (c === '?' && !/[a-z0-9]/.test(s[i + 1] ?? '') && !FORM_ANSWER_START.test(s.slice(i + 1, i + 12)));
    if (c === '.') {
      const decimal = /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '');
      end = !decimal && !SENTENCE_ABBREV.test(s.slice(Math.max(0, i - 7), i));
    }
    if (end) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (s.length > start) out.push({ start, end: s.length });
  return out;
}

/** The sentence containing position pos (binary search over sorted spans). */
function sentenceOf(sents: Span[], pos: number): Span {
  let [lo, hi] = [0, sents.length - 1];
  for (let k = 0; k < 64 && lo < hi; k++) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return sents[lo] ?? { start: 0, end: 0 };
}

const blank = (x: string): string => ' '.repeat(x.length);

/** All matches of a table of global patterns; each pattern's matches are masked for the next ones. */
function findMentions<K>(s: string, table: [K, RegExp][]): Mention<K>[] {
  const out: Mention<K>[] = [];
  let masked = s;
  for (const [kind, re] of table) {
    for (const m of masked.matchAll(re)) {
      const start = m.index ?? 0;
      out.push({ kind, start, end: start + m[0].length });
    }
    masked = masked.replace(re, blank);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Last match of a global regex in s, or undefined. */
function lastMatch(re: RegExp, s: string): Span | undefined {
  let last: Span | undefined;
  for (const m of s.matchAll(re)) last = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  return last;
}

/** Text of the clause just before a position: after the last comma, at most 45 characters. */
const clauseTail = (pre: string): string => pre.slice(-45).slice(pre.slice(-45).lastIndexOf(',') + 1);

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

// ---------------------------------------------------------------------------------------------
// has_t2d_diagnosis

type DmKind = 'skip' | 'family' | 't2' | 'other' | 't1' | 'gest' | 'pre' | 'nondm' | 'generic';

/** Mention patterns, most specific first (each kind's matches are masked for the next kinds). */
const DM_TABLE: [DmKind, RegExp][] = [
  // Not a statement about the patient's diabetes status (condition, programme, drug class, topic).
  ['skip', /\bdiabetes insipidus\b|\bdiabetolog[a-z]{0,4}|\b(?:national )?diabetes prevention program\w{0,2}|\banti[\s-]?diabetics?\b|\bdiabet(?:es|ic) (?:prevention|screening|education|educator|risk|diet|supplies)\b|\bdiabetic (?:eye|foot|retinal|retinopathy) (?:exam|screening|check)[a-z]{0,3}/g],
  ['family', /\bz83\.3\b/g],
  ['t2', /\btype[\s-]{0,2}(?:2|ii|two)[\s-]{0,2}(?:diabet(?:es|ic)|dm)\b|\bt2[\s-]?(?:dm?|diabet(?:es|ic))\b|\b(?:diabetes(?:[\s-]mellitus)?|dm)[\s,:(-]{0,3}(?:type|typ|t)[\s-]{0,2}(?:2|ii|two)\b|\bdm-?(?:2|ii)\b|\bdm\s(?:2|ii)\b(?!\s{0,2}(?:y|yrs?|years?|mos?|months?|wks?|weeks?|days?)\b)|\bt[\s-]ii[\s-]?dm\b|\bniddm\b|\bnon[\s-]?insulin[\s-]dependent diabetes\b|\badult[\s-]onset (?:diabetes|dm)\b|\be11(?:\.\d{1,4})?\b/g],
  ['other', /\b(?:steroid|glucocorticoid|drug|medication)[\s-]induced (?:diabetes|dm)\b|\bsecondary diabetes\b|\bmody\b|\bmaturity[\s-]onset diabetes\b|\bcystic fibrosis[\s-]related diabetes\b|\bcfrd\b|\bpancreatogenic diabetes\b|\btype 3c\b|\bmonogenic diabetes\b|\bpost[\s-]?transplant\w{0,5} diabetes\b|\bptdm\b|\biddm\b|\binsulin[\s-]dependent diabetes\b|\be(?:08|09|13)(?:\.\d{1,4})?\b|\bdouble diabetes\b/g],
  ['t1', /\btype[\s-]{0,2}(?:1|i|one)(?:\.5)?[\s-]{0,2}(?:diabet(?:es|ic)|dm)\b|\bt1[\s-]?(?:dm?|diabet(?:es|ic))\b|\b(?:diabetes(?:[\s-]mellitus)?|dm)[\s,:(-]{0,3}(?:type|typ)[\s-]{0,2}(?:1|i|one)\b|\bdm[\s-]?1\b|\bjuvenile[\s-](?:onset )?diabetes\b|\blada\b|\blatent autoimmune diabetes\b|\be10(?:\.\d{1,4})?\b/g],
  ['gest', /\bgestational diabetes\b|\bgdm\b|\bdiabetes (?:during|in) (?:her |a )?pregnancy\b|\bo24(?:\.\d{1,4})?\b|\bz86\.32\b/g],
  ['pre', /\bpre[\s-]?(?:diabet(?:es|ic)|dm)\b|\bimpaired (?:fasting glucose|glucose tolerance)\b|\bifg\b|\bigt\b|\bborderline (?:diabet(?:es|ic)|dm)\b|\br73(?:\.\d{1,3})?\b/g],
  ['nondm', /\bnon[\s-]?diabetic\b/g],
  ['generic', /\bdiabet(?:es|ic|ics)\b|\bdm\b/g],
];

const RELATIVE = /\b(?:family|fhx|fh|f\/h|famhx|mother|father|mom|dad|mum|parents?|sisters?|brothers?|siblings?|grand(?:mother|father|parents?|ma|pa)|aunts?|uncles?|cousins?|sons?|daughters?|maternal|paternal|relatives?|twin|husband|wife|spouse|partner)\b/g;
const FAMILY_HEADER = /^(?:family|fhx|fh|f\/h|famhx)/;
const PATIENT_MARK = /\b(?:patient|pt|he|she|himself|herself|personally|personal|self|but|however|whereas|while|own)\b/;
const FAMILY_AFTER = /^[\s(:-]{0,3}(?:(?:in|on) (?:his |her |the |pt's |patient's )?)?(?:both )?(?:family|mother|father|mom|dad|parents?|sisters?|brothers?|siblings?|grand[a-z]{0,6}|aunts?|uncles?|cousins?|sons?|daughters?|maternal|paternal|relatives?|husband|wife|spouse|partner)\b/;
const NEG_CUE = /\b(?:no longer|negative for|neg for|absence of|free of|ruled out for|no|not|non|denies|denied|deny|denying|without|w\/o|never|nor)\b/g;
const NEG_FILLER = /^(?:\s{0,3}(?:have|has|had|been|ever|once|yet|a|any)\b){0,3}/;
const DX_WORDS = /\b(?:diagnosed with|diagnosed as|diagnosis of|dx of|dx with|meet(?:s|ing)? (?:the )?(?:diagnostic )?criteria for)\b/g;
const NEG_ASIDE = /,?\s{0,2}\b(?:to date|as yet|at this time|at present|so far)\b,?/g;
const NEG_BREAKER = /\b(?:but|however|although|though|yet|except|has|have|had|with|on|for|from|his|her|their|due|secondary|related|complicat[a-z]{0,8}|controlled|uncontrolled|managed|treated|medications?|meds|insulin|metformin|now|since|diagnosed|reports?|confirmed|positive)\b/;
const NEG_AFTER = /^\s{0,2}(?:(?:[:=-]|\bis\b|\bwas\b)\s{0,2}(?:none|no|negative|neg|denied|denies|absent|not present|n\/a)(?![a-z])\s{0,2}(?:[,.;)?]|$)|\s{0,2}\(\s?(?:-|neg|no)\s?\)|[\s:-]{0,3}(?:screen(?:ing)?|test(?:ing)?|work[\s-]?up|evaluation)\s{0,2}(?:was |is |came back )?(?:negative|neg)\b|[(,-]?\s{0,2}(?:(?:was|is|has been|were|been)\s{1,2})?(?:ruled out|excluded|negative)\b|[^.;\n]{0,60}?(?:\||-|status:)\s{0,3}(?:status:\s{0,2})?(?:ruled out|excluded|entered in error)\b)/;
const NEUTRAL_BEFORE = /\b(?:risk (?:of|for)|(?:concerned|worried|worries|anxious) about (?:developing|getting)|at risk|increased risk|prevent[a-z]{0,4}|prevention of|screen(?:ed|ing)?(?: [a-z]{1,12})? for|reduce (?:the )?risk|progression to|delay[a-z]{0,3} (?:the )?(?:onset|progression))\b/;
const HEDGE_BEFORE = /\b(?:possible|possibly|probable|probably|suspected|suspect|suspicion (?:of|for)|concern (?:for|of)|concerning for|question of|questionable|query|rule out|r\/o|evaluate for|evaluation for|eval for|work[\s-]?up for|assess(?:ment)? for|presumed|likely|cannot exclude|can't exclude|vs\.?|versus|early|impending|developing)\b|\?\s{0,2}$/;
const HEDGE_AFTER = /^[\s:-]{0,3}(?:\?|\(\?\)|vs\b|versus\b|suspected|possible|probable|not confirmed|unconfirmed|to be (?:confirmed|ruled out)|pending|r\/o\b)|^[^.;\n]{0,60}\b(?:in remission|resolved|reversed|remission|inactive|historical)\b/;
const DM_TOPIC_AFTER = /^[\s-]{0,2}(?:neuropathy|retinopathy|nephropathy|kidney|foot|feet|ulcers?|wounds?|gastroparesis|ketoacidosis|macular|complications?|medications?|meds|drugs|agents|regimen|therapy|treatment|symptoms)\b/;
const NEUTRAL_AFTER = /^[\s-]{0,2}(?:screening|screen|testing|risk|prevention|workup|work-up)\b/;
const DM_HEADER_AFTER = /^\s{0,2}(?:status|history|hx)?\s{0,2}:\s{0,3}(?:pt |patient )?(?:no|none|not|non|neg|negative|denies|denied|type|t[12]|dm|diabet|pre|e1[0-3]|gdm|ifg|borderline|h\/o|hx|history)/;
const LAB_RANGE_AFTER = /^[\s-]{0,2}(?:range|ranges|levels?|values?|a1c|glucose)\b/;

type DmPolarity = 'pos' | 'neg' | 'hedge' | 'skip' | 'family?' | 'neg?';

/** Family history: "Father has T2DM", "FHx: DM2", "T2DM in mother"; undefined when it is not about a relative. */
function familyPolarity(pre: string, post: string): DmPolarity | undefined {
  if (FAMILY_AFTER.test(post)) return 'skip';
  const rel = lastMatch(RELATIVE, pre);
  if (!rel) return undefined;
  const after = pre.slice(rel.end);
  if (PATIENT_MARK.test(after)) return undefined;
  const header = FAMILY_HEADER.test(pre.slice(rel.start, rel.end));
  return header || !after.includes(',') ? 'skip' : 'family?';
}

/** A negation cue in the 70 characters before a mention: 'neg', 'neg?' (unclear) or 'pos' (none that applies). */
function negationPolarity(pre: string): DmPolarity {
  const near = pre.slice(-160);
  const cue = lastMatch(NEG_CUE, near);
  if (!cue) return 'pos';
  const between = near.slice(cue.end).replace(NEG_FILLER, '').replace(DX_WORDS, ' ').replace(NEG_ASIDE, ' ');
  // A long negated list ("Denies MI, stroke, pancreatitis, ... or diabetes") ends in "or"; else it is not clear.
  if (between.length > 70 && !/[,\s](?:or|nor)\s{1,2}$/.test(between)) return between.includes(',') && !NEG_BREAKER.test(between) ? 'neg?' : 'pos';
  if (NEG_BREAKER.test(between)) return 'pos';
  // "Denies HTN, HLD, or DM" is a negated list; "No CAD, T2DM" is not clear.
  return !between.includes(',') || /\b(?:or|nor)\b/.test(between) ? 'neg' : 'neg?';
}

/** Mention kinds that are never a statement about the patient's diabetes. */
const DM_SKIP_KINDS: ReadonlySet<DmKind> = new Set<DmKind>(['skip', 'family']);

/** Forms: "[ ] Type 2 diabetes" is not ticked, "[x] Type 2 diabetes" is; "Type 2 diabetes? Y/N: N" is answered. */
function formPolarity(pre: string, post: string): DmPolarity | undefined {
  if (/\[ \]\s{0,2}$/.test(pre)) return 'skip';
  if (/\[x\]\s{0,2}$/.test(pre)) return 'pos';
  const answer = formAnswer(post);
  if (!answer) return undefined;
  return answer === 'yes' && !/\b(?:not|no|non)\b[^,:]{0,20}$/.test(pre) ? 'pos' : answer === 'no' ? 'neg' : 'skip';
}

/** What the words around one diabetes mention say about it. */
function dmPolarity(s: string, sent: Span, m: Mention<DmKind>): DmPolarity {
  if (DM_SKIP_KINDS.has(m.kind)) return 'skip';
  const pre = s.slice(Math.max(sent.start, m.start - 200), m.start);
  const post = s.slice(m.end, Math.min(sent.end + 1, m.end + 60));
  const family = familyPolarity(pre, post);
  if (family) return family;
  const form = formPolarity(pre, s.slice(m.end, Math.min(sent.end + 1, m.end + 120)));
  if (form) return form;
  // "A1c in the diabetic range" is a lab finding, not a diagnosis; "non-diabetic range" says nothing.
  const isTopic = m.kind !== 'pre' && LAB_RANGE_AFTER.test(post);
  if (m.kind === 'nondm') return isTopic ? 'skip' : 'neg';
  if (NEG_AFTER.test(post)) return 'neg';
  if (m.kind === 'generic' && DM_HEADER_AFTER.test(post)) return 'skip';
  const tail = clauseTail(pre);
  if (NEUTRAL_BEFORE.test(tail) || NEUTRAL_AFTER.test(post)) return 'skip';
  // "not on any diabetes medications", "no diabetic retinopathy" say nothing about the diagnosis.
  const topicAfter = m.kind === 'generic' && DM_TOPIC_AFTER.test(post);
  if (topicAfter && /\b(?:no|not|none|without|denies)\b/.test(tail)) return 'skip';
  let pol = negationPolarity(pre);
  if (pol === 'pos' && (HEDGE_BEFORE.test(tail) || HEDGE_AFTER.test(post) || isTopic)) pol = 'hedge';
  // "no diabetic retinopathy", "no diabetes medications" say nothing about the diagnosis.
  if (topicAfter && pol !== 'pos') return 'skip';
  return pol;
}

interface FactResult<T> { value: T; found: boolean; reasons: string[]; }

interface DmCounts { t2: number; t2neg: number; generic: number; genneg: number; t1: number; pre: number; gest: number; other: number; hedge: number; }

/** Reasons for review of the mentions whose polarity is unclear (only said for T2D or untyped mentions). */
const DM_UNCLEAR_REASON: Partial<Record<DmPolarity, string>> = { 'family?': 'diabetes mention may refer to a relative', 'neg?': 'unclear negation of a diabetes mention' };
/** Counter of an affirmed (or hedged prediabetes / gestational) mention, by kind. */
const DM_POS_COUNTER: Partial<Record<DmKind, keyof DmCounts>> = { t2: 't2', t1: 't1', pre: 'pre', gest: 'gest', other: 'other', generic: 'generic' };
/** Counter of a negated mention, by kind. */
const DM_NEG_COUNTER: Partial<Record<DmKind, keyof DmCounts>> = { t2: 't2neg', generic: 'genneg', nondm: 'genneg' };
/** Kinds whose hedged mentions still count as mentions of that kind (not as a hedged diagnosis). */
const DM_HEDGE_EXEMPT: ReadonlySet<DmKind> = new Set<DmKind>(['pre', 'gest']);

/** The counter one classified mention adds to, if any. */
function dmCounter(kind: DmKind, pol: DmPolarity): keyof DmCounts | undefined {
  if (pol === 'hedge' && !DM_HEDGE_EXEMPT.has(kind) && (kind === 't2' || kind === 'generic')) return 'hedge';
  if (pol === 'neg') return DM_NEG_COUNTER[kind];
  return DM_POS_COUNTER[kind];
}

const DM_CONFLICT = 'conflicting diabetes statements';

/** The reason the counted mentions do not say clearly which diabetes the patient has, if any. */
function dmTypeReason(n: DmCounts): string | undefined {
  if (n.t2 > 0) return n.t2neg || n.genneg || n.t1 || n.pre ? DM_CONFLICT : undefined;
  if (n.generic > 0) {
    if (n.genneg || n.t2neg) return DM_CONFLICT;
    return n.t1 ? undefined : 'diabetes mentioned without its type';
  }
  return n.t1 && n.genneg ? DM_CONFLICT : undefined;
}

function extractDiabetes(s: string, sents: Span[]): FactResult<boolean> {
  const n: DmCounts = { t2: 0, t2neg: 0, generic: 0, genneg: 0, t1: 0, pre: 0, gest: 0, other: 0, hedge: 0 };
  const reasons: string[] = [];
  for (const m of findMentions(s, DM_TABLE)) {
    const pol = dmPolarity(s, sentenceOf(sents, m.start), m);
    const unclear = DM_UNCLEAR_REASON[pol];
    if (unclear !== undefined) {
      if (m.kind === 't2' || m.kind === 'generic') reasons.push(unclear);
      continue;
    }
    const counter = pol === 'skip' ? undefined : dmCounter(m.kind, pol);
    if (counter) n[counter]++;
  }
  const found = Object.values(n).some((c) => c > 0) || reasons.length > 0;
  if (n.hedge) reasons.push('diabetes diagnosis hedged or under evaluation');
  // Wording none of the patterns read ("diabesity", unknown typos) is never taken as a silent "no".
  const rest = DM_TABLE.reduce((t, [, re]) => t.replace(re, blank), s);
  if (/\bdiab/.test(rest)) reasons.push('unrecognized diabetes wording');
  if (n.other) reasons.push('unrecognized diabetes type');
  const typeReason = dmTypeReason(n);
  if (typeReason) reasons.push(typeReason);
  return { value: n.t2 > 0, found, reasons: uniq(reasons) };
}

// ---------------------------------------------------------------------------------------------
// Numeric readings (A1C, BMI, weight): values, their dates and their place in time

interface Reading { value: number; tag: 'cur' | 'past' | ''; date: number; }

const DATE_RE = /\b(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\/\d{4}|\d{4}-\d{1,2}(?:-\d{1,2})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{0,2}(?:\d{1,2},?\s{1,2})?\d{4}|\d{1,2}\/\d{2}|(?:19|20)\d{2})\b/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUM_RE = /(?<![\w.~\/])(\d{1,3}(?:\.\d{1,2})?)(?![\d~\/]|\.\d)/g;
const CUR_CUE = /\b(?:now|currently|current|most recent|latest|recent|last(?! (?:year|month|visit|time|week))|today|this visit|repeat|recheck(?:ed)?|follow[\s-]?up|to)\b|->|=>/g;
const PAST_CUE = /\b(?:previously|previous|prior|was|were|from|baseline|initial|initially|original|originally|old|earlier|before|formerly|at diagnosis|at intake|intake|last year|ago|starting|start|highest|max|maximum|peak)\b/g;
const POST_CHAIN = /^[\s%),]{0,4}(?:->|=>|(?:and now|now|then|to|down to|up to|improved to|decreased to|increased to|dropped to|rose to)\b)[\s:]{0,3}(?:[a-z]{1,8}\s{1,2})?(?=\d)/;
const POST_PAST = /^[\s%),(]{0,4}(?:previously|prior|before|earlier|formerly|at diagnosis|last year|in the past|[a-z0-9]{1,8} (?:months?|years?|weeks?|mos?|yrs?) ago|ago)\b(?![\s:]{0,3}\d)/;
const POST_CUR = /^[\s%),(]{0,4}(?:now|currently|today|this visit|most recent|latest|current)\b(?![\s:]{0,3}\d)/;
const BOUND_BEFORE = /(?:(?<![-=])[<>]=?|\bless than|\bgreater than|\babove|\bbelow|\bunder|\bover|\bup to)\s{0,2}$/;

/** Sortable key (yyyymmdd) of a date string; months/days default to 0. */
function dateKey(d: string): number {
  const mdy = /^(\d{1,2})\/(?:(\d{1,2})\/)?(\d{2,4})$/.exec(d);
  if (mdy) {
    const y = Number(mdy[3]);
    return (y < 100 ? 2000 + y : y) * 10000 + Number(mdy[1]) * 100 + Number(mdy[2] ?? 0);
  }
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(d);
  if (iso) return Number(iso[1]) * 10000 + Number(iso[2]) * 100 + Number(iso[3] ?? 0);
  const year = /(\d{4})$/.exec(d);
  const month = MONTHS.indexOf(d.slice(0, 3)) + 1;
  const day = /^[a-z.]{3,10}\s{0,2}(\d{1,2}),?\s/.exec(d);
  return year ? Number(year[1]) * 10000 + month * 100 + Number(day?.[1] ?? 0) : 0;
}

/** The tag of the last time cue in a text ("was" only counts when nothing stronger is there). */
function timeTag(pre: string): Reading['tag'] {
  const cues: { pos: number; tag: Reading['tag']; weak: boolean }[] = [];
  for (const m of pre.matchAll(CUR_CUE)) cues.push({ pos: m.index ?? 0, tag: 'cur', weak: false });
  for (const m of pre.matchAll(PAST_CUE)) cues.push({ pos: m.index ?? 0, tag: 'past', weak: m[0] === 'was' || m[0] === 'were' });
  const strong = cues.filter((c) => !c.weak);
  const pool = strong.length ? strong : cues;
  pool.sort((a, b) => a.pos - b.pos);
  return pool.length ? pool[pool.length - 1].tag : '';
}

interface ReadingScan { readings: Reading[]; flags: string[]; }

/** Words that may stand between a keyword and its readings ("A1c was 8.0% (3/2024), now 7.1"). */
const READING_WORDS = new Set('of is was were are now currently current previously previous prior from to down up improved improving decreased increased dropped rose fell then and or vs between kg m kg/m2 m2 on in at with today recent recently most latest last ago months month years year weeks week mo mos yr yrs wk wks days day baseline initial initially percent pct approximately approx about around repeat recheck rechecked level value result results measured calculated before since earlier a an the by dated drawn checked obtained done lab labs reading this visit follow followup x one two three four six nine twelve several less greater than above below under over jan feb mar apr may jun jul aug sep oct nov dec january february march april june july august september october november december intake visit presentation diagnosis enrollment initial'.split(' '));
const WORD_RE = /[a-z][a-z0-9]{0,20}(?:\/[a-z0-9]{1,6})?/g;

/** End of the reading phrase after a keyword: the first word that cannot belong to it. */
function readingEnd(numView: string, from: number, limit: number): number {
  for (const w of numView.slice(from, limit).matchAll(WORD_RE)) {
    if (!READING_WORDS.has(w[0])) return from + (w.index ?? 0);
  }
  return limit;
}

/**
 * Readings in the phrase that follows a keyword (A1C, BMI). `badAfter` rejects numbers that are
 * something else (durations, other units); `flagAfter` marks forms that cannot be used as written.
 */
function scanReadings(s: string, numView: string, sents: Span[], keyword: RegExp, badAfter: RegExp, flagAfter: [RegExp, string][]): ReadingScan {
  const readings: Reading[] = [];
  const flags: string[] = [];
  flagAfter.push([/^\s{0,2}-\s{0,2}\d/, 'value given as a range']);
  for (const k of s.matchAll(keyword)) {
    const kStart = k.index ?? 0;
    const kEnd = kStart + k[0].length;
    if (/\b(?:goal|target|ideal|desired)\s{0,2}$/.test(s.slice(Math.max(0, kStart - 12), kStart))) continue;
    if (/\b(?:dry[\s-]weight|adjusted|estimated|corrected|predicted|projected)\s{0,2}$/.test(s.slice(Math.max(0, kStart - 14), kStart))) {
      flags.push('value qualified (estimated, adjusted or dry weight)');
      continue;
    }
    const sent = sentenceOf(sents, kStart);
    const segEnd = readingEnd(numView, kEnd, Math.min(sent.end, kEnd + 100));
    let prevEnd = Math.max(sent.start, kStart - 30);
    let count = 0;
    for (const m of numView.slice(kEnd, segEnd).matchAll(NUM_RE)) {
      const start = kEnd + (m.index ?? 0);
      const end = start + m[0].length;
      const post = s.slice(end, Math.min(sent.end + 1, end + 30));
      const pre = s.slice(prevEnd, start);
      const flag = flagAfter.find(([re]) => re.test(post));
      if (flag) flags.push(flag[1]);
      if (flag || badAfter.test(post) || /\d\s{0,2}-\s{0,2}$/.test(s.slice(Math.max(0, start - 4), start))) continue;
      if (BOUND_BEFORE.test(pre)) {
        flags.push('value given as a bound');
        continue;
      }
      let tag = timeTag(pre);
      if (POST_CHAIN.test(post) || POST_PAST.test(post)) tag = 'past';
      else if (POST_CUR.test(post)) tag = 'cur';
      // The reading's date: right after it ("8.0% (3/2024)"), else the last one before it.
      const dateAfter = /^[^\d~]{0,12}(~{3,12})/.exec(numView.slice(end, segEnd));
      const dateEnd = dateAfter ? end + dateAfter[0].length : 0;
      const dateText = dateAfter ? s.slice(dateEnd - dateAfter[1].length, dateEnd) : lastMatchText(DATE_RE, pre);
      readings.push({ value: Number(m[1]), tag, date: dateText ? dateKey(dateText.trim()) : 0 });
      prevEnd = dateAfter ? dateEnd : end;
      count++;
    }
    if (count === 0 && flags.length === 0) flags.push('no value');
  }
  return { readings, flags };
}

function lastMatchText(re: RegExp, s: string): string | undefined {
  return ((m) => (m ? s.slice(m.start, m.end) : undefined))(lastMatch(re, s));
}

/** The most recent of several readings, or ambiguous when their order is not clear. */
function latest(rs: Reading[]): { value: number | null; ambiguous: boolean } {
  const values = uniq(rs.map((r) => r.value));
  if (values.length <= 1) return { value: values[0] ?? null, ambiguous: false };
  const cur = uniq(rs.filter((r) => r.tag === 'cur').map((r) => r.value));
  if (cur.length === 1) return { value: cur[0], ambiguous: false };
  const notPast = uniq(rs.filter((r) => r.tag !== 'past').map((r) => r.value));
  if (cur.length === 0 && notPast.length === 1) return { value: notPast[0], ambiguous: false };
  if (rs.every((r) => r.date > 0)) {
    const newest = Math.max(...rs.map((r) => r.date));
    const at = uniq(rs.filter((r) => r.date === newest).map((r) => r.value));
    if (at.length === 1) return { value: at[0], ambiguous: false };
  }
  return { value: null, ambiguous: true };
}

// ---------------------------------------------------------------------------------------------
// current_a1c

const A1C_KEY = /\b(?:hb\s?a1c|hga1c|hgb\s?a1c|h(?:a)?emoglobin a1c|glyc(?:osyl)?ated h(?:a)?emoglobin|glycohemoglobin|a1c|a1-c)\b/g;
const DURATION_OR_UNIT = /^\s{0,2}(?:occasions?|separate|consecutive|readings?|measurements?|tests?|visits?|mg|mmol\/l|kg(?!\s{0,2}\/\s{0,2}m)|kgs|lbs?|pounds|cm|mm|ft|years?|yrs?|y\/o|yo|months?|mos?|weeks?|wks?|days?|d\b|x\b|times|hours?|hrs?|units?|iu|points?|pts|th\b|st\b|nd\b|rd\b)/;

const IFCC_RE = /(?<![\w.~\/])(\d{2,3})\s{0,2}mmol\s{0,2}\/\s{0,2}mol\b/g;

/** "64 mmol/mol" -> "8.0%" padded to the same length (IFCC to NGSP: % = mmol/mol / 10.929 + 2.15). */
function ifccToPercent(m: string, v: string): string {
  return `${(Math.round((Number(v) / 10.929 + 2.15) * 10) / 10).toFixed(1)}%`.padEnd(m.length, ' ');
}

function extractA1c(text: string, view: string, sents: Span[]): FactResult<number | null> {
  const s = text.replace(IFCC_RE, ifccToPercent);
  const numView = view.replace(IFCC_RE, ifccToPercent);
  const scan = scanReadings(s, numView, sents, A1C_KEY, DURATION_OR_UNIT, []);
  // An A1C range ("5.7-6.4") is a reference range, not a reading.
  const flags = scan.flags.filter((f) => f !== 'no value' && f !== 'value given as a range');
  const reasons = flags.map((f) => (f === 'value given as a bound' ? 'A1C given as a bound' : f));
  const pick = latest(scan.readings);
  if (pick.ambiguous) reasons.push('several different A1C values');
  return { value: pick.value, found: pick.value !== null, reasons: uniq(reasons) };
}

// ---------------------------------------------------------------------------------------------
// bmi (written, or computed from weight and height)

const BMI_KEY = /\b(?:bmi|body[\s-]mass[\s-]index)\b/g;
const BMI_NOT_RECORDED = /^[\s:]{0,3}(?:not (?:recorded|documented|available|measured|calculated|obtained|done)|unknown|unavailable|pending|n\/a|_{2}|\{[a-z]{0,12}\}|@[a-z0-9]{1,12}@|\*{3}|\[(?:\*{3}|not done)\])/;
const WEIGHT_RE = /(?<![\w.~\/])(\d{2,3}(?:\.\d{1,2})?)\s{0,2}(kgs?|kilograms?|lbs?|pounds?)\b(?!\s{0,2}\/\s{0,2}m)/g;
const WEIGHT_BAD_BEFORE = /\b(?:lost|loss|losing|lose|gain(?:ed)?|gaining|down|up|reduction|reduced|decrease[ds]?|increase[ds]?|drop(?:ped)?|goal|target|ideal|ibw|minus|change|another|additional|over|by)\b[^\d]{0,14}$/;
const WEIGHT_BAD_AFTER = /^\s{0,3}(?:weight[\s-]loss|loss|lost|gain|gained|of weight|weight reduction|less|more|down|up|heavier|lighter|ago|weight gain)\b/;
const FT_IN_RE = /(?<![\w.~])([4-7])\s{0,2}(?:'|ft\.?|feet|foot)\s{0,2}(?:(\d{1,2}(?:\.\d)?)(?!\d)\s{0,2}(?:"|in\b\.?|inches|inch)?)?/g;
const CM_RE = /(?<![\w.~])(\d{3}(?:\.\d{1,2})?)\s{0,2}(?:cm|centimet(?:er|re)s?)\b/g;
const M_RE = /(?<![\w.~])([12]\.\d{1,2})\s{0,2}(?:m|meters?|metres?)\b(?!\s{0,2}\/)/g;
const IN_RE = /(?<![\w.~'])(\d{2}(?:\.\d{1,2})?)\s{0,2}("|inches|inch|in\b)/g;
const HEIGHT_KEY = /\b(?:height|ht|tall|stature)\b/;
const HEIGHT_BAD_BEFORE = /\b(?:waist|circumference|neck|hip|abdominal|wound|lesion|length|nodule|tumou?r|size|mass|cyst)\b[^\d]{0,15}$/;

function lengthsIn(s: string, numView: string, sents: Span[]): number[] {
  const out: number[] = [];
  let view = numView;
  const take = (re: RegExp, toMeters: (m: RegExpMatchArray) => number | null): void => {
    for (const m of view.matchAll(re)) {
      const start = m.index ?? 0;
      const pre = s.slice(Math.max(sentenceOf(sents, start).start, start - 25), start);
      if (HEIGHT_BAD_BEFORE.test(pre)) continue;
      if (re === IN_RE && m[2] === 'in' && !HEIGHT_KEY.test(pre)) continue;
      const meters = toMeters(m);
      if (meters !== null && meters >= 1.2 && meters <= 2.3) out.push(meters);
    }
    view = view.replace(re, blank);
  };
  take(FT_IN_RE, (m) => (Number(m[2] ?? 0) < 12 ? (Number(m[1]) * 12 + Number(m[2] ?? 0)) * 0.0254 : null));
  take(CM_RE, (m) => Number(m[1]) / 100);
  take(M_RE, (m) => Number(m[1]));
  take(IN_RE, (m) => Number(m[1]) * 0.0254);
  return out;
}

function weightsIn(s: string, numView: string, sents: Span[]): Reading[] {
  const out: Reading[] = [];
  for (const m of numView.matchAll(WEIGHT_RE)) {
    const start = m.index ?? 0;
    const sentStart = sentenceOf(sents, start).start;
    const pre = s.slice(Math.max(sentStart, start - 30), start);
    const post = s.slice(start + m[0].length, start + m[0].length + 25);
    if (WEIGHT_BAD_BEFORE.test(pre) || WEIGHT_BAD_AFTER.test(post)) continue;
    const kg = /^(?:kg|kilo)/.test(m[2]) ? Number(m[1]) : Number(m[1]) * 0.45359237;
    let tag = timeTag(pre);
    if (POST_PAST.test(post)) tag = 'past';
    out.push({ value: kg, tag, date: 0 });
  }
  return out;
}

const UNITLESS = 'weight or height without a readable unit';

// Vitals tables: a header row ("Date  Wt (lb)  Ht (in)  BMI") and one dated row per visit.
type Col = 'date' | 'bmi' | 'wkg' | 'wlb' | 'w' | 'hcm' | 'hin' | 'hm' | 'h' | 'other';
const CELL_SPLIT = /\s{2,}|\s{0,2}\|\s{0,2}/;
const COLS: [Col, RegExp][] = [
  ['date', /\b(?:date|visit)\b/], ['bmi', /\b(?:bmi|body mass index)\b/], ['wkg', /\b(?:wt|weight)\b.{0,4}\bkgs?\b/],
  ['wlb', /\b(?:wt|weight)\b.{0,4}\blbs?\b/], ['w', /\b(?:wt|weight)\b/], ['hcm', /\b(?:ht|height)\b.{0,4}\bcm\b/],
  ['hin', /\b(?:ht|height)\b.{0,4}\b(?:in|inches)\b/], ['hm', /\b(?:ht|height)\b.{0,4}\bm\b/], ['h', /\b(?:ht|height)\b/],
];

const cells = (line: string): string[] => line.trim().split(CELL_SPLIT).filter((c) => c.length > 0);

/** Column kinds of a vitals table header, or undefined when the line is not one. */
function tableHeader(line: string): Col[] | undefined {
  const cs = cells(line);
  if (cs.length < 2 || /\d/.test(line.replace(/kg\/m2|m2/g, ''))) return undefined;
  const kinds = cs.map((c) => COLS.find(([, re]) => re.test(c))?.[0] ?? 'other');
  const hasBody = kinds.includes('bmi') || (kinds.some((k) => k[0] === 'w') && kinds.some((k) => k[0] === 'h'));
  return kinds[0] === 'date' && hasBody ? kinds : undefined;
}

/** A height cell ("5' 8\"", "65 in", "172 cm", "1.72 m", or a bare number in the header's unit), in metres. */
function heightCell(c: string, col: Col): number | null {
  const ft = /^([4-7])\s{0,2}(?:'|ft)\s{0,2}(\d{1,2})?/.exec(c);
  if (ft) return (Number(ft[1]) * 12 + Number(ft[2] ?? 0)) * 0.0254;
  const u = /^(\d{1,3}(?:\.\d{1,2})?)\s{0,2}(cm|in|"|m)?\b/.exec(c);
  const unit = u?.[2] ?? { hcm: 'cm', hin: 'in', hm: 'm' }[col as string];
  if (!u || !unit) return null;
  return Number(u[1]) * ({ cm: 0.01, m: 1 }[unit] ?? 0.0254);
}

/** A weight cell in kg ("201.0" under "Wt (lb)", "170 lb" under "Weight"). */
function weightCell(c: string, col: Col): number | null {
  const u = /^(\d{2,3}(?:\.\d{1,2})?)\s{0,2}(kgs?|lbs?)?\b/.exec(c);
  const unit = u?.[2] ?? (col === 'wkg' ? 'kg' : col === 'wlb' ? 'lb' : undefined);
  return !u || !unit ? null : Number(u[1]) * (unit.startsWith('kg') ? 1 : 0.45359237);
}

/** BMI of one table row: its BMI cell, else its weight over its height squared. */
function rowBmi(cs: string[], kinds: Col[]): number | null {
  const bmiAt = kinds.indexOf('bmi');
  if (bmiAt >= 0 && /^\d{2}(?:\.\d{1,2})?$/.test(cs[bmiAt])) return Number(cs[bmiAt]);
  const w = kinds.map((k, i) => (k[0] === 'w' ? weightCell(cs[i], k) : null)).find((x) => x !== null);
  const h = kinds.map((k, i) => (k[0] === 'h' ? heightCell(cs[i], k) : null)).find((x) => x !== null);
  return !w || !h || h < 1.2 || h > 2.3 ? null : Math.round((w / (h * h)) * 10) / 10;
}

/** BMI readings of the vitals tables in the text (dated rows), and the text with those tables blanked. */
function vitalsTables(s: string): { readings: Reading[]; text: string; unreadable: boolean } {
  const readings: Reading[] = [];
  let [text, kinds, unreadable] = ['', undefined as Col[] | undefined, false];
  for (const line of s.split('\n')) {
    const cs = cells(line);
    const dateKeyOf = kinds && cs.length === kinds.length ? dateKey(cs[0]) : 0;
    if (kinds && dateKeyOf > 0) {
      const bmi = rowBmi(cs, kinds);
      if (bmi === null) unreadable = true;
      else readings.push({ value: bmi, tag: '', date: dateKeyOf });
      text += blank(line) + '\n';
      continue;
    }
    kinds = tableHeader(line);
    text += (kinds ? blank(line) : line) + '\n';
  }
  return { readings, text: text.slice(0, s.length), unreadable };
}

function extractBmi(text: string, view: string, sents: Span[]): FactResult<number | null> {
  const table = vitalsTables(text);
  const s = table.text;
  const numView = vitalsTables(view).text;
  const scan = scanReadings(s, numView, sents, BMI_KEY, DURATION_OR_UNIT, [[/^\s{0,2}(?:%ile|percentile|th percentile)/, 'BMI percentile']]);
  if (table.unreadable) return { value: null, found: false, reasons: ['vitals table row not readable'] };
  const pick = latest([...scan.readings, ...table.readings]);
  if (pick.ambiguous) return { value: null, found: false, reasons: ['several different BMI values'] };
  const flags = scan.flags.filter((f) => f !== 'no value').map((f) => f.replace('value', 'BMI'));
  // A coded range ("BMI 40-44.9 (Z68.41)") does not matter when a BMI is written as well.
  if (pick.value !== null) return { value: pick.value, found: true, reasons: uniq(flags.filter((f) => f !== 'BMI given as a range')) };
  // No BMI written: compute it from weight and height when both are given unambiguously.
  // Heights are compared to the centimetre (5'6" and 168 cm are the same height).
  const lengths = lengthsIn(s, numView, sents);
  const heights = lengths.filter((h, i) => lengths.findIndex((x) => Math.abs(x - h) < 0.01) === i);
  const weight = latest(weightsIn(s, numView, sents));
  const reasons = [...flags];
  if (heights.length > 1) reasons.push('several different heights');
  if (weight.ambiguous) reasons.push('several different weights');
  if (heights.length === 1 && weight.value !== null && !weight.ambiguous) {
    const bmi = Math.round((weight.value / (heights[0] * heights[0])) * 10) / 10;
    return { value: bmi, found: true, reasons: uniq(reasons) };
  }
  // "Wt 210, Ht 67": a weight or height whose unit is not written is never read as "no BMI".
  const unitless = (key: RegExp, missing: boolean, other: boolean): boolean => missing && other && key.test(numView);
  if (unitless(/\b(?:wt|weight)\b[\s:=]{0,3}\d/, weight.value === null, heights.length > 0) || unitless(/\b(?:ht|height)\b[\s:=]{0,3}\d/, heights.length === 0, weight.value !== null))
    reasons.push(UNITLESS);
  const unreadable = scan.flags.includes('no value') && ![...s.matchAll(BMI_KEY)].every((k) => BMI_NOT_RECORDED.test(s.slice((k.index ?? 0) + k[0].length)));
  if (unreadable) reasons.push('BMI mentioned without a readable value');
  return { value: null, found: false, reasons: uniq(reasons) };
}

// ---------------------------------------------------------------------------------------------
// has_step_therapy_failure

type TKind = 'noise' | 'glp1' | 'therapy';
type TStatus = 'failed' | 'not' | 'unclear';

const THERAPY_TABLE: [TKind, RegExp][] = [
  // Phrases that look like therapy or failure words but are neither.
  ['noise', /\b(?:heart|renal|kidney|liver|hepatic|cardiac|respiratory|congestive) failure\b|\bexercise[\s-](?:in)?tolerance\b|\bexercise[\s-](?:stress|test|induced|capacity)[a-z]{0,4}|\bdiet[\s-]?(?:controlled|soda|sodas|coke|drinks?|history|recall)\b|\binsulin[\s-](?:resistan|dependent|level|sensitiv|secret)[a-z]{0,6}|\bglucose intolerance\b|\b(?:topiramate|topamax)\b[^.;\n]{0,60}\b(?:migraines?|headaches?|seizures?|epilepsy)\b|\bprior (?:therap(?:y|ies)|treatments?|interventions?)(?=\s{0,2}:)/g],
  // The requested drug class: a request is not a prior therapy.
  ['glp1', /\b(?:semaglutide|ozempic|wegovy|rybelsus|tirzepatide|mounjaro|zepbound|liraglutide|saxenda|victoza|dulaglutide|trulicity|exenatide|byetta|bydureon|glp[\s-]?1(?:\s?(?:ra|agonists?|receptor agonists?|analogues?))?)\b/g],
  ['therapy', /\b(?:metformin|glucophage|phentermine|phen|adipex|lomaira|orlistat|xenical|alli|lorcaserin|belviq|topiramate|topamax|qsymia|naltrexone[\s/-]{1,3}bupropion|bupropion[\s/-]{1,3}naltrexone|contrave|sulfonylureas?|glipizide|glyburide|glimepiride|sitagliptin|januvia|saxagliptin|linagliptin|dpp[\s-]?4 inhibitors?|pioglitazone|actos|empagliflozin|jardiance|dapagliflozin|farxiga|canagliflozin|invokana|sglt[\s-]?2 inhibitors?|acarbose|insulin|diethylpropion|phendimetrazine|benzphetamine|setmelanotide|pharmacotherapy|oral (?:hypoglycemics?|antidiabetics?|agents?)|(?:anti[\s-]?obesity|weight[\s-]loss|weight[\s-]management|diet) (?:medications?|meds|drugs|pills|agents?|treatments?|therap(?:y|ies)|interventions?|products?|supplements?))\b/g],
  ['therapy', /\b(?:(?:medically |physician[\s-])?(?:supervised |structured |commercial |formal |intensive )?weight[\s-](?:loss|management|reduction) (?:programs?|clinic|interventions?|plans?|regimens?|therapy|attempts?|efforts?|counseling|services?|course)|(?:bariatric|obesity|weight) (?:medicine |clinic |surgery )?(?:clinic|program|center|centre|team|service)s?|tier[\s-](?:3|iii|three)|diet(?:ing|s)?|exercise|lifestyle (?:modifications?|changes?|interventions?|programs?|therapy|management|measures)|(?:intensive )?behaviou?ral (?:therapy|program|intervention|weight[\s-]loss|modification)|weight watchers|ww|noom|jenny craig|nutrisystem|optifast|meal replacements?|calori(?:c|e) restriction|keto(?:genic)? diet|intermittent fasting|nutritionist|dietitian|dietician|nutrition counseling|personal trainer|gym|conservative (?:management|measures|therapy|treatment)|(?:national )?diabetes prevention program|(?:medically |physician[\s-])?supervised (?:programs?|diet)|prior (?:therapy|therapies|treatments?|interventions?))\b/g],
];

// Outcome words. Failure cues are masked before the other cues are looked for ("not effective").
const FAIL_CUE = /\b(?:(?<!(?:\bno|\bnot|\bnever|n't|\bwithout|\bany) )(?:failed|fail(?:s|ure|ing)?)|(?:never|not) (?:really |quite )?(?:work(?:ed|ing)?|help(?:ed|ing)?)|(?:was|is|has|have|had|were)n't (?:really )?(?:work|help)[a-z]{0,3}|unsuccessful(?:ly)?|without (?:any )?success|no success|not successful|ineffective|not effective|no effect|(?:inadequate|insufficient|suboptimal|poor|minimal|limited|little|no|modest) (?:clinical )?(?:response|weight[\s-]loss|results?|benefit|improvement|effect|success)|did(?: not|n't) (?:work|help|lose|result in|achieve|lead to|produce|respond|improve)|(?:unable|not able|could(?: not|n't)) to (?:lose|achieve|reach|maintain)|without (?:any |meaningful |significant |sustained |clinically meaningful |clinically significant |adequate |much |appreciable |substantial |further ){0,2}(?:weight[\s-]loss|weight reduction|loss|improvement|benefit|success|effect|response|results?|change)|no (?:meaningful |significant |sustained |clinically meaningful |clinically significant |appreciable |adequate |substantial |further ){1,2}(?:weight[\s-]loss|weight reduction|loss|improvement|benefit|response|results?)|plateau(?:ed|s)?|stall(?:ed|s)?|no (?:weight[\s-])?loss\b(?![\s-](?:med|drug|pill|program|surg|therap|agent|treat))|no (?:significant |meaningful |real )?(?:weight|bmi) change|(?:neither|nor|not|never|no|without) (?:with )?(?:any |lasting |sustained |long[\s-]term |durable |much )?success(?:ful)?|(?:lost|loss of) (?:only |just |about |approx(?:imately)? |~|<\s?|less than )?[0-4](?:\.\d)?(?=\s?%)|(?<=(?:<|less than |under )\s?)[1-5](?=\s?% ?(?:weight|total|body|tbwl|twl|tbw))|lost (?:only |just |about |~)?(?:[0-2](?:\.\d)?|half a) ?(?:kgs?|lbs?|pounds?|kilos?)\b|weight (?:unchanged|stable|stayed (?:the same|stable|unchanged)|remained (?:the same|stable|unchanged))|no change in weight|regain(?:ed)?|lost only|only lost|gain(?:ed|ing)? weight|weight gain|continu(?:es|ed|ing) to gain|(?:still|keeps?) gaining|non[\s-]?responder|refractory|despite|in spite of|lack of (?:efficacy|response|weight loss|benefit)|intoleran(?:t|ce)|intolerable|not tolerated|poorly tolerated|not well tolerated|(?:could|did)(?: not|n't) tolerate|unable to tolerate)\b/g;
const STOP_CUE = /\b(?:stopped|discontinued|d\/c'?d|dc'?d|d\/c|quit|ceased|came off|taken off|switched|abandoned|self[\s-]discontinued|held)\b/;
const SYMPTOM = /\b(?:side[\s-]effects?|adverse (?:effects?|reactions?|events?)|gi (?:upset|side effects|effects|intolerance|symptoms|distress)|nausea|vomiting|diarrh(?:ea|oea)|constipation|palpitations|tachycardia|insomnia|dizziness|headaches?|paresthesias?|tingling|cognitive|brain fog|mood|anxiety|depression|rash|allerg(?:y|ic)|hypoglycemia|abdominal (?:pain|cramping)|bloating|cramping|oily (?:stools?|spotting)|steatorrhea|fecal (?:urgency|incontinence)|lactic acidosis|elevated (?:blood pressure|bp|heart rate)|kidney stones?|dry mouth|jitter(?:y|iness))\b/g;
const SYMPTOM_NEGATED = /\b(?:no|without|denies|denied|free of|any)\s{1,2}(?:[a-z]{1,12}\s{1,2})?$/;
const STOP_OTHER = /\b(?:cost|insurance|coverage|copay|afford[a-z]{0,4}|price|shortage|availability|pregnan[a-z]{0,4}|surgery|relocat[a-z]{0,4}|moved)\b/;
const NONFAIL_CUE = /\b(?:declined|declines|refused|refuses|not interested|unwilling|did(?: not|n't) want|opted (?:out|against|not)|elected not|chose not|will (?:start|begin|try|initiate|enroll|be started|attempt|consider)|to start|to begin|(?<!(?:meal|diet|eating|nutrition|exercise|loss) )plan(?:s|ned|ning)?|start(?![\s:|]{0,3}(?:date\b|\d))|begin|initiate|(?:\d{1,2}|one|two|three|a few|few) (?:days?|wks?|weeks?) ago|(?:last|this|past) week|on (?:his|her|their) own|self[\s-](?:directed|guided)|scheduled|considering|considered|consider|contraindicated|starting|recommend(?:ed|s)?|advised|refer(?:red|ral)|next (?:week|month|visit)|upcoming|about to|discussed|counsel(?:l?ed|ing)|educated|encouraged|would like to|interested in|wants to|candidate for|requesting|request(?:ed)?|pending|just (?:started|began|initiated)|recently (?:started|began|initiated)|newly (?:started|prescribed|initiated)|started (?:last|this) (?:week|month)|too (?:early|soon) to (?:assess|evaluate|tell|judge)|never (?:tried|been on|taken|used|attempted|started|trialed|had)|not (?:tried|trialed|attempted)|has(?:n't| not) (?:tried|trialed|attempted|been on)|naive|responding|responded|good response|worked (?:well|great|initially|at first)|reached (?:her |his |the )?(?:goal|target)|it worked|effective|working|helping|helped|doing well|successful|success|losing weight|has lost|tolerating|tolerat(?:es|ed)(?: it)? well|improv(?:ed|ing)|at goal|continues|continuing|maintained)\b/g;
const PAST_USE = /(?:\d{4}\s{0,2}(?:-|to)\s{0,2}(?:\d{1,2}\/)?\d{4}\b|\bstop(?:ped)?\s{0,2}[:|]?\s{0,2}\d)|\b(?:tried|trials?|trialed|was on|were on|previously|prior|history of|h\/o|hx of|s\/p|completed|used|took|attempted|underwent|participated|enrolled|went through|for \d{1,2}\+? ?(?:months?|mos?|years?|yrs?|weeks?|wks?)|in (?:19|20)\d{2}|past|former(?:ly)?|previous|earlier|ago|on and off|for (?:many |several )?(?:months|years)|(?:\d{1,2}|six|three|twelve|several)[\s-](?:months?|years?|weeks?))\b/;
const CURRENT_USE = /\b(?:on(?! and off| (?:his|her|their) own)|pump|currently|current|taking|takes|remains on|still on|uses|using|\d{1,4}\s?(?:mg|mcg|units)|daily|bid|tid|qd|qhs|nightly|weekly)\b/;
const CONTRAST = /\b(?:but|however|then|subsequently|later|eventually|yet|although)\b/g;
const THERAPY_NEG_BEFORE = /(?:\bno|\bnever|\bnot|\bwithout|\bw\/o|\bdenies|\bnone|\bnor)\b(?:\s{1,3}(?:prior|previous|past|history of|hx of|trials? of|formal|structured|supervised|medically|any|use of|tried|trying|been on|taken|attempted|on|a|the|other|documented|of|or|previously|current|currently|regular|participated|enrolled|attended|completed|done|used|had|undergone|in)\b){0,5}[\s:]{0,3}$/;
const THERAPY_NEG_AFTER = /^\s{0,2}[:=-]\s{0,2}(?:none|never|no|n\/a|not tried|not attempted|not started|never started|not filled|never filled)\b(?!\s{1,2}(?:effect|response|benefit|improvement|change|weight|loss|success|results?|help|luck|better)\b)/;
const GROUP_JOIN = /^[\s,\/&+()-]{0,8}(?:(?:and then|and\/or|and|or|plus|then|as well as|with|followed by)[\s,\/&+()-]{0,6})?$/;
const CLAUSE_BREAK = /,|;|\bbut\b|\band\b|\bwhile\b|\bwhereas\b|\bhowever\b|\bthen\b|\bfollowed by\b/g;
/** Before the first therapy of a sentence, only the clause it is in counts ("Failed hip replacement, on metformin"). */
const CLAUSE_START = /,|\bbut\b|\bhowever\b|\bwhile\b|\bwhereas\b|\balthough\b/g;
/** "failed" after a therapy must be about it: "metformin, failed hip replacement" is not. */
const FAILED_OTHER = /^(?:fail(?:ed|s|ing)?|failure)\s{1,2}(?!(?:to|after|with|on|due|because|at|in|for|by|over|within|since|despite|as|and|or|but|so|x|it|them|this|that|both|all|a|an|the|prior|previous|multiple|several|two|three|many|trials?|attempts?|therapy|treatment|weight|program|course|completely|miserably|of|\d)\b)[a-z]/;

const FORM_THERAPY: Record<string, TStatus | undefined> = { no: 'not', blank: 'unclear' };

/** "No prior phentermine", "[ ] Orlistat", "Orlistat: none", or a form question's answer ("Tried and failed ...? N"). */
function explicitStatus(before: string, after: string): TStatus | undefined {
  if (THERAPY_NEG_BEFORE.test(before) || THERAPY_NEG_AFTER.test(after) || /\[ \]\s{0,2}$/.test(before)) return 'not';
  return FORM_THERAPY[formAnswer(after) ?? ''];
}

/** Outcome of one (group of) therapy mention(s), from the words before and after it. */
function therapyStatus(before: string, after: string): TStatus {
  const explicit = explicitStatus(before, after);
  if (explicit) return explicit;
  const scope = `${before} | ${after}`;
  const fails = [...scope.matchAll(FAIL_CUE)]
    .filter((m) => (m.index ?? 0) < before.length || !FAILED_OTHER.test(scope.slice(m.index ?? 0, (m.index ?? 0) + 40)))
    .map((m) => m.index ?? 0);
  const rest = scope.replace(FAIL_CUE, blank);
  const nonFails = [...rest.matchAll(NONFAIL_CUE)].map((m) => m.index ?? 0);
  const stopped = STOP_CUE.test(scope);
  const symptoms = [...scope.matchAll(SYMPTOM)].filter((m) => !SYMPTOM_NEGATED.test(scope.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0)));
  const otherReason = STOP_OTHER.test(scope);
  if (stopped && symptoms.length > 0 && !otherReason) fails.push(symptoms[0].index ?? 0);
  if (fails.length && nonFails.length) {
    // "helped at first but plateaued": the outcome after a contrast word wins if it is alone there.
    const turn = lastMatch(CONTRAST, scope);
    if (turn && fails.every((p) => p > turn.start) && nonFails.every((p) => p < turn.start)) return 'failed';
    if (turn && nonFails.every((p) => p > turn.start) && fails.every((p) => p < turn.start)) return 'not';
    return 'unclear';
  }
  if (fails.length) return 'failed';
  if (nonFails.length || (stopped && otherReason)) return 'not';
  if (stopped || symptoms.length || PAST_USE.test(scope)) return 'unclear';
  return CURRENT_USE.test(scope) ? 'not' : 'unclear';
}

/** Failure wording in a sentence without a therapy, about the therapy of the sentence before it. */
const FOLLOW_UP_FAIL = /weight|lose|achieve|reach|lost|tolerat|plateau|regain|fail|ineffective|work|help|success|response|benefit/;

interface TherapyEntry { status: TStatus; glp1: boolean; }

/** Outcome of each group of coordinated therapy mentions in one sentence. */
function classifyGroups(masked: string, sent: Span, inSent: Mention<TKind>[]): TherapyEntry[] {
  // Coordinated mentions ("metformin and orlistat", "diet and exercise") share their outcome words.
  const groups: Mention<TKind>[][] = [];
  for (const m of inSent) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && (prev.kind === 'glp1') === (m.kind === 'glp1') && GROUP_JOIN.test(masked.slice(prev.end, m.start))) last.push(m);
    else groups.push([m]);
  }
  const out: TherapyEntry[] = [];
  for (let g = 0; g < groups.length; g++) {
    const first = groups[g][0];
    const lastM = groups[g][groups[g].length - 1];
    const gapBefore = masked.slice(g === 0 ? Math.max(sent.start, first.start - 120) : groups[g - 1][groups[g - 1].length - 1].end, first.start);
    const gapAfter = masked.slice(lastM.end, g === groups.length - 1 ? Math.min(sent.end, lastM.end + 160) : groups[g + 1][0].start);
    // Words between two groups belong to the left one up to the last clause break, then to the right one.
    const breakBefore = lastMatch(g === 0 ? CLAUSE_START : CLAUSE_BREAK, gapBefore);
    const breakAfter = g === groups.length - 1 ? undefined : lastMatch(CLAUSE_BREAK, gapAfter);
    const before = breakBefore ? gapBefore.slice(breakBefore.end) : gapBefore;
    const after = breakAfter ? gapAfter.slice(0, breakAfter.start) : gapAfter;
    // A GLP-1 agonist that was tried before and failed is a prior therapy like any other; else it is the request.
    const status = therapyStatus(before, after);
    const priorGlp1 = status === 'failed' && (STOP_CUE.test(before + after) || PAST_USE.test(before + after));
    out.push({ status, glp1: first.kind === 'glp1' && !priorGlp1 });
  }
  return out;
}

function extractStepTherapy(s: string, sents: Span[]): FactResult<boolean> {
  const mentions = findMentions(s, THERAPY_TABLE).filter((m) => m.kind !== 'noise');
  const masked = s.replace(THERAPY_TABLE[0][1], blank);
  const statuses: TherapyEntry[] = [];
  let prevSentence: TherapyEntry[] = [];
  let orphanFailure = false;
  for (const sent of sents) {
    const inSent = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end);
    if (inSent.length === 0) {
      // "Tried metformin for 6 months. No weight loss."
      const text = masked.slice(sent.start, sent.end);
      const intolerant = STOP_CUE.test(text) && text.search(SYMPTOM) >= 0 && !STOP_OTHER.test(text);
      const fail = intolerant || [...text.matchAll(FAIL_CUE)].some((m) => FOLLOW_UP_FAIL.test(m[0]));
      // A sentence with a dose of its own is about another drug (a medication-list row).
      const open = /\d\s{0,2}(?:mg|mcg|units?)\b/.test(text) ? [] : prevSentence.filter((p) => p.status === 'unclear');
      if (fail && text.length <= 80) for (const p of open) p.status = 'failed';
      // Failure wording that no recognised therapy takes is never read as "no failure".
      if (fail && (text.length > 80 || open.length === 0)) orphanFailure = true;
      prevSentence = [];
      continue;
    }
    prevSentence = classifyGroups(masked, sent, inSent);
    statuses.push(...prevSentence);
  }
  const therapies = statuses.filter((t) => !t.glp1);
  const failed = therapies.some((t) => t.status === 'failed');
  const reasons: string[] = [];
  if (!failed && therapies.some((t) => t.status === 'unclear')) reasons.push('step-therapy mention not classifiable');
  if (!failed && statuses.some((t) => t.glp1 && t.status === 'failed')) reasons.push('prior GLP-1 therapy outcome');
  if (!failed && orphanFailure) reasons.push('failure wording without a recognized therapy');
  return { value: failed, found: therapies.length > 0, reasons };
}

// ---------------------------------------------------------------------------------------------
// The slot

function emptyResult(reasons: string[]): ExtractorResult<PriorAuthGlp1Facts> {
  const facts = { has_t2d_diagnosis: false, current_a1c: null, bmi: null, has_step_therapy_failure: false };
  return { facts, found: { has_t2d_diagnosis: false, current_a1c: false, bmi: false, has_step_therapy_failure: false }, uncertain: reasons };
}

export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts> {
  if (typeof text !== 'string') return emptyResult(['no text']);
  if (text.length > MAX_CHARS) return emptyResult(['text longer than supported']);
  try {
    const [s, sents] = ((n: string) => [n, sentences(n)] as const)(normalize(text));
    // Dates are masked (same length) so their digits are never read as values.
    const numView = s.replace(DATE_RE, (d) => '~'.repeat(d.length));
    const dm = extractDiabetes(s, sents);
    const a1c = extractA1c(s, numView, sents);
    const bmi = extractBmi(s, numView, sents);
    const step = extractStepTherapy(s, sents);
    // With a settled T2D diagnosis, a BMI known only as a coded range (always in range) or from a weight or
    // height without its unit cannot change the outcome.
    const settledT2d = dm.value && dm.reasons.length === 0;
    // BMI >= 30 with a settled step-therapy failure approves whatever the diabetes status is.
    const bmiRoute = bmi.value !== null && bmi.value >= 30 && bmi.reasons.length === 0 && step.value && step.reasons.length === 0;
    const uncertain = [...(bmiRoute ? [] : dm.reasons), ...a1c.reasons, ...bmi.reasons.filter((r) => !settledT2d || (r !== 'BMI given as a range' && r !== UNITLESS))];
    // Step therapy only decides when there is no T2D diagnosis and BMI >= 30; elsewhere an unclear
    // therapy outcome cannot change the decision, so it is not a reason for review.
    if (!dm.value && bmi.value !== null && bmi.value >= 30) uncertain.push(...step.reasons);
    const facts = { has_t2d_diagnosis: dm.value, current_a1c: a1c.value, bmi: bmi.value, has_step_therapy_failure: step.value };
    return { facts, found: { has_t2d_diagnosis: dm.found, current_a1c: a1c.found, bmi: bmi.found, has_step_therapy_failure: step.found }, uncertain: uniq(uncertain) };
  } catch {
    return emptyResult(['extractor error']);
  }
}
