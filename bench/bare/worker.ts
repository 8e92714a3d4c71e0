// A worker process for the bare baseline, configured like the product's worker (TEMPORAL_ADDRESS, TLS,
// CAI_TASK_QUEUE, the payload codec from CAI_ENCRYPTION_KEYS / CAI_KEY_FILE) and with the same slot limits.
import { Worker } from '@temporalio/worker';
import { bundleOnce } from '../../temporal/bundle';
import { codecFromEnv } from '../../worker/codec/encryption-codec';
import { temporalSettings } from '../../worker/config';
import { connectWorker } from '../../worker/connection';
import { bareActivities } from './activities';

async function main(): Promise<void> {
  const settings = temporalSettings();
  const codec = codecFromEnv();
  const worker = await Worker.create({
    connection: await connectWorker(settings),
    namespace: settings.namespace,
    taskQueue: settings.taskQueue,
    workflowBundle: await bundleOnce(require.resolve('./workflow')),
    activities: bareActivities,
    maxConcurrentActivityTaskExecutions: 100,
    maxConcurrentWorkflowTaskExecutions: 100,
    dataConverter: { payloadCodecs: [codec] },
  });
  // The same readiness line as the product worker's log, for the worker pool.
  process.stderr.write(`${JSON.stringify({ msg: 'worker started', taskQueue: settings.taskQueue })}\n`);
  await worker.run();
}

main().catch((err: Error) => {
  process.stderr.write(`bare worker: ${err.message}\n`);
  process.exit(1);
});
