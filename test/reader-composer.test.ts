// The extractor slot in readers form: the model's per-fact answers are checked and cleaned, rendered into a
// kit composition that passes the real stages, read back on regeneration, and only the facts the accuracy
// stage names are asked again. The client here is scripted (these are the error and bookkeeping paths; the
// real model runs in test/compile-embedded.integration.test.ts).
import { join } from 'node:path';
import type { ChatPrompt, JsonAnswer, ModelClient } from '../compiler/llm-client';
import { ModelOutputError } from '../compiler/llm-client';
import { generateCandidate, runStages } from '../compiler/pipeline';
import type { Generator } from '../compiler/generators';
import { checkFact, composeExtractor, factsToRegenerate, linesAbout, withDeclaredNames, wordsBefore } from '../compiler/reader-composer';
import { cleanPhrase, declaredItems, declaredLead, declaredNames, parseReaderOptions, parseRenderedReaders, ReaderOptionsError, renderReader, splitAlternatives } from '../compiler/reader-options';
import { choosePhrasesPrompt, examplesFor, readerPrompt } from '../compiler/reader-prompt';
import { loadSpec, type FactSpec } from '../compiler/spec';

const SLEEP = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-sleep-study.yaml'));
const fact = (name: string): FactSpec => SLEEP.spec.facts.find((f) => f.name === name)!;

const GOOD: Record<string, unknown> = {
  epworth_score: { reader: 'number', terms: ['Epworth', 'ESS', 'epworth sleepiness scale'], exclude: [], outcomes: [], withinMonths: 0 },
  has_osa_symptoms: { reader: 'flag', terms: ['snoring', 'snores', 'witnessed apneas', 'gasping', 'choking', 'no snoring'], exclude: [], outcomes: [], withinMonths: 0 },
  bmi: { reader: 'bmi', terms: [], exclude: [], outcomes: [], withinMonths: 0 },
  has_prior_sleep_study_within_12mo: { reader: 'recent', terms: ['sleep study', 'polysomnography', 'psg', 'hsat'], exclude: ['sleep hygiene'], outcomes: [], withinMonths: 3 },
  has_significant_comorbidity: { reader: 'flag', terms: ['congestive heart failure', 'chf', 'als', 'copd'], exclude: [], outcomes: [], withinMonths: 0 },
};

/** A client that answers per fact from a table and records which facts it was asked about. */
function scripted(answers: (factName: string, call: number) => unknown): ModelClient & { asked: string[] } {
  const asked: string[] = [];
  return {
    model: 'scripted',
    asked,
    async complete() {
      throw new Error('not used');
    },
    async completeJson(prompt: ChatPrompt): Promise<JsonAnswer> {
      const name = /Fact `([a-z0-9_]+)`/.exec(prompt.user)![1]!;
      const choice = /Candidate phrases: (.*)\.\n/.exec(prompt.user);
      asked.push(choice ? `${name}+choose` : name);
      // A regeneration offers candidates: choose all of them.
      const value = choice ? { add: JSON.parse(`[${choice[1]}]`) } : answers(name, asked.filter((a) => a === name).length);
      return { value, usage: { prompt: 100, completion: 20, total: 120 }, model: 'scripted' };
    },
  };
}

test('a bare word the description only writes after a restricting modifier leaves a flag open instead of stating it', () => {
  const sleep = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-sleep-study.yaml')).spec.facts.find((f) => f.name === 'has_significant_comorbidity')!;
  const o = parseReaderOptions(sleep, { reader: 'flag', terms: ['copd', 'severe copd', 'moderate copd', 'heart failure', 'opioid use', 'chronic opioid use'] });
  expect(o.terms).toEqual(['severe copd', 'moderate copd', 'heart failure', 'chronic opioid use']);
  expect(o.unsure).toEqual(['copd', 'opioid use']);
  expect(renderReader(o)).toContain('unsure: ["copd", "opioid use"]');
  expect(parseRenderedReaders(`    has_significant_comorbidity: ${renderReader(o)},`).has_significant_comorbidity?.unsure).toEqual(['copd', 'opioid use']);
});

test('splitAlternatives: a lone modifier before "or" shares the head of the other alternative', () => {
  expect(splitAlternatives('moderate or severe copd')).toEqual(['moderate copd', 'severe copd']);
  expect(splitAlternatives('suspected cancer or a history of cancer')).toEqual(['suspected cancer', 'history of cancer']);
  expect(splitAlternatives('nausea or vomiting')).toEqual(['nausea', 'vomiting']);
});

describe('reader options', () => {
  it('cleans phrases: lower case, single spaces, no quotes, length limits', () => {
    expect(cleanPhrase('  Witnessed   "Apneas" ')).toBe('witnessed apneas');
    expect(cleanPhrase('x')).toBeUndefined();
    expect(cleanPhrase('a'.repeat(41))).toBeUndefined();
    expect(cleanPhrase(42)).toBeUndefined();
  });

  it('drops terms that start with a negation from a flag (a denied mention would match) but keeps them as event outcomes', () => {
    const flagged = parseReaderOptions(fact('has_osa_symptoms'), GOOD.has_osa_symptoms);
    expect(flagged.terms).not.toContain('no snoring');
    expect(flagged.terms).toContain('snoring');
    const lumbar = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-lumbar-mri.yaml')).spec.facts.find((f) => f.name === 'has_conservative_therapy_failure')!;
    const ev = parseReaderOptions(lumbar, { reader: 'event', terms: ['physical therapy'], exclude: [], outcomes: ['no relief', 'did not help'], withinMonths: 0 });
    expect(ev.outcomes).toEqual(['no relief', 'did not help']);
  });

  it('refuses a reader the fact type cannot use, an event without outcomes, and an empty phrase list', () => {
    expect(() => parseReaderOptions(fact('bmi'), { reader: 'flag', terms: ['bmi'] })).toThrow(ReaderOptionsError);
    const lumbar = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-lumbar-mri.yaml')).spec.facts.find((f) => f.name === 'has_conservative_therapy_failure')!;
    // A treatment that failed takes the kit's vetted failure phrases, so it needs no outcomes of its own; an event
    // fact of another kind does.
    expect(parseReaderOptions(lumbar, { reader: 'event', terms: ['physical therapy'], outcomes: [] })).toMatchObject({ outcomes: [], failures: true });
    const otherEvent = { ...lumbar, description: 'An injection was given at the clinic and the site was checked.' };
    expect(() => parseReaderOptions(otherEvent, { reader: 'event', terms: ['injection'], outcomes: [] })).toThrow(/outcomes|must be one of/);
    expect(() => parseReaderOptions(fact('has_osa_symptoms'), { reader: 'event', terms: ['cpap'], outcomes: ['failed'] })).toThrow(/must be one of flag/);
    expect(() => parseReaderOptions(fact('has_osa_symptoms'), { reader: 'flag', terms: ['', '!'] })).toThrow(/no usable phrase/);
    expect(() => parseReaderOptions(fact('has_osa_symptoms'), 'flag')).toThrow(/not a JSON object/);
  });

  it('drops a contrary phrase the description states as the fact, and lists only whole description items as codes', () => {
    const glp1 = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-glp1.yaml')).spec.facts;
    const step = glp1.find((f) => f.name === 'has_step_therapy_failure')!;
    const o = parseReaderOptions(step, { reader: 'event', terms: ['metformin'], outcomes: ['failed'], exclude: ['stopped', 'declined'], withinMonths: 0 });
    expect(o.exclude).toEqual(['declined']);
    const items = declaredItems(glp1.find((f) => f.name === 'has_t2d_diagnosis')!);
    expect(items).toEqual(expect.arrayContaining(['t2dm', 'dm2', 'dm type ii', 'niddm', 'adult-onset diabetes']));
    expect(items).not.toContain('dm');
    // The "False for ..." part is not a source of terms.
    expect(items).not.toContain('prediabetes');
  });

  it('splits "a or b" and "a / b" phrases, and counts suspected mentions only where the description makes suspicion a criterion', () => {
    const lumbar = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-lumbar-mri.yaml')).spec.facts.find((f) => f.name === 'has_red_flag')!;
    const o = parseReaderOptions(lumbar, { reader: 'flag', terms: ['suspected cancer or a history of cancer', 'significant trauma / suspected fracture'], exclude: [], outcomes: [], withinMonths: 0 });
    expect(o.terms).toEqual(['suspected cancer', 'history of cancer', 'significant trauma', 'suspected fracture']);
    expect(o.suspected).toBe(true);
    expect(renderReader(o)).toContain('suspected: true');
    expect(parseRenderedReaders(`    has_red_flag: ${renderReader(o)},`).has_red_flag).toEqual(o);
    expect(parseReaderOptions(fact('has_significant_comorbidity'), GOOD.has_significant_comorbidity).suspected).toBeUndefined();
  });

  it('finds the words right before a duration value (label candidates labelBefore skips)', () => {
    expect(wordsBefore('Low back pain for 6 weeks. PT helped.', 6)).toEqual(['pain', 'back pain', 'low back pain']);
    expect(wordsBefore('Nothing here.', 6)).toEqual([]);
  });

  it('drops exclude phrases off the fact\'s topic (copied from the worked example) and lists a code family\'s stem', () => {
    const glp1 = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-glp1.yaml')).spec.facts;
    const t2d = glp1.find((f) => f.name === 'has_t2d_diagnosis')!;
    const o = parseReaderOptions(t2d, { reader: 'flag', terms: ['type 2 diabetes'], exclude: ['type 1', 'prediabetes', 'hip oa', 'rheumatoid arthritis'], outcomes: [], withinMonths: 0 });
    expect(o.exclude).toEqual(['type 1', 'prediabetes']);
    expect(declaredItems(t2d)).toContain('e11');
  });

  it('keeps a number label that reads right values even where a golden leaves it open, and drops one that never reads', () => {
    const epworth = fact('epworth_score');
    const o = parseReaderOptions(epworth, { reader: 'number', terms: ['epworth', 'ess', 'points'], exclude: [], outcomes: [], withinMonths: 0 });
    const goldens = [
      { id: 'a', text: 'Epworth 14. Loud snoring.', facts: { epworth_score: 14 } },
      { id: 'b', text: 'Epworth pending. Scored in points later.', facts: { epworth_score: null } },
    ];
    expect(checkFact(goldens, 'epworth_score', o).removed).toEqual(['points']);
  });

  it("takes the spec's months over the model's for a recent reader", () => {
    expect(parseReaderOptions(fact('has_prior_sleep_study_within_12mo'), GOOD.has_prior_sleep_study_within_12mo).withinMonths).toBe(12);
  });

  it('reads rendered options back exactly (regeneration keeps what passed)', () => {
    for (const name of Object.keys(GOOD)) {
      const o = parseReaderOptions(fact(name), GOOD[name]);
      const back = parseRenderedReaders(`    ${name}: ${renderReader(o)},`)[name]!;
      expect(back).toEqual(o);
    }
  });
});

describe('reader prompt', () => {
  it('shows the fact, the reader the compiler chose with a worked example, and notes where the fact holds', () => {
    const ex = examplesFor(SLEEP.extraction, 'has_osa_symptoms');
    expect(ex.length).toBeGreaterThan(0);
    expect(ex.every((g) => g.facts.has_osa_symptoms === true)).toBe(true);
    const first = readerPrompt(SLEEP, fact('has_osa_symptoms'));
    expect(first.user).toContain('has_osa_symptoms');
    expect(first.system).toContain('The reader is flag');
    expect(readerPrompt(SLEEP, fact('has_prior_sleep_study_within_12mo')).system).toContain('The reader is recent');
    expect(readerPrompt(SLEEP, fact('bmi')).system).toContain('The reader is bmi');
  });

  it('on regeneration asks the model to choose among candidates, showing the missed notes and what was removed', () => {
    const o = parseReaderOptions(fact('has_osa_symptoms'), GOOD.has_osa_symptoms);
    const p = choosePhrasesPrompt(SLEEP, fact('has_osa_symptoms'), o, { removed: ['night shifts'], missed: [{ text: 'Loud snorer per wife.', expected: true }] }, ['snorer']);
    expect(p.user).toContain('"night shifts"');
    expect(p.user).toContain('Loud snorer per wife.');
    expect(p.user).toContain('Candidate phrases: "snorer"');
  });
});

describe('composeExtractor', () => {
  it('renders a file that passes security and syntax, with tokens summed over the per-fact calls', async () => {
    const client = scripted((name) => GOOD[name]);
    const c = await composeExtractor(client, SLEEP, { attempt: 1 });
    expect(client.asked).toEqual(SLEEP.spec.facts.map((f) => f.name));
    expect(c.usage.total).toBe(120 * SLEEP.spec.facts.length);
    const stages = await runStages({ loaded: SLEEP, slot: 'extractor', code: c.code });
    expect(stages.slice(0, 3).map((s) => [s.stage, s.passed])).toEqual([
      ['security', true],
      ['syntax', true],
      ['execution', true],
    ]);
  });

  it('works again only on the facts the accuracy stage names: removes wrong phrases, offers grounded candidates from missed notes', async () => {
    const narrow = { ...(GOOD.has_osa_symptoms as object), terms: ['witnessed apneas', 'bmi'] };
    const first = await composeExtractor(scripted((name) => (name === 'has_osa_symptoms' ? narrow : GOOD[name])), SLEEP, { attempt: 1 });
    const before = checkFact(SLEEP.extraction, 'has_osa_symptoms', parseRenderedReaders(first.code).has_osa_symptoms!);
    expect(before.missed.length).toBeGreaterThan(0);
    const client = scripted((name) => GOOD[name]);
    const feedback = [
      { stage: 'accuracy' as const, rule: 'below-threshold', message: '10/12 extraction golden cases correct', line: 0, column: 0 },
      { stage: 'accuracy' as const, rule: 'extraction-fact-hint', message: 'has_osa_symptoms: wrong in 2 golden case(s).', line: 0, column: 0 },
    ];
    const again = await composeExtractor(client, SLEEP, { attempt: 2, feedback, previousCode: first.code });
    expect(client.asked).toEqual(['has_osa_symptoms+choose']);
    const o = parseRenderedReaders(again.code);
    expect(o.has_osa_symptoms!.terms).toContain('witnessed apneas');
    expect(o.has_osa_symptoms!.terms.length).toBeGreaterThan(1);
    expect(checkFact(SLEEP.extraction, 'has_osa_symptoms', o.has_osa_symptoms!).removed).toEqual([]);
    for (const f of ['epworth_score', 'bmi', 'has_significant_comorbidity']) expect(o[f]).toEqual(parseRenderedReaders(first.code)[f]);
    expect(again.rationale).toContain('kept from the previous attempt');
    expect(again.rationale).toContain('model chose');
  });

  it('asks every fact again when another stage failed', () => {
    const facts = ['a', 'b'];
    const prev = { a: parseReaderOptions(fact('bmi'), GOOD.bmi), b: parseReaderOptions(fact('bmi'), GOOD.bmi) };
    expect([...factsToRegenerate(facts, [{ stage: 'syntax', rule: 'x', message: 'a: bad', line: 1, column: 1 }], prev)]).toEqual(facts);
    expect(linesAbout('bmi', [{ stage: 'accuracy', rule: 'm', message: 'golden s3: text "…": bmi expected 36, got null', line: 0, column: 0 }])).toHaveLength(1);
    expect(linesAbout('bmi', [{ stage: 'accuracy', rule: 'm', message: 'golden s3: has_bmi_x expected true', line: 0, column: 0 }])).toHaveLength(0);
  });

  it('a fact answered unusably twice is a bad-output attempt (ModelOutputError), not a crash', async () => {
    const client = scripted((name) => (name === 'bmi' ? { reader: 'flag', terms: ['bmi'] } : GOOD[name]));
    await expect(composeExtractor(client, SLEEP, { attempt: 1 })).rejects.toThrow(ModelOutputError);
    expect(client.asked.filter((a) => a === 'bmi')).toHaveLength(2);
  });
});

describe('generateCandidate (shared by the in-process loop and the compile workflow activity)', () => {
  it('composes the extractor in readers form when the generator can, and never assembles the whole-slot prompt for it', async () => {
    const calls: string[] = [];
    const gen: Generator = {
      kind: 'openai-compatible',
      canRegenerate: true,
      async generate(slot, prompt) {
        calls.push(`generate:${slot}`);
        return { code: `// ${slot}`, rationale: prompt.promptHash };
      },
      async composeExtractor(_loaded, request) {
        calls.push(`compose:${request.attempt}`);
        return { code: '// composed', rationale: '', usage: { prompt: 1, completion: 1, total: 2 }, model: 'm', promptHash: 'per-fact' };
      },
      provenance: () => ({ generator: 'openai-compatible' }),
    };
    let assembled = 0;
    const prompt = () => {
      assembled++;
      return { system: 's', user: 'u', promptHash: 'whole' };
    };
    expect((await generateCandidate(gen, SLEEP, { slot: 'extractor', attempt: 2 }, prompt)).promptHash).toBe('per-fact');
    expect(assembled).toBe(0);
    expect((await generateCandidate(gen, SLEEP, { slot: 'decision', attempt: 1 }, prompt)).promptHash).toBe('whole');
    expect(calls).toEqual(['compose:2', 'generate:decision']);
    const { composeExtractor: _drop, ...wholeFile } = gen;
    expect((await generateCandidate(wholeFile, SLEEP, { slot: 'extractor', attempt: 1 }, prompt)).code).toBe('// extractor');
  });
});

describe("the description's own names and examples", () => {
  const step: FactSpec = {
    name: 'has_step_therapy_failure',
    type: 'boolean',
    description:
      'A prior weight-management therapy was tried and did not work (failed, no weight loss), or was stopped because it was not tolerated (side effects). Such therapies are drugs (e.g. metformin, Qsymia) and programs (e.g. Weight Watchers, WW, a supervised program). False when it was declined, only planned, just started, or never tried.',
  } as FactSpec;
  const t2d: FactSpec = { name: 'has_t2d', type: 'boolean', description: 'The patient has a current diagnosis of type 2 diabetes mellitus (T2DM, DM type II, ICD-10 E11.x). False for type 1.' } as FactSpec;

  test('capitalized names, every item of an e.g. list, a code stem, and the phrase the synonyms follow', () => {
    expect(declaredNames(step)).toEqual(['metformin', 'qsymia', 'weight watchers', 'ww', 'supervised program']);
    expect(declaredNames(t2d)).toEqual(['t2dm', 'dm type ii', 'e11']);
    expect(declaredLead(t2d)).toEqual(['type 2 diabetes mellitus', 'type 2 diabetes']);
  });

  test('an outcome the description says does not count, or one saying the therapy worked, is dropped; so is an outcome among the subjects', () => {
    const o = parseReaderOptions(step, { reader: 'event', terms: ['metformin', 'not tolerated'], outcomes: ['failed', 'declined', 'just started', 'improved', 'stopped'], exclude: ['no weight loss', 'declined'] });
    expect(o.outcomes).toEqual(['failed', 'stopped']);
    expect(o.terms).toEqual(['metformin']);
    expect(o.exclude).toEqual(['declined']);
  });

  test('names the model left out are added unless one misreads a golden note', () => {
    const goldens = [
      { id: 'g1', text: 'Failed Weight Watchers. BMI 33.', facts: { has_step_therapy_failure: true } },
      { id: 'g2', text: 'Qsymia was declined. BMI 33.', facts: { has_step_therapy_failure: false } },
    ];
    const r = withDeclaredNames(goldens as never, step, { reader: 'event', terms: ['metformin'], exclude: ['declined'], outcomes: ['failed'], withinMonths: 0, failures: true });
    expect(r.added).toEqual(['qsymia', 'weight watchers', 'ww', 'supervised program']);
    expect(r.options.terms).toEqual(['metformin', 'qsymia', 'weight watchers', 'ww', 'supervised program']);
  });
});
