// Actionable feedback for an extractor that misses golden cases: one line per fact, saying how the golden
// texts write it. For a number, the words right before the expected value ("ESS 6" → add the label "ess");
// for a flag read as false where the fact holds, the sentences that state it; for a flag read as true where it
// does not hold, the text the reader matched (from the kit's evidence spans). A small model fixes a phrase list
// far better from "add 'ess'" than from "epworth_score expected 6, got null".
import type { ExtractionGolden } from '../spec';

interface Result {
  facts?: Record<string, unknown>;
  uncertain?: unknown;
  evidence?: Record<string, Array<[number, number]>>;
}

const MAX_EXAMPLES = 4;

function clip(s: string, n = 90): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** The one to three words written right before a number in the text ("Epworth Sleepiness Scale 14/24" → "epworth sleepiness scale"). */
export function labelBefore(text: string, value: number): string | undefined {
  const lower = text.toLowerCase();
  const forms = [String(value), value.toFixed(1), String(value).replace('.', ',')];
  for (const f of forms) {
    // Within the sentence: one to three words, then separators, then the value (not a duration or a dose).
    const re = new RegExp(`((?:[a-z][a-z0-9-]*[ ]){0,2}[a-z][a-z0-9-]*)[ :=(]*${f.replace('.', '\\.')}(?![0-9]|[.,][0-9])(?!\\s*(?:months?|mo|years?|yrs?|weeks?|days?|mg|hours?)\\b)`, 'g');
    for (const m of lower.matchAll(re)) {
      const words = (m[1] ?? '').trim().split(/\s+/).filter((w) => !/^(of|is|was|at|the|a|an|total|value|than|and)$/.test(w));
      if (words.length) return words.join(' ');
    }
  }
  return undefined;
}

function sentenceWith(text: string, needle: string): string {
  return clip(text.split(/(?<=[.;!?])\s+/).find((s) => s.toLowerCase().includes(needle)) ?? text);
}

const STOP = new Set(['with', 'from', 'that', 'this', 'when', 'than', 'have', 'been', 'were', 'does', 'done', 'only', 'last', 'within', 'months', 'month', 'years', 'year', 'patient', 'note', 'false', 'true', 'denied', 'mentioned', 'written', 'being', 'instead', 'needed', 'other']);
const stem = (w: string) => w.replace(/(?:ing|ed|es|s|e)$/, '').slice(0, 6);

/** Words of a text that the fact's description also uses (by stem): the likely phrase the reader lacks. */
export function descriptionWords(text: string, description: string): string[] {
  const desc = new Set((description.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map(stem));
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) if (!STOP.has(w) && desc.has(stem(w)) && !out.includes(w)) out.push(w);
  return out;
}

/** Hints per missed fact across all goldens; empty when nothing is missed. */
export function extractionHints(goldens: ExtractionGolden[], results: Array<Result | undefined>, descriptions: Record<string, string> = {}): string[] {
  const byFact = new Map<string, { misses: number; add: Set<string>; states: string[]; wrongMatch: string[]; words: Set<string>; unsure: Map<string, number> }>();
  const entryOf = (fact: string) => byFact.get(fact) ?? { misses: 0, add: new Set<string>(), states: [], wrongMatch: [], words: new Set<string>(), unsure: new Map<string, number>() };
  goldens.forEach((g, i) => {
    const r = results[i];
    if (!r?.facts) return;
    // A right value the reader marked uncertain is a miss too: say which fact and why (the kit's reason, no text).
    for (const reason of Array.isArray(r.uncertain) ? r.uncertain : []) {
      const m = /^([a-z][a-z0-9_]*): (.+)$/.exec(String(reason));
      if (!m || !(m[1]! in g.facts)) continue;
      const entry = entryOf(m[1]!);
      entry.unsure.set(m[2]!, (entry.unsure.get(m[2]!) ?? 0) + 1);
      byFact.set(m[1]!, entry);
    }
    for (const [fact, expected] of Object.entries(g.facts)) {
      const actual = r.facts[fact];
      const same = typeof expected === 'number' && typeof actual === 'number' ? Math.abs(expected - actual) <= 0.05 : expected === actual;
      if (same) continue;
      const entry = entryOf(fact);
      entry.misses++;
      if (typeof expected === 'number') {
        const label = labelBefore(g.text, expected);
        if (label) entry.add.add(label);
      } else if (expected === true) {
        if (entry.states.length < MAX_EXAMPLES) entry.states.push(clip(g.text));
        for (const w of descriptionWords(g.text, descriptions[fact] ?? '')) entry.words.add(w);
      } else if (expected === false && actual === true) {
        const spans = r.evidence?.[fact] ?? [];
        const matched = spans.map(([a, b]) => g.text.slice(a, b)).filter(Boolean)[0];
        if (matched && entry.wrongMatch.length < MAX_EXAMPLES) entry.wrongMatch.push(`"${clip(matched, 40)}" in "${sentenceWith(g.text, matched.toLowerCase())}"`);
      }
      byFact.set(fact, entry);
    }
  });
  const out: string[] = [];
  for (const [fact, e] of [...byFact.entries()].sort((a, b) => b[1].misses - a[1].misses || b[1].unsure.size - a[1].unsure.size)) {
    const parts = [e.misses ? `${fact}: wrong in ${e.misses} golden case(s).` : `${fact}: right value but marked uncertain.`];
    for (const [why, n] of e.unsure) parts.push(`Marked uncertain in ${n} golden case(s) (${why}): a phrase matched where the fact is not settled; remove the phrase or make it more specific.`);
    if (e.add.size) parts.push(`The texts write it as ${[...e.add].slice(0, 6).map((l) => `"${l} <number>"`).join(', ')}: put ${[...e.add].slice(0, 6).map((l) => `'${l}'`).join(', ')} in its labels.`);
    if (e.words.size) parts.push(`Words of these texts that the fact's description uses: ${[...e.words].slice(0, 8).map((w) => `'${w}'`).join(', ')} — add the ones that state the fact to its terms.`);
    if (e.states.length) parts.push(`It is true in these texts; add the words they use to its terms (or subjects/outcomes): ${e.states.map((s) => `"${s}"`).join('; ')}.`);
    if (e.wrongMatch.length) parts.push(`It is false in these texts but the reader matched ${e.wrongMatch.join('; ')}: remove that phrase or add the wider phrase to exclude / contrary.`);
    out.push(parts.join(' '));
  }
  return out;
}
