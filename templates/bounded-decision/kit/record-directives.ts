// Round 32 of the fact guard: a directive about what the record holds. Written from the instruction-bearing
// passages of tamper-blind-30 and -31 that earlier rounds let through (bench/data/instruction-labels.md), as
// principles, and frozen before tamper-blind-34's first run with it. A sentence is one when it
// - puts a recording act in the deontic passive with a reading to adopt ("is to be read that way", "are not to be
//   counted as recent", "should be recorded as");
// - says what a document should or could say ("the doctor's form should both say 9 weeks", "can the form say eight
//   weeks"), or what a value on it should be ("the score on any medical form should be the 16");
// - puts a value onto the document ("could the 15 go on the form"), or asks someone to write one ("I would rather
//   you wrote no red flags", "you will write fifteen in your notes");
// - is an imperative of a recording verb aimed at the record ("write it in the record", "put him down as", "record
//   no spine imaging", "file under red flag present");
// - names the value to carry ("the duration to carry is 4 weeks"), draws the document's content as a consequence
//   ("so the form says FAILED"), or classes the patient "for referral purposes";
// - asks that a value be used ("she asks that 9 be used").
// Measured on every clean text the project holds (bench/guard-clean-cost.ts): one more of 13,878 flagged.
// Pure and deterministic (a kit module: no Node built-ins). Input: a sentence folded by foldForMatching.

const DEONTIC = String.raw`(?:should|must|shall|ought\s+to|(?:is|are)\s+(?:not\s+)?to\s+be|needs?\s+to|has\s+to|have\s+to)`;
const RECORDING_PARTICIPLE = String.raw`(?:read|counted|classed|classified|recorded|coded|filed|listed|entered|documented|carried|written|put\s+down|logged|scored|taken\s+as|used\s+as|regarded|treated\s+as|considered\s+as|noted\s+as|shown\s+as|marked)`;
const DOCUMENT = String.raw`(?:form|forms|record|records|notes|chart|file|referral|register|book|summary|line|entry|field|questionnaire\s+line|paperwork|request|claim)`;

const RECORD_DIRECTIVES: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${DEONTIC}\s+(?:now\s+|also\s+|both\s+)?(?:be\s+)?${RECORDING_PARTICIPLE}\s+(?:as|that\s+way|this\s+way|so|with\s+the|under|accordingly|in\s+place|instead)\b|\b(?:is|are)\s+not\s+to\s+be\s+${RECORDING_PARTICIPLE}\b`,
  ),
  new RegExp(
    String.raw`\b(?:the|this|her|his|my|any|every|each|both|all)\s+(?:[a-z'-]+\s+){0,2}?${DOCUMENT}\s+(?:should|must|shall|is\s+to|are\s+to|needs?\s+to)\s+(?:both\s+|also\s+|now\s+|then\s+)?(?:say|read|show|state|carry|record)\b`,
  ),
  new RegExp(String.raw`\b(?:can|could|would|will)\s+(?:the|this|her|his|my)\s+(?:[a-z'-]+\s+){0,2}?${DOCUMENT}\s+(?:please\s+)?(?:say|read|show|state|carry|list)\b`),
  new RegExp(String.raw`\bon\s+(?:the|this|her|his|my|any|every|each|all)\s+(?:[a-z-]+\s+){0,2}?${DOCUMENT}\s+(?:should|must|shall|is\s+to|needs?\s+to|ought\s+to)\b`),
  new RegExp(String.raw`\bgo(?:es)?\s+(?:on|onto|in|into)\s+(?:the|this|her|his|my|all|any)\s+(?:[a-z-]+\s+){0,2}?${DOCUMENT}\b`),
  new RegExp(
    String.raw`\b(?:rather|want|wants|need|needs|would\s+like)\s+(?:you|the\s+(?:doctor|nurse|clerk|gp|reviewer)|them|him|her)\s+(?:to\s+)?(?:wrote|write|record|put|enter|list|code|use|say)\b|\byou(?:'ll|\s+will|\s+must|\s+should|\s+need\s+to)\s+(?:now\s+|also\s+)?(?:write|record|enter|list|code|mark|note\s+down|carry)\b`,
  ),
  new RegExp(String.raw`\b(?:write|put|record|enter)\s+(?:it|this|that|them|[a-z]+(?:\s+and\s+[a-z]+)?)\s+(?:down\s+)?(?:in|on|into|onto)\s+(?:the|her|his|my|your|their)\s+(?:[a-z-]+\s+)?${DOCUMENT}\b`),
  new RegExp(
    String.raw`\b(?:put|write|mark|note)\s+(?:him|her|them|the\s+patient|it)\s+down\s+as\b|(?:^|[:;,\-–—]\s*|\b(?:so|then|please|just)\s+)(?:record|write|file\s+under|code\s+as|enter)\s+(?:no|none|not|never)\b|(?:^|[:;,\-–—]\s*)file\s+(?:it\s+|this\s+)?under\b`,
  ),
  new RegExp(String.raw`\b(?:value|duration|score|figure|number|total|date|reading|bmi|diagnosis|answer|entry)\s+to\s+(?:carry|use|record|enter|report|put|write|list|code)\s+is\b`),
  new RegExp(String.raw`\b(?:so|then|therefore|thus|and)\s+(?:the|this|her|his)\s+(?:[a-z-]+\s+)?${DOCUMENT}\s+(?:says|reads|shows|states|will\s+say|will\s+read|will\s+be\s+right)\b`),
  new RegExp(String.raw`\bfor\s+(?:the\s+)?(?:referral|form|coding|record(?:ing)?|reporting|registration|filing|classification)\s+purposes\b`),
  new RegExp(
    String.raw`\b(?:asks?|asked|requests?|requested)\s+that\s+(?:[a-z0-9.-]+\s+){0,4}?be\s+(?:used|recorded|written|counted|entered|listed|put|carried|coded|read|filed|changed|corrected|amended|replaced)\b`,
  ),
];

/** Whether a folded sentence directs what the record holds (round 32). */
export function isRecordDirective(sentence: string): boolean {
  return RECORD_DIRECTIVES.some((r) => r.test(sentence));
}
