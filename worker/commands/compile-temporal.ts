// `compiled-ai compile --temporal`: a client for compile workflows and, unless the compile worker runs
// elsewhere (`compiled-ai worker --compiler`), a compile worker in this process on compiled-ai-compiler.
import type { Worker } from '@temporalio/worker';
import type { Logger } from 'pino';
import { modelConfigFromEnv } from '../../compiler/llm-client';
import { createCompileWorker, temporalCompileRunner } from '../../compiler/service/runner';
import { COMPILER_TASK_QUEUE, type CompileWorkflowRunner } from '../../compiler/service/types';
import { codecFromEnv } from '../codec/encryption-codec';
import { workflowUiLink, type TemporalSettings } from '../config';
import { connectClient, connectWorker } from '../connection';

export interface TemporalCompileSetup {
  runner: CompileWorkflowRunner;
  close(): Promise<void>;
}

/** The compile worker of `worker --compiler` and `compile --temporal` (model from the environment). */
export async function startCompileWorker(settings: TemporalSettings, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<{ worker: Worker; running: Promise<void> }> {
  const codec = codecFromEnv(env);
  const connection = await connectWorker(settings);
  const modelConfig = modelConfigFromEnv(env);
  const worker = await createCompileWorker({
    connection,
    namespace: settings.namespace,
    taskQueue: env.CAI_COMPILER_TASK_QUEUE ?? COMPILER_TASK_QUEUE,
    codec,
    deps: { logger, ...(modelConfig ? { modelConfig } : {}) },
  });
  const running = worker.run().finally(() => connection.close());
  return { worker, running };
}

export async function setUpTemporalCompile(settings: TemporalSettings, logger: Logger, localWorker: boolean, env: NodeJS.ProcessEnv = process.env): Promise<TemporalCompileSetup> {
  const client = await connectClient(settings, codecFromEnv(env));
  const local = localWorker ? await startCompileWorker(settings, logger, env) : undefined;
  const runner = temporalCompileRunner(client, {
    taskQueue: env.CAI_COMPILER_TASK_QUEUE ?? COMPILER_TASK_QUEUE,
    link: (workflowId, runId) => workflowUiLink(settings, workflowId, runId),
  });
  return {
    runner,
    async close() {
      if (local) {
        try {
          local.worker.shutdown();
        } catch {
          // already shutting down (e.g. the SDK's own SIGINT handling)
        }
        await local.running.catch(() => undefined);
      }
      await client.connection.close();
    },
  };
}
