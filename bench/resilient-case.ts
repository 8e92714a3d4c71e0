// A case that survives a server or database outage: on an error, look the workflow up by its id and wait for
// it, or start it again when the server never recorded the start. The workflow id makes the retry idempotent
// (a production client must do the same); the visibility accounting then proves no case ran twice.
import { WorkflowNotFoundError, type Client, type WorkflowHandle } from '@temporalio/client';
import { InvalidCaseInputError } from '../worker/client';
import type { TemporalSettings } from '../worker/config';
import type { LoadCase, RunOne } from './workflow-bench';

/** Wait for an existing workflow's status (what the client would have seen from the start call). */
export type Resume = (handle: WorkflowHandle) => Promise<string>;

export function resilient(run: RunOne, resume: Resume, budgetMs = 180_000): RunOne {
  return async (client: Client, settings: TemporalSettings, c: LoadCase, workflowId: string) => {
    const until = Date.now() + budgetMs;
    for (let retries = 0; ; retries++) {
      try {
        if (retries === 0) return await run(client, settings, c, workflowId);
        const handle = client.workflow.getHandle(workflowId);
        const exists = await handle.describe().then(
          () => true,
          (err: unknown) => {
            if (err instanceof WorkflowNotFoundError) return false;
            throw err;
          },
        );
        const status = exists ? await resume(handle) : (await run(client, settings, c, workflowId)).status;
        return { status, retries };
      } catch (err) {
        if (err instanceof InvalidCaseInputError || Date.now() > until) throw err;
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** retries)));
      }
    }
  };
}
