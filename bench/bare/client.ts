// Client side of the bare baseline: start + wait in one round trip (as runCase does), and its accounting.
import { WithStartWorkflowOperation, type Client, type WorkflowHandle } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import type { Accounting, RunOne } from '../workflow-bench';

export const runBareCase: RunOne = async (client, settings, c, workflowId) => {
  const startWorkflowOperation = new WithStartWorkflowOperation<Workflow>('bareWorkflow', {
    taskQueue: settings.taskQueue,
    workflowId,
    args: [{ patient_chart_summary: c.text }],
    workflowIdConflictPolicy: 'FAIL',
  });
  const out = await client.workflow.executeUpdateWithStart<Workflow, { phase: string; status: string }, []>('awaitOutcome', { startWorkflowOperation });
  return { status: out.status };
};

export async function resumeBare(handle: WorkflowHandle): Promise<string> {
  return ((await handle.result()) as { status: string }).status;
}

/** Every case visible exactly once (listed and counted) and completed. */
export async function accountBare(client: Client, prefix: string, results: { workflowId: string }[], settle = { attempts: 60, intervalMs: 500 }): Promise<Accounting> {
  const query = `WorkflowId STARTS_WITH "${prefix}-"`;
  const expected = new Set(results.map((r) => r.workflowId));
  let ids: string[] = [];
  let completed = 0;
  let counted = 0;
  // Visibility is eventually consistent: re-read until it agrees or the attempts run out.
  for (let attempt = 0; attempt < settle.attempts; attempt++) {
    ids = [];
    completed = 0;
    counted = (await client.workflow.count(query)).count;
    for await (const wf of client.workflow.list({ query })) {
      ids.push(wf.workflowId);
      if (wf.status.name === 'COMPLETED') completed++;
    }
    if (completed === expected.size && ids.length === expected.size && counted === expected.size) break;
    await new Promise((r) => setTimeout(r, settle.intervalMs));
  }
  const problems: string[] = [];
  const unique = new Set(ids);
  if (unique.size !== ids.length) problems.push(`${ids.length - unique.size} duplicated in visibility`);
  const missing = [...expected].filter((id) => !unique.has(id)).length;
  if (missing) problems.push(`${missing} missing from visibility`);
  const extra = [...unique].filter((id) => !expected.has(id)).length;
  if (extra) problems.push(`${extra} unexpected in visibility`);
  if (completed !== expected.size) problems.push(`${completed} of ${expected.size} completed`);
  if (counted !== expected.size) problems.push(`visibility counts ${counted} executions for ${expected.size} cases`);
  return { ok: problems.length === 0, problems, visible: unique.size };
}
