// The review SLA on the time-skipping test server: an unanswered review escalates when the SLA expires,
// then a reviewer's decision still completes the case; a prompt answer never escalates.
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { resolveWorkflow, startCase } from '../worker/client';
import type { CaseProgress, CaseResult } from '../templates/bounded-decision/types';
import { codecClient, createHarness, type Harness } from './helpers/harness';
import { startTimeSkippingEnv } from './helpers/temporal';

let env: TestWorkflowEnvironment;
let client: Client; // with the test codec (env.client has none)
let h: Harness;

beforeAll(async () => {
  env = await startTimeSkippingEnv();
  client = codecClient(env);
});

// A worker cannot run again after runUntil, so each test gets its own.
beforeEach(async () => {
  h = await createHarness(env);
});

afterAll(async () => {
  await env?.teardown();
});

const info = () => resolveWorkflow('prior-auth-glp1');
const insufficient = { patient_chart_summary: 'Follow-up visit. Medication request paperwork completed.' };

test('an unanswered review escalates at the SLA, and a late review still completes the case', async () => {
  await h.worker.runUntil(async () => {
    const started = await startCase(client, h.settings, info(), insufficient);
    const waiting = await started.handle.executeUpdate<CaseProgress, []>('awaitOutcome');
    expect(waiting).toMatchObject({ phase: 'awaiting_review', reviewState: 'waiting' });

    await env.sleep(info().review.slaSeconds * 1000 + 60_000);
    const escalated = await started.handle.query<CaseProgress>('progress');
    expect(escalated.reviewState).toBe('escalated');
    const kinds = (await h.deps.audit.list(started.workflowId)).map((r) => r.kind);
    expect(kinds).toContain('escalated');
    expect(h.logs()).toMatch(/review SLA expired: escalated/);

    await started.handle.executeUpdate('review', { args: [{ outcome: 'APPROVED', reviewer: 'dr-ortiz', note: 'late review' }] });
    const result = (await started.handle.result()) as CaseResult;
    expect(result).toMatchObject({ status: 'APPROVED', decidedBy: 'reviewer', escalated: true, review: { reviewer: 'dr-ortiz' } });
  });
});

test('a review inside the SLA does not escalate', async () => {
  await h.worker.runUntil(async () => {
    const started = await startCase(client, h.settings, info(), insufficient);
    await started.handle.executeUpdate('awaitOutcome');
    await env.sleep(info().review.slaSeconds * 500);
    await started.handle.signal('reviewSignal', { outcome: 'DENIED', reviewer: 'dr-kim' });
    const result = (await started.handle.result()) as CaseResult;
    expect(result).toMatchObject({ status: 'DENIED', escalated: false });
    const kinds = (await h.deps.audit.list(started.workflowId)).map((r) => r.kind);
    expect(kinds).not.toContain('escalated');
  });
});
