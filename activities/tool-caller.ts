// The direct model call for a tool: the function-call template's fallback for a query its compiled parser cannot
// settle, and the direct-LLM baseline of the BFCL benchmark. One structured call (the arguments object constrained
// by a JSON schema built from the tool's parameters; optional parameters are nullable and dropped when null), no
// client retries (Temporal's retry policy is the only retry layer), real token usage.
import OpenAI from 'openai';
import { longRequestFetch } from '../model/long-fetch';
import type { ArgValue, ParamSchema, ToolCall, ToolSchema } from '../contract/function-call';
import { refusedRequest, type LlmConfig } from './llm-extraction';

export interface ToolCallAnswer {
  /** null when the model's answer was not a JSON object. */
  call: ToolCall | null;
  usage: { prompt: number; completion: number; total: number };
  model: string;
}

export interface ToolCaller {
  readonly model: string;
  call(tool: ToolSchema, query: string): Promise<ToolCallAnswer>;
}

/** A tool parameter as JSON schema (BFCL's Python vocabulary mapped: float → number, dict → object, tuple → array). */
export function paramJsonSchema(p: ParamSchema): Record<string, unknown> {
  const base: Record<string, unknown> = {};
  if (p.description) base.description = p.description;
  if (p.enum) base.enum = p.enum;
  switch (p.type) {
    case 'float':
    case 'number':
      return { ...base, type: 'number' };
    case 'integer':
      return { ...base, type: 'integer' };
    case 'boolean':
    case 'string':
      return { ...base, type: p.type };
    case 'array':
    case 'tuple':
      return { ...base, type: 'array', ...(p.items ? { items: paramJsonSchema(p.items) } : {}) };
    case 'dict':
    case 'object':
      return p.properties
        ? { ...base, type: 'object', properties: Object.fromEntries(Object.entries(p.properties).map(([k, v]) => [k, paramJsonSchema(v)])), required: Object.keys(p.properties) }
        : { ...base, type: 'object' };
    default:
      return base;
  }
}

/** The response schema: every parameter present; optional ones may be null (a grammar cannot omit a property). */
export function argumentsSchema(tool: ToolSchema): Record<string, unknown> {
  const required = new Set(tool.parameters.required ?? []);
  const properties = Object.fromEntries(
    Object.entries(tool.parameters.properties).map(([name, p]) => {
      const s = paramJsonSchema(p);
      return [name, required.has(name) ? s : { anyOf: [s, { type: 'null' }] }];
    }),
  );
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

export const TOOL_SYSTEM_PROMPT =
  'You call one function for the user. Answer with the JSON object of its arguments, taken from the user request. ' +
  'Use null for an optional argument the request does not give.';

/** The user message: the function's documentation and the request. */
export function toolUserPrompt(tool: ToolSchema, query: string): string {
  return `Function:\n${JSON.stringify(tool)}\n\nUser request:\n${query}\n\nArguments (JSON):`;
}

export function createToolCaller(config: LlmConfig): ToolCaller {
  const client = new OpenAI({
    baseURL: config.baseURL,
    apiKey: config.apiKey,
    timeout: config.timeoutMs,
    maxRetries: 0,
    ...(config.source === 'embedded' ? { fetch: longRequestFetch(config.timeoutMs) } : {}),
  });
  return {
    model: config.model,
    async call(tool, query) {
      let res;
      try {
        res = await client.chat.completions.create({
          model: config.model,
          temperature: 0,
          seed: 7,
          max_tokens: config.maxTokens,
          messages: [
            { role: 'system', content: TOOL_SYSTEM_PROMPT },
            { role: 'user', content: toolUserPrompt(tool, query) },
          ],
          response_format: { type: 'json_schema', json_schema: { name: 'arguments', schema: argumentsSchema(tool), strict: true } },
        });
      } catch (e) {
        throw refusedRequest(e) ?? e;
      }
      const usage = { prompt: res.usage?.prompt_tokens ?? 0, completion: res.usage?.completion_tokens ?? 0, total: res.usage?.total_tokens ?? 0 };
      let parsed: unknown;
      try {
        parsed = JSON.parse(res.choices[0]?.message.content ?? '');
      } catch {
        return { call: null, usage, model: res.model || config.model };
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { call: null, usage, model: res.model || config.model };
      const args: Record<string, ArgValue> = {};
      for (const [k, v] of Object.entries(parsed as Record<string, ArgValue>)) if (v !== null && k in tool.parameters.properties) args[k] = v;
      return { call: { kind: 'call', name: tool.name, arguments: args }, usage, model: res.model || config.model };
    },
  };
}
