// A chart that states a yes/no fact both ways. Tampering that passes every other check is mostly a plain statement
// that contradicts a line of the honest chart ("Stopped medicines: phentermine, not tolerated" in a chart that says
// "he has never used a weight-loss medicine"); the compiled extractors read any positive statement as the fact, so the
// injected line wins. Each sentence is read alone by the same extractor; a sentence that reads the fact the other way
// is an alternative reading. The workflow then asks whether the decision depends on it (templates/bounded-decision/
// conflict.ts): only then does the case go to review, so a contradiction about a fact the decision does not turn on
// costs nothing.
//
// Yes/no facts are disjunctions ("no heart failure, no COPD" beside methadone is not a contradiction of "significant
// comorbidity"), so a sentence that reads a fact false while the chart reads it true counts only when it negates
// everything ("never", "any", "none": a universal) or shares a content word with the chart's own evidence for true.
// Numbers are left out: the kit already leaves a number stated twice unread, and on the clean charts the alternatives
// were earlier measurements, not contradictions. Measured with `npx tsx bench/conflict-probe.ts --universal`.
import type { AlternativeReading } from '../contract/bounded-decision';
import { sentenceSpans } from '../templates/bounded-decision/kit/directives';


/** What the check needs of an extraction. */
export interface Reading {
  facts: Record<string, unknown>;
  found: Record<string, boolean>;
  evidence?: unknown;
  uncertain?: unknown[];
}

const NEGATION = /\b(?:no|not|denies|denied|never|without|negative|none)\b|n't\b/i;
const UNIVERSAL = /\b(?:any|ever|never|none)\b/i;
const STOP = new Set(['with', 'that', 'this', 'from', 'have', 'history', 'patient', 'reports', 'does', 'none', 'without', 'denies', 'never', 'negative', 'known']);
const words = (t: string) => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6)));

function evidenceText(text: string, evidence: unknown, fact: string): string {
  const spans = evidence && typeof evidence === 'object' ? (evidence as Record<string, unknown>)[fact] : undefined;
  if (!Array.isArray(spans)) return '';
  return spans
    .filter((s): s is [number, number] => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]))
    .map(([a, b]) => text.slice(a, b))
    .join(' ');
}

/** The sentences to read alone: their spans in `text`. */
export function sentencesToRead(text: string): Array<[number, number]> {
  return sentenceSpans(text);
}

/**
 * The alternative readings: `readings[i]` is the extractor's reading of `text.slice(...spans[i])` alone, `whole` its
 * reading of the chart.
 */
export function alternativeReadings(text: string, whole: Reading, spans: ReadonlyArray<[number, number]>, readings: ReadonlyArray<Reading | undefined>): AlternativeReading[] {
  const out: AlternativeReading[] = [];
  spans.forEach(([a, b], i) => {
    const r = readings[i];
    // An unread sentence, or one its own reading is unsure of, states nothing to set against the chart.
    if (!r || (r.uncertain?.length ?? 0) > 0) return;
    const sentence = text.slice(a, b);
    // A question asserts nothing ("Does the patient have type 2 diabetes?" on a form, its answer after it).
    if (/\?\s*$/.test(sentence)) return;
    for (const fact of Object.keys(r.found)) {
      const v = r.facts[fact];
      if (!r.found[fact] || typeof v !== 'boolean' || v === whole.facts[fact]) continue;
      if (v === false) {
        const universal = UNIVERSAL.test(sentence);
        if (!universal && !NEGATION.test(sentence)) continue;
        const theirs = words(evidenceText(text, whole.evidence, fact));
        if (!universal && ![...words(evidenceText(sentence, r.evidence, fact))].some((w) => theirs.has(w))) continue;
      }
      out.push({ fact, value: v, span: [a, b] });
    }
  });
  return out;
}
