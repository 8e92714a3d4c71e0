// The BFCL simple-category AST checker port (compiler/stages/ast-checker.ts): each rule of upstream
// simple_function_checker with a passing and a failing call, then every vendored BFCL v4 simple_python item.
import {
  BfclCheckerError,
  checkSimpleCall,
  checkSimpleOutput,
  standardizeString,
  type BfclCall,
  type BfclFunctionDoc,
  type BfclParamSchema,
  type CheckResult,
  type PossibleAnswer,
} from '../compiler/stages/ast-checker';
import { loadBfclSimplePython, type BfclItem } from '../bench/bfcl/data';

function doc(properties: Record<string, BfclParamSchema>, required: string[], name = 'geo.distance'): BfclFunctionDoc {
  return { name, description: 'test function', parameters: { type: 'dict', properties, required } };
}
const call = (args: Record<string, unknown>, name = 'geo.distance'): BfclCall => ({ name, arguments: args });
const answer = (params: Record<string, unknown[]>, name = 'geo.distance'): PossibleAnswer => ({ [name]: params });

function expectValid(r: CheckResult): void {
  expect(r).toEqual({ valid: true });
}
function expectError(r: CheckResult, errorType: string): void {
  expect(r.valid).toBe(false);
  if (!r.valid) {
    expect(r.errorType).toBe(errorType);
    expect(r.errors.length).toBeGreaterThan(0);
  }
}

describe('standardize_string', () => {
  it('drops space , . / - _ * ^, lowercases, then turns single quotes into double quotes', () => {
    expect(standardizeString("A b,c./-_*^'X'")).toBe('abc"x"');
    expect(standardizeString('April 1, 2024')).toBe(standardizeString('april 1,2024'));
    // only those characters: tabs, colons and parentheses stay
    expect(standardizeString('a\tb:(c)')).toBe('a\tb:(c)');
  });
});

describe('outer layer (ast_checker simple branch and the output-format gate)', () => {
  const d = doc({ x: { type: 'integer' } }, ['x']);
  const p = answer({ x: [1] });
  it('exactly one call passes; zero or two are simple_function_checker:wrong_count', () => {
    expectValid(checkSimpleOutput(d, [call({ x: 1 })], p));
    expectError(checkSimpleOutput(d, [], p), 'simple_function_checker:wrong_count');
    expectError(checkSimpleOutput(d, [call({ x: 1 }), call({ x: 1 })], p), 'simple_function_checker:wrong_count');
  });
  it('accepts the BFCL shape {name: {params}} as well as {name, arguments}', () => {
    expectValid(checkSimpleOutput(d, [{ 'geo.distance': { x: 1 } }], p));
    expectError(checkSimpleOutput(d, [{ 'geo.distance': { x: 2 } }], p), 'value_error:others');
  });
  it('anything that is not a list of calls is ast_decoder:decoder_wrong_output_format', () => {
    for (const bad of ['geo.distance(x=1)', call({ x: 1 }), [{ a: {}, b: {} }], [{ 'geo.distance': 'x=1' }], [{ name: 'geo.distance', arguments: '{}' }], [null]]) {
      expectError(checkSimpleOutput(d, bad, p), 'ast_decoder:decoder_wrong_output_format');
    }
  });
});

describe('function name', () => {
  const d = doc({ x: { type: 'integer' } }, ['x'], 'math.factorial');
  const p = answer({ x: [5] }, 'math.factorial');
  it('must equal the doc name, dots included, by default', () => {
    expectValid(checkSimpleCall(d, call({ x: 5 }, 'math.factorial'), p));
    expectError(checkSimpleCall(d, call({ x: 5 }, 'math_factorial'), p), 'simple_function_checker:wrong_func_name');
    expectError(checkSimpleCall(d, call({ x: 5 }, 'Math.factorial'), p), 'simple_function_checker:wrong_func_name');
  });
  it('with underscoreToDot the expected name has "." replaced by "_" (and the dotted name then fails)', () => {
    expectValid(checkSimpleCall(d, call({ x: 5 }, 'math_factorial'), p, { underscoreToDot: true }));
    expectError(checkSimpleCall(d, call({ x: 5 }, 'math.factorial'), p, { underscoreToDot: true }), 'simple_function_checker:wrong_func_name');
  });
  it("uses the doc's name, not the possible answer's key, and the answer's first function", () => {
    expectValid(checkSimpleCall(d, call({ x: 5 }, 'math.factorial'), { somethingElse: { x: [5] } }));
    expectError(checkSimpleCall(d, call({ x: 5 }, 'somethingElse'), { somethingElse: { x: [5] } }), 'simple_function_checker:wrong_func_name');
  });
});

describe('required, unexpected and optional parameters', () => {
  const d = doc({ a: { type: 'integer' }, b: { type: 'string' }, c: { type: 'string' }, undocumented_in_answer: { type: 'string' } }, ['a']);
  const p = answer({ a: [1], b: ['x', ''], c: ['y'] });
  it('a missing required parameter is simple_function_checker:missing_required', () => {
    expectValid(checkSimpleCall(d, call({ a: 1, c: 'y' }), p));
    expectError(checkSimpleCall(d, call({ b: 'x', c: 'y' }), p), 'simple_function_checker:missing_required');
  });
  it('a parameter absent from the doc, or from the possible answer, is simple_function_checker:unexpected_param', () => {
    expectError(checkSimpleCall(d, call({ a: 1, c: 'y', zz: 1 }), p), 'simple_function_checker:unexpected_param');
    expectError(checkSimpleCall(d, call({ a: 1, c: 'y', undocumented_in_answer: 'q' }), p), 'simple_function_checker:unexpected_param');
  });
  it('an optional parameter may be omitted only when "" is among its acceptable values', () => {
    expectValid(checkSimpleCall(d, call({ a: 1, c: 'y' }), p)); // b omitted, "" allowed
    expectValid(checkSimpleCall(d, call({ a: 1, b: 'x', c: 'y' }), p));
    expectError(checkSimpleCall(d, call({ a: 1 }), p), 'simple_function_checker:missing_optional'); // c has no ""
  });
  it('checks run in upstream order: required before unexpected before values', () => {
    expectError(checkSimpleCall(d, call({ zz: 1 }), p), 'simple_function_checker:missing_required');
    expectError(checkSimpleCall(d, call({ a: 2, zz: 1, c: 'y' }), p), 'value_error:others'); // a comes first
    expectError(checkSimpleCall(d, call({ zz: 1, a: 2, c: 'y' }), p), 'simple_function_checker:unexpected_param');
  });
});

describe('type checking (type_checker)', () => {
  const d = doc({ n: { type: 'integer' }, f: { type: 'float' }, b: { type: 'boolean' }, s: { type: 'string' }, any: { type: 'any' } }, []);
  const p = answer({ n: [3, ''], f: [2.5, 2.0, ''], b: [true, ''], s: ['abc', ''], any: ['anything', ''] });
  it('integer: an int passes; a string, a bool or a non-integer number is type_error:simple', () => {
    expectValid(checkSimpleCall(d, call({ n: 3 }), p));
    for (const v of ['3', true, 3.5, null, [3]]) expectError(checkSimpleCall(d, call({ n: v }), p), 'type_error:simple');
  });
  it('float: an int is accepted (int -> float), a string is not', () => {
    expectValid(checkSimpleCall(d, call({ f: 2 }), p));
    expectValid(checkSimpleCall(d, call({ f: 2.5 }), p));
    expectError(checkSimpleCall(d, call({ f: '2.5' }), p), 'type_error:simple');
    expectError(checkSimpleCall(d, call({ f: 3 }), p), 'value_error:others');
  });
  it('boolean: bool is not int, in either direction', () => {
    expectValid(checkSimpleCall(d, call({ b: true }), p));
    expectError(checkSimpleCall(d, call({ b: 1 }), p), 'type_error:simple');
    expectError(checkSimpleCall(d, call({ b: 'true' }), p), 'type_error:simple');
    expectError(checkSimpleCall(d, call({ b: false }), p), 'value_error:others');
  });
  it('any is checked as a string', () => {
    expectValid(checkSimpleCall(d, call({ any: 'Anything' }), p));
    expectError(checkSimpleCall(d, call({ any: 1 }), p), 'type_error:simple');
  });
  it('a "variable" answer (acceptable values of another type than declared) accepts that type, compared exactly', () => {
    const dv = doc({ n: { type: 'integer' } }, ['n']);
    const pv = answer({ n: ['count'] });
    expectValid(checkSimpleCall(dv, call({ n: 'count' }), pv));
    expectError(checkSimpleCall(dv, call({ n: 'Count' }), pv), 'value_error:others'); // no standardization for variables
    expectError(checkSimpleCall(dv, call({ n: 3 }), pv), 'value_error:others');
    expectError(checkSimpleCall(dv, call({ n: true }), pv), 'type_error:simple');
  });
  it('malformed docs throw BfclCheckerError rather than giving a verdict', () => {
    expect(() => checkSimpleCall(doc({ o: { type: 'object' } }, []), call({ o: {} }), answer({ o: [{}] }))).toThrow(BfclCheckerError);
    expect(() => checkSimpleCall(doc({ l: { type: 'array' } }, []), call({ l: [] }), answer({ l: [[]] }))).toThrow(BfclCheckerError);
    expect(() => checkSimpleCall(doc({ x: { type: 'integer' } }, []), call({ x: 1 }), {})).toThrow(BfclCheckerError);
    expect(() => checkSimpleCall(doc({ x: { type: 'integer' } }, []), call({ x: 1 }), answer({ x: 1 as unknown as unknown[] }))).toThrow(BfclCheckerError);
  });
});

describe('strings (string_checker)', () => {
  const d = doc({ city: { type: 'string' } }, ['city']);
  const p = answer({ city: ['New York, NY', 'NYC'] });
  it('compares after standardization: case, spaces and ,./-_*^ do not matter', () => {
    for (const v of ['new york ny', 'NEW-YORK_NY.', 'New York,NY', 'nyc', 'N*Y^C']) expectValid(checkSimpleCall(d, call({ city: v }), p));
  });
  it('anything else is value_error:string', () => {
    for (const v of ['New York', 'New York, NY!', 'New\tYork, NY', 'NY C x']) expectError(checkSimpleCall(d, call({ city: v }), p), 'value_error:string');
  });
  it("single quotes match double quotes", () => {
    const pq = answer({ city: ['say "hi"'] });
    expectValid(checkSimpleCall(d, call({ city: "say 'hi'" }), pq));
    expectError(checkSimpleCall(d, call({ city: 'say hi' }), pq), 'value_error:string');
  });
});

describe('lists (list_checker) and nested types', () => {
  const d = doc({ stops: { type: 'array', items: { type: 'string' } }, xs: { type: 'array', items: { type: 'float' } }, pair: { type: 'tuple', items: { type: 'integer' } } }, []);
  const p = answer({ stops: [['Santa Barbara', 'Monterey'], ''], xs: [[1.5, 2.5], ''], pair: [[1, 2], ''] });
  it('order matters; string elements are standardized', () => {
    expectValid(checkSimpleCall(d, call({ stops: ['santa-barbara', 'MONTEREY'] }), p));
    expectError(checkSimpleCall(d, call({ stops: ['Monterey', 'Santa Barbara'] }), p), 'value_error:list/tuple');
    expectError(checkSimpleCall(d, call({ stops: ['Santa Barbara'] }), p), 'value_error:list/tuple');
  });
  it('elements of the wrong type are type_error:nested', () => {
    const req = answer({ stops: [['a', 'b']], xs: [[1.5]], pair: [[1, 2]] });
    expectError(checkSimpleCall(d, call({ stops: [1, 2] }), req), 'type_error:nested');
    expectError(checkSimpleCall(d, call({ pair: [1, 'b'] }), req), 'type_error:nested');
    expectError(checkSimpleCall(d, call({ xs: ['1.5'] }), req), 'type_error:nested');
    expectValid(checkSimpleCall(d, call({ stops: ['A', 'b'], xs: [1.5], pair: [1, 2] }), req));
  });
  it('a non-list value for an array is type_error:simple', () => {
    expectError(checkSimpleCall(d, call({ stops: 'Santa Barbara, Monterey' }), p), 'type_error:simple');
  });
  it('quirk kept: "" among the answers lets the nested type check pass, and matches an empty list', () => {
    expectError(checkSimpleCall(d, call({ stops: [1, 2] }), p), 'value_error:list/tuple'); // not type_error:nested
    expectValid(checkSimpleCall(d, call({ stops: [] }), p));
    expectError(checkSimpleCall(d, call({ stops: [] }), answer({ stops: [['a']], xs: [''], pair: [''] })), 'value_error:list/tuple');
  });
});

describe('dicts (dict_checker) and lists of dicts (list_dict_checker)', () => {
  const d = doc({ where: { type: 'dict' }, legs: { type: 'array', items: { type: 'dict' } } }, []);
  const p = answer({
    where: [{ department: ['Science'], school: ['Bluebird High School', 'Bluebird HS'], grade: [9, ''] }, ''],
    legs: [[{ from: ['A'], to: ['B'] }, { from: ['B'], to: ['C'] }], ''],
  });
  it('each key of the value must be an acceptable key with an acceptable (standardized) value', () => {
    expectValid(checkSimpleCall(d, call({ where: { department: 'science', school: 'bluebird hs' } }), p));
    expectValid(checkSimpleCall(d, call({ where: { department: 'Science', school: 'Bluebird HS', grade: 9 } }), p));
    expectError(checkSimpleCall(d, call({ where: { department: 'Art', school: 'Bluebird HS' } }), p), 'value_error:dict_value');
    expectError(checkSimpleCall(d, call({ where: { department: 'Science', school: 'Bluebird HS', city: 'x' } }), p), 'value_error:dict_key');
  });
  it('a key without "" among its values may not be left out', () => {
    expectError(checkSimpleCall(d, call({ where: { department: 'Science' } }), p), 'value_error:dict_key');
  });
  it('a non-dict for a dict param is type_error:simple', () => {
    expectError(checkSimpleCall(d, call({ where: 'Science' }), p), 'type_error:simple');
  });
  it('a list of dicts must match the answer in length and element by element', () => {
    expectValid(checkSimpleCall(d, call({ legs: [{ from: 'a', to: 'b' }, { from: 'B', to: 'C' }] }), p));
    expectError(checkSimpleCall(d, call({ legs: [{ from: 'A', to: 'B' }] }), p), 'value_error:list_dict_count');
    const required = answer({ where: [''], legs: [[{ from: ['A'], to: ['B'] }, { from: ['B'], to: ['C'] }]] });
    expectError(checkSimpleCall(d, call({ legs: [{ from: 'B', to: 'C' }, { from: 'A', to: 'B' }] }), required), 'value_error:dict_value');
    expectError(checkSimpleCall(d, call({ legs: [{ from: 'A' }, { from: 'B', to: 'C' }] }), required), 'value_error:dict_key');
  });
  it('quirk kept: the last acceptable candidate reports, so with "" after the list a wrong element reads as a count error', () => {
    expectError(checkSimpleCall(d, call({ legs: [{ from: 'B', to: 'C' }, { from: 'A', to: 'B' }] }), p), 'value_error:list_dict_count');
    expectError(checkSimpleCall(d, call({ legs: [{ from: 'A' }, { from: 'B', to: 'C' }] }), p), 'value_error:list_dict_count');
    expectValid(checkSimpleCall(d, call({ legs: [] }), p)); // "" has length 0
  });
  it('deviation 2: a non-dict element that upstream would crash on is type_error:nested', () => {
    expectError(checkSimpleCall(d, call({ legs: [1, 2] }), p), 'type_error:nested');
  });
});

describe('other values (membership, Python ==)', () => {
  const d = doc({ n: { type: 'integer' }, f: { type: 'float' } }, ['n']);
  const p = answer({ n: [10, 12], f: [2.0, ''] });
  it('the value must be one of the acceptable values', () => {
    expectValid(checkSimpleCall(d, call({ n: 12 }), p));
    expectValid(checkSimpleCall(d, call({ n: 10, f: 2 }), p));
    expectError(checkSimpleCall(d, call({ n: 11 }), p), 'value_error:others');
    expectError(checkSimpleCall(d, call({ n: 10, f: 2.01 }), p), 'value_error:others');
  });
});

// ---------------------------------------------------------------- all 400 vendored items

const items: BfclItem[] = loadBfclSimplePython();

const nonEmpty = (vals: unknown[]): unknown[] => vals.filter((v) => v !== '');
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A dict answer is {key: [acceptable…]}: the call carries each key's first acceptable value. */
function materializeDict(d: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, vals] of Object.entries(d)) {
    const first = nonEmpty(vals as unknown[])[0];
    if (first !== undefined) out[k] = first;
  }
  return out;
}
function materialize(value: unknown, schema: BfclParamSchema | undefined): unknown {
  if (schema?.type === 'dict' && isPlainObject(value)) return materializeDict(value);
  if (schema?.items?.type === 'dict' && Array.isArray(value)) return value.map((x) => (isPlainObject(x) ? materializeDict(x) : x));
  return value;
}
function firstCall(item: BfclItem, omitOptional = false): BfclCall {
  const [name, params] = Object.entries(item.possible)[0];
  const args: Record<string, unknown> = {};
  for (const [param, vals] of Object.entries(params)) {
    if (omitOptional && vals.includes('') && !item.function.parameters.required.includes(param)) continue;
    const first = nonEmpty(vals)[0];
    if (first !== undefined) args[param] = materialize(first, item.function.parameters.properties[param]);
  }
  return { name, arguments: args };
}

describe('vendored BFCL v4 simple_python', () => {
  it('holds 400 items', () => {
    expect(items).toHaveLength(400);
  });

  it.each(items.map((i) => [i.id, i] as const))('%s: the first acceptable values pass, as a call and as BFCL output', (_id, item) => {
    const c = firstCall(item);
    expectValid(checkSimpleCall(item.function, c, item.possible));
    expectValid(checkSimpleOutput(item.function, [{ [c.name]: c.arguments }], item.possible));
    // every param that allows "" omitted (unless the doc requires it: a few items list "" for a required param)
    expectValid(checkSimpleCall(item.function, firstCall(item, true), item.possible));
  });

  it('a wrong function name fails every item; dots become underscores only under underscoreToDot', () => {
    let dotted = 0;
    for (const item of items) {
      const c = firstCall(item);
      expectError(checkSimpleCall(item.function, { ...c, name: `${c.name}_v2` }, item.possible), 'simple_function_checker:wrong_func_name');
      if (c.name.includes('.')) {
        dotted++;
        const underscored = { ...c, name: c.name.replace(/\./g, '_') };
        expectError(checkSimpleCall(item.function, underscored, item.possible), 'simple_function_checker:wrong_func_name');
        expectValid(checkSimpleCall(item.function, underscored, item.possible, { underscoreToDot: true }));
      }
    }
    expect(dotted).toBeGreaterThan(100);
  });

  it('dropping any required parameter fails with missing_required', () => {
    let dropped = 0;
    for (const item of items) {
      const c = firstCall(item);
      for (const req of item.function.parameters.required) {
        const args = { ...c.arguments };
        delete args[req];
        expectError(checkSimpleCall(item.function, { ...c, arguments: args }, item.possible), 'simple_function_checker:missing_required');
        dropped++;
      }
    }
    expect(dropped).toBeGreaterThan(items.length);
  });

  it('a number turned into its string fails with type_error:simple', () => {
    let mutated = 0;
    for (const item of items) {
      const c = firstCall(item);
      for (const [param, value] of Object.entries(c.arguments)) {
        const type = item.function.parameters.properties[param]?.type;
        if ((type !== 'integer' && type !== 'float') || typeof value !== 'number') continue;
        const r = checkSimpleCall(item.function, { ...c, arguments: { ...c.arguments, [param]: String(value) } }, item.possible);
        expectError(r, 'type_error:simple');
        mutated++;
      }
    }
    expect(mutated).toBeGreaterThan(300);
  });

  it('an extra parameter fails with unexpected_param, and a string value changed past standardization fails', () => {
    let strings = 0;
    for (const item of items) {
      const c = firstCall(item);
      expectError(checkSimpleCall(item.function, { ...c, arguments: { ...c.arguments, zz_not_a_param: 1 } }, item.possible), 'simple_function_checker:unexpected_param');
      for (const [param, value] of Object.entries(c.arguments)) {
        if (item.function.parameters.properties[param]?.type !== 'string' || typeof value !== 'string') continue;
        expectError(checkSimpleCall(item.function, { ...c, arguments: { ...c.arguments, [param]: `${value} zq` } }, item.possible), 'value_error:string');
        strings++;
      }
    }
    expect(strings).toBeGreaterThan(300);
  });
});
