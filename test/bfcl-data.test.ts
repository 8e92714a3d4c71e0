// bench/bfcl/data.ts: loading the vendored BFCL v4 simple_python files (errors name the file, line and problem)
// and the seeded stratified sample.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ANSWERS_FILE,
  BfclDataError,
  QUESTIONS_FILE,
  STRATA,
  bfclDir,
  compareIds,
  describeSample,
  loadBfclSimplePython,
  parseBfclAnswers,
  parseBfclQuestions,
  sampleStratified,
  stratumOf,
  type BfclItem,
} from '../bench/bfcl/data';

const items = loadBfclSimplePython();

const q = (id: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    question: [[{ role: 'user', content: `question ${id}` }]],
    function: [{ name: 'f.g', description: 'd', parameters: { type: 'dict', properties: { x: { type: 'integer', description: 'x' } }, required: ['x'] } }],
    ...over,
  });
const a = (id: string, over: Record<string, unknown> = {}) => JSON.stringify({ id, ground_truth: [{ 'f.g': { x: [1] } }], ...over });
const fn = (properties: Record<string, unknown>, required: string[] = []) => [{ name: 'f.g', description: 'd', parameters: { type: 'dict', properties, required } }];

function questionError(lines: string[]): BfclDataError {
  try {
    parseBfclQuestions(lines.join('\n'), 'q.jsonl');
  } catch (e) {
    expect(e).toBeInstanceOf(BfclDataError);
    return e as BfclDataError;
  }
  throw new Error('expected a BfclDataError');
}
function answerError(lines: string[]): BfclDataError {
  try {
    parseBfclAnswers(lines.join('\n'), 'a.jsonl');
  } catch (e) {
    expect(e).toBeInstanceOf(BfclDataError);
    return e as BfclDataError;
  }
  throw new Error('expected a BfclDataError');
}

describe('loading the vendored files', () => {
  it('gives 400 items with the user text, one function doc and its possible answer', () => {
    expect(items).toHaveLength(400);
    expect(new Set(items.map((i) => i.id)).size).toBe(400);
    for (const it of items) {
      expect(it.question.trim().length).toBeGreaterThan(0);
      expect(Object.keys(it.possible)).toEqual([it.function.name]);
      expect(Array.isArray(it.function.parameters.required)).toBe(true);
    }
    const first = items[0];
    expect(first.id).toBe('simple_python_0');
    expect(first.question).toBe('Find the area of a triangle with a base of 10 units and height of 5 units.');
    expect(first.function.name).toBe('calculate_triangle_area');
    expect(first.possible).toEqual({ calculate_triangle_area: { base: [10], height: [5], unit: ['units', ''] } });
  });

  it('reads the folder named by CAI_BFCL_DIR', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bfcl-'));
    try {
      fs.mkdirSync(path.join(dir, 'possible_answer'));
      fs.writeFileSync(path.join(dir, QUESTIONS_FILE), [q('t_1'), '', q('t_2')].join('\n'));
      fs.writeFileSync(path.join(dir, ANSWERS_FILE), [a('t_2'), a('t_1')].join('\n') + '\n');
      expect(bfclDir({ CAI_BFCL_DIR: dir })).toBe(path.resolve(dir));
      expect(bfclDir({})).toBe(path.resolve(__dirname, '..', 'bench', 'data', 'bfcl'));
      const loaded = loadBfclSimplePython(bfclDir({ CAI_BFCL_DIR: dir }));
      expect(loaded.map((i) => i.id)).toEqual(['t_1', 't_2']); // question-file order, answers joined by id
      expect(loaded[1].question).toBe('question t_2');

      fs.writeFileSync(path.join(dir, ANSWERS_FILE), [a('t_1'), a('t_3')].join('\n'));
      expect(() => loadBfclSimplePython(dir)).toThrow(/no possible answer for t_2/);
      fs.writeFileSync(path.join(dir, ANSWERS_FILE), [a('t_1'), a('t_2'), a('t_3')].join('\n'));
      expect(() => loadBfclSimplePython(dir)).toThrow(/answers without a question: t_3/);
      fs.writeFileSync(path.join(dir, ANSWERS_FILE), [a('t_1'), a('t_2', { ground_truth: [{ other: { x: [1] } }] })].join('\n'));
      expect(() => loadBfclSimplePython(dir)).toThrow(/t_2: answer names function "other", the question's doc is "f.g"/);
      fs.rmSync(path.join(dir, ANSWERS_FILE));
      expect(() => loadBfclSimplePython(dir)).toThrow(/possible_answer.*file not found.*CAI_BFCL_DIR/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('malformed lines: file, line number and what is wrong', () => {
  it('bad JSON', () => {
    const e = questionError([q('t_1'), '{"id": "t_2", ']);
    expect(e.file).toBe('q.jsonl');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^q\.jsonl:2: not valid JSON/);
  });
  it('blank lines are skipped but still counted', () => {
    expect(parseBfclQuestions(['', q('t_1'), '   ', q('t_2'), ''].join('\n'), 'q.jsonl').map((x) => x.id)).toEqual(['t_1', 't_2']);
    expect(questionError(['', q('t_1'), '', '[1]']).line).toBe(4);
  });
  it.each([
    ['a line that is not an object', '[1]', /a line is not a JSON object/],
    ['no id', JSON.stringify({ question: [] }), /"id" is not a non-empty string/],
    ['two turns', q('t_9', { question: [[{ role: 'user', content: 'a' }], [{ role: 'user', content: 'b' }]] }), /t_9: "question" is not a list holding exactly one turn/],
    ['no user message', q('t_9', { question: [[{ role: 'system', content: 'a' }]] }), /t_9: the turn has 0 user messages, expected 1/],
    ['empty content', q('t_9', { question: [[{ role: 'user', content: '  ' }]] }), /t_9: the user message has no non-empty string "content"/],
    ['two functions', q('t_9', { function: [...fn({}), ...fn({})] }), /t_9: "function" is not a list of exactly one function doc/],
    ['unknown param type', q('t_9', { function: fn({ x: { type: 'object' } }) }), /t_9: function f\.g: parameter "x" has type "object", not one of string, integer/],
    ['array without items', q('t_9', { function: fn({ x: { type: 'array' } }) }), /t_9: function f\.g: parameter "x" \(array\) has no "items\.type"/],
    ['required not a list', q('t_9', { function: [{ name: 'f.g', description: 'd', parameters: { type: 'dict', properties: {} } }] }), /t_9: function f\.g: "parameters\.required" is not a list of strings/],
    ['no name', q('t_9', { function: [{ description: 'd', parameters: {} }] }), /t_9: "function\[0\]\.name" is not a non-empty string/],
  ])('question file: %s', (_what, line, pattern) => {
    const e = questionError([q('t_1'), line]);
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^q\.jsonl:2: /);
    expect(e.message).toMatch(pattern);
  });
  it('question file: a duplicate id', () => {
    expect(questionError([q('t_1'), q('t_1')]).message).toBe('q.jsonl:2: t_1: duplicate id');
  });
  it.each([
    ['ground_truth with two calls', a('t_9', { ground_truth: [{ 'f.g': { x: [1] } }, { 'f.g': { x: [1] } }] }), /t_9: "ground_truth" is not a list of exactly one object/],
    ['two functions in one answer', a('t_9', { ground_truth: [{ 'f.g': { x: [1] }, h: {} }] }), /t_9: "ground_truth\[0\]" names 2 functions, expected 1/],
    ['parameters not an object', a('t_9', { ground_truth: [{ 'f.g': [1] }] }), /t_9: "ground_truth\[0\]\.f\.g" is not an object of parameters/],
    ['acceptable values not a list', a('t_9', { ground_truth: [{ 'f.g': { x: 1 } }] }), /t_9: parameter "x" of f\.g: acceptable values are not a non-empty list/],
    ['no acceptable values', a('t_9', { ground_truth: [{ 'f.g': { x: [] } }] }), /t_9: parameter "x" of f\.g: acceptable values are not a non-empty list/],
  ])('answer file: %s', (_what, line, pattern) => {
    const e = answerError([a('t_1'), line]);
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^a\.jsonl:2: /);
    expect(e.message).toMatch(pattern);
  });
});

describe('stratified sample', () => {
  const ids = (xs: readonly BfclItem[]) => xs.map((x) => x.id);
  const perStratum = (xs: readonly BfclItem[]) => Object.fromEntries(STRATA.map((s) => [s, xs.filter((x) => stratumOf(x) === s).length]));

  it('puts every item in one of the five parameter-type classes by the documented priority', () => {
    const withTypes = (...types: string[]) => ({ function: { name: 'f', description: '', parameters: { type: 'dict', properties: Object.fromEntries(types.map((t, i) => [`p${i}`, { type: t }])), required: [] } } });
    expect(stratumOf(withTypes('string', 'integer', 'float', 'boolean', 'tuple'))).toBe('structured');
    expect(stratumOf(withTypes('dict'))).toBe('structured');
    expect(stratumOf(withTypes('integer', 'float', 'boolean'))).toBe('float');
    expect(stratumOf(withTypes('integer', 'boolean'))).toBe('boolean');
    expect(stratumOf(withTypes('string', 'integer'))).toBe('integer');
    expect(stratumOf(withTypes('string', 'any'))).toBe('string-only');
    expect(stratumOf(withTypes())).toBe('string-only');
    const pop = perStratum(items);
    expect(Object.values(pop).reduce((s, x) => s + x, 0)).toBe(400);
    for (const s of STRATA) expect(pop[s]).toBeGreaterThan(20);
  });

  it('is deterministic: same seed, same ids, whatever the input order', () => {
    const s1 = sampleStratified(items, 60, 42);
    const reversed = [...items].reverse();
    const shuffled = [...items].sort((x, y) => (x.question < y.question ? -1 : 1));
    expect(ids(sampleStratified(reversed, 60, 42))).toEqual(ids(s1));
    expect(ids(sampleStratified(shuffled, 60, 42))).toEqual(ids(s1));
    expect(ids(sampleStratified(items, 60, 42))).toEqual(ids(s1));
    expect(ids(sampleStratified(items, 60, 43))).not.toEqual(ids(s1));
  });

  it('draws n distinct items, in id order, allocated to classes in proportion (largest remainder)', () => {
    const pop = perStratum(items);
    for (const [n, seed] of [[1, 1], [7, 2], [50, 3], [99, 4], [399, 5]]) {
      const s = sampleStratified(items, n, seed);
      expect(s).toHaveLength(n);
      expect(new Set(ids(s)).size).toBe(n);
      expect(ids(s)).toEqual([...ids(s)].sort(compareIds));
      const got = perStratum(s);
      for (const k of STRATA) {
        const quota = (n * pop[k]) / items.length;
        expect(got[k]).toBeGreaterThanOrEqual(Math.floor(quota));
        expect(got[k]).toBeLessThanOrEqual(Math.ceil(quota));
      }
    }
    expect(sampleStratified(items, 0, 1)).toEqual([]);
    expect(ids(sampleStratified(items, 400, 1))).toEqual([...ids(items)].sort(compareIds));
  });

  it('rejects a size outside 0..N, a non-integer seed and duplicate ids', () => {
    expect(() => sampleStratified(items, 401, 1)).toThrow(RangeError);
    expect(() => sampleStratified(items, -1, 1)).toThrow(RangeError);
    expect(() => sampleStratified(items, 2.5, 1)).toThrow(RangeError);
    expect(() => sampleStratified(items, 5, 0.5)).toThrow(RangeError);
    expect(() => sampleStratified([items[0], items[0]], 1, 1)).toThrow(/duplicate ids/);
  });

  it('orders ids naturally', () => {
    expect(['simple_python_10', 'simple_python_9', 'simple_python_100', 'a'].sort(compareIds)).toEqual(['a', 'simple_python_9', 'simple_python_10', 'simple_python_100']);
  });

  it('describes itself: size, seed, method, per-class counts and the ids', () => {
    const s = sampleStratified(items, 20, 9);
    const text = describeSample(s, items, 9);
    expect(text).toContain('20 of 400 items, seed 9');
    expect(text).toContain('stratified by parameter-type class');
    const pop = perStratum(items);
    const got = perStratum(s);
    for (const k of STRATA) expect(text).toContain(`${k} ${got[k]}/${pop[k]}`);
    for (const id of ids(s)) expect(text).toMatch(new RegExp(`[{,]${id.replace('simple_python_', '')}[,}]`));
    expect(describeSample(s)).toContain('20 items,');
  });
});
