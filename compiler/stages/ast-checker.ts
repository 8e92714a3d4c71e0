// BFCL AST checker, `simple` category, Python language: a TypeScript re-implementation of
//   ShishirPatil/gorilla  berkeley-function-call-leaderboard/bfcl_eval/eval_checker/ast_eval/ast_checker.py
//   at commit 6ea57973c7a6097fd7c5915698c54c17c5b1b6c8 (the file last changed in 58f57e9, "BFCL V4 Release"),
// ported function by function (ast_checker's simple branch, simple_function_checker, type_checker,
// get_possible_answer_type, convert_func_name, standardize_string, string_checker, list_checker, dict_checker,
// list_dict_checker) plus the output-format gate of bfcl_eval/utils.py `is_function_calling_format_output`.
// Upstream is Apache-2.0 (copy of the licence: bench/data/bfcl/LICENSE); this file was written anew from a reading
// of that code, and keeps its error_type strings and error wording so results can be compared with the official
// scorer. Pure and deterministic: no I/O, no Node built-ins.
//
// The Python receives a decoded call as `{func_name: {param: value}}`; here a call is `{name, arguments}`
// (checkSimpleOutput also accepts the BFCL shape). Semantics kept on purpose, quirks included:
//   - expected name = the doc's name; with options.underscoreToDot (upstream: models whose config has
//     `underscore_to_dot`, i.e. function-calling APIs that forbid "." in tool names) every "." becomes "_" first;
//     otherwise `math.factorial` must be called `math.factorial`. The possible answer's own key is not consulted
//     (the Python takes `list(possible_answer.values())[0]`).
//   - order of checks: name, required params (missing_required), then each given param in order (unexpected_param
//     if absent from the doc's properties OR from the possible answer; type; value), then every possible-answer
//     param not given whose acceptable values lack "" (missing_optional). First failure wins.
//   - types: string/any->str, integer->int, float->float, boolean->bool, array/tuple->list, dict->dict; bool is
//     not int; an int is accepted for a top-level float. If the first non-"" acceptable value has another type
//     than the declared one the param is a "variable": a value of that type is accepted too, and the
//     string/list/dict checkers are skipped in favour of plain membership.
//   - nested types are checked one level deep, against each acceptable list; a non-list acceptable value (the
//     optional "") makes the nested check pass; no int->float conversion inside arrays.
//   - strings, list elements and dict values that are strings are compared after standardize_string: remove
//     ' ', ',', '.', '/', '-', '_', '*', '^', lowercase, then ' -> ". Numbers/bools compare as Python ==
//     (True == 1 == 1.0). Lists are ordered. Dicts are checked key by key against each acceptable dict; a list
//     of dicts must have the answer's length and match element by element.
//
// Deliberate deviations (JavaScript cannot represent what the Python sees, or the Python would crash):
//   1. int vs float. A JSON/JS number carries no int/float kind. A model's integer-valued number counts as both a
//      Python int and a float (a non-integer is a float only); an integer-valued acceptable value counts as a
//      float where the param is declared float (the vendored files write those answers as floats). Where upstream
//      sees the difference we are more lenient: `3.0` for an "integer" param (upstream type_error:simple), and
//      int elements in an array of float whose acceptable lists are written with floats, e.g. `[1, 3]` against
//      `[[1.0, 3.0]]` (upstream type_error:nested; in the vendored data this can turn a failure into a pass only
//      for simple_python_13, _82, _87 and _103). The same ambiguity can also change which error type an invalid
//      call gets (e.g. `[1, 2]` for an array of float: value_error:list/tuple here, type_error:nested upstream).
//   2. Python crashes become results or exceptions: malformed docs/answers (unknown type name, array without
//      `items.type`, acceptable values not a list, no function in the possible answer) throw BfclCheckerError;
//      a model value that makes upstream raise (a non-dict element reaching the list-of-dicts checker after the
//      optional "" let the nested type check pass) is reported as invalid with `type_error:nested`.
//   3. Messages follow the Python f-strings; values are rendered with a repr() approximation (an integer-valued
//      float prints as `5`, not `5.0`). Lowercasing is String#toLowerCase (differs from str.lower only for a few
//      exotic code points).
//
// Checked against the upstream checker itself (run, not copied) on 37,360 generated calls over the 400 vendored
// items (each acceptable value, omissions, extra params, renamed functions, retyped and perturbed values,
// underscore_to_dot on and off): identical `valid` and error_type on all but 765, every one of them a case of
// deviation 1.

export interface BfclParamSchema {
  type: string;
  description?: string;
  items?: { type: string; [k: string]: unknown };
  [k: string]: unknown;
}

export interface BfclFunctionDoc {
  name: string;
  description: string;
  parameters: {
    type: string; // "dict" in BFCL's Python categories
    properties: Record<string, BfclParamSchema>;
    required: string[];
    [k: string]: unknown;
  };
}

/** `ground_truth[0]` of a BFCL answer line: function name -> param -> acceptable values ("" = may be omitted). */
export type PossibleAnswer = Record<string, Record<string, unknown[]>>;

export interface BfclCall {
  name: string;
  arguments: Record<string, unknown>;
}

export type CheckResult = { valid: true } | { valid: false; errorType: string; errors: string[] };

export interface CheckOptions {
  /** Upstream `underscore_to_dot`: the expected function name has "." replaced by "_". Default false. */
  underscoreToDot?: boolean;
}

/** The doc or the possible answer is malformed (upstream would raise); not a verdict on the model. */
export class BfclCheckerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BfclCheckerError';
  }
}

// ---------------------------------------------------------------- Python value model

type PyClass = 'str' | 'int' | 'float' | 'bool' | 'list' | 'dict' | 'NoneType' | 'other';

export const PYTHON_TYPE_MAPPING: Readonly<Record<string, PyClass>> = Object.freeze({
  string: 'str',
  integer: 'int',
  float: 'float',
  boolean: 'bool',
  array: 'list',
  tuple: 'list',
  dict: 'dict',
  any: 'str',
});

const PYTHON_NESTED_TYPE_CHECK_LIST = ['array', 'tuple'];

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function isDict(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The Python class a JS value stands for (an integer-valued number reads as int; see deviation 1). */
function pyClassOf(v: unknown): PyClass {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  if (isDict(v)) return 'dict';
  return 'other';
}

/** `type(v) == cls`, with an integer-valued number allowed to be a float (deviation 1). */
function isOfClass(v: unknown, cls: PyClass): boolean {
  if (cls === 'float' && typeof v === 'number') return true;
  return pyClassOf(v) === cls;
}

/**
 * The Python class of an acceptable value, given the declared class: an integer-valued number declared "float"
 * reads as a float (the vendored files write float answers as floats; JSON.parse drops the `.0`).
 */
function answerClassOf(v: unknown, expected: PyClass): PyClass {
  if (expected === 'float' && typeof v === 'number') return 'float';
  return pyClassOf(v);
}

function isNumeric(v: unknown): v is number | boolean | bigint {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint';
}

/** Python `a == b` on JSON-like values (bool/int/float compare numerically; list and dict structurally). */
function pyEquals(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
    return Number(a) === Number(b);
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => pyEquals(x, b[i]));
  }
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => hasOwn(b, k) && pyEquals(a[k], b[k]));
  }
  return a === b;
}

/** Python `needle in container` for a list (==), a dict (key) or a str (substring). */
function pyIn(needle: unknown, container: unknown, what: string): boolean {
  if (Array.isArray(container)) return container.some((x) => pyEquals(needle, x));
  if (isDict(container)) return typeof needle === 'string' && hasOwn(container, needle);
  if (typeof container === 'string') {
    if (typeof needle !== 'string') throw new BfclCheckerError(`${what}: 'in <str>' needs a str, got ${pyTypeName(needle)}`);
    return container.includes(needle);
  }
  throw new BfclCheckerError(`${what}: expected a list of acceptable values, got ${pyTypeName(container)}`);
}

/** Python `len(x)` and `x[i]` iteration for the list checkers: a list, or a str as its characters. */
function pySequence(x: unknown, what: string): unknown[] {
  if (Array.isArray(x)) return x;
  if (typeof x === 'string') return Array.from(x);
  throw new BfclCheckerError(`${what}: expected a list, got ${pyTypeName(x)}`);
}

function pyTypeName(v: unknown): string {
  const c = pyClassOf(v);
  return c === 'other' ? typeof v : c;
}

function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** An approximation of Python repr() for messages (deviation 3). */
export function pyRepr(v: unknown): string {
  if (v === null) return 'None';
  if (v === undefined) return 'undefined';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return String(v);
  }
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (isDict(v)) return `{${Object.entries(v).map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
  return String(v);
}

/** `str(<class>)` as the Python prints a nested type in its message. */
const classRepr = (c: PyClass): string => `<class '${c}'>`;

// ---------------------------------------------------------------- ported helpers

interface Fail {
  valid: false;
  error: string[];
  error_type: string;
}
type SubResult = { valid: true } | Fail;

/** get_possible_answer_type: the first acceptable value that is not "" (its type), or none. */
function possibleAnswerSample(possibleAnswer: unknown[]): { found: boolean; value?: unknown } {
  for (const answer of possibleAnswer) if (!pyEquals(answer, '')) return { found: true, value: answer };
  return { found: false };
}

export function convertFuncName(functionName: string, underscoreToDot: boolean): string {
  if (functionName.includes('.') && underscoreToDot) return functionName.replace(/\./g, '_');
  return functionName;
}

/** standardize_string: drop ' ,./-_*^', lowercase, then single quotes become double quotes. */
export function standardizeString(input: string): string {
  return input.replace(/[ ,./\-_*^]/g, '').toLowerCase().replace(/'/g, '"');
}

interface TypeCheck {
  valid: boolean;
  error: string[];
  isVariable: boolean;
  error_type: string;
}

function typeChecker(
  param: string,
  value: unknown,
  possibleAnswer: unknown[],
  expectedTypeDescription: string,
  expectedClass: PyClass,
  nestedClass: PyClass | null,
): TypeCheck {
  const result: TypeCheck = { valid: true, error: [], isVariable: false, error_type: 'type_error:simple' };
  const sample = possibleAnswerSample(possibleAnswer);
  // A variable is used instead of a literal when the answers' type is not the declared one.
  const sampleClass = sample.found ? answerClassOf(sample.value, expectedClass) : null;
  const isVariable = sampleClass !== null && sampleClass !== expectedClass;

  if (isOfClass(value, expectedClass)) {
    if (nestedClass === null) {
      result.isVariable = isVariable;
      return result;
    }
    for (const possibleAnswerItem of possibleAnswer) {
      let flag = true; // the value must match at least one acceptable list's element type
      if (Array.isArray(possibleAnswerItem)) {
        for (const valueItem of value as unknown[]) {
          const r = typeChecker(param, valueItem, possibleAnswerItem, classRepr(nestedClass), nestedClass, null);
          if (!r.valid) {
            flag = false;
            break;
          }
        }
      }
      if (flag) return { valid: true, error: [], isVariable, error_type: result.error_type };
    }
    result.valid = false;
    result.error = [
      `Nested type checking failed for parameter ${pyRepr(param)}. Expected outer type ${expectedTypeDescription} with inner type ${classRepr(nestedClass)}. Parameter value: ${pyRepr(value)}.`,
    ];
    result.error_type = 'type_error:nested';
    // falls through, as upstream does
  }

  if (sampleClass !== null && isOfClass(value, sampleClass)) {
    result.isVariable = true;
    return result; // valid unless the nested check above failed
  }

  result.valid = false;
  result.error.push(
    `Incorrect type for parameter ${pyRepr(param)}. Expected type ${expectedTypeDescription}, got ${pyTypeName(value)}. Parameter value: ${pyRepr(value)}.`,
  );
  result.error_type = 'type_error:simple';
  return result;
}

function stringChecker(param: string, modelOutput: string, possibleAnswer: unknown[]): SubResult {
  const standardized = possibleAnswer.filter((a): a is string => typeof a === 'string').map(standardizeString);
  if (!standardized.includes(standardizeString(modelOutput))) {
    return {
      valid: false,
      error: [`Invalid value for parameter ${pyRepr(param)}: ${pyRepr(modelOutput)}. Expected one of ${pyRepr(possibleAnswer)}. Case insensitive.`],
      error_type: 'value_error:string',
    };
  }
  return { valid: true };
}

const standardizeIfString = (v: unknown): unknown => (typeof v === 'string' ? standardizeString(v) : v);

function listChecker(param: string, modelOutput: unknown[], possibleAnswer: unknown[]): SubResult {
  const standardizedOutput = modelOutput.map(standardizeIfString);
  const standardizedAnswers = possibleAnswer.map((a) => pySequence(a, `parameter ${param}`).map(standardizeIfString));
  if (!pyIn(standardizedOutput, standardizedAnswers, `parameter ${param}`)) {
    return {
      valid: false,
      error: [`Invalid value for parameter ${pyRepr(param)}: ${pyRepr(modelOutput)}. Expected one of ${pyRepr(possibleAnswer)}.`],
      error_type: 'value_error:list/tuple',
    };
  }
  return { valid: true };
}

function notADict(param: string, value: unknown): Fail {
  return {
    valid: false,
    error: [`Nested type checking failed for parameter ${pyRepr(param)}: expected a dict, got ${pyTypeName(value)}. Parameter value: ${pyRepr(value)}.`],
    error_type: 'type_error:nested',
  };
}

function dictChecker(param: string, modelOutput: unknown, possibleAnswers: unknown[]): SubResult {
  if (!isDict(modelOutput)) return notADict(param, modelOutput); // upstream: AttributeError on .items() (deviation 2)
  let result: Fail = { valid: false, error: [], error_type: 'dict_checker:unclear' };
  for (const candidate of possibleAnswers) {
    if (pyEquals(candidate, '')) continue;
    result = { valid: false, error: [], error_type: 'dict_checker:unclear' };
    let flag = true;
    if (!isDict(candidate)) throw new BfclCheckerError(`parameter ${param}: an acceptable dict value is a ${pyTypeName(candidate)}`);

    for (const [key, value] of Object.entries(modelOutput)) {
      if (!hasOwn(candidate, key)) {
        result.error.push(`Unexpected dict key parameter: '${key}'.`);
        result.error_type = 'value_error:dict_key';
        flag = false;
        break;
      }
      const standardizedValue = standardizeIfString(value);
      const standardizedAcceptable = pySequence(candidate[key], `parameter ${param}.${key}`).map(standardizeIfString);
      if (!pyIn(standardizedValue, standardizedAcceptable, `parameter ${param}.${key}`)) {
        result.error.push(`Invalid value for parameter ${pyRepr(key)}: ${pyRepr(value)}. Expected one of ${pyRepr(standardizedAcceptable)}.`);
        result.error_type = 'value_error:dict_value';
        flag = false;
        break;
      }
    }

    for (const [key, acceptable] of Object.entries(candidate)) {
      if (!hasOwn(modelOutput, key) && !pyIn('', acceptable, `parameter ${param}.${key}`)) {
        result.error.push(`Missing dict key parameter: '${key}'.`);
        result.error_type = 'value_error:dict_key';
        flag = false;
        break;
      }
    }

    if (flag) return { valid: true };
  }
  return result;
}

function listDictChecker(param: string, modelOutput: unknown[], possibleAnswers: unknown[]): SubResult {
  let result: SubResult = { valid: false, error: [], error_type: 'list_dict_checker:unclear' };
  for (const candidate of possibleAnswers) {
    let flag = true;
    const dicts = isDict(candidate) ? null : pySequence(candidate, `parameter ${param}`);
    const candidateLength = dicts === null ? Object.keys(candidate as object).length : dicts.length;
    if (modelOutput.length !== candidateLength) {
      result = { valid: false, error: ['Wrong number of dictionaries in the list.'], error_type: 'value_error:list_dict_count' };
      continue;
    }
    if (dicts === null) throw new BfclCheckerError(`parameter ${param}: an acceptable list of dicts is a dict`);
    for (let i = 0; i < modelOutput.length; i++) {
      // upstream raises here (AttributeError on .items()), ending the check: deviation 2
      if (!isDict(modelOutput[i])) return notADict(param, modelOutput[i]);
      result = dictChecker(param, modelOutput[i], [dicts[i]]);
      if (!result.valid) {
        flag = false;
        break;
      }
    }
    if (flag) return { valid: true };
  }
  return result;
}

const fail = (r: Fail): CheckResult => ({ valid: false, errorType: r.error_type, errors: r.error });

// ---------------------------------------------------------------- entry points

/** simple_function_checker (language Python): one decoded call against its doc and acceptable answers. */
export function checkSimpleCall(doc: BfclFunctionDoc, call: BfclCall, possible: PossibleAnswer, options: CheckOptions = {}): CheckResult {
  const answers = Object.values(possible ?? {});
  if (answers.length === 0) throw new BfclCheckerError('possible answer names no function');
  const possibleAnswer = answers[0];
  if (!isDict(possibleAnswer)) throw new BfclCheckerError('possible answer: the function entry is not a dict of parameters');
  const paramDetails = doc?.parameters?.properties;
  const requiredParams = doc?.parameters?.required;
  if (!isDict(paramDetails)) throw new BfclCheckerError(`function doc ${doc?.name}: parameters.properties is not an object`);
  if (!Array.isArray(requiredParams)) throw new BfclCheckerError(`function doc ${doc?.name}: parameters.required is not a list`);

  const funcName = convertFuncName(doc.name, options.underscoreToDot === true);
  if (call.name !== funcName) {
    return { valid: false, errorType: 'simple_function_checker:wrong_func_name', errors: [`Function name ${pyRepr(funcName)} not found in model output.`] };
  }

  const modelParams = call.arguments;
  if (!isDict(modelParams)) {
    return { valid: false, errorType: 'ast_decoder:decoder_wrong_output_format', errors: ['The call\'s arguments are not a dict of parameters.'] };
  }

  for (const param of requiredParams) {
    if (!hasOwn(modelParams, param)) {
      return { valid: false, errorType: 'simple_function_checker:missing_required', errors: [`Missing required parameter: ${pyRepr(param)}.`] };
    }
  }

  for (const [param, value] of Object.entries(modelParams)) {
    if (!hasOwn(paramDetails, param) || !hasOwn(possibleAnswer, param)) {
      return { valid: false, errorType: 'simple_function_checker:unexpected_param', errors: [`Unexpected parameter: ${pyRepr(param)}.`] };
    }
    const details = paramDetails[param] as BfclParamSchema;
    const expectedTypeDescription = details?.type;
    const expectedClass = hasOwn(PYTHON_TYPE_MAPPING, expectedTypeDescription) ? PYTHON_TYPE_MAPPING[expectedTypeDescription] : undefined;
    if (expectedClass === undefined) throw new BfclCheckerError(`function doc ${doc.name}: parameter ${param} has unknown type ${pyRepr(expectedTypeDescription)}`);
    let nestedClass: PyClass | null = null;
    if (PYTHON_NESTED_TYPE_CHECK_LIST.includes(expectedTypeDescription)) {
      const nestedType = details.items?.type;
      nestedClass = typeof nestedType === 'string' && hasOwn(PYTHON_TYPE_MAPPING, nestedType) ? PYTHON_TYPE_MAPPING[nestedType] : null;
      if (nestedClass === null) throw new BfclCheckerError(`function doc ${doc.name}: parameter ${param} (${expectedTypeDescription}) has no known items.type`);
    }
    const acceptable = possibleAnswer[param];
    if (!Array.isArray(acceptable)) throw new BfclCheckerError(`possible answer: parameter ${param} is not a list of acceptable values`);
    // Upstream turns a tuple into a list and an int for a float param into a float here: both no-ops in JS.

    const typeCheck = typeChecker(param, value, acceptable, expectedTypeDescription, expectedClass, nestedClass);
    if (!typeCheck.valid) return { valid: false, errorType: typeCheck.error_type, errors: typeCheck.error };

    if (!typeCheck.isVariable) {
      let sub: SubResult | null = null;
      if (expectedClass === 'dict') sub = dictChecker(param, value, acceptable);
      else if (expectedClass === 'list' && nestedClass === 'dict') sub = listDictChecker(param, value as unknown[], acceptable);
      else if (expectedClass === 'str') sub = stringChecker(param, value as string, acceptable);
      else if (expectedClass === 'list') sub = listChecker(param, value as unknown[], acceptable);
      if (sub !== null) {
        if (!sub.valid) return fail(sub);
        continue;
      }
    }

    if (!pyIn(value, acceptable, `parameter ${param}`)) {
      return {
        valid: false,
        errorType: 'value_error:others',
        errors: [`Invalid value for parameter ${pyRepr(param)}: ${pyRepr(value)}. Expected one of ${pyRepr(acceptable)}.`],
      };
    }
  }

  for (const [param, acceptable] of Object.entries(possibleAnswer)) {
    if (!hasOwn(modelParams, param) && !pyIn('', acceptable, `parameter ${param}`)) {
      return {
        valid: false,
        errorType: 'simple_function_checker:missing_optional',
        errors: [`Optional parameter ${pyRepr(param)} not provided and not marked as optional.`],
      };
    }
  }

  return { valid: true };
}

/**
 * Read one output item as a call: `{name, arguments}` (exactly those two keys) or BFCL's `{func_name: {params}}`.
 * Null when it is neither (upstream is_function_calling_format_output).
 */
export function asBfclCall(item: unknown): BfclCall | null {
  if (!isDict(item)) return null;
  const keys = Object.keys(item);
  if (keys.length === 2 && hasOwn(item, 'name') && hasOwn(item, 'arguments')) {
    return typeof item.name === 'string' && isDict(item.arguments) ? { name: item.name, arguments: item.arguments } : null;
  }
  if (keys.length === 1 && isDict(item[keys[0]])) return { name: keys[0], arguments: item[keys[0]] as Record<string, unknown> };
  return null;
}

/**
 * The outer layer for the simple category: the decoded output must be a list of calls (else
 * ast_decoder:decoder_wrong_output_format, as the upstream runner reports before the checker) holding exactly one
 * call (else simple_function_checker:wrong_count), which then goes through checkSimpleCall.
 */
export function checkSimpleOutput(doc: BfclFunctionDoc, modelOutput: unknown, possible: PossibleAnswer, options: CheckOptions = {}): CheckResult {
  const formatError: CheckResult = {
    valid: false,
    errorType: 'ast_decoder:decoder_wrong_output_format',
    errors: ['Did not output in the specified format. Note: the model_result is wrapped in a string to ensure json serializability.'],
  };
  if (!Array.isArray(modelOutput)) return formatError;
  const calls: BfclCall[] = [];
  for (const item of modelOutput) {
    const call = asBfclCall(item);
    if (call === null) return formatError;
    calls.push(call);
  }
  if (calls.length !== 1) return { valid: false, errorType: 'simple_function_checker:wrong_count', errors: ['Wrong number of functions.'] };
  return checkSimpleCall(doc, calls[0], possible, options);
}
