// Prompts for one fact of an extractor in "readers" form. First attempt: the fact as the spec declares it, the
// reader the compiler chose, a worked example for a made-up fact, and golden texts where the fact holds.
// Regeneration asks a narrower question a 1.5B model answers well: which of the compiler's candidate phrases
// (mined from the notes where the fact holds but nothing matched) state the fact; phrases that matched wrongly
// are removed by the composer and named in the report. About 600 tokens either way: seconds per fact on 2 cores.
import type { ChatPrompt } from './llm-client';
import { readerKindsFor, type ReaderKind, type ReaderOptions } from './reader-options';
import type { ExtractionGolden, FactSpec, LoadedSpec } from './spec';

/** Golden texts shown per fact in the first prompt (only ones where the fact holds: negatives confused the model). */
export const POSITIVE_EXAMPLES = 3;

const READER_HELP: Record<ReaderKind, string> = {
  flag: 'flag: a yes/no fact stated by a phrase. "terms": every phrase that states it (synonyms, abbreviations, codes from the description). "exclude": phrases on the same topic that state something else (another type or stage of the condition).',
  event: 'event: something was tried and had an outcome. "terms": what was tried (drug names, programs, therapies from the description). "outcomes": phrases saying it happened as the fact requires. "exclude": phrases saying it did not.',
  recent: 'recent: an event that already happened (the kit checks the date). "terms": the names of the test or procedure. "exclude": look-alikes that are not it.',
  number: 'number: a number written after a label. "terms": the labels written right before the value (names and abbreviations).',
  bmi: 'bmi: body-mass index, written or computed from weight and height. "terms": extra labels (may be [], "bmi" and "body mass index" are built in).',
};

/** One worked example per reader, for made-up facts of another spec. */
const WORKED: Record<ReaderKind, { fact: string; answer: Omit<ReaderOptions, 'reader'> }> = {
  flag: {
    fact: '`has_knee_oa` (yes/no): The patient has knee osteoarthritis (knee OA, gonarthrosis, degenerative joint disease of the knee, ICD-10 M17). False for rheumatoid arthritis, hip osteoarthritis, family history or negated mentions.',
    answer: { terms: ['knee osteoarthritis', 'knee oa', 'osteoarthritis of the knee', 'gonarthrosis', 'degenerative joint disease of the knee', 'm17'], exclude: ['rheumatoid arthritis', 'hip osteoarthritis', 'hip oa'], outcomes: [], withinMonths: 0 },
  },
  event: {
    fact: '`has_physio_failure` (yes/no): Physical therapy, NSAIDs (ibuprofen, naproxen) or a home exercise program was tried and did not help. False when it helped, was declined or only planned.',
    answer: { terms: ['physical therapy', 'physiotherapy', 'pt', 'nsaids', 'ibuprofen', 'naproxen', 'home exercise program'], outcomes: ['did not help', 'failed', 'no relief', 'no improvement', 'without improvement', 'not tolerated'], exclude: ['helped', 'declined', 'improved'], withinMonths: 0 },
  },
  recent: {
    fact: '`has_recent_knee_xray` (yes/no): A knee x-ray (radiograph) was already done within the last 6 months. False when longer ago, never done, or only ordered.',
    answer: { terms: ['x-ray', 'xray', 'radiograph', 'radiographs', 'knee films'], exclude: ['chest x-ray'], outcomes: [], withinMonths: 6 },
  },
  number: {
    fact: '`pain_score` (a number): Pain on a 0-10 scale (pain score, VAS, NRS) as written.',
    answer: { terms: ['pain score', 'pain', 'vas', 'nrs', 'numeric rating scale'], exclude: [], outcomes: [], withinMonths: 0 },
  },
  bmi: {
    fact: '`bmi` (a number): Body-mass index in kg/m2.',
    answer: { terms: [], exclude: [], outcomes: [], withinMonths: 0 },
  },
};

const clip = (t: string, n = 200) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > n ? `${s.slice(0, n)}…` : s;
};

function holds(v: unknown): boolean {
  return v === true || (typeof v === 'number' && Number.isFinite(v));
}

/** The first goldens where the fact holds (or has a value). */
export function examplesFor(goldens: ExtractionGolden[], fact: string, n = POSITIVE_EXAMPLES): ExtractionGolden[] {
  return goldens.filter((g) => fact in g.facts && holds(g.facts[fact])).slice(0, n);
}

function describe(fact: FactSpec): string {
  return `\`${fact.name}\` (${fact.type === 'boolean' ? 'yes/no' : 'a number'}): ${fact.description.replace(/\s+/g, ' ').trim()}`;
}

function system(kind: ReaderKind): string {
  const w = WORKED[kind];
  return [
    'You configure one reader of a deterministic text extractor. It runs unchanged on every clinical note; no model runs at run',
    'time. Answer with one JSON object {"reader", "terms", "exclude", "outcomes", "withinMonths"}.',
    '',
    `The reader is ${READER_HELP[kind]}`,
    '',
    'Phrases are plain lower-case words as clinicians write them, one to four words each. Negation ("no", "denies"), family',
    'history, hedges ("possible"), plans ("will start") and dates are handled by the reader: never write them as phrases. Never use',
    'a single common word that also means other things. Unused lists are [].',
    '',
    `Example. Fact ${w.fact}`,
    `Answer: ${JSON.stringify({ reader: kind, ...w.answer })}`,
  ].join('\n');
}

/** The first prompt for a fact. */
export function readerPrompt(loaded: LoadedSpec, fact: FactSpec): ChatPrompt {
  const kind = readerKindsFor(fact)[0]!;
  const examples = examplesFor(loaded.extraction, fact.name);
  const user = [`Spec: ${loaded.spec.title}.`, `Fact ${describe(fact)}`];
  if (examples.length) user.push('', 'Notes where this fact holds:', ...examples.map((g) => `- ${JSON.stringify(clip(g.text))} → ${JSON.stringify(g.facts[fact.name])}`));
  user.push('', `Answer with the JSON object for \`${fact.name}\`.`);
  return { system: system(kind), user: user.join('\n') };
}

/** What the composer found when it ran a fact's reader on the goldens. */
export interface FactCheck {
  /** Phrases that matched in notes where the fact does not hold (removed by the composer). */
  removed: string[];
  /** Notes where the fact holds but the reader did not read it, with the value it must get. */
  missed: Array<{ text: string; expected: unknown; label?: string }>;
}

/** JSON schema of a regeneration answer: a choice among the compiler's candidate phrases. */
export function chooseSchema(candidates: string[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: { add: { type: 'array', items: { type: 'string', enum: candidates }, minItems: 1, maxItems: Math.min(6, candidates.length) } },
    required: ['add'],
    additionalProperties: false,
  };
}

/**
 * The regeneration prompt for a fact: the reader missed these notes; which of the candidate phrases (taken by
 * the compiler from the missed notes, grounded in the fact's declaration, and matching no golden note where
 * the fact does not hold) state the fact? A multiple choice a 1.5B model answers far better than a rewrite.
 */
export function choosePhrasesPrompt(loaded: LoadedSpec, fact: FactSpec, current: ReaderOptions, check: FactCheck, candidates: string[]): ChatPrompt {
  const kind = current.reader;
  const role = kind === 'number' || kind === 'bmi' ? 'label the value (the words written right before it)' : kind === 'event' ? 'name what was tried or say how it went' : 'state the fact';
  const user = [
    `Spec: ${loaded.spec.title}.`,
    `Fact ${describe(fact)}`,
    '',
    `The reader has ${JSON.stringify({ terms: current.terms, ...(kind === 'event' ? { outcomes: current.outcomes } : {}) })}.`,
    ...(check.removed.length ? [`These phrases matched where the fact does not hold and were removed: ${check.removed.map((p) => JSON.stringify(p)).join(', ')}.`] : []),
    '',
    'It missed these notes:',
    ...check.missed.slice(0, 3).map((m) => `- ${JSON.stringify(clip(m.text))} → must be ${JSON.stringify(m.expected)}`),
    '',
    `Candidate phrases: ${candidates.map((c) => JSON.stringify(c)).join(', ')}.`,
    `Answer {"add": [...]} with the candidates that ${role} in these notes.`,
  ];
  return {
    system: 'You improve one reader of a deterministic text extractor for clinical notes. Answer with one JSON object {"add": [...]} choosing among the candidate phrases given.',
    user: user.join('\n'),
  };
}
