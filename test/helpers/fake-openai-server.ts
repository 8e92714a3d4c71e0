// A local OpenAI-compatible HTTP server for tests: serves POST /v1/chat/completions from a scripted
// queue, records every request, and rejects (400, like the real API) request bodies the real API
// would refuse for structured outputs. No network beyond 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. `delayMs` delays any answer (slow model / timeout tests). */
export type ScriptItem =
  | { kind: 'candidate'; code: string; rationale?: string; usage?: Partial<Usage>; delayMs?: number }
  /** Raw assistant content (e.g. malformed JSON, or JSON of the wrong shape). */
  | { kind: 'content'; content: string; finishReason?: string; usage?: Partial<Usage>; delayMs?: number }
  | { kind: 'refusal'; refusal: string; delayMs?: number }
  /** An HTTP error with an OpenAI-style error body. */
  | { kind: 'http'; status: number; message?: string; delayMs?: number }
  /** A whole response body, sent as-is with status 200. */
  | { kind: 'raw'; body: unknown; delayMs?: number };

/** A script entry may be computed from the request (e.g. answer per slot). */
export type ScriptEntry = ScriptItem | ((request: RecordedRequest) => ScriptItem);

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined when the body was not JSON). */
  body: unknown;
  /** The validation problem that made the server answer 400, if any. */
  rejected?: string;
}

export interface FakeOpenAIOptions {
  /** Require `response_format.type === 'json_schema'` on every chat request (default true). */
  requireJsonSchema?: boolean;
}

export interface FakeOpenAI {
  /** Base URL to pass as OPENAI_BASE_URL / `baseURL`, e.g. http://127.0.0.1:1234/v1 */
  url: string;
  requests: RecordedRequest[];
  /** Chat request bodies that were accepted (not rejected with 400). */
  chatBodies(): ChatBody[];
  push(...items: ScriptEntry[]): void;
  /** Script entries not consumed yet. */
  remaining(): number;
  close(): Promise<void>;
}

export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  temperature?: number;
  seed?: number;
  max_completion_tokens?: number;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
  [key: string]: unknown;
}

const ALLOWED_TOP_LEVEL = new Set([
  'model', 'messages', 'temperature', 'top_p', 'n', 'stream', 'stream_options', 'stop', 'max_tokens',
  'max_completion_tokens', 'presence_penalty', 'frequency_penalty', 'logit_bias', 'logprobs', 'top_logprobs',
  'user', 'response_format', 'seed', 'tools', 'tool_choice', 'parallel_tool_calls', 'metadata', 'store',
  'reasoning_effort', 'service_tier', 'modalities', 'prediction', 'audio', 'verbosity', 'web_search_options',
  'prompt_cache_key', 'safety_identifier', 'function_call', 'functions',
]);
const ROLES = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);
const SCHEMA_KEYWORDS = new Set([
  '$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf',
  'description', 'title', '$defs', 'definitions', '$ref', 'pattern', 'format', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'default',
]);

/** Returns the first problem the real API would report for this body, or undefined when it is acceptable. */
export function validateChatBody(body: unknown, options: FakeOpenAIOptions = {}): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'request body must be a JSON object';
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!ALLOWED_TOP_LEVEL.has(key)) return `Unrecognized request argument supplied: ${key}`;
  if (typeof b.model !== 'string' || !b.model) return "you must provide a model parameter ('model')";
  if (!Array.isArray(b.messages) || b.messages.length === 0) return "'messages' must be a non-empty array";
  for (const [i, m] of (b.messages as unknown[]).entries()) {
    if (!m || typeof m !== 'object') return `messages[${i}] must be an object`;
    const msg = m as Record<string, unknown>;
    if (typeof msg.role !== 'string' || !ROLES.has(msg.role)) return `Invalid value for 'messages[${i}].role': ${String(msg.role)}`;
    if (typeof msg.content !== 'string' && !Array.isArray(msg.content)) return `messages[${i}].content must be a string or an array`;
  }
  if (b.temperature !== undefined && (typeof b.temperature !== 'number' || b.temperature < 0 || b.temperature > 2))
    return "'temperature' must be a number between 0 and 2";
  if (b.seed !== undefined && !Number.isInteger(b.seed)) return "'seed' must be an integer";
  for (const k of ['max_tokens', 'max_completion_tokens'])
    if (b[k] !== undefined && (!Number.isInteger(b[k]) || (b[k] as number) < 1)) return `'${k}' must be a positive integer`;
  const rf = b.response_format as Record<string, unknown> | undefined;
  if (rf === undefined) return options.requireJsonSchema === false ? undefined : "'response_format' with type 'json_schema' is required";
  if (typeof rf !== 'object' || rf === null) return "'response_format' must be an object";
  if (rf.type !== 'json_schema') {
    if (options.requireJsonSchema === false && (rf.type === 'text' || rf.type === 'json_object')) return undefined;
    return `Invalid value for 'response_format.type': expected 'json_schema', got ${JSON.stringify(rf.type)}`;
  }
  const js = rf.json_schema as Record<string, unknown> | undefined;
  if (!js || typeof js !== 'object') return "Missing required parameter: 'response_format.json_schema'";
  if (typeof js.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(js.name)) return "Invalid 'response_format.json_schema.name'";
  if (js.strict !== true) return "'response_format.json_schema.strict' must be true for structured outputs";
  const schema = js.schema as Record<string, unknown> | undefined;
  if (!schema || typeof schema !== 'object') return "Missing required parameter: 'response_format.json_schema.schema'";
  if (schema.type !== 'object') return "Invalid schema for response_format: root schema must be type 'object'";
  return validateStrictSchema(schema, 'schema', (schema.$defs ?? schema.definitions) as Record<string, unknown> | undefined);
}

function validateStrictSchema(node: unknown, path: string, defs: Record<string, unknown> | undefined): string | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return `Invalid schema for response_format at ${path}: must be an object`;
  const s = node as Record<string, unknown>;
  for (const key of Object.keys(s))
    if (!SCHEMA_KEYWORDS.has(key)) return `Invalid schema for response_format at ${path}: unsupported keyword '${key}'`;
  if (typeof s.$ref === 'string') {
    const m = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(s.$ref);
    if (!m || s.$ref === '#') return undefined;
    if (!defs || !(m[1]! in defs)) return `Invalid schema for response_format at ${path}: unresolved $ref ${s.$ref}`;
    return undefined;
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('object')) {
    const props = (s.properties ?? {}) as Record<string, unknown>;
    if (s.additionalProperties !== false)
      return `Invalid schema for response_format at ${path}: 'additionalProperties' is required to be supplied and to be false`;
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    for (const key of Object.keys(props))
      if (!required.includes(key))
        return `Invalid schema for response_format at ${path}: 'required' is required to be supplied and to be an array including every key in properties. Missing '${key}'.`;
    for (const [key, child] of Object.entries(props)) {
      const problem = validateStrictSchema(child, `${path}.properties.${key}`, defs);
      if (problem) return problem;
    }
  }
  if (types.includes('array') && s.items !== undefined) {
    const problem = validateStrictSchema(s.items, `${path}.items`, defs);
    if (problem) return problem;
  }
  if (Array.isArray(s.anyOf))
    for (const [i, child] of s.anyOf.entries()) {
      const problem = validateStrictSchema(child, `${path}.anyOf[${i}]`, defs);
      if (problem) return problem;
    }
  for (const [name, def] of Object.entries((s.$defs ?? s.definitions ?? {}) as Record<string, unknown>)) {
    const problem = validateStrictSchema(def, `${path}.$defs.${name}`, defs);
    if (problem) return problem;
  }
  return undefined;
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function promptText(body: ChatBody): string {
  return body.messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
}

function completion(body: ChatBody, seq: number, message: Record<string, unknown>, finishReason: string, usage: Usage) {
  return {
    id: `chatcmpl-fake-${seq}`,
    object: 'chat.completion',
    created: 1_700_000_000 + seq,
    model: body.model,
    system_fingerprint: 'fp_fake',
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: finishReason, logprobs: null }],
    usage,
  };
}

function usageFor(body: ChatBody, content: string, override?: Partial<Usage>): Usage {
  const prompt = override?.prompt_tokens ?? estimateTokens(promptText(body));
  const comp = override?.completion_tokens ?? estimateTokens(content);
  return { prompt_tokens: prompt, completion_tokens: comp, total_tokens: override?.total_tokens ?? prompt + comp };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function apiError(res: ServerResponse, status: number, message: string, type = 'invalid_request_error'): void {
  sendJson(res, status, { error: { message, type, param: null, code: null } });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Start the fake server on 127.0.0.1 (random port) with a scripted queue of answers. */
export async function startFakeOpenAI(script: ScriptEntry[] = [], options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const queue: ScriptEntry[] = [...script];
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let seq = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const record: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(record);
      const path = (req.url ?? '').split('?')[0];
      if (req.method !== 'POST' || (path !== '/v1/chat/completions' && path !== '/chat/completions')) {
        record.rejected = 'not found';
        return apiError(res, 404, `Unknown request URL: ${req.method} ${req.url}`);
      }
      if (body === undefined) {
        record.rejected = 'body is not JSON';
        return apiError(res, 400, 'We could not parse the JSON body of your request.');
      }
      const problem = validateChatBody(body, options);
      if (problem) {
        record.rejected = problem;
        return apiError(res, 400, problem);
      }
      const entry = queue.shift();
      if (!entry) return apiError(res, 500, 'fake OpenAI server: script exhausted (no scripted response left)', 'server_error');
      const item = typeof entry === 'function' ? entry(record) : entry;
      const chat = body as ChatBody;
      const n = ++seq;
      const respond = () => {
        if (res.destroyed) return;
        switch (item.kind) {
          case 'candidate': {
            const content = JSON.stringify({ code: item.code, rationale: item.rationale ?? 'scripted candidate' });
            return sendJson(res, 200, completion(chat, n, { content }, 'stop', usageFor(chat, content, item.usage)));
          }
          case 'content':
            return sendJson(res, 200, completion(chat, n, { content: item.content }, item.finishReason ?? 'stop', usageFor(chat, item.content, item.usage)));
          case 'refusal':
            return sendJson(res, 200, completion(chat, n, { content: null, refusal: item.refusal }, 'stop', usageFor(chat, item.refusal)));
          case 'http':
            return apiError(res, item.status, item.message ?? `scripted HTTP ${item.status}`, item.status >= 500 ? 'server_error' : 'invalid_request_error');
          case 'raw':
            return sendJson(res, 200, item.body);
        }
      };
      if (item.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          respond();
        }, item.delayMs);
        timers.add(t);
      } else respond();
    })().catch((e: unknown) => {
      if (!res.headersSent) apiError(res, 500, `fake OpenAI server error: ${(e as Error).message}`, 'server_error');
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatBodies: () => requests.filter((r) => !r.rejected && r.body !== undefined).map((r) => r.body as ChatBody),
    push: (...items) => void queue.push(...items),
    remaining: () => queue.length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
