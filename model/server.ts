// A local OpenAI-compatible HTTP endpoint for the embedded model: the subset the openai-node v6 client uses.
//   GET  /v1/models, GET /v1/models/{id}
//   POST /v1/chat/completions  {model, messages, temperature?, top_p?, seed?, max_tokens? | max_completion_tokens?,
//                               stop?, response_format? {type: text | json_object | json_schema {schema}}}
// json_schema output is constrained by node-llama-cpp's JSON-schema grammar (see json-schema.ts for the subset);
// `usage` holds real token counts; finish_reason is 'stop' or 'length'. Requests run one at a time, each on a
// fresh context sequence. Errors are OpenAI-style JSON: {"error": {"message", "type", "param", "code"}}
// (400 bad request, 401 bad key, 404 unknown route or model, 413 body too large, 503 model not installed,
// 504 time limit). Logs carry route, status, token counts and timings only, never message contents (PHI).
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatHistoryItem } from 'node-llama-cpp';
import type { Logger } from 'pino';
import { ContextLengthError, GenerationTimeoutError, LocalModelEngine, ModelNotInstalledError, type CompletionRequest, type ResponseFormat } from './engine';
import { JsonSchemaError, toGrammarSchema } from './json-schema';
import { MODEL_SHA256, modelFilePath } from './pins';
import { localModelSettings, type LocalModelSettings } from './settings';

export interface ModelServerOptions {
  /** Port (0: a free one). Default 0. */
  port?: number;
  /** Address to bind. Default 127.0.0.1. */
  host?: string;
  /** When set, every request needs `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Context size, completion cap, time limit (default: localModelSettings(process.env)). */
  settings?: LocalModelSettings;
  /** The GGUF file (default: modelFilePath()). */
  modelFile?: string;
  /** Logs metadata only. */
  logger?: Logger;
  /** Request body limit in bytes (default 8 MiB). */
  maxBodyBytes?: number;
}

export interface ModelServer {
  /** e.g. http://127.0.0.1:8765/v1 (what OPENAI_BASE_URL takes). */
  baseURL: string;
  port: number;
  host: string;
  model: string;
  engine: LocalModelEngine;
  server: Server;
  /** Stop listening and free the model. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = 'invalid_request_error',
    readonly code: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
  }
}

const bad = (message: string, param: string | null = null, code: string | null = null) => new HttpError(400, message, 'invalid_request_error', code, param);

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

function sendError(res: ServerResponse, e: HttpError): void {
  if (res.headersSent || res.destroyed) return;
  send(res, e.status, { error: { message: e.message, type: e.type, param: e.param, code: e.code } });
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `the request body is larger than ${limit} bytes`));
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberIn(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw bad(`${name} must be a number from ${min} to ${max}`, name);
  return v;
}

function wholeIn(body: Record<string, unknown>, name: string, min: number): number | undefined {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) throw bad(`${name} must be a whole number >= ${min}`, name);
  return v;
}

function messageText(content: unknown, at: string): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part, i) => {
        if (isObj(part) && part.type === 'text' && typeof part.text === 'string') return part.text;
        throw bad(`${at}.content[${i}]: only text parts are supported by the local model`, `${at}.content`);
      })
      .join('');
  }
  throw bad(`${at}.content must be a string or an array of text parts`, `${at}.content`);
}

/** OpenAI messages → node-llama-cpp chat history. */
export function toHistory(messages: unknown): ChatHistoryItem[] {
  if (!Array.isArray(messages) || messages.length === 0) throw bad('messages must be a non-empty array', 'messages');
  return messages.map((m, i): ChatHistoryItem => {
    const at = `messages[${i}]`;
    if (!isObj(m)) throw bad(`${at} must be an object`, 'messages');
    if (m.tool_calls !== undefined && m.tool_calls !== null) throw bad(`${at}: tool calls are not supported by the local model`, 'messages');
    switch (m.role) {
      case 'system':
      case 'developer':
        return { type: 'system', text: messageText(m.content, at) };
      case 'user':
        return { type: 'user', text: messageText(m.content, at) };
      case 'assistant':
        return { type: 'model', response: [messageText(m.content, at)] };
      default:
        throw bad(`${at}.role must be system, developer, user or assistant${typeof m.role === 'string' ? ` (not ${m.role})` : ''}`, 'messages');
    }
  });
}

function responseFormat(v: unknown): ResponseFormat {
  if (v === undefined || v === null) return { type: 'text' };
  if (!isObj(v)) throw bad('response_format must be an object', 'response_format');
  if (v.type === 'text') return { type: 'text' };
  if (v.type === 'json_object') return { type: 'json_object' };
  if (v.type === 'json_schema') {
    const js = v.json_schema;
    if (!isObj(js) || js.schema === undefined) throw bad('response_format.json_schema.schema is required', 'response_format');
    try {
      return { type: 'json_schema', schema: toGrammarSchema(js.schema) };
    } catch (e) {
      if (e instanceof JsonSchemaError) throw bad(`response_format.json_schema.schema: ${e.message}`, 'response_format');
      throw e;
    }
  }
  throw bad(`response_format.type must be text, json_object or json_schema${typeof v.type === 'string' ? ` (not ${v.type})` : ''}`, 'response_format');
}

/** Validate a chat.completions body against what the local model supports (throws a 400 HttpError). */
export function parseChatRequest(body: unknown, settings: LocalModelSettings): Omit<CompletionRequest, 'signal'> {
  if (!isObj(body)) throw bad('the request body must be a JSON object');
  if (typeof body.model !== 'string' || !body.model) throw bad('model is required', 'model');
  if (body.model !== settings.model) throw new HttpError(404, `the model '${body.model}' does not exist; this endpoint serves '${settings.model}'`, 'invalid_request_error', 'model_not_found', 'model');
  if (body.stream === true) throw bad('stream is not supported by the local model server; send stream: false', 'stream');
  if (body.n !== undefined && body.n !== null && body.n !== 1) throw bad('n must be 1 on the local model server', 'n');
  if (Array.isArray(body.tools) && body.tools.length) throw bad('tools are not supported by the local model server', 'tools');
  if (Array.isArray(body.functions) && body.functions.length) throw bad('functions are not supported by the local model server', 'functions');
  if (body.logprobs === true) throw bad('logprobs are not supported by the local model server', 'logprobs');
  const history = toHistory(body.messages);
  const temperature = numberIn(body, 'temperature', 0, 2) ?? 1;
  const topP = numberIn(body, 'top_p', 0, 1);
  const seed = wholeIn(body, 'seed', 0);
  const requested = wholeIn(body, 'max_completion_tokens', 1) ?? wholeIn(body, 'max_tokens', 1);
  let stop: string[] | undefined;
  if (typeof body.stop === 'string') stop = [body.stop];
  else if (Array.isArray(body.stop)) {
    if (!body.stop.every((s) => typeof s === 'string' && s.length > 0) || body.stop.length > 4) throw bad('stop must be a string or up to 4 non-empty strings', 'stop');
    stop = body.stop as string[];
  } else if (body.stop !== undefined && body.stop !== null) throw bad('stop must be a string or an array of strings', 'stop');
  return {
    history,
    maxTokens: Math.min(requested ?? settings.maxTokens, settings.maxTokens),
    temperature,
    ...(topP !== undefined && topP < 1 ? { topP } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(stop ? { stop } : {}),
    format: responseFormat(body.response_format),
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

function translate(e: unknown): HttpError {
  if (e instanceof HttpError) return e;
  const err = e as Error;
  if (err?.name === 'ModelNotInstalledError' || e instanceof ModelNotInstalledError) return new HttpError(503, err.message, 'server_error', 'model_not_installed');
  if (err?.name === 'ContextLengthError' || e instanceof ContextLengthError) return bad(err.message, 'messages', 'context_length_exceeded');
  if (err?.name === 'GenerationTimeoutError' || e instanceof GenerationTimeoutError) return new HttpError(504, err.message, 'server_error', 'timeout');
  if (err?.name === 'EngineClosedError') return new HttpError(503, err.message, 'server_error', 'shutting_down');
  if (err?.name === 'LocalModelConfigError') return new HttpError(500, err.message, 'server_error', 'bad_configuration');
  // Runtime errors from llama.cpp carry no message contents; the message helps whoever runs the server.
  return new HttpError(500, `the local model failed: ${err?.message ?? String(e)}`, 'server_error');
}

/** Start the server (the model loads on the first completion, or call `engine.load()`). */
export async function startModelServer(options: ModelServerOptions = {}): Promise<ModelServer> {
  const settings = options.settings ?? localModelSettings();
  const logger = options.logger;
  const engine = new LocalModelEngine(settings, {
    file: options.modelFile ?? modelFilePath(),
    onLog: (level, message) => logger?.[level === 'fatal' || level === 'error' ? 'error' : 'debug']({ llamaCpp: level }, message),
  });
  const limit = options.maxBodyBytes ?? 8 * 1024 * 1024;
  const created = Math.floor(Date.now() / 1000);
  const modelObject = { id: settings.model, object: 'model', created, owned_by: 'compiled-ai' };
  const fingerprint = `cai-local-${MODEL_SHA256.slice(0, 12)}`;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<{ route: string; extra?: Record<string, unknown> }> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const route = `${req.method} ${path}`;
    if (options.apiKey !== undefined) {
      const auth = req.headers.authorization ?? '';
      const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
      if (given === undefined || !timingSafeEqual(digest(given), digest(options.apiKey))) {
        throw new HttpError(401, 'a valid API key is required: Authorization: Bearer <key>', 'invalid_request_error', 'invalid_api_key');
      }
    }
    if (req.method === 'GET' && path === '/v1/models') {
      send(res, 200, { object: 'list', data: [modelObject] });
      return { route };
    }
    const one = /^\/v1\/models\/(.+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const id = decodeURIComponent(one[1]!);
      if (id !== settings.model) throw new HttpError(404, `the model '${id}' does not exist; this endpoint serves '${settings.model}'`, 'invalid_request_error', 'model_not_found');
      send(res, 200, modelObject);
      return { route: 'GET /v1/models/{id}' };
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const raw = await readBody(req, limit);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch (e) {
        // V8's message quotes the body; only the position goes back (the body may hold PHI).
        const at = /position (\d+)/.exec((e as Error).message)?.[1];
        throw bad(`the request body is not valid JSON${at ? ` (at position ${at})` : ''}`);
      }
      const parsed = parseChatRequest(body, settings);
      const gone = new AbortController();
      const onClose = () => {
        if (!res.writableFinished) gone.abort(new Error('the client closed the connection'));
      };
      res.on('close', onClose);
      try {
        const r = await engine.complete({ ...parsed, signal: gone.signal }).catch((e: unknown) => {
          if (gone.signal.aborted) throw new HttpError(499, 'the client closed the connection', 'invalid_request_error', 'client_closed');
          throw e;
        });
        send(res, 200, {
          id: `chatcmpl-${randomBytes(12).toString('hex')}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: settings.model,
          system_fingerprint: fingerprint,
          choices: [{ index: 0, message: { role: 'assistant', content: r.text, refusal: null }, logprobs: null, finish_reason: r.finishReason }],
          usage: { prompt_tokens: r.promptTokens, completion_tokens: r.completionTokens, total_tokens: r.promptTokens + r.completionTokens },
        });
        return {
          route,
          extra: { format: parsed.format.type, promptTokens: r.promptTokens, completionTokens: r.completionTokens, finish: r.finishReason, ...r.timings },
        };
      } finally {
        res.off('close', onClose);
      }
    }
    throw new HttpError(404, `unknown route ${req.method} ${path} (this server answers GET /v1/models and POST /v1/chat/completions)`, 'invalid_request_error', 'unknown_url');
  };

  const server = createServer((req, res) => {
    const started = Date.now();
    handle(req, res).then(
      ({ route, extra }) => logger?.info({ route, status: res.statusCode, ms: Date.now() - started, ...extra }, 'model request'),
      (e: unknown) => {
        const err = translate(e);
        sendError(res, err);
        const log = err.status >= 500 ? logger?.error.bind(logger) : logger?.info.bind(logger);
        log?.({ route: `${req.method} ${(req.url ?? '/').split('?')[0]}`, status: err.status, code: err.code, ms: Date.now() - started, ...(err.status >= 500 ? { error: err.message } : {}) }, 'model request failed');
      },
    );
  });
  server.requestTimeout = 0; // completions can run for minutes; the engine applies settings.timeoutMs
  server.headersTimeout = 60_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    baseURL: `http://${urlHost}:${port}/v1`,
    port,
    host,
    model: settings.model,
    engine,
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await engine.dispose();
    },
  };
}
