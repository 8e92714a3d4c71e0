// The embedded model's OpenAI-compatible endpoint, end to end: the real server (ensureLocalEndpoint, in this
// process) on the real model file, called through the real `openai` client. Nothing is skipped: without the
// model every test fails with the instruction to run `npm run model:install`. Prompts are tiny and completions
// capped (~30 tokens), so the whole file takes well under a minute on 2 idle CPU cores. The limits are generous
// because llama.cpp slows down sharply when other processes (a parallel jest worker) compete for the cores.
import OpenAI, { APIError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { closeLocalEndpoint, defaultModelConfig, ensureLocalEndpoint, isModelInstalled, localModelInfo, type LocalEndpoint } from '../model/local-endpoint';
import { MODEL_NAME } from '../model/pins';
import { startModelServer } from '../model/server';
import { localModelSettings } from '../model/settings';

jest.setTimeout(300_000);

const Sum = z.object({ sum: z.number().int(), parity: z.enum(['even', 'odd']) });
const SUM_PROMPT: OpenAI.ChatCompletionMessageParam[] = [
  { role: 'system', content: 'Answer with JSON only.' },
  { role: 'user', content: 'What is 2 + 3, and is it even or odd?' },
];

let endpoint: LocalEndpoint;
let client: OpenAI;

beforeAll(async () => {
  const info = localModelInfo();
  if (!isModelInstalled()) {
    throw new Error(`the embedded model is not installed (${info.problem}: ${info.file}); run \`npm run model:install\` before the tests`);
  }
  endpoint = await ensureLocalEndpoint();
  client = new OpenAI({ baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, maxRetries: 0, timeout: 300_000 });
}, 120_000);

afterAll(async () => {
  await closeLocalEndpoint();
});

function post(path: string, body: string, auth = true): Promise<Response> {
  return fetch(`${endpoint.baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${endpoint.apiKey}` } : {}) },
    body,
  });
}

async function expectJsonError(res: Response, status: number, message: RegExp, code?: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { message: string; type: string; code: string | null } };
  expect(body.error.message).toMatch(message);
  expect(typeof body.error.type).toBe('string');
  if (code !== undefined) expect(body.error.code).toBe(code);
}

describe('embedded model endpoint', () => {
  test('serves the pinned model on 127.0.0.1 and lists it', async () => {
    expect(endpoint.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(endpoint.model).toBe(MODEL_NAME);
    expect((await ensureLocalEndpoint()).baseURL).toBe(endpoint.baseURL); // one server per process
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual([MODEL_NAME]);
  });

  test('json_schema output through client.chat.completions.parse validates, with real token counts', async () => {
    const completion = await client.chat.completions.parse({
      model: endpoint.model,
      messages: SUM_PROMPT,
      temperature: 0,
      seed: 7,
      max_completion_tokens: 30,
      response_format: zodResponseFormat(Sum, 'sum'),
    });
    const choice = completion.choices[0]!;
    expect(choice.finish_reason).toBe('stop');
    expect(Sum.safeParse(choice.message.parsed).success).toBe(true);
    expect(choice.message.parsed!.sum).toBe(5);
    expect(completion.model).toBe(MODEL_NAME);
    const usage = completion.usage!;
    expect(usage.prompt_tokens).toBeGreaterThan(0);
    expect(usage.completion_tokens).toBeGreaterThan(0);
    expect(usage.completion_tokens).toBeLessThanOrEqual(30);
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);

    // Greedy decoding on a fresh sequence: the same request gives the same bytes.
    const again = await client.chat.completions.create({ model: endpoint.model, messages: SUM_PROMPT, temperature: 0, seed: 7, max_completion_tokens: 30, response_format: zodResponseFormat(Sum, 'sum') });
    expect(again.choices[0]!.message.content).toBe(choice.message.content);
    expect(again.usage).toEqual(usage);
  });

  test('plain text stops at max_tokens with finish_reason length', async () => {
    const completion = await client.chat.completions.create({
      model: endpoint.model,
      messages: [{ role: 'user', content: 'Count from 1 to 50, separated by commas.' }],
      temperature: 0,
      max_tokens: 4,
    });
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]!.finish_reason).toBe('length');
    expect(completion.choices[0]!.message.content).toMatch(/1/);
    expect(completion.usage!.completion_tokens).toBe(4);
  });

  test('a body that is not JSON is a 400 JSON error', async () => {
    await expectJsonError(await post('/chat/completions', '{"model": "x", messages: ['), 400, /not valid JSON/);
  });

  test('an unknown route is a 404 JSON error', async () => {
    await expectJsonError(await post('/completions', '{}'), 404, /unknown route POST \/v1\/completions/, 'unknown_url');
    const res = await fetch(`${endpoint.baseURL}/embeddings`, { headers: { authorization: `Bearer ${endpoint.apiKey}` } });
    await expectJsonError(res, 404, /unknown route GET \/v1\/embeddings/, 'unknown_url');
  });

  test('bad requests say what is wrong', async () => {
    const msg = JSON.stringify({ role: 'user', content: 'hi' });
    await expectJsonError(await post('/chat/completions', `{"model": "gpt-4o", "messages": [${msg}]}`), 404, /model 'gpt-4o' does not exist/, 'model_not_found');
    await expectJsonError(await post('/chat/completions', `{"model": "${MODEL_NAME}", "messages": []}`), 400, /messages must be a non-empty array/);
    await expectJsonError(await post('/chat/completions', `{"model": "${MODEL_NAME}", "messages": [${msg}], "stream": true}`), 400, /stream is not supported/);
    await expectJsonError(await post('/chat/completions', `{"model": "${MODEL_NAME}", "messages": [${msg}], "max_tokens": -1}`), 400, /max_tokens must be a whole number/);
    const notSchema = { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object', properties: { a: { not: { type: 'string' } } } } } };
    await expectJsonError(await post('/chat/completions', JSON.stringify({ model: MODEL_NAME, messages: [JSON.parse(msg)], response_format: notSchema })), 400, /#\/properties\/a: "not" cannot be enforced/);
    await expectJsonError(await post('/chat/completions', `{"model": "${MODEL_NAME}", "messages": [${msg}]}`, false), 401, /API key is required/, 'invalid_api_key');
    // The client surfaces these as APIError with the status and message.
    const err = await client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).status).toBe(404);
  });

  test('a request past the time limit is a 504; closing the server stops it', async () => {
    const server = await startModelServer({ settings: { ...localModelSettings({}), timeoutMs: 1_500 } });
    try {
      await server.engine.load();
      const res = await fetch(`${server.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: MODEL_NAME, messages: [{ role: 'user', content: 'Count from 1 to 500.' }], temperature: 0, max_tokens: 1000 }),
      });
      await expectJsonError(res, 504, /did not finish within 1500 ms \(CAI_LOCAL_MODEL_TIMEOUT_MS\)/, 'timeout');
    } finally {
      await server.close();
    }
  });

  test('defaultModelConfig: the environment wins; otherwise the embedded endpoint', async () => {
    expect(await defaultModelConfig({ OPENAI_BASE_URL: 'http://localhost:11434/v1', CAI_MODEL: 'llama3' })).toBeUndefined();
    expect(await defaultModelConfig({ CAI_MODEL: 'gpt-4o', OPENAI_API_KEY: 'k' })).toBeUndefined();
    expect(await defaultModelConfig({ CAI_LOCAL_MODEL: 'off' })).toBeUndefined();
    expect(await defaultModelConfig({ CAI_MODEL_FILE: '/nonexistent/model.gguf' })).toBeUndefined();
    const cfg = await defaultModelConfig({});
    expect(cfg).toEqual({ model: MODEL_NAME, baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, timeoutMs: expect.any(Number), maxTokens: expect.any(Number) });
  });
});
