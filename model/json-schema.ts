// OpenAI `response_format.json_schema.schema` → the JSON-schema subset node-llama-cpp turns into a grammar
// (GbnfJsonSchema). node-llama-cpp silently treats a construct it does not know as `null`, so everything is
// mapped explicitly here and anything that cannot be enforced by a grammar is rejected with its path:
//   - anyOf → oneOf (for generation both mean "one of these shapes"); a one-element allOf is unwrapped;
//   - `definitions` / `#/definitions/X` → `$defs` / `#/$defs/X`; `type: [..., "object"]` → oneOf per type;
//   - `{}` / `true` → any JSON value; `{type: "object"}` without properties → any object;
//   - annotations (title, $schema, default, examples, ...) and checks a grammar cannot make (pattern, minimum,
//     multipleOf, uniqueItems, other string formats) are dropped: the caller still validates the parsed result;
//   - not / if / then / else / patternProperties / contains / allOf of several → rejected.
// Every listed property is generated (node-llama-cpp has no optional properties), as OpenAI strict mode requires.

/** The schema cannot be turned into a grammar (a 400 for the client). */
export class JsonSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonSchemaError';
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = Record<string, unknown>;

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);
const REJECTED = ['not', 'if', 'then', 'else', 'patternProperties', 'contains', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems', '$dynamicRef'];
const STRING_FORMATS = new Set(['date-time', 'time', 'date']);
const MAX_DEPTH = 64;

const ANY: Obj = {
  oneOf: [{ type: ['string', 'number', 'boolean', 'null'] }, { type: 'object', additionalProperties: true }, { type: 'array' }],
};

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function refTarget(ref: string, at: string): string {
  for (const prefix of ['#/$defs/', '#/definitions/']) {
    if (ref.startsWith(prefix) && ref.length > prefix.length && !ref.slice(prefix.length).includes('/')) return `#/$defs/${ref.slice(prefix.length)}`;
  }
  throw new JsonSchemaError(`${at}: $ref "${ref}" is not supported (only "#/$defs/<name>" and "#/definitions/<name>")`);
}

function convert(node: unknown, at: string, depth: number): Obj {
  if (depth > MAX_DEPTH) throw new JsonSchemaError(`${at}: the schema nests deeper than ${MAX_DEPTH} levels`);
  if (node === true) return ANY;
  if (node === false) throw new JsonSchemaError(`${at}: the schema \`false\` allows no value`);
  if (!isObj(node)) throw new JsonSchemaError(`${at}: a schema must be an object or a boolean`);
  for (const k of REJECTED) if (k in node) throw new JsonSchemaError(`${at}: "${k}" cannot be enforced by the local model's grammar`);
  if ('allOf' in node) {
    if (!Array.isArray(node.allOf) || node.allOf.length !== 1) throw new JsonSchemaError(`${at}: "allOf" with more than one schema cannot be enforced by the local model's grammar`);
    const { allOf: _a, ...rest } = node;
    return convert({ ...rest, ...(node.allOf[0] as Obj) }, at, depth + 1);
  }
  const head: Obj = {};
  if (typeof node.description === 'string') head.description = node.description;
  const defs = { ...(isObj(node.definitions) ? node.definitions : {}), ...(isObj(node.$defs) ? node.$defs : {}) };
  if (Object.keys(defs).length) head.$defs = Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, convert(v, `${at}/$defs/${k}`, depth + 1)]));
  const core = shape(node, at, depth);
  // OpenAPI-style `nullable: true` (a `type` list gets "null" added in shape()).
  if (node.nullable === true && node.type === undefined) return { ...head, oneOf: [core, { type: 'null' }] };
  return { ...head, ...core };
}

/** The value shape of a schema node, without its $defs and annotations. */
function shape(node: Obj, at: string, depth: number): Obj {
  if (node.$ref !== undefined) {
    if (typeof node.$ref !== 'string') throw new JsonSchemaError(`${at}: $ref must be a string`);
    return { $ref: refTarget(node.$ref, at) };
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (!(key in node)) continue;
    const list = node[key];
    if (!Array.isArray(list) || list.length === 0) throw new JsonSchemaError(`${at}: "${key}" must be a non-empty array`);
    return { oneOf: list.map((s, i) => convert(s, `${at}/${key}/${i}`, depth + 1)) };
  }
  if ('const' in node) return { const: literal(node.const, `${at}/const`) };
  if ('enum' in node) {
    if (!Array.isArray(node.enum) || node.enum.length === 0) throw new JsonSchemaError(`${at}: "enum" must be a non-empty array`);
    return { enum: node.enum.map((v, i) => literal(v, `${at}/enum/${i}`)) };
  }
  if (node.type === undefined) {
    if ('properties' in node || 'additionalProperties' in node) return object(node, at, depth);
    if ('items' in node || 'prefixItems' in node) return array(node, at, depth);
    return ANY;
  }
  const types = Array.isArray(node.type) ? [...(node.type as unknown[])] : [node.type];
  if (types.length === 0 || !types.every((t) => typeof t === 'string')) throw new JsonSchemaError(`${at}: "type" must be a type name or a non-empty array of them`);
  for (const t of types as string[]) if (!PRIMITIVE_TYPES.has(t) && t !== 'object' && t !== 'array') throw new JsonSchemaError(`${at}: unknown type "${t}"`);
  if (node.nullable === true && !types.includes('null')) types.push('null');
  const one = (t: string): Obj => {
    if (t === 'object') return object(node, at, depth);
    if (t === 'array') return array(node, at, depth);
    if (t !== 'string') return { type: t };
    if (typeof node.format === 'string' && STRING_FORMATS.has(node.format)) return { type: 'string', format: node.format };
    const s: Obj = { type: 'string' };
    if (Number.isInteger(node.minLength)) s.minLength = node.minLength;
    if (Number.isInteger(node.maxLength)) s.maxLength = node.maxLength;
    return s;
  };
  if (types.length === 1) return one(types[0] as string);
  // Several primitive types without string limits stay one list; otherwise one alternative per type.
  const plain = types.every((t) => PRIMITIVE_TYPES.has(t as string)) && Object.keys(one('string')).length === 1;
  return plain ? { type: types } : { oneOf: (types as string[]).map(one) };
}

function literal(v: unknown, at: string): Json {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return v as Json;
  throw new JsonSchemaError(`${at}: only string, number, boolean and null literals are supported`);
}

function object(node: Obj, at: string, depth: number): Obj {
  const res: Obj = { type: 'object' };
  if (node.properties !== undefined) {
    if (!isObj(node.properties)) throw new JsonSchemaError(`${at}/properties: must be an object`);
    res.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, convert(v, `${at}/properties/${k}`, depth + 1)]));
  }
  const extra = node.additionalProperties;
  if (extra === true || (extra === undefined && !isObj(node.properties))) res.additionalProperties = true;
  else if (isObj(extra)) res.additionalProperties = convert(extra, `${at}/additionalProperties`, depth + 1);
  for (const k of ['minProperties', 'maxProperties'] as const) if (Number.isInteger(node[k])) res[k] = node[k];
  return res;
}

function array(node: Obj, at: string, depth: number): Obj {
  const res: Obj = { type: 'array' };
  if (node.items !== undefined) {
    if (Array.isArray(node.items)) res.prefixItems = node.items.map((s, i) => convert(s, `${at}/items/${i}`, depth + 1));
    else res.items = convert(node.items, `${at}/items`, depth + 1);
  }
  if (Array.isArray(node.prefixItems)) res.prefixItems = node.prefixItems.map((s, i) => convert(s, `${at}/prefixItems/${i}`, depth + 1));
  for (const k of ['minItems', 'maxItems'] as const) if (Number.isInteger(node[k])) res[k] = node[k];
  return res;
}

/** The grammar schema for an OpenAI json_schema `schema` (throws JsonSchemaError with the offending path). */
export function toGrammarSchema(schema: unknown): Obj {
  if (!isObj(schema) && typeof schema !== 'boolean') throw new JsonSchemaError('response_format.json_schema.schema must be a JSON schema object');
  return convert(schema, '#', 0);
}
