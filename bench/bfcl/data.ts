// BFCL v4 simple_python: load the vendored questions and possible answers (bench/data/bfcl, see PROVENANCE.md;
// CAI_BFCL_DIR overrides the folder) into typed items, and draw a fixed, seeded, stratified sample of them.
//
// Stratum ("parameter-type class") of an item: the first of these its function's top-level parameter types
// contain: structured (array, tuple or dict) > float > boolean > integer > string-only (string, any). It is a
// stable property of the function doc alone, and it follows what the AST checker treats differently (nested
// and ordered comparisons, int-for-float, bool-is-not-int, standardized strings). In the vendored 400 items the
// classes hold 71 / 50 / 41 / 145 / 93 items.
//
// Sampling: allocation proportional to class size by largest remainder (ties go to the earlier class in the
// order above); within a class, items sorted by id and shuffled by Fisher-Yates with mulberry32 seeded from
// FNV-1a("<seed>:<class>"), the first k kept. The result is in id order and depends only on the set of items,
// n and seed (not on the input order).
import fs from 'node:fs';
import path from 'node:path';
import { PYTHON_TYPE_MAPPING, type BfclFunctionDoc, type PossibleAnswer } from '../../compiler/stages/ast-checker';

export interface BfclItem {
  id: string;
  /** The user turn's text. */
  question: string;
  function: BfclFunctionDoc;
  possible: PossibleAnswer;
}

export const QUESTIONS_FILE = 'BFCL_v4_simple_python.json';
export const ANSWERS_FILE = path.join('possible_answer', 'BFCL_v4_simple_python.json');

export class BfclDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'BfclDataError';
  }
}

export function bfclDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CAI_BFCL_DIR ?? path.join(__dirname, '..', 'data', 'bfcl'));
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const NESTED = ['array', 'tuple'];

/** Non-blank lines of a JSON-lines text, each parsed, with its 1-based line number. */
function jsonLines(text: string, file: string): { line: number; value: unknown }[] {
  const out: { line: number; value: unknown }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch (e) {
      throw new BfclDataError(file, i + 1, `not valid JSON (${(e as Error).message})`);
    }
  });
  return out;
}

function checkFunctionDoc(f: unknown, err: (problem: string) => BfclDataError): BfclFunctionDoc {
  if (!isObject(f)) throw err('"function[0]" is not an object');
  if (typeof f.name !== 'string' || f.name === '') throw err('"function[0].name" is not a non-empty string');
  if (typeof f.description !== 'string') throw err(`function ${f.name}: "description" is not a string`);
  const p = f.parameters;
  if (!isObject(p)) throw err(`function ${f.name}: "parameters" is not an object`);
  if (typeof p.type !== 'string') throw err(`function ${f.name}: "parameters.type" is not a string`);
  if (!isObject(p.properties)) throw err(`function ${f.name}: "parameters.properties" is not an object`);
  for (const [name, schema] of Object.entries(p.properties)) {
    if (!isObject(schema) || typeof schema.type !== 'string') throw err(`function ${f.name}: parameter "${name}" has no string "type"`);
    if (!Object.prototype.hasOwnProperty.call(PYTHON_TYPE_MAPPING, schema.type)) {
      throw err(`function ${f.name}: parameter "${name}" has type "${schema.type}", not one of ${Object.keys(PYTHON_TYPE_MAPPING).join(', ')}`);
    }
    if (NESTED.includes(schema.type)) {
      const items = schema.items;
      if (!isObject(items) || typeof items.type !== 'string' || !Object.prototype.hasOwnProperty.call(PYTHON_TYPE_MAPPING, items.type)) {
        throw err(`function ${f.name}: parameter "${name}" (${schema.type}) has no "items.type" among ${Object.keys(PYTHON_TYPE_MAPPING).join(', ')}`);
      }
    }
  }
  if (!Array.isArray(p.required) || !p.required.every((r) => typeof r === 'string')) {
    throw err(`function ${f.name}: "parameters.required" is not a list of strings`);
  }
  return f as unknown as BfclFunctionDoc;
}

export interface BfclQuestion {
  id: string;
  question: string;
  function: BfclFunctionDoc;
}

/** The lines of a JSON-lines file as objects with a unique non-empty string `id`; `at` words an error for that line. */
export function identifiedLines(text: string, file: string): { id: string; value: Record<string, unknown>; at: (problem: string) => BfclDataError }[] {
  const seen = new Set<string>();
  return jsonLines(text, file).map(({ line, value }) => {
    const err = (problem: string) => new BfclDataError(file, line, problem);
    if (!isObject(value)) throw err('a line is not a JSON object');
    const id = value.id;
    if (typeof id !== 'string' || id === '') throw err('"id" is not a non-empty string');
    const at = (problem: string) => err(`${id}: ${problem}`);
    if (seen.has(id)) throw at('duplicate id');
    seen.add(id);
    return { id, value, at };
  });
}

/** Parse the question file: each line `{id, question: [[{role: "user", content}]], function: [doc]}`. */
export function parseBfclQuestions(text: string, file: string): BfclQuestion[] {
  return identifiedLines(text, file).map(({ id, value, at }) => {
    const q = value.question;
    if (!Array.isArray(q) || q.length !== 1 || !Array.isArray(q[0])) throw at('"question" is not a list holding exactly one turn (a list of messages)');
    const users = (q[0] as unknown[]).filter((m) => isObject(m) && m.role === 'user');
    if (users.length !== 1) throw at(`the turn has ${users.length} user messages, expected 1`);
    const content = (users[0] as Record<string, unknown>).content;
    if (typeof content !== 'string' || content.trim() === '') throw at('the user message has no non-empty string "content"');
    const fns = value.function;
    if (!Array.isArray(fns) || fns.length !== 1) throw at('"function" is not a list of exactly one function doc (simple category)');
    return { id, question: content, function: checkFunctionDoc(fns[0], at) };
  });
}

export interface BfclAnswer {
  id: string;
  possible: PossibleAnswer;
}

/** Parse the possible-answer file: each line `{id, ground_truth: [{<function>: {<param>: [acceptable…]}}]}`. */
export function parseBfclAnswers(text: string, file: string): BfclAnswer[] {
  return identifiedLines(text, file).map(({ id, value, at }) => ({ id, possible: groundTruth(value, at) }));
}

/** `ground_truth` of an answer line (simple category): one function, each parameter a non-empty list of acceptable values. */
export function groundTruth(value: Record<string, unknown>, at: (problem: string) => BfclDataError): PossibleAnswer {
  const gt = value.ground_truth;
  if (!Array.isArray(gt) || gt.length !== 1 || !isObject(gt[0])) throw at('"ground_truth" is not a list of exactly one object (simple category)');
  const names = Object.keys(gt[0]);
  if (names.length !== 1) throw at(`"ground_truth[0]" names ${names.length} functions, expected 1`);
  const params = gt[0][names[0]];
  if (!isObject(params)) throw at(`"ground_truth[0].${names[0]}" is not an object of parameters`);
  for (const [param, acceptable] of Object.entries(params)) {
    if (!Array.isArray(acceptable) || acceptable.length === 0) throw at(`parameter "${param}" of ${names[0]}: acceptable values are not a non-empty list`);
  }
  return gt[0] as PossibleAnswer;
}

/** Pair questions with answers by id (every question needs exactly one answer and vice versa). */
export function joinBfcl(questions: BfclQuestion[], answers: BfclAnswer[], answersFile = ANSWERS_FILE): BfclItem[] {
  const byId = new Map(answers.map((a) => [a.id, a]));
  const items = questions.map((q) => {
    const a = byId.get(q.id);
    if (a === undefined) throw new BfclDataError(answersFile, null, `no possible answer for ${q.id}`);
    byId.delete(q.id);
    const name = Object.keys(a.possible)[0];
    if (name !== q.function.name) throw new BfclDataError(answersFile, null, `${q.id}: answer names function "${name}", the question's doc is "${q.function.name}"`);
    return { id: q.id, question: q.question, function: q.function, possible: a.possible };
  });
  if (byId.size > 0) throw new BfclDataError(answersFile, null, `answers without a question: ${[...byId.keys()].slice(0, 5).join(', ')}${byId.size > 5 ? ', …' : ''}`);
  return items;
}

/** Load the vendored (or CAI_BFCL_DIR) BFCL v4 simple_python items, in file order. */
export function loadBfclSimplePython(dir: string = bfclDir()): BfclItem[] {
  const read = (rel: string): { file: string; text: string } => {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) throw new BfclDataError(file, null, 'file not found (set CAI_BFCL_DIR to the folder holding the BFCL simple_python files)');
    return { file, text: fs.readFileSync(file, 'utf8') };
  };
  const q = read(QUESTIONS_FILE);
  const a = read(ANSWERS_FILE);
  const items = joinBfcl(parseBfclQuestions(q.text, q.file), parseBfclAnswers(a.text, a.file), a.file);
  if (items.length === 0) throw new BfclDataError(q.file, null, 'no items');
  return items;
}

// ---------------------------------------------------------------- stratified sample

export const STRATA = ['structured', 'float', 'boolean', 'integer', 'string-only'] as const;
export type Stratum = (typeof STRATA)[number];

export function stratumOf(item: Pick<BfclItem, 'function'>): Stratum {
  const types = new Set(Object.values(item.function.parameters.properties).map((p) => p.type));
  if (types.has('array') || types.has('tuple') || types.has('dict')) return 'structured';
  if (types.has('float')) return 'float';
  if (types.has('boolean')) return 'boolean';
  if (types.has('integer')) return 'integer';
  return 'string-only';
}

/** Ids in natural order: same prefix -> by trailing number; otherwise by code units (locale-free). */
export function compareIds(a: string, b: string): number {
  const ma = /^(.*?)(\d+)$/.exec(a);
  const mb = /^(.*?)(\d+)$/.exec(b);
  if (ma && mb && ma[1] === mb[1] && Number(ma[2]) !== Number(mb[2])) return Number(ma[2]) - Number(mb[2]);
  return a < b ? -1 : a > b ? 1 : 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function allocate(sizes: number[], n: number): number[] {
  const total = sizes.reduce((s, x) => s + x, 0);
  const quotas = sizes.map((s) => (total === 0 ? 0 : (n * s) / total));
  const alloc = quotas.map(Math.floor);
  let left = n - alloc.reduce((s, x) => s + x, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((x, y) => y.r - x.r || x.i - y.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (alloc[i] < sizes[i]) {
      alloc[i]++;
      left--;
    }
  }
  return alloc;
}

function groupByStratum(items: readonly BfclItem[]): Map<Stratum, BfclItem[]> {
  const groups = new Map<Stratum, BfclItem[]>(STRATA.map((s) => [s, []]));
  for (const it of items) groups.get(stratumOf(it))!.push(it);
  for (const g of groups.values()) g.sort((x, y) => compareIds(x.id, y.id));
  return groups;
}

/** A fixed, seeded sample of n items, stratified by parameter-type class (see the header). */
export function sampleStratified(items: readonly BfclItem[], n: number, seed: number): BfclItem[] {
  if (!Number.isInteger(n) || n < 0 || n > items.length) throw new RangeError(`sample size ${n} is not an integer in 0..${items.length}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed ${seed} is not an integer`);
  const ids = new Set(items.map((i) => i.id));
  if (ids.size !== items.length) throw new RangeError('items have duplicate ids');
  const groups = groupByStratum(items);
  const alloc = allocate(STRATA.map((s) => groups.get(s)!.length), n);
  const out: BfclItem[] = [];
  STRATA.forEach((s, si) => {
    const pool = [...groups.get(s)!];
    const rand = mulberry32(fnv1a(`${seed}:${s}`));
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    out.push(...pool.slice(0, alloc[si]));
  });
  return out.sort((x, y) => compareIds(x.id, y.id));
}

/** One paragraph for a report: size, seed, method, per-class counts and the ids drawn. */
export function describeSample(sample: readonly BfclItem[], population?: readonly BfclItem[], seed?: number): string {
  const s = groupByStratum(sample);
  const p = population ? groupByStratum(population) : null;
  const counts = STRATA.map((k) => `${k} ${s.get(k)!.length}${p ? `/${p.get(k)!.length}` : ''}`).join(', ');
  const sorted = [...sample].sort((x, y) => compareIds(x.id, y.id)).map((i) => i.id);
  const prefix = 'simple_python_';
  const idList = sorted.every((id) => id.startsWith(prefix)) && sorted.length > 0 ? `${prefix}{${sorted.map((id) => id.slice(prefix.length)).join(',')}}` : sorted.join(', ');
  return (
    `BFCL v4 simple_python: ${sample.length}${population ? ` of ${population.length}` : ''} items` +
    `${seed === undefined ? '' : `, seed ${seed}`}, stratified by parameter-type class ` +
    `(first present of structured [array/tuple/dict] > float > boolean > integer > string-only), ` +
    `allocation proportional by largest remainder, seeded Fisher-Yates within each class. ` +
    `Per class (sampled${p ? '/population' : ''}): ${counts}. Ids: ${idList}.`
  );
}
