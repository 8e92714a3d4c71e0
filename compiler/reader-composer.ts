// One attempt at the extractor slot in "readers" form: one small grammar-constrained model call per fact, the
// answers checked and rendered into the kit composition. On regeneration only the facts the failing stage
// names are worked on; the others keep the options read back from the previous file, so a fact that passed
// never regresses. For a fact worked on, the composer runs its reader on the spec's goldens: phrases that
// matched where the fact does not hold are removed (and named in the attempt's rationale), and the model
// chooses among candidate phrases mined from the notes it missed. The accuracy stage still judges the whole file.
import { canonicalJson, sha256, type FactSpec, type LoadedSpec } from './spec';
import { ModelOutputError, samplingForAttempt, type ChatPrompt, type ModelClient, type TokenUsage } from './llm-client';
import { factsTypeName } from './package';
import { slotSignature, type FeedbackDiagnostic } from './prompt';
import { extractFacts, type Readers } from '../templates/bounded-decision/kit';
import type { Facts } from '../templates/bounded-decision/types';
import { buildReader, cleanPhrase, declaredItems, declaredLead, declaredNames, groundedPhrase, isNoisePhrase, onlyQualified, removeOtherFactsPhrases, parseReaderOptions, parseRenderedReaders, readerOptionsSchema, renderExtractorFile, ReaderOptionsError, words, type ReaderOptions } from './reader-options';
import { choosePhrasesPrompt, chooseSchema, readerPrompt, type FactCheck } from './reader-prompt';
import { labelBefore } from './stages/extraction-hints';

export interface ComposeRequest {
  attempt: number;
  feedback?: FeedbackDiagnostic[];
  previousCode?: string;
}

export interface ComposedExtractor {
  code: string;
  rationale: string;
  usage: TokenUsage;
  model: string;
  /** sha256 over the prompts of this attempt's calls, by fact. */
  promptHash: string;
}

/** Completion cap of one per-fact answer (a few dozen phrases at most). */
const READER_MAX_TOKENS = 700;

/** Tries per fact within one attempt when the answer is unusable (the second sees why). */
const TRIES_PER_FACT = 2;

/** The diagnostics lines that are about one fact (hints start with its name; mismatches quote `name expected`). */
export function linesAbout(fact: string, feedback: FeedbackDiagnostic[]): string[] {
  const named = new RegExp(`(?:^|[\\s(.;])${fact}(?::|\\s+expected)`);
  return feedback.map((d) => d.message).filter((m) => named.test(m));
}

/** Facts to ask again: those the accuracy stage names; every fact when another stage failed or none is named. */
export function factsToRegenerate(facts: string[], feedback: FeedbackDiagnostic[] | undefined, previous: Record<string, ReaderOptions>): Set<string> {
  if (!feedback) return new Set(facts);
  const missing = facts.filter((f) => !previous[f]);
  const accuracyOnly = feedback.every((d) => d.stage === 'accuracy');
  const named = accuracyOnly ? facts.filter((f) => linesAbout(f, feedback).length > 0) : [];
  return new Set(named.length ? [...named, ...missing] : facts);
}

const add = (a: TokenUsage, b: TokenUsage): TokenUsage => ({ prompt: a.prompt + b.prompt, completion: a.completion + b.completion, total: a.total + b.total });

/** Whether a reader finds (mentions) its fact in a text. */
const mentions = (reader: ReturnType<typeof buildReader>, text: string): boolean => extractFacts<Facts>(text, { s: reader } as Readers<Facts>).found.s === true;

/** A value that states the fact (true, or a number), in a golden or in what a reader read. */
const statesFact = (v: unknown): boolean => v === true || typeof v === 'number';

/** Run one fact's reader over the goldens: which phrases matched wrongly, which notes it missed. */
export function checkFact(goldens: LoadedSpec['extraction'], fact: string, o: ReaderOptions): FactCheck {
  const reader = buildReader(o);
  const removed: string[] = [];
  const missed: FactCheck['missed'] = [];
  const phrases = o.reader === 'event' ? o.outcomes : o.terms;
  for (const g of goldens) {
    if (!(fact in g.facts)) continue;
    const expected = g.facts[fact];
    const r = extractFacts<Facts>(g.text, { [fact]: reader } as Readers<Facts>);
    const actual = r.facts[fact];
    const holds = statesFact(expected);
    const read = statesFact(actual);
    if (!holds && read) {
      const matched = (r.evidence[fact] ?? []).map(([a, b]) => g.text.slice(a, b).toLowerCase());
      for (const p of phrases) if (matched.some((m) => m.includes(p)) && !removed.includes(p)) removed.push(p);
    } else if (holds && (typeof expected === 'number' ? typeof actual !== 'number' || Math.abs(actual - expected) > 0.05 : !read)) {
      const label = typeof expected === 'number' ? (labelBefore(g.text, expected) ?? wordsBefore(g.text, expected)[1]) : undefined;
      missed.push({ text: g.text, expected, ...(label ? { label } : {}) });
    }
  }
  // A number label that only ever leaves goldens open ("weeks" with no number after it) and never reads a right
  // value is not a label of this fact; "a1c" that is open in "A1c pending" but right elsewhere stays.
  if (o.reader === 'number' || o.reader === 'bmi')
    for (const p of o.terms) {
      const alone = buildReader({ ...o, terms: [p] });
      let opens = false;
      let reads = false;
      for (const g of goldens) {
        if (!(fact in g.facts)) continue;
        const r = extractFacts<Facts>(g.text, { [fact]: alone } as Readers<Facts>);
        const expected = g.facts[fact];
        if (r.uncertain.length) opens = true;
        if (typeof expected === 'number' && typeof r.facts[fact] === 'number' && Math.abs((r.facts[fact] as number) - expected) <= 0.05) reads = true;
      }
      if (opens && !reads && !removed.includes(p)) removed.push(p);
    }
  return { removed, missed };
}

/** Words between a label and its value ("back pain for 6 weeks"). */
const CONNECTOR = /^(?:for|x|over|of|at|is|was|about|approximately|approx|since|past|last|the|a|an)$/;

/**
 * The one to three words right before a value in its sentence, connectors dropped ("Back pain for 6 weeks" →
 * ["pain", "back pain"]): label candidates when labelBefore (which skips durations) finds none.
 */
export function wordsBefore(text: string, value: number): string[] {
  const lower = text.toLowerCase();
  const forms = [String(value), value.toFixed(1)];
  for (const f of forms) {
    const at = lower.search(new RegExp(`(?<![0-9.,])${f.replace('.', '\\.')}(?![0-9]|[.,][0-9])`));
    if (at < 0) continue;
    const before = lower.slice(Math.max(0, at - 60), at).split(/[.;!?\n]/).pop() ?? '';
    const ws = before.match(/[a-z][a-z0-9-]*/g) ?? [];
    while (ws.length && CONNECTOR.test(ws[ws.length - 1]!)) ws.pop();
    return [1, 2, 3].filter((n) => ws.length >= n).map((n) => ws.slice(-n).join(' '));
  }
  return [];
}

/** Keep the grounded phrases of a fact's terms (see groundedPhrase); the rest are named in `dropped`. */
export function grounded(fact: FactSpec, o: ReaderOptions): { options: ReaderOptions; dropped: string[] } {
  if (o.reader === 'bmi') return { options: o, dropped: [] };
  const keep = o.terms.filter((p) => groundedPhrase(fact, p));
  const dropped = o.terms.filter((p) => !keep.includes(p));
  return keep.length ? { options: { ...o, terms: keep }, dropped } : { options: o, dropped: [] };
}

/** Exclude phrases that stop the reader on a note where the fact holds: dropped when that fixes the note and breaks none. */
export function repairExcludes(goldens: LoadedSpec['extraction'], fact: string, o: ReaderOptions): { options: ReaderOptions; dropped: string[] } {
  let cur = o;
  const dropped: string[] = [];
  for (const p of o.exclude) {
    const before = checkFact(goldens, fact, cur);
    if (!before.missed.length) break;
    const trial = { ...cur, exclude: cur.exclude.filter((x) => x !== p) };
    const after = checkFact(goldens, fact, trial);
    // Dropped when that reads a missed note, or when the phrase is written in a note where the fact holds (it
    // cannot be what the fact excludes) — as long as no golden is misread without it.
    const inMissed = before.missed.some((m) => words(m.text).includes(` ${p} `));
    if ((after.missed.length < before.missed.length || inMissed) && after.removed.length <= before.removed.length) {
      cur = trial;
      dropped.push(p);
    }
  }
  return { options: cur, dropped };
}

const MAX_CANDIDATES = 24;
/**
 * How a note says a tried therapy went: a mined outcome phrase must hold one of these cues (generic English of
 * treatment outcomes, not any spec's words), else "disc bulge" or "months ago" could pass a small golden set.
 */
const OUTCOME_CUE = /\b(?:fail\w*|loss|lost|relief|help\w*|improv\w*|effective|ineffective|effect|toleran\w*|tolerat\w*|intoleran\w*|stop\w*|discontinu\w*|persist\w*|despite|benefit\w*|wors\w*|success\w*|unsuccess\w*|work\w*|respon\w*|regain\w*|plateau\w*|stall\w*|side effects?|adverse|refractory|unchanged|no change)\b/;
/** Joining words a mined term may hold without being grounded ("loss of appetite", "pain in the back"). */
const STOP_IN_PHRASE = new Set(['of', 'the', 'a', 'an', 'in', 'on', 'with', 'and', 'or', 'to', 'for', 'by', 'at']);
const JOINERS = 'and|or|the|a|an|of|with|for|on|in|at|to|by|after|per';
/** A mined phrase starts and ends with a content word ("gasping arousals at" is not a phrase)... */
const EDGE_WORD = new RegExp(`^(?:${JOINERS}|is|was|has|had)\\b|\\b(?:${JOINERS}|is|was|has|had)$`);
/** ...except that an outcome may start with a verb ("was ineffective"). */
const OUTCOME_EDGE_WORD = new RegExp(`^(?:${JOINERS})\\b|\\b(?:${JOINERS}|is|was|has|had)$`);
/** The last word of an item the description lists ("cancer" of "suspected cancer"): a candidate the goldens then judge. */
function headNoun(fact: FactSpec, word: string): boolean {
  // Of a noun phrase only: "tried" ends "was tried" but names nothing.
  return word.length >= 4 && declaredItems(fact).some((item) => item.includes(' ') && item.endsWith(` ${word}`) && !/^(?:was|is|were|are|has|had|have|been|be|did|does|do)\b/.test(item));
}

/** A word the description lists as an item of its own ("T2DM" in "(T2DM, DM2, DM type II)"; not "DM"). */
function codeLike(fact: FactSpec, word: string): boolean {
  return declaredItems(fact).includes(word);
}

/**
 * Phrases the model may choose from for the notes a fact's reader missed: for a number, the labels written
 * right before the expected value; otherwise the 1-4 word runs of those notes that are grounded in the fact's
 * declaration, name no other fact, and (added alone) match no golden note where the fact does not hold.
 */
export function candidatePhrases(loaded: LoadedSpec, fact: FactSpec, o: ReaderOptions, missed: FactCheck['missed']): { terms: string[]; outcomes: string[] } {
  const have = new Set([...o.terms, ...o.outcomes]);
  if (o.reader === 'number' || o.reader === 'bmi') {
    const found = missed.flatMap((m) => [m.label, ...(typeof m.expected === 'number' ? wordsBefore(m.text, m.expected) : [])]);
    const labels = [...new Set(found.filter((l): l is string => !!l))].filter((l) => !have.has(l) && !isNoisePhrase(l) && groundedPhrase(fact, l));
    const fixes = (l: string) => {
      const check = checkFact(loaded.extraction, fact.name, { ...o, terms: [...o.terms, l] });
      return check.removed.length === 0 && check.missed.length < missed.length;
    };
    return { terms: labels.filter(fixes).slice(0, MAX_CANDIDATES), outcomes: [] };
  }
  const grams = new Set<string>();
  const outcomeGrams = new Set<string>();
  const hasSubject = buildReader({ ...o, reader: 'flag', exclude: [] });
  for (const m of missed) {
    // An event note that already names what was tried lacks an outcome phrase; otherwise it lacks the subject.
    const needsOutcome = o.reader === 'event' && mentions(hasSubject, m.text);
    const into = needsOutcome ? outcomeGrams : grams;
    const ws = m.text.toLowerCase().match(/[a-z0-9][a-z0-9'/-]*/g) ?? [];
    for (let i = 0; i < ws.length; i++)
      for (let n = 1; n <= 4 && i + n <= ws.length; n++) {
        const p = cleanPhrase(ws.slice(i, i + n).join(' '));
        // No negation or number inside, and content words at both ends ("gasping arousals at" is not a phrase).
        // A single word mined from a note is too general ("type", "completed") unless it is a code or an
        // abbreviation the description writes in capitals ("T2DM", "PSG"); "was ineffective" may start with "was".
        const single = !p?.includes(' ');
        const edge = needsOutcome ? OUTCOME_EDGE_WORD : EDGE_WORD;
        // Negations belong in an outcome ("not helping", "no relief"), never in a term.
        const negated = /\b(?:no|not|denies|denied|never)\b/.test(p ?? '');
        // A bare head the description only writes qualified ("diet" of "supervised diet") is no subject either
        // (parseReaderOptions drops it from the model's own answer for the same reason).
        const bare = !needsOutcome && onlyQualified(fact, p ?? '');
        if (p && !have.has(p) && !isNoisePhrase(p) && !bare && !(negated && !needsOutcome) && !/\b\d+\b/.test(p) && !edge.test(p) && (!single || codeLike(fact, p) || headNoun(fact, p) || needsOutcome)) into.add(p);
      }
  }
  const others = loaded.spec.facts.filter((f) => f.name !== fact.name);
  // Every word must belong to this fact or to no other: "sleep study epworth" is not an OSA symptom.
  const foreign = (p: string) => p.split(' ').some((w) => !groundedPhrase(fact, w) && others.some((f) => groundedPhrase(f, w)));
  // A candidate must read at least one missed note and misread none (outcomes are judged, not grounded:
  // "was ineffective" is how a note says a therapy failed, whatever the description's words).
  // An event note naming neither the subject nor the outcome is fixed in two steps: a subject candidate only
  // has to be found in a missed note (the next attempt then offers its outcome).
  const subjectOnly = o.reader === 'event';
  const ok = (p: string, asOutcome: boolean) => {
    if (foreign(p)) return false;
    if (asOutcome ? !OUTCOME_CUE.test(p) : !p.split(' ').filter((w) => !STOP_IN_PHRASE.has(w)).every((w) => groundedPhrase(fact, w))) return false;
    const trial = withCandidate(o, p, asOutcome);
    const check = checkFact(loaded.extraction, fact.name, trial);
    if (check.removed.length) return false;
    if (check.missed.length < missed.length) return true;
    const trialSubject = buildReader({ ...trial, reader: 'flag', exclude: [] });
    return subjectOnly && !asOutcome && missed.some((m) => mentions(trialSubject, m.text) && !mentions(hasSubject, m.text));
  };
  // Shortest first, and a phrase that holds a shorter candidate adds nothing (the shorter one already matches).
  const pick = (pool: Set<string>, asOutcome: boolean) => {
    const out: string[] = [];
    const sorted = [...pool].sort((a, b) => a.split(' ').length - b.split(' ').length || (a < b ? -1 : 1));
    for (const p of sorted) if (!out.some((q) => ` ${p} `.includes(` ${q} `)) && ok(p, asOutcome)) out.push(p);
    return out.slice(0, MAX_CANDIDATES);
  };
  const terms = pick(grams, false);
  const outcomes = o.reader === 'event' ? pick(outcomeGrams, true).filter((p) => !terms.includes(p)) : [];
  return { terms, outcomes };
}

/** The options with one more phrase; an outcome holding a contrary phrase ("stopped due to side effects" vs "stopped") drops that contrary phrase. */
export function withCandidate(o: ReaderOptions, p: string, asOutcome: boolean): ReaderOptions {
  if (!asOutcome) return { ...o, terms: [...o.terms, p] };
  return { ...o, outcomes: [...o.outcomes, p], exclude: o.exclude.filter((c) => !` ${p} `.includes(` ${c} `)) };
}

/** Golden notes where the fact does not hold but the reader reads it. */
function falseReads(goldens: LoadedSpec['extraction'], fact: string, o: ReaderOptions): number {
  const reader = buildReader(o);
  let n = 0;
  for (const g of goldens) {
    if (!(fact in g.facts)) continue;
    const expected = g.facts[fact];
    const actual = extractFacts<Facts>(g.text, { [fact]: reader } as Readers<Facts>).facts[fact];
    if (!statesFact(expected) && statesFact(actual)) n++;
  }
  return n;
}

/**
 * The description's own names (declaredNames) the model left out of a flag, event or recent reader's terms,
 * added unless one makes the reader read the fact in a golden note where it does not hold.
 */
export function withDeclaredNames(goldens: LoadedSpec['extraction'], fact: FactSpec, o: ReaderOptions): { options: ReaderOptions; added: string[] } {
  if (o.reader === 'number' || o.reader === 'bmi') return { options: o, added: [] };
  let cur = o;
  const added: string[] = [];
  let wrong = falseReads(goldens, fact.name, cur);
  for (const name of [...(o.reader === 'flag' ? declaredLead(fact) : []), ...declaredNames(fact)]) {
    if (cur.terms.includes(name) || cur.exclude.includes(name)) continue;
    const trial = { ...cur, terms: [...cur.terms, name] };
    const w = falseReads(goldens, fact.name, trial);
    if (w > wrong) continue;
    cur = trial;
    wrong = w;
    added.push(name);
  }
  return { options: cur, added };
}

function withoutRemoved(o: ReaderOptions, removed: string[]): ReaderOptions {
  if (!removed.length) return o;
  return o.reader === 'event' ? { ...o, outcomes: o.outcomes.filter((p) => !removed.includes(p)) } : { ...o, terms: o.terms.filter((p) => !removed.includes(p)) };
}

export async function composeExtractor(client: ModelClient, loaded: LoadedSpec, request: ComposeRequest): Promise<ComposedExtractor> {
  if (!client.completeJson) throw new Error('the model client cannot answer JSON-schema requests (needed for the readers form)');
  const completeJson = client.completeJson.bind(client);
  const { spec } = loaded;
  const previous = request.previousCode ? parseRenderedReaders(request.previousCode) : {};
  const redo = factsToRegenerate(
    spec.facts.map((f) => f.name),
    request.feedback,
    previous,
  );
  const options: Record<string, ReaderOptions> = {};
  const prompts: Record<string, unknown> = {};
  const models = new Set<string>();
  const notes: string[] = [];
  let usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  const ask = async (key: string, prompt: ChatPrompt, schema: Record<string, unknown>, t: number) => {
    prompts[key] = prompt;
    try {
      const answer = await completeJson(prompt, schema, { ...samplingForAttempt(request.attempt + (t - 1) * 10), maxTokens: READER_MAX_TOKENS });
      usage = add(usage, answer.usage);
      models.add(answer.model);
      return answer.value;
    } catch (e) {
      if (e instanceof ModelOutputError && e.usage) usage = add(usage, e.usage);
      if (e instanceof ModelOutputError && t < TRIES_PER_FACT) return undefined;
      throw e;
    }
  };

  const fresh = async (fact: FactSpec): Promise<ReaderOptions> => {
    let prompt = readerPrompt(loaded, fact);
    for (let t = 1; ; t++) {
      const value = await ask(`${fact.name}#${t}`, prompt, readerOptionsSchema(fact), t);
      if (value === undefined) continue;
      try {
        return parseReaderOptions(fact, value);
      } catch (e) {
        if (!(e instanceof ReaderOptionsError)) throw e;
        if (t >= TRIES_PER_FACT) throw new ModelOutputError(`the answer for fact ${e.message}`, 'invalid-json', usage);
        prompt = { ...prompt, user: `${prompt.user}\n\nYour answer ${JSON.stringify(value)} was not usable: ${e.message}. Answer again.` };
      }
    }
  };

  const improve = async (fact: FactSpec, kept: ReaderOptions): Promise<ReaderOptions> => {
    const first = checkFact(loaded.extraction, fact.name, kept);
    let o = withoutRemoved(kept, first.removed);
    const removed = [...first.removed];
    const excl = repairExcludes(loaded.extraction, fact.name, o);
    o = excl.options;
    if (excl.dropped.length) notes.push(`${fact.name}: compiler dropped exclude ${excl.dropped.map((p) => JSON.stringify(p)).join(', ')} (it hid golden notes where the fact holds)`);
    const after = checkFact(loaded.extraction, fact.name, o);
    if (after.missed.length) {
      const cand = candidatePhrases(loaded, fact, o, after.missed);
      const all = [...cand.terms, ...cand.outcomes];
      if (!all.length) notes.push(`${fact.name}: no grounded candidate phrase in the missed notes (write the synonym in the fact's description)`);
      else {
        const value = await ask(`${fact.name}+choose`, choosePhrasesPrompt(loaded, fact, o, { removed, missed: after.missed }, all), chooseSchema(all), TRIES_PER_FACT);
        const chosen = Array.isArray((value as { add?: unknown } | undefined)?.add) ? ((value as { add: unknown[] }).add.filter((p): p is string => typeof p === 'string' && all.includes(p))) : [];
        for (const p of chosen) if (!o.terms.includes(p) && !o.outcomes.includes(p)) o = withCandidate(o, p, cand.outcomes.includes(p));
        notes.push(`${fact.name}: model chose ${chosen.length ? chosen.map((p) => JSON.stringify(p)).join(', ') : 'nothing'} among ${all.length} candidate phrase(s)`);
      }
    }
    if (removed.length) notes.push(`${fact.name}: compiler removed ${removed.map((p) => JSON.stringify(p)).join(', ')} (matched in golden notes where the fact does not hold)`);
    if (!o.terms.length && o.reader !== 'bmi') return fresh(fact);
    return o;
  };

  for (const fact of spec.facts) {
    const kept = previous[fact.name];
    if (kept && !redo.has(fact.name)) options[fact.name] = kept;
    else if (kept) options[fact.name] = await improve(fact, kept);
    else {
      const g = grounded(fact, await fresh(fact));
      const named = withDeclaredNames(loaded.extraction, fact, g.options);
      options[fact.name] = named.options;
      notes.push(`${fact.name}: written by the model${g.dropped.length ? `; compiler dropped ${g.dropped.map((p) => JSON.stringify(p)).join(', ')} (not grounded in the fact's description)` : ''}${named.added.length ? `; compiler added the description's names ${named.added.map((p) => JSON.stringify(p)).join(', ')}` : ''}`);
    }
  }
  for (const [fact, gone] of Object.entries(removeOtherFactsPhrases(spec.facts, options)))
    notes.push(`${fact}: compiler removed ${gone.map((p) => JSON.stringify(p)).join(', ')} (they name another fact)`);
  const { imports } = slotSignature(spec, 'extractor');
  const code = renderExtractorFile(spec, imports, factsTypeName(spec), options);
  const keptNames = spec.facts.map((f) => f.name).filter((f) => previous[f] && !redo.has(f));
  if (keptNames.length) notes.push(`kept from the previous attempt: ${keptNames.join(', ')}`);
  return {
    code,
    rationale: notes.join('; '),
    usage,
    model: [...models].sort().join(', ') || client.model,
    promptHash: sha256(canonicalJson({ attempt: request.attempt, prompts })),
  };
}
