// The slot sandbox end to end on a real Temporal dev server: a registered artifact whose compiled extractor
// loops forever, or allocates without bound, is stopped within its limit and its case waits for review with
// the reason; cases of other artifacts on the same worker, started while the runaway runs, are still decided,
// and so are cases started after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { sandboxedExtractors } from '../activities/compiled-extractor';
import { createSlotSandbox, type SlotSandbox } from '../sandbox';
import { artifacts } from '../workflows-generated/registry';
import { resolveWorkflow, runCase } from '../worker/client';
import { codecClient, createHarness, type Harness } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';

jest.setTimeout(180_000);
const LIMIT_MS = 800;
const RUNAWAY = {
  'loops forever': `export function extract(text: string) {\n  let n = 0;\n  while (text.length >= 0) n++;\n  return { facts: {}, found: {}, uncertain: [String(n)] };\n}\n`,
  'allocates without bound': `export function extract(text: string) {\n  const keep: number[][] = [];\n  for (;;) keep.push(new Array(1 << 20).fill(text.length));\n}\n`,
};
const glp1 = artifacts.find((a) => a.info.spec === 'prior-auth-glp1' && a.info.specVersion === 1)!;
const sleepInfo = resolveWorkflow('prior-auth-sleep-study@v1');
const sleepCases = readFileSync(join(__dirname, '..', 'examples', 'prior-auth-sleep-study.cases.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; input: Record<string, string>; expected: string })
  .filter((c) => c.expected !== 'NEEDS_REVIEW')
  .slice(0, 3);

let env: TestWorkflowEnvironment;
let client: Client;

beforeAll(async () => {
  env = await startLocalEnv();
  client = codecClient(env);
});
afterAll(async () => {
  await env?.teardown();
});

describe.each(Object.entries(RUNAWAY))('a compiled extractor that %s', (what, code) => {
  let h: Harness;
  let sandbox: SlotSandbox;
  let running: Promise<void>;

  beforeAll(async () => {
    // A 32 MB heap: the allocating slot reaches it well before its time limit.
    sandbox = createSlotSandbox({ threads: 2, limits: { callTimeoutMs: LIMIT_MS, heapMb: 32 } });
    h = await createHarness(env, { artifacts: artifacts.map((a) => (a === glp1 ? { ...a, extractorSource: code } : a)), extractors: sandboxedExtractors(sandbox) });
    running = h.worker.run();
  });
  afterAll(async () => {
    h?.worker.shutdown();
    await running;
    await sandbox?.close();
  });

  test('is stopped within its limit: the case goes to review with the reason, and the worker keeps deciding other cases', async () => {
    const t0 = Date.now();
    const runaway = runCase(client, h.settings, resolveWorkflow('prior-auth-glp1@v1'), { patient_chart_summary: 'Type 2 diabetes. HbA1c 8.2%. BMI 31.' });
    // Other cases on the same worker while the runaway runs, and after it.
    const during = await Promise.all(sleepCases.map((c) => runCase(client, h.settings, sleepInfo, c.input)));
    const stopped = await runaway;
    const elapsed = Date.now() - t0;
    const after = await runCase(client, h.settings, sleepInfo, sleepCases[0]!.input);

    expect(stopped.outcome.status).toBe('NEEDS_REVIEW');
    const limit = what === 'loops forever' ? `time limit (${LIMIT_MS} ms)` : 'memory limit (32 MB heap)';
    expect(stopped.outcome.reviewReasons).toEqual([`compiled extractor stopped: the slot exceeded its ${limit} and was stopped; not decided automatically`]);
    expect(elapsed).toBeLessThan(LIMIT_MS + 10_000);
    expect(during.map((r) => r.outcome.status)).toEqual(sleepCases.map((c) => c.expected));
    expect(after.outcome.status).toBe(sleepCases[0]!.expected);

    // The audit trail records the review request and why; the log names the limit, not the chart.
    const records = await h.deps.audit.list(stopped.workflowId);
    expect(records.find((r) => r.kind === 'review-requested')?.reason).toMatch(/compiled extractor stopped/);
    expect(h.logs()).toContain('compiled extractor stopped by the slot sandbox');
    expect(h.logs()).not.toContain('HbA1c 8.2%');
    expect(sandbox.stats().stopped[what === 'loops forever' ? 'time' : 'memory']).toBe(1);
  });
});
