// The second spec (prior-auth-sleep-study, a home sleep apnea test) end to end on a real dev server: its own
// input field, facts, checks and rules run through the same template, worker and client as GLP-1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { SA } from '../templates/bounded-decision/search-attributes';
import { resolveWorkflow, submitReview } from '../worker/client';
import { parseCasesFile, runCases, type CaseReport } from '../worker/commands/run';
import { codecClient, createHarness, type Harness } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';
import { artifacts } from '../workflows-generated/registry';

// The latest released version serves new cases (v1 and v2 stay packaged for replay).
const LATEST = Math.max(...artifacts.filter((a) => a.info.spec === 'prior-auth-sleep-study').map((a) => a.info.specVersion));

const CASES = join(__dirname, '..', 'examples', 'prior-auth-sleep-study.cases.jsonl');

let env: TestWorkflowEnvironment;
let client: Client;
let h: Harness;
let running: Promise<void>;
let reports: CaseReport[];
const expected = new Map<string, string>();

beforeAll(async () => {
  env = await startLocalEnv();
  client = codecClient(env);
  h = await createHarness(env);
  running = h.worker.run();
  const text = readFileSync(CASES, 'utf8');
  for (const line of text.split('\n').filter(Boolean)) {
    const row = JSON.parse(line) as { id: string; expected: string };
    expected.set(row.id, row.expected);
  }
  reports = await runCases(client, h.settings, resolveWorkflow('prior-auth-sleep-study'), parseCasesFile(text, CASES), CASES);
});

afterAll(async () => {
  h?.worker.shutdown();
  await running;
  await env?.teardown();
});

describe('prior-auth-sleep-study on a real dev server', () => {
  test('every example case gets its expected outcome, by its own workflow type and rules', () => {
    expect(Object.fromEntries(reports.map((r) => [r.id, r.status]))).toEqual(Object.fromEntries(expected));
    const info = resolveWorkflow('prior-auth-sleep-study');
    expect(info.workflowType).toBe(`priorAuthSleepStudyV${LATEST}`);
    expect(info.input.field).toBe('clinical_note');
  });

  test('decided cases name the spec rule that fired; review reasons come from the spec checks', async () => {
    const byId = Object.fromEntries(reports.map((r) => [r.id, r]));
    const ruleOf = async (id: string) => ((await client.workflow.getHandle(byId[id]!.workflowId!).result()) as { ruleId?: string }).ruleId;
    expect(await ruleOf('ss01-sleepy-snorer')).toBe('sleepy-with-symptoms');
    expect(await ruleOf('ss02-obese-gasping')).toBe('obese-with-symptoms');
    expect(await ruleOf('ss03-recent-hsat')).toBe('recent-study');
    expect(await ruleOf('ss04-chf')).toBe('in-lab-required');
    expect(byId['ss06-implausible-score']!.reason).toMatch(/Implausible Epworth score/);
    expect(byId['ss07-insufficient']!.reason).toMatch(/neither an Epworth score nor OSA symptoms/);
  });

  test('a reviewer completes a waiting case; search attributes carry the spec', async () => {
    const waiting = reports.find((r) => r.id === 'ss06-implausible-score')!;
    await submitReview(client, waiting.workflowId!, { outcome: 'DENIED', reviewer: 'dr-kim', note: 'score re-checked: 13, no symptoms' });
    const result = await client.workflow.getHandle(waiting.workflowId!).result();
    expect(result).toMatchObject({ status: 'DENIED', decidedBy: 'reviewer', artifact: { spec: 'prior-auth-sleep-study', specVersion: LATEST } });
    const desc = await client.workflow.getHandle(waiting.workflowId!).describe();
    expect(desc.typedSearchAttributes.get(SA.spec)).toBe('prior-auth-sleep-study');
  });
});
