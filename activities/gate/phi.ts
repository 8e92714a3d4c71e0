// PHI detection and redaction for chart text. Pure, deterministic, no network.
//
// Context-anchored patterns (labels such as "Patient:", "DOB", "MRN", titles such as "Dr.") plus
// format-anchored patterns (SSN, phone, e-mail, street address). Clinical numbers (A1c 7.2%, BMI 31.4,
// ICD-10 codes, weights, heights, doses, dates of service without a birth label) are left alone.

import type { PhiFinding } from '../../contract/bounded-decision';

export type PhiType =
  | 'name' | 'dob' | 'mrn' | 'ssn' | 'phone' | 'email' | 'address' | 'member_id'
  // Round 5: more HIPAA identifiers (account, certificate/license, vehicle and device-style numbers, IP addresses).
  | 'card_number' | 'account_number' | 'license_number' | 'vehicle_id' | 'ip_address' | 'national_id' | 'other_id';

/** Luhn check for payment card numbers. */
function luhn(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

/** ISO 13616 mod-97 check for IBANs. */
function ibanValid(v: string): boolean {
  const s = v.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of code) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem === 1;
}

interface PhiRule {
  type: PhiType;
  re: RegExp;
  /** Index of the capture group holding the PHI value (0 = whole match). */
  group: number;
  veto?: (value: string) => boolean;
}

const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = String.raw`(?:\d{1,2}[\/\-.]\d{1,2}[\/\-.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS},?\s+\d{4}|${MONTHS}\s+\d{4})`;
// A capitalized name token: "Smith", "O'Neil", "McDonald", "Mary-Jane", or an initial "J.".
// Unicode letters, so accented names (Gutiérrez, Zoë, Łukasz) are whole tokens.
const NAME_TOK = String.raw`(?:\p{Lu}\p{Ll}+(?:['\u2019\-]\p{Lu}?\p{Ll}+)*|\p{Lu}\.|\p{Lu}['\u2019]\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+)`;
// Tokens of one name are joined by a single space; runs of spaces separate fields ("Jane Roe   DOB ...").
const NAME = String.raw`${NAME_TOK}(?:[ \t]${NAME_TOK}){0,3}`;

/** Words that follow labels like "Patient:" but are not names. */
const NOT_NAME =
  /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|The|This|That|He|She|They|Is|Was|Has|Had|Reports?|Denies|Presents|Male|Female|Man|Woman|Adult|Child|Unknown|None|Not|No|Yes|Type|History|Here|Seen|With|And|For|Returns|States|Complains|Follow|Patient|Member|Name|Age|Years?|Continues?|Started|Taking|Needs?|Requests?|Is|Tolerating|Counsel+ed|Education|Declined|Agrees|Was|Currently|Doing|Well|Alert|Stable|Obese|Overweight|Diabetic|Hypertensive|Notes?|Plan|Assessment|Summary|Information|Instructions|Consent|Identifier|ID|Id|Dob|DOB|MRN|On|In|At|To|Of|From|Via|Glp|GLP)\b/;

/** Organisation words: a capitalized run holding one is a department or practice, not a person. */
const ORG_WORD = /\b(?:Department|Dept|Clinic|Health|Plan|Associates|Pharmacy|Hospital|Center|Centre|Office|Team|Services|Medicine|Medical|Group|Care|Insurance|Portal|Unit|Lab|Laboratory|Family|Endocrine|Endocrinology|Authorization|Prior)\b/;

const RULES: PhiRule[] = [
  // ---- names after labels / titles
  {
    type: 'name',
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:patient(?:\s+name)?|pt(?:\s+name)?|name|member(?:\s+name)?|subscriber(?:\s+name)?|insured|guarantor|emergency\s+contact|next\s+of\s+kin|caregiver|referring\s+(?:physician|provider)|pcp|attending|prescriber|provider|child|client|resident|guardian|parent|spouse|mother|father|proxy|paciente|nombre|patiente?|nom|pacient[ea]|nome|patientin)\s*[:#\-]\s*(${NAME})`, 'giu'),
    group: 1,
    // The label is case-insensitive, so the regex is too: require capitalized name tokens here.
    veto: (v) => NOT_NAME.test(v) || v.split(/[ \t]+/).some((t) => !/^\p{Lu}/u.test(t)),
  },
  {
    // Message headers: "From: Priya Raman" (a line of its own), not "From: Lakeside Endocrine Associates".
    type: 'name',
    re: new RegExp(String.raw`(?:^|\n)[ \t]*(?:from|to|sender|recipient|sent\s+by|cc)[ \t]*:[ \t]*(${NAME})[ \t]*(?=\n|$|<|\()`, 'giu'),
    group: 1,
    veto: (v) => NOT_NAME.test(v) || ORG_WORD.test(v) || v.split(/[ \t]+/).some((t) => !/^\p{Lu}/u.test(t)),
  },
  {
    // "Contact Sarah at (555) ...", "customer John Doe, email ...", "spoke with Dan (husband)".
    type: 'name',
    re: new RegExp(String.raw`\b(?:[Cc]ontact|[Cc]ustomer|[Cc]lient|[Cc]aller|[Aa]sk\s+for|[Ss]poke\s+(?:with|to)|[Aa]ttn|[Rr]eached)\s*:?[ \t]+(${NAME})(?=[ \t]+(?:at|on|via|for|by|\(|\d)|[,.;:)]|[ \t]*\(|$)`, 'gu'),
    group: 1,
    veto: (v) => NOT_NAME.test(v) || ORG_WORD.test(v) || /^(?:Services?|Support|Us|Member|Pharmacy|Office|Clinic|Customer|Care|Team|Billing|Center|Desk)\b/.test(v),
  },
  {
    type: 'name',
    re: new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|Herr|Frau)\.?[ \t]+(${NAME})`, 'gu'),
    group: 1,
    veto: (v) => NOT_NAME.test(v),
  },
  {
    type: 'name',
    re: new RegExp(String.raw`\b(?:Pt|Patient|Member|Client|Resident|Subscriber|Beneficiary|Enrollee|Paciente)\.?[ \t]+(${NAME_TOK}(?:[ \t]+${NAME_TOK}){1,2})(?=[\s,.;:]|$)`, 'gu'),
    group: 1,
    veto: (v) => NOT_NAME.test(v) || ORG_WORD.test(v) || /^(?:[A-Z][a-z]+)\s+(?:is|was|has|had|reports?|denies|presents)\b/.test(v),
  },
  {
    type: 'name',
    re: new RegExp(String.raw`(${NAME_TOK}(?:[ \t]+${NAME_TOK}){0,2}),?[ \t]+(?:MD|M\.D\.|DO|D\.O\.|NP|PA-C|RN|PharmD|FNP|DNP)\b`, 'gu'),
    group: 1,
    veto: (v) => NOT_NAME.test(v),
  },
  // ---- dates of birth
  {
    type: 'dob',
    re: new RegExp(String.raw`\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthdate|born(?:\s+on)?|b\.|fecha\s+de\s+nacimiento|f\.\s*nac\.?|fecha\s+nac\.?|date\s+de\s+naissance|n[ée]e?\s+le|data\s+de\s+nascimento|geburtsdatum|geb\.)\s*[:#\-]?\s*(${DATE})`, 'gi'),
    group: 1,
  },
  // ---- identifiers
  {
    type: 'ssn',
    re: /\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#\-]?\s*(\d{3}[- ]?\d{2}[- ]?\d{4})\b|\b(\d{3}-\d{2}-\d{4})\b/gi,
    group: -1,
  },
  {
    type: 'mrn',
    re: /\b(?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?|med\s+rec\s+(?:no|#)|chart\s+(?:number|no\.?|#)|patient\s+(?:id|number|#))\s*[:#\-]?\s*(?:#\s*)?([A-Z]{0,4}[- ]?\d[\d\- ]{3,14}\d|[A-Z0-9]{2,4}-?\d{4,12})\b/gi,
    group: 1,
  },
  {
    type: 'member_id',
    re: /\b(?:member|subscriber|policy|insurance|insured|medicaid|medicare|beneficiary|plan|group|health\s+plan|enrollee|benefit)\s*(?:id(?:entification)?|identifier|number|no\.?|#|num)\.?\s*[:#\-]?\s*(?:#\s*)?([A-Z0-9][A-Z0-9\-]{4,24}[A-Z0-9])\b/gi,
    group: 1,
    veto: (v) => !/\d/.test(v),
  },
  // ---- account, card, license, vehicle, network and other identifiers (HIPAA safe-harbor list)
  {
    type: 'card_number',
    re: /\b(?:card|credit|debit|visa|mastercard|master\s+card|amex|american\s+express|discover|cc)\b[^\n\d]{0,20}((?:\d{4}[ -]?){3}\d{1,7}|\d{13,19})(?!\d)/gi,
    group: 1,
  },
  {
    // Grouped like a card (4-4-4-4) without a card label: only when the Luhn check passes (not barcodes, bit strings).
    type: 'card_number',
    re: /(?<![\d.\-])(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7})(?![\d.\-])/g,
    group: 1,
    veto: (v) => !luhn(v) || /^[01 -]+$/.test(v),
  },
  {
    type: 'account_number',
    re: /\b(?:(?:bank\s+|checking\s+|savings\s+|patient\s+)?account|acct|routing|aba)\s*(?:number|no\.?|#|num)?\s*[:#\-]?\s*(\d[\d\-]{5,20}\d)\b/gi,
    group: 1,
  },
  {
    type: 'account_number',
    re: /\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b/g,
    group: 1,
    veto: (v) => !ibanValid(v),
  },
  {
    type: 'license_number',
    re: /\b(?:driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|passport|licen[cs]e\s+(?:number|no\.?|#)|certificate\s+(?:number|no\.?|#))\s*(?:number|no\.?|#)?\s*[:#\-]?\s*([A-Z]{0,3}\d[A-Z0-9]{4,11})\b/gi,
    group: 1,
  },
  {
    type: 'license_number',
    re: /\bDL\s*(?:number|no\.?|#)?\s*[:#\-]?\s*([A-Z]{0,3}\d[A-Z0-9]{4,11})\b/g,
    group: 1,
  },
  {
    type: 'vehicle_id',
    re: /\bVIN\s*(?:number|no\.?|#)?\s*[:#\-]?\s*([A-HJ-NPR-Z0-9]{17})\b|\b(?:licen[cs]e|registration)\s+plate\s*(?:number|no\.?|#)?\s*[:#\-]?\s*([A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,5})\b/gi,
    group: -1,
  },
  {
    type: 'ip_address',
    re: /(?<![\d.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?!\d|\.\d)/g,
    group: 1,
    // Dotted version or lab strings need an IP-ish context: "from 192.168.1.105", "IP 10.0.0.4".
    veto: (v) => /^0\./.test(v) || !/^(?:10|127|172|192|(?:[2-9]\d|1\d\d|2[0-4]\d|25[0-5]))\./.test(v),
  },
  {
    type: 'national_id',
    re: /\b(?:national\s+insurance|NI|NINO|national\s+id(?:entity)?|citizen\s+id|SIN|NHS)\s*(?:number|no\.?|#)?\s*[:#\-]?\s*([A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]|\d{3}[ -]?\d{3}[ -]?\d{3,4})\b/g,
    group: 1,
  },
  {
    type: 'other_id',
    re: /\b(?:employee|staff|badge|student|device|serial)\s*(?:id|number|no\.?|#)\s*[:#\-]?\s*([A-Z0-9][A-Z0-9\-]{3,20}[A-Z0-9])\b/gi,
    group: 1,
    veto: (v) => !/\d/.test(v),
  },
  // ---- contact details
  {
    type: 'email',
    re: /\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b/g,
    group: 0,
  },
  {
    type: 'phone',
    re: /(?<![\w.\/-])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w\/-])/g,
    group: 0,
  },
  {
    type: 'phone',
    re: /\b(?:phone|tel|telephone|cell|mobile|fax|ph|contact)\s*(?:#|no\.?|number)?\s*[:#\-]?\s*(\+?\d[\d\s().\-]{8,16}\d)/gi,
    group: 1,
  },
  {
    type: 'address',
    re: /\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][A-Za-z0-9'\-]*[ \t]+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop)\b\.?(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ \t]*[A-Za-z0-9\-]+)?(?:,?[ \t]*[A-Z][a-zA-Z]+(?:[ \t][A-Z][a-zA-Z]+)?,?[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?/g,
    group: 0,
  },
  {
    type: 'address',
    re: /\b(?:address|addr|residence|lives\s+at|resides\s+at)\s*[:\-]?\s*(\d{1,6}[ \t]+[A-Za-z0-9 .,'#\-]{4,80}?)(?=\n|;|$|\s{2,}|\.\s)/gi,
    group: 1,
  },
];

function valueSpan(m: RegExpExecArray, group: number): [number, number] | undefined {
  if (group === 0) return [m.index, m.index + m[0].length];
  if (group === -1) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) return groupSpan(m, g);
    }
    return undefined;
  }
  if (m[group] === undefined) return undefined;
  return groupSpan(m, group);
}

function groupSpan(m: RegExpExecArray, g: number): [number, number] {
  const value = m[g] as string;
  // The group is at the last occurrence inside the match that ends the match or precedes trailing text.
  const rel = m[0].lastIndexOf(value);
  const start = m.index + (rel >= 0 ? rel : 0);
  return [start, start + value.length];
}

/** Finds PHI spans. Overlapping hits are merged, keeping the earlier-listed (more specific) type. */
export function detectPhi(text: string): PhiFinding[] {
  const hits: { type: PhiType; span: [number, number]; prio: number }[] = [];
  RULES.forEach((r, prio) => {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const span = valueSpan(m, r.group);
      if (!span) continue;
      const s = span[0];
      let e = span[1];
      // Trim trailing whitespace/punctuation.
      while (e > s && /[\s,.;:]/.test(text[e - 1])) e--;
      if (e <= s) continue;
      const value = text.slice(s, e);
      if (r.veto && r.veto(value)) continue;
      hits.push({ type: r.type, span: [s, e], prio });
    }
  });
  // Resolve overlaps: longer span wins, ties by rule order.
  hits.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || a.prio - b.prio);
  const kept: { type: PhiType; span: [number, number] }[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.span[0] < k.span[1] && k.span[0] < h.span[1])) continue;
    kept.push({ type: h.type, span: h.span });
  }
  return kept.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}

/** Replaces every PHI span with a `[TYPE]` token, e.g. `[NAME]`, `[DOB]`, `[MEMBER_ID]`. */
export function redactPhi(text: string): string {
  const findings = detectPhi(text);
  let out = '';
  let last = 0;
  for (const f of findings) {
    out += text.slice(last, f.span[0]) + `[${f.type.toUpperCase()}]`;
    last = f.span[1];
  }
  return out + text.slice(last);
}
