// The direct tool call (the function-call template's model fallback and the BFCL direct baseline) against a local
// OpenAI-compatible fake: arguments constrained by the tool's schema, nulls dropped, real usage, and refused
// requests rejected for good (LlmRequestRejected, which the workflow does not retry) while 5xx stay retryable.
import { LlmRequestRejected } from '../activities/llm-extraction';
import { argumentsSchema, createToolCaller } from '../activities/tool-caller';
import type { ToolSchema } from '../templates/function-call/types';
import { startFakeOpenAI, type FakeOpenAI } from './helpers/fake-openai-server';

const TOOL: ToolSchema = {
  name: 'get_directions',
  description: 'Directions between two places.',
  parameters: { type: 'dict', properties: { start: { type: 'string' }, end: { type: 'string' }, route: { type: 'string', enum: ['fastest', 'scenic'] } }, required: ['start', 'end'] },
};

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const caller = (f: FakeOpenAI) => createToolCaller({ baseURL: f.url, apiKey: 'k', model: 'm', timeoutMs: 5000, maxTokens: 100 });

it('asks for every parameter (optional ones nullable) and drops the nulls', async () => {
  expect(argumentsSchema(TOOL)).toMatchObject({ required: ['start', 'end', 'route'], properties: { route: { anyOf: [{ type: 'string', enum: ['fastest', 'scenic'] }, { type: 'null' }] } } });
  fake = await startFakeOpenAI([{ kind: 'content', content: '{"start":"Sydney","end":"Melbourne","route":null}', usage: { prompt_tokens: 200, completion_tokens: 20, total_tokens: 220 } }]);
  const a = await caller(fake).call(TOOL, 'from Sydney to Melbourne');
  expect(a.call).toEqual({ kind: 'call', name: 'get_directions', arguments: { start: 'Sydney', end: 'Melbourne' } });
  expect(a.usage.total).toBe(220);
});

it('rejects a refused request for good and leaves server errors retryable', async () => {
  fake = await startFakeOpenAI([{ kind: 'http', status: 401 }, { kind: 'http', status: 503 }]);
  await expect(caller(fake).call(TOOL, 'q')).rejects.toBeInstanceOf(LlmRequestRejected);
  const second = caller(fake).call(TOOL, 'q');
  await expect(second).rejects.not.toBeInstanceOf(LlmRequestRejected);
  await expect(second).rejects.toMatchObject({ status: 503 });
});
