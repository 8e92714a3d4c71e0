// The bare baseline: the template's interaction (update-with-start `awaitOutcome`) and its three local
// activities on the automatic path (gate, extraction, audit), with no product logic in either.
import { allHandlersFinished, condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { BareActivities } from './activities';

export const bareOutcome = defineUpdate<{ phase: string; status: string }>('awaitOutcome');

const local = proxyLocalActivities<BareActivities>({ startToCloseTimeout: '10 seconds', retry: { maximumAttempts: 3 } });

export async function bareWorkflow(input: Record<string, string>): Promise<{ status: string }> {
  let done = false;
  setHandler(bareOutcome, async () => {
    await condition(() => done);
    return { phase: 'completed', status: 'DONE' };
  });
  // The same payloads as the product's activities carry (the case text), so the codec costs the same.
  const text = Object.values(input)[0] ?? '';
  await local.step({ n: 1, text });
  await local.step({ n: 2, text });
  await local.step({ n: 3, text });
  done = true;
  await condition(allHandlersFinished);
  return { status: 'DONE' };
}
