// awaitCase keeps asking a running workflow for its outcome when the update call fails on the way (a worker
// killed mid-batch, a server restarting), for a time budget rather than a fixed count of attempts; a workflow
// that does not exist fails at once. Scripted handles stand in for the server's failures (error cases only: the
// real paths run in faults.integration.test.ts).
import { ServiceError, WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { awaitCase } from '../worker/client';

function handle(script: { failures: number; status?: string; notFound?: boolean }) {
  let calls = 0;
  const h = {
    executeUpdate: async () => {
      calls++;
      if (calls <= script.failures) throw new ServiceError('Workflow Update failed');
      return { phase: 'awaiting_review', status: 'NEEDS_REVIEW', reason: 'r', reviewReasons: ['r'], findings: [] };
    },
    describe: async () => {
      if (script.notFound) throw new WorkflowNotFoundError('Workflow not found', 'wf', undefined);
      return { status: { name: script.status ?? 'RUNNING' } };
    },
    result: async () => ({ status: 'APPROVED', reason: 'ok', ruleId: 'x' }),
  };
  return { h: h as unknown as WorkflowHandle, calls: () => calls };
}

test('an update that keeps failing while the workflow runs is asked again past five attempts', async () => {
  const { h, calls } = handle({ failures: 6 });
  const t0 = Date.now();
  expect(await awaitCase(h, { retryMs: 60_000 })).toMatchObject({ status: 'NEEDS_REVIEW', phase: 'awaiting_review' });
  expect(calls()).toBe(7);
  expect(Date.now() - t0).toBeLessThan(30_000);
}, 40_000);

test('past its budget the last error is thrown', async () => {
  const { h } = handle({ failures: 1_000 });
  await expect(awaitCase(h, { retryMs: 500 })).rejects.toThrow('Workflow Update failed');
});

test('a workflow that closed meanwhile answers with its result', async () => {
  const { h, calls } = handle({ failures: 1, status: 'COMPLETED' });
  expect(await awaitCase(h)).toMatchObject({ status: 'APPROVED', phase: 'completed' });
  expect(calls()).toBe(1);
});

test('a workflow that does not exist fails at once', async () => {
  const { h, calls } = handle({ failures: 1, notFound: true });
  const t0 = Date.now();
  await expect(awaitCase(h)).rejects.toThrow('Workflow Update failed');
  expect(calls()).toBe(1);
  expect(Date.now() - t0).toBeLessThan(2_000);
});
