// Node side of compilation as a Temporal workflow: the compile worker (task queue compiled-ai-compiler) and
// a runner that starts one compile workflow per spec and streams its progress (a query) while it runs.
import { randomBytes } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { Worker, type NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { SA } from '../../templates/bounded-decision/search-attributes';
import { bundleOnce } from '../../temporal/bundle';
import type { CompileProgress } from '../compile-loop';
import { createCompileActivities, type CompileActivityDeps } from './activities';
import { COMPILE_WORKFLOW_TYPE, COMPILER_TASK_QUEUE, type CompileWorkflowInput, type CompileWorkflowResult, type CompileWorkflowRunner } from './types';

export const COMPILE_WORKFLOWS_PATH = require.resolve('./workflows');

/** Bundle the compile workflow once per process. */
export function compileWorkflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  return bundleOnce(COMPILE_WORKFLOWS_PATH);
}

export interface CompileWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  deps?: CompileActivityDeps;
  codec: PayloadCodec;
}

/** A worker for compile workflows and their activities (it writes artifacts on this machine). */
export async function createCompileWorker(opts: CompileWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace ?? 'default',
    taskQueue: opts.taskQueue ?? COMPILER_TASK_QUEUE,
    workflowBundle: await compileWorkflowBundle(),
    activities: createCompileActivities(opts.deps),
    // Stages are CPU-bound (typecheck, sandboxed execution): a few at a time.
    maxConcurrentActivityTaskExecutions: 4,
    dataConverter: { payloadCodecs: [opts.codec] },
  });
}

export interface RunnerOptions {
  taskQueue?: string;
  /** Builds the Web UI link of a run. */
  link?: (workflowId: string, runId: string) => string;
  pollMs?: number;
}

export function compileWorkflowId(input: Pick<CompileWorkflowInput, 'spec' | 'specVersion' | 'specHash'>): string {
  return `compile-${input.spec}-v${input.specVersion}-${input.specHash.slice(0, 12)}-${randomBytes(4).toString('hex')}`;
}

/** Start compile workflows on a client and wait for their results, forwarding progress events. */
export function temporalCompileRunner(client: Client, opts: RunnerOptions = {}): CompileWorkflowRunner {
  return {
    async run(input, hooks = {}): Promise<CompileWorkflowResult> {
      const handle = await client.workflow.start(COMPILE_WORKFLOW_TYPE, {
        taskQueue: opts.taskQueue ?? COMPILER_TASK_QUEUE,
        workflowId: compileWorkflowId(input),
        args: [input],
        typedSearchAttributes: [
          { key: SA.spec, value: input.spec },
          { key: SA.specVersion, value: String(input.specVersion) },
        ],
      });
      hooks.onStarted?.({ workflowId: handle.workflowId, runId: handle.firstExecutionRunId, ...(opts.link ? { link: opts.link(handle.workflowId, handle.firstExecutionRunId) } : {}) });
      let seen = 0;
      const flush = async () => {
        if (!hooks.onProgress) return;
        try {
          const events = await handle.query<CompileProgress[]>('compileProgress');
          for (const e of events.slice(seen)) hooks.onProgress(e);
          seen = Math.max(seen, events.length);
        } catch {
          // progress is best effort; the result is authoritative
        }
      };
      const result = handle.result() as Promise<CompileWorkflowResult>;
      let done = false;
      void result.then(
        () => (done = true),
        () => (done = true),
      );
      while (!done) {
        await Promise.race([result.catch(() => undefined), new Promise((r) => setTimeout(r, opts.pollMs ?? 500))]);
        if (!done) await flush();
      }
      await flush();
      return result;
    },
  };
}
