// The model client against the local fake OpenAI-compatible server: the structured-output request the real
// API accepts, usage accounting, fence stripping, and typed errors for refusals, bad JSON, HTTP errors, timeouts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createModelClient, modelConfigFromEnv, ModelOutputError, ModelUnavailableError, stripCodeFences } from '../compiler/llm-client';
import { startFakeOpenAI, validateChatBody, type FakeOpenAI } from './helpers/fake-openai-server';

const prompt = { system: 'You write code.', user: 'Write decide().' };
let server: FakeOpenAI;

beforeEach(async () => {
  server = await startFakeOpenAI();
});
afterEach(async () => {
  await server.close();
});

describe('createModelClient', () => {
  it('sends one strict structured-output request and returns code, rationale, usage and model', async () => {
    server.push({ kind: 'candidate', code: 'export const x = 1;\n', rationale: 'because', usage: { prompt_tokens: 120, completion_tokens: 30 } });
    const client = createModelClient({ baseURL: server.url, apiKey: 'test-key', model: 'fake-coder-1', seed: 11, maxTokens: 500, codeFormat: 'json' });
    const answer = await client.complete(prompt);
    expect(answer).toEqual({ code: 'export const x = 1;\n', rationale: 'because', usage: { prompt: 120, completion: 30, total: 150 }, model: 'fake-coder-1' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.rejected).toBeUndefined();
    expect(server.requests[0]!.path).toBe('/v1/chat/completions');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer test-key');
    const body = server.chatBodies()[0]!;
    expect(body.model).toBe('fake-coder-1');
    expect(body.temperature).toBe(0);
    expect(body.seed).toBe(11);
    expect(body.max_completion_tokens).toBe(500);
    expect(body.messages).toEqual([
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ]);
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.strict).toBe(true);
    expect(body.response_format?.json_schema?.schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['code', 'rationale'],
    });
  });

  it('strips a Markdown fence the model wrapped around the code', async () => {
    server.push({ kind: 'candidate', code: '```ts\nexport const x = 1;\n```' });
    const answer = await createModelClient({ baseURL: server.url, model: 'm', apiKey: 'k', codeFormat: 'json' }).complete(prompt);
    expect(answer.code).toBe('export const x = 1;\n');
    expect(stripCodeFences('no fence')).toBe('no fence');
    expect(stripCodeFences('```typescript\na\nb\n```\n')).toBe('a\nb\n');
  });

  it('turns refusals, malformed JSON, wrong shapes and truncation into ModelOutputError', async () => {
    const client = createModelClient({ baseURL: server.url, model: 'm', apiKey: 'k', codeFormat: 'json' });
    server.push(
      { kind: 'refusal', refusal: 'I cannot help with that.' },
      { kind: 'content', content: '{"code": "x", "ration' },
      { kind: 'content', content: '{"source": "x"}' },
      { kind: 'content', content: '{"code": "x"', finishReason: 'length' },
      { kind: 'content', content: '' },
    );
    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const e = await client.complete(prompt).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(ModelOutputError);
      kinds.push((e as ModelOutputError).kind);
    }
    expect(kinds).toEqual(['refusal', 'invalid-json', 'invalid-json', 'truncated', 'no-output']);
  });

  it('turns HTTP errors, timeouts and unreachable endpoints into ModelUnavailableError with a clear message', async () => {
    server.push({ kind: 'http', status: 500, message: 'upstream overloaded' }, { kind: 'http', status: 401, message: 'bad key' });
    const client = createModelClient({ baseURL: server.url, model: 'm', apiKey: 'k', codeFormat: 'json' });
    const e500 = (await client.complete(prompt).catch((e: unknown) => e)) as ModelUnavailableError;
    expect(e500).toBeInstanceOf(ModelUnavailableError);
    expect(e500.status).toBe(500);
    expect(e500.message).toMatch(/answered HTTP 500: .*upstream overloaded/);
    const e401 = (await client.complete(prompt).catch((e: unknown) => e)) as ModelUnavailableError;
    expect(e401.message).toMatch(/HTTP 401.*check OPENAI_API_KEY/);
    expect(server.requests).toHaveLength(2); // maxRetries: 0 — no SDK retries

    server.push({ kind: 'candidate', code: 'x', delayMs: 2000 });
    const slow = createModelClient({ baseURL: server.url, model: 'm', apiKey: 'k', timeoutMs: 200, codeFormat: 'json' });
    const eSlow = (await slow.complete(prompt).catch((e: unknown) => e)) as ModelUnavailableError;
    expect(eSlow).toBeInstanceOf(ModelUnavailableError);
    expect(eSlow.message).toMatch(/did not answer within 200 ms/);

    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const eDown = (await createModelClient({ baseURL: `http://127.0.0.1:${port}/v1`, model: 'm', apiKey: 'k', codeFormat: 'json' })
      .complete(prompt)
      .catch((e: unknown) => e)) as ModelUnavailableError;
    expect(eDown).toBeInstanceOf(ModelUnavailableError);
    expect(eDown.message).toMatch(/cannot reach the model endpoint http:\/\/127\.0\.0\.1:\d+\/v1/);
  });
});

describe('fake OpenAI server validation', () => {
  const good = () => ({
    model: 'm',
    temperature: 0,
    messages: [{ role: 'user', content: 'hi' }],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'candidate', strict: true, schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false } },
    },
  });

  it('accepts what the real API accepts and rejects what it refuses, with HTTP 400', async () => {
    expect(validateChatBody(good())).toBeUndefined();
    const cases: [string, (b: ReturnType<typeof good>) => unknown][] = [
      ['not strict', (b) => ({ ...b, response_format: { ...b.response_format, json_schema: { ...b.response_format.json_schema, strict: false } } })],
      ['json_object', (b) => ({ ...b, response_format: { type: 'json_object' } })],
      ['additionalProperties', (b) => ({ ...b, response_format: { ...b.response_format, json_schema: { ...b.response_format.json_schema, schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } } } })],
      ['required', (b) => ({ ...b, response_format: { ...b.response_format, json_schema: { ...b.response_format.json_schema, schema: { type: 'object', properties: { a: { type: 'string' } }, required: [], additionalProperties: false } } } })],
      ['role', (b) => ({ ...b, messages: [{ role: 'robot', content: 'hi' }] })],
      ['temperature', (b) => ({ ...b, temperature: '0' })],
      ['unknown key', (b) => ({ ...b, retries: 3 })],
    ];
    for (const [name, mutate] of cases) expect([name, validateChatBody(mutate(good()))]).toEqual([name, expect.any(String)]);
    const res = await fetch(`${server.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...good(), retries: 3 }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Unrecognized request argument supplied: retries/);
    expect(server.requests[0]!.rejected).toBeDefined();
    server.push({ kind: 'candidate', code: 'x' });
    const ok = await fetch(`${server.url.replace(/\/v1$/, '')}/chat/completions`, { method: 'POST', body: JSON.stringify(good()) });
    expect(ok.status).toBe(200);
  });

  it('answers 500 when its script is exhausted, so a test never hangs', async () => {
    const res = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: JSON.stringify(good()) });
    expect(res.status).toBe(500);
  });
});

describe('modelConfigFromEnv', () => {
  it('reads OPENAI_BASE_URL, OPENAI_API_KEY, CAI_MODEL (or OPENAI_MODEL); undefined when no model is configured', () => {
    expect(modelConfigFromEnv({})).toBeUndefined();
    expect(modelConfigFromEnv({ OPENAI_BASE_URL: 'http://x/v1' })).toBeUndefined();
    expect(modelConfigFromEnv({ CAI_MODEL: 'm' })).toBeUndefined();
    expect(modelConfigFromEnv({ CAI_MODEL: 'm', OPENAI_BASE_URL: 'http://x/v1' })).toEqual({ model: 'm', baseURL: 'http://x/v1' });
    expect(modelConfigFromEnv({ OPENAI_MODEL: 'o', OPENAI_API_KEY: 'k' })).toEqual({ model: 'o', apiKey: 'k' });
    expect(modelConfigFromEnv({ CAI_MODEL: 'c', OPENAI_MODEL: 'o', OPENAI_API_KEY: 'k' })?.model).toBe('c');
  });
});

describe('parseFencedAnswer (the default answer format)', () => {
  const { parseFencedAnswer } = require('../compiler/llm-client') as typeof import('../compiler/llm-client');
  it('takes the ts block and keeps the prose as rationale', () => {
    const got = parseFencedAnswer('Here it is:\n```ts\nexport function decide() {\n  return 1;\n}\n```\nIt maps rule 1.');
    expect(got).toEqual({ code: 'export function decide() {\n  return 1;\n}\n', rationale: 'Here it is: It maps rule 1.' });
  });
  it('takes the longest code block, accepts typescript/bare fences and an unterminated last fence', () => {
    expect(parseFencedAnswer('```\na\n```\n```typescript\nlonger code\n```')?.code).toBe('longer code\n');
    expect(parseFencedAnswer('```ts\nexport const x = 1;\n')?.code).toBe('export const x = 1;\n');
  });
  it('ignores blocks in other languages and answers without code', () => {
    expect(parseFencedAnswer('```json\n{"a":1}\n```')).toBeUndefined();
    expect(parseFencedAnswer('no code here')).toBeUndefined();
  });
});
