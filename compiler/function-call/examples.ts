// Synthetic examples of a tool's use, written by the model at compile time from the tool's schema and description
// alone, then checked here before anything relies on them: arguments of the declared types, required ones present,
// enum values allowed, and every string and number grounded in the request's own words. The checked examples are
// the accuracy stage's goldens (in BFCL's possible-answer form, scored by the AST checker). No test query is seen.
import { argumentsSchema } from '../../activities/tool-caller';
import { numbers } from '../../templates/function-call/kit';
import type { ArgValue, ParamSchema, ToolSchema } from '../../contract/function-call';
import type { ChatPrompt, JsonAnswer, ModelClient, SamplingOptions, TokenUsage } from '../llm-client';
import type { PossibleAnswer } from '../stages/ast-checker';

export interface ToolExample {
  query: string;
  /** The arguments the model gave (optional ones it left out are absent). */
  arguments: Record<string, ArgValue>;
  /** Acceptable values per parameter, BFCL-style ("" = may be omitted; every optional parameter may be). */
  expected: PossibleAnswer;
}

export interface RejectedExample {
  index: number;
  query: string;
  problem: string;
}

export function examplesSchema(tool: ToolSchema, count: number): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      examples: {
        type: 'array',
        minItems: count,
        maxItems: count,
        items: { type: 'object', properties: { request: { type: 'string' }, arguments: argumentsSchema(tool) }, required: ['request', 'arguments'], additionalProperties: false },
      },
    },
    required: ['examples'],
    additionalProperties: false,
  };
}

// A made-up tool, so the model sees the form of an answer without seeing anything of the tool being compiled.
const DEMO = {
  tool: '{"name":"get_weather","description":"Weather forecast for a city.","parameters":{"type":"dict","properties":{"city":{"type":"string"},"days":{"type":"integer"},"metric":{"type":"boolean"}},"required":["city","days"]}}',
  answer: '{"examples":[{"request":"What will the weather be like in Lisbon over the next 3 days?","arguments":{"city":"Lisbon","days":3,"metric":null}},{"request":"Give me a 5 day forecast for Osaka in metric units, please.","arguments":{"city":"Osaka","days":5,"metric":true}}]}',
};

export function examplesPrompt(tool: ToolSchema, count: number): ChatPrompt {
  return {
    system:
      'You write test data for a function: requests in plain English, as a person would type them to an assistant, and the ' +
      'arguments each request gives. A request never names the function or its parameters as code (no "name=value").',
    user: [
      `Example function:\n${DEMO.tool}`,
      `Example answer (2 requests):\n${DEMO.answer}`,
      '',
      `Function:\n${JSON.stringify(tool)}`,
      '',
      `Write ${count} different requests for this function. Vary the wording, the order and the values. Every request gives`,
      'all required arguments in its own words (numbers as digits); some also give optional ones (null for an optional',
      'argument the request does not give). Every argument value must appear in the request with the same spelling. Answer as JSON.',
    ].join('\n'),
  };
}

const norm = (s: string): string => s.toLowerCase().replace(/[_\s]+/g, ' ').trim();

export function typeProblem(name: string, p: ParamSchema, v: ArgValue): string | undefined {
  switch (p.type) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) ? undefined : `${name} must be an integer`;
    case 'float':
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : `${name} must be a number`;
    case 'string':
      if (typeof v !== 'string' || !v.trim()) return `${name} must be a non-empty string`;
      return p.enum && !p.enum.includes(v) ? `${name} must be one of ${p.enum.join(', ')}` : undefined;
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `${name} must be true or false`;
    case 'array':
    case 'tuple':
      return Array.isArray(v) && v.length > 0 ? undefined : `${name} must be a non-empty list`;
    case 'dict':
    case 'object':
      return v && typeof v === 'object' && !Array.isArray(v) ? undefined : `${name} must be an object`;
    default:
      return undefined;
  }
}

/** Whether a value is written in the request (strings by their words, numbers among the request's numbers). */
function grounded(query: string, v: ArgValue): boolean {
  if (typeof v === 'string') return v.trim().length < 2 || norm(query).includes(norm(v));
  if (typeof v === 'number') {
    const seen = numbers(query).map((h) => h.value);
    // A percentage written "5%" is often passed as 0.05.
    return seen.some((n) => n === v || Math.abs(n / 100 - v) < 1e-9) || query.includes(String(v));
  }
  if (Array.isArray(v)) return v.every((x) => grounded(query, x));
  return true;
}

/** Check the model's examples; the accepted ones carry their expected answer. */
export function checkExamples(tool: ToolSchema, raw: unknown): { accepted: ToolExample[]; rejected: RejectedExample[] } {
  const list = raw && typeof raw === 'object' && Array.isArray((raw as { examples?: unknown }).examples) ? ((raw as { examples: unknown[] }).examples) : [];
  const accepted: ToolExample[] = [];
  const rejected: RejectedExample[] = [];
  const seen = new Set<string>();
  const required = new Set(tool.parameters.required ?? []);
  list.forEach((item, index) => {
    const e = (item ?? {}) as { request?: unknown; arguments?: unknown };
    const query = typeof e.request === 'string' ? e.request.trim() : '';
    const reject = (problem: string) => rejected.push({ index, query, problem });
    if (!query || query.length > 400) return reject('the request is empty or longer than 400 characters');
    if (seen.has(norm(query))) return reject('the same request twice');
    // Requests written like code teach the parser nothing about how people ask.
    const codeLike = [...query.matchAll(/\b([A-Za-z_]\w{2,})\s*=/g)].some((m) => m[1]! in tool.parameters.properties);
    if (query.includes(tool.name) || codeLike) return reject('the request is written like code (function name or name=value), not as a person would ask');
    const args = e.arguments && typeof e.arguments === 'object' && !Array.isArray(e.arguments) ? (e.arguments as Record<string, ArgValue>) : undefined;
    if (!args) return reject('no arguments object');
    const given: Record<string, ArgValue> = {};
    for (const [name, p] of Object.entries(tool.parameters.properties)) {
      const v = args[name];
      if (v === null || v === undefined) {
        if (required.has(name)) return reject(`the required argument ${name} is missing`);
        continue;
      }
      const problem = typeProblem(name, p, v);
      if (problem) return reject(problem);
      // Required values must be written in the request; an optional one may be implied ("quarterly" → n = 4),
      // and may be left out by a parser anyway (see `expected`).
      if (required.has(name) && p.type !== 'boolean' && !p.enum && !grounded(query, v)) return reject(`${name}=${JSON.stringify(v)} is not written in the request`);
      given[name] = v;
    }
    seen.add(norm(query));
    const expected: Record<string, unknown[]> = {};
    // An optional argument the request gives may still be left out (BFCL's convention for most optional
    // parameters): the gate is strict on required arguments and on wrong values, not on omissions.
    for (const name of Object.keys(tool.parameters.properties)) {
      if (name in given) expected[name] = required.has(name) ? [given[name]] : [given[name], ''];
      else if (!required.has(name)) expected[name] = [''];
    }
    accepted.push({ query, arguments: given, expected: { [tool.name]: expected } });
  });
  return { accepted, rejected };
}

export interface ExamplesOutcome {
  examples: ToolExample[];
  rejected: RejectedExample[];
  usage: TokenUsage;
  calls: number;
  model?: string;
}

/** Ask for examples until `minAccepted` pass the checks (seeded resampling, at most `maxCalls` calls). */
export async function generateExamples(client: ModelClient, tool: ToolSchema, count: number, minAccepted: number, maxCalls = 2): Promise<ExamplesOutcome> {
  if (!client.completeJson) throw new Error('this model client cannot answer with JSON (completeJson); examples cannot be generated');
  const usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  const byQuery = new Map<string, ToolExample>();
  const rejected: RejectedExample[] = [];
  let model: string | undefined;
  let calls = 0;
  for (let i = 0; i < maxCalls && byQuery.size < minAccepted; i++) {
    const sampling: SamplingOptions = i === 0 ? { temperature: 0, seed: 7 } : { temperature: 0.6, seed: 7 + i };
    const answer: JsonAnswer = await client.completeJson(examplesPrompt(tool, count), examplesSchema(tool, count), sampling);
    calls++;
    model = answer.model;
    usage.prompt += answer.usage.prompt;
    usage.completion += answer.usage.completion;
    usage.total += answer.usage.total;
    const checked = checkExamples(tool, answer.value);
    for (const e of checked.accepted) if (!byQuery.has(norm(e.query))) byQuery.set(norm(e.query), e);
    rejected.push(...checked.rejected);
  }
  return { examples: [...byQuery.values()], rejected, usage, calls, ...(model ? { model } : {}) };
}
