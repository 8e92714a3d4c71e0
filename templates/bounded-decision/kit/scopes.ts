// Scopes around a mention: negation ("no", "denies", "ruled out"), family history ("father has"), hedges
// ("possible", "?"), plans ("will start", "declined"). Each looks at the mention's own clause only, so
// "No diabetes. BMI 35" negates diabetes and nothing after the period.
import { lineOf, type Doc, type Mention } from './text';

const NEGATION_BEFORE =
  /(?:^|[^a-z])(?:no|not|non|denies|denied|deny|without|negative for|neg for|never|free of|absence of|absent|ruled out|r\/o'd|rules out|not a|no history of|no hx of|no evidence of|no signs? of|no known|nor|neither|w\/o|n\/a|at risk (?:for|of)|risk of|risk factors? for|screening for|screen for|prevention of|evaluate for|to prevent)(?:[^a-z]|$)/;
// Form answers too ("DM: denies", "Diabetes: neg", "T2DM - never").
const NEGATION_AFTER = /^[\s:,-]*(?:\(?\s*)?(?:ruled out|excluded|negative|neg\b|absent|denied|denies|deny|never|nil\b|not (?:present|found|confirmed|documented|diagnosed|met)|none|no\b|n\b|unlikely|resolved)/;
const FAMILY = /(?:^|[^a-z])(?:family history|family hx|family h\/o|fam hx|fhx|fh|mother|father|mom|mum|mam|mommy|mummy|dad|papa|sister|brother|sibling|grandmother|grandfather|grandparent|aunt|uncle|cousin|parents?|son|daughter|relatives?)(?:[^a-z]|$)|(?:husband|wife|spouse|partner)(?:'s)?,?\s+(?:who\s+)?(?:has|had|with|is|was|diagnosed)\b/;
/** A relative who reports what they saw ("wife reports snoring", "per her mother") is a witness, not the subject. */
const WITNESS = /(?:family history|fhx|fh|mother|father|mom|mum|dad|sister|brother|wife|husband|spouse|partner|son|daughter|parents?)(?:'s)?\s+(?:reports?|reported|notes?|noted|states?|stated|says|said|observed|witnessed|describes?|endorses?|hears?|heard|notices?|noticed)\b|\bper (?:his |her |their |the )?(?:wife|husband|spouse|partner|mother|father|daughter|son|parents?)\b/;
const HEDGE = /(?:^|[^a-z])(?:possible|possibly|probable|probably|suspected|suspect|suspicion of|questionable|query|\?|rule out|r\/o|may have|might have|could be|concern for|likely|borderline|versus|vs\.?|unconfirmed|pending)(?:[^a-z]|$)/;
const PLAN = /(?:^|[^a-z])(?:will|plan(?:s|ned)? to|planning|plan:|considering|consider|to start|to begin|starting|scheduled|next month|next week|would like|wants to|declined|refused|refuses|not yet|has not tried|never tried|just started|recently started|started (?:\w+ )?(?:last|this) week|if(?! (?:yes|so|applicable)\b)|unless|would|in case|never started|not started|did not start|never filled|never took)(?:[^a-z]|$)/;

/** Clause boundaries inside a sentence: commas, colons, "but", "however", "although" start a new clause. */
const CLAUSE_BREAK = /,|:|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhereas\b|\band\b(?= (?:the )?(?:patient|pt|he|she|they)\b)/g;

/** The clause before the mention, within its sentence (at most 60 characters back). */
export function clauseBefore(doc: Doc, m: Mention): string {
  const from = Math.max(m.sentence[0], m.span[0] - 60);
  const pre = doc.folded.slice(from, m.span[0]);
  let cut = 0;
  for (const b of pre.matchAll(CLAUSE_BREAK)) cut = (b.index ?? 0) + b[0].length;
  return pre.slice(cut);
}

/** The text right after the mention, to the end of its clause (at most 40 characters). */
export function clauseAfter(doc: Doc, m: Mention): string {
  const post = doc.folded.slice(m.span[1], Math.min(m.sentence[1], m.span[1] + 40));
  const stop = post.search(/[,;.]|\bbut\b/);
  return stop >= 0 ? post.slice(0, stop) : post;
}

/** "T2DM, resolved after gastric bypass", "T2DM in remission", "type 2 diabetes - ruled out": no longer current. */
const NO_LONGER_AFTER = /^[\s,:(\-–]*(?:now\s+|since\s+)?(?:ruled out|excluded)\b/;
/** "T2DM, resolved after gastric bypass", "in remission since 2022", "| Resolved |", "— Inactive": stated, but maybe not current. */
const RESOLVED_AFTER = /^[\s,:(\-–]*(?:now\s+|since\s+|which\s+is\s+|currently\s+)?(?:resolved|in (?:full |partial |complete )?remission|remitted|inactive|historical)\b/;
const RESOLVED_ON_LINE = /(?:\||—|–|\s-\s|\bstatus\b\s*:?)\s*(?:resolved|inactive|historical|in remission)\b/;

/** "initially labelled as type 2 diabetes … revised to LADA": a former label, not what holds now. */
const FORMER_LABEL = /\b(?:initially|originally|previously|formerly|first|once)\s+(?:labell?ed|diagnosed|thought|called|coded|classified|treated|mislabell?ed|misdiagnosed)\s+(?:as|with|for)\s+(?:having\s+)?$/;

/** A problem-list row's status on the same line ("| Resolved |", "— Status: Ruled out", "— Inactive"). */
const STATUS_ON_LINE = /(?:\||—|–|\s-\s|\bstatus\b\s*:?)\s*(?:ruled out|excluded|none|absent)\b/;

/** The answer written after a question that holds the mention ("… type 2 diabetes? Y/N: N"), if any. */
export function answerAfterQuestion(doc: Doc, m: Mention): 'yes' | 'no' | 'none' | undefined {
  if (doc.folded[m.sentence[1] - 1] !== '?') return undefined;
  const after = doc.folded.slice(m.sentence[1], m.sentence[1] + 30);
  const boxed = checkedAnswer(after.split('\n')[0] ?? '');
  if (boxed) return boxed;
  if (/^\s*(?:\(?y\/n\)?\s*:?\s*)?(?:n|no)\b/.test(after)) return 'no';
  if (/^\s*(?:\(?y\/n\)?\s*:?\s*)?(?:y|yes)\b/.test(after)) return 'yes';
  return 'none';
}

/** Form boxes, marked ("[x]", "(•)", "☒", "✔") or empty ("[ ]", "( )", "☐"), and the yes/no labels beside them. */
const BOX_OR_LABEL = /\[\s*([x✓✔*•●]?)\s*\]|\(\s*([x✓✔*•●]?)\s*\)|([☒☑✔✓■●☐□○])|\b(yes|no|y|n)\b/g;

/**
 * The answer a form line marks with a checkbox ("[x] Yes  [ ] No", "( ) Yes (•) No", "Yes ☐ No ☒"): the label
 * paired with the one marked box. Boxes pair with the label after them when the line starts with a box, else
 * with the label before them. Undefined when no box, or not exactly one answer, is marked.
 */
export function checkedAnswer(line: string): 'yes' | 'no' | undefined {
  const tokens = [...line.matchAll(BOX_OR_LABEL)].map((m) =>
    m[4] ? { label: m[4].startsWith('y') ? ('yes' as const) : ('no' as const) } : { marked: !!(m[1] || m[2] || (m[3] && !'☐□○'.includes(m[3]))) },
  );
  if (!tokens.some((t) => 'marked' in t)) return undefined;
  const boxFirst = 'marked' in tokens[0]!;
  const answers = new Set<'yes' | 'no'>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [box, label] = boxFirst ? [tokens[i]!, tokens[i + 1]!] : [tokens[i + 1]!, tokens[i]!];
    if ('marked' in box && 'label' in label && box.marked && label.label) answers.add(label.label);
  }
  return answers.size === 1 ? [...answers][0] : undefined;
}

/** "without complications of T2DM", "no end-organ damage from diabetes": the complications are denied, not the condition. */
const COMPLICATIONS_OF = /(?:^|[^a-z])(?:no|without|w\/o)\s+(?:any\s+|known\s+)*(?:complications?|sequelae|end[- ]organ damage)\s+(?:of|from|due to|related to)\s*$/;

/** A form option left unticked ("[ ] Type 2 diabetes  [x] Obesity"): not what the form states. */
const UNCHECKED_BOX = /(?:\[\s*\]|\(\s\)|[☐□])\s*$/;
/** "does not, to date, meet criteria for T2DM": the clause holds "meet criteria for", the "not" came before. */
const MEETS_CRITERIA = /(?:^|[^a-z])meets? (?:the )?(?:diagnostic )?criteria (?:for|of)\s*$/;

/** The text after the mention to the end of its line (a problem-list row's status columns). */
function restOfLine(doc: Doc, m: Mention): string {
  return doc.folded.slice(m.span[1], lineOf(doc, m.span[1])[1]);
}

/**
 * The mention is stated as resolved or in remission ("T2DM in remission since 2022", a problem-list row marked
 * Resolved or Inactive): the chart says it was there, not whether it counts now. A flag leaves it open.
 */
export function isResolved(doc: Doc, m: Mention): boolean {
  return FORMER_LABEL.test(doc.folded.slice(Math.max(m.sentence[0], m.span[0] - 60), m.span[0])) || RESOLVED_AFTER.test(doc.folded.slice(m.span[1], m.span[1] + 40)) || RESOLVED_ON_LINE.test(restOfLine(doc, m));
}

export function isNegated(doc: Doc, m: Mention): boolean {
  const before = clauseBefore(doc, m);
  const sentenceBefore = doc.folded.slice(m.sentence[0], m.span[0]);
  return (
    (NEGATION_BEFORE.test(before) && !COMPLICATIONS_OF.test(before)) ||
    UNCHECKED_BOX.test(doc.folded.slice(Math.max(0, m.span[0] - 8), m.span[0])) ||
    (MEETS_CRITERIA.test(before) && /(?:^|[^a-z])(?:not|never|no longer)(?:[^a-z]|$)/.test(sentenceBefore)) ||
    NEGATION_AFTER.test(clauseAfter(doc, m)) ||
    NO_LONGER_AFTER.test(doc.folded.slice(m.span[1], m.span[1] + 30)) ||
    STATUS_ON_LINE.test(restOfLine(doc, m)) ||
    answerAfterQuestion(doc, m) === 'no'
  );
}

/** The mention is about a relative, not the patient. Looks at the whole sentence before the mention. */
export function isFamilyHistory(doc: Doc, m: Mention): boolean {
  const before = doc.folded.slice(Math.max(m.sentence[0], m.span[0] - 80), m.span[0]);
  return FAMILY.test(before) && !WITNESS.test(before);
}

/** "Unclear whether this is X or previously undiagnosed T2DM": the sentence asks which holds. */
const WHETHER = /\b(?:unclear|uncertain|unknown|not clear|not sure|unsure|cannot (?:tell|say)|can't (?:tell|say)|undetermined|to determine|question of|debate (?:about|over))\s+(?:whether|if)\b/;

export function isHedged(doc: Doc, m: Mention): boolean {
  if (WHETHER.test(doc.folded.slice(m.sentence[0], m.span[0]))) return true;
  // A question without a "yes" after it does not state the fact; one answered "yes" does, unless hedged before.
  const asked = answerAfterQuestion(doc, m);
  if (asked === 'none') return true;
  if (HEDGE.test(clauseBefore(doc, m))) return true;
  if (asked === 'yes') return false;
  // "?T2DM", "T2DM?", "T2DM vs prediabetes": a question or a differential, not a diagnosis.
  return doc.folded[m.span[0] - 1] === '?' || /^\s*(?:\?|vs\.?(?:\s|$)|versus\b)|^\s*[-:(,]\s*(?:r\/o|rule out|to rule out|possible|suspected|query|questionable)\b/.test(doc.folded.slice(m.span[1], m.span[1] + 24));
}

/** The sentence speaks of something planned, declined or not yet done, not of something that happened. */
export function isPlanned(doc: Doc, m: Mention): boolean {
  return PLAN.test(soapSection(doc, m).text);
}

/**
 * The sentence speaks of a plan before the mention's clause ends ("will start orlistat if …", "declined metformin"),
 * not of one that follows what happened ("tried phentermine without success and would like to discuss Wegovy").
 */
export function isPlannedBefore(doc: Doc, m: Mention): boolean {
  const { text, from } = soapSection(doc, m);
  if (NOT_DONE.test(text)) return true;
  // The section up to the end of the mention's clause.
  const end = m.span[1] - from;
  const stop = text.slice(end).search(/[,;]|\band\b|\bbut\b|\bso\b/);
  return PLAN.test(stop < 0 ? text : text.slice(0, end + stop));
}
/** It never happened, wherever the sentence says so ("Failed: phentermine (never started)"). */
const NOT_DONE = /(?:^|[^a-z])(?:never started|not started|did not start|never filled|never took|never tried|has not tried|not yet tried)(?:[^a-z]|$)/;

/** A SOAP section label inside a run-on line ("S: ... O: ... A: ... P: ..."). */
const SOAP_LABEL = /(?:^|\s)(?:s|o|a|p|a\/p|hpi|plan|assessment)\s*:\s/g;

/**
 * The mention's sentence, cut to its SOAP section when one line holds several ("S: wants to restart ... P: X
 * stopped"), and where that section starts in the text.
 */
function soapSection(doc: Doc, m: Mention): { text: string; from: number } {
  const sentence = doc.folded.slice(m.sentence[0], m.sentence[1]);
  const at = m.span[0] - m.sentence[0];
  let from = 0;
  let to = sentence.length;
  for (const l of sentence.matchAll(SOAP_LABEL)) {
    const i = l.index ?? 0;
    if (i <= at) from = i;
    else {
      to = i;
      break;
    }
  }
  return { text: sentence.slice(from, to), from: m.sentence[0] + from };
}
