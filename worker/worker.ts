// The worker: every generated workflow (one workflow type per spec version) and the template's activities.
import { join } from 'node:path';
import type { PayloadCodec } from '@temporalio/common';
import { NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Logger } from 'pino';
import { createActivities, type ActivityDeps } from '../activities';
import { sharedSandboxedExtractors, slotSandboxOptionsFromEnv } from '../activities/compiled-extractor';
import { createFileAuditStore } from '../activities/audit-store';
import { productionScan } from '../activities/gate/second-opinion';
import { redactPhi } from '../activities/gate/phi';
import { createLlmExtractor, llmConfigFromEnv } from '../activities/llm-extraction';
import { artifacts } from '../workflows-generated/registry';
import { codecFromEnv } from './codec/encryption-codec';
import { embeddedLlmExtractor, embeddedToolCaller } from './embedded-llm';
import { createToolCaller } from '../activities/tool-caller';
import { bundleOnce } from '../temporal/bundle';
import { dataDir, type TemporalSettings } from './config';
import { connectWorker } from './connection';
import { createLogger } from './logger';

export const WORKFLOWS_PATH = require.resolve('../workflows-generated/workflows');

/** Bundle the generated workflows once per process. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  return bundleOnce(WORKFLOWS_PATH);
}

/**
 * Production dependencies: file audit store, env-configured LLM, the input gate (with its semantic second opinion
 * with CAI_GATE_SEMANTIC=on), and the slot sandbox that runs
 * compiled extractors (limits from CAI_SLOT_TIMEOUT_MS / CAI_SLOT_HEAP_MB / CAI_SLOT_THREADS).
 */
export function defaultActivityDeps(logger: Logger, env: NodeJS.ProcessEnv = process.env): ActivityDeps {
  const llmConfig = llmConfigFromEnv(env);
  const toolCaller = llmConfig ? createToolCaller(llmConfig) : embeddedToolCaller(env);
  return {
    artifacts,
    audit: createFileAuditStore(join(dataDir(env), 'audit')),
    logger,
    scan: productionScan(env, () => logger.warn('input gate: semantic opinion skipped, the embedder was busy past its budget (rules, classifier and fact guard still applied)')),
    llm: llmConfig ? createLlmExtractor(llmConfig, redactPhi) : embeddedLlmExtractor(env, redactPhi),
    extractors: sharedSandboxedExtractors(slotSandboxOptionsFromEnv(env)),
    ...(toolCaller ? { toolCaller } : {}),
  };
}

export interface WorkerOptions {
  settings: TemporalSettings;
  connection?: NativeConnection;
  deps?: ActivityDeps;
  logger?: Logger;
  maxConcurrentActivityTaskExecutions?: number;
  /** Payload codec (default: the encryption codec with keys from the environment). */
  codec?: PayloadCodec;
}

export async function createWorker(opts: WorkerOptions): Promise<Worker> {
  const logger = opts.logger ?? createLogger('worker');
  const codec = opts.codec ?? codecFromEnv(); // before connecting: a key problem is a KeyConfigError, not a connection error
  const connection = opts.connection ?? (await connectWorker(opts.settings));
  const deps = opts.deps ?? defaultActivityDeps(logger);
  // Transpile and hash-check every compiled extractor before the first case (not on its clock).
  deps.extractors?.warm?.(deps.artifacts);
  return Worker.create({
    connection,
    namespace: opts.settings.namespace,
    taskQueue: opts.settings.taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities(deps),
    maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivityTaskExecutions ?? 100,
    maxConcurrentWorkflowTaskExecutions: 100,
    dataConverter: { payloadCodecs: [codec] },
  });
}

let runtimeInstalled = false;
/** Route the SDK's own logs through pino at warn level (no payloads are logged by the SDK at that level). */
export function installRuntime(logger: Logger): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const forward = (level: 'warn' | 'error') => (message: string, meta?: Record<string, unknown>) =>
    logger[level]({ sdk: true, workflowId: meta?.workflowId, runId: meta?.runId, activityType: meta?.activityType }, message);
  Runtime.install({
    logger: {
      log: () => {},
      trace: () => {},
      debug: () => {},
      info: () => {},
      warn: forward('warn'),
      error: forward('error'),
    },
  });
}
