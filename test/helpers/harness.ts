// A worker on a test environment, with injectable dependencies and a captured log stream.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities, type ActivityDeps } from '../../activities';
import { createFileAuditStore } from '../../activities/audit-store';
import { scanInput } from '../../activities/gate';
import { artifacts } from '../../workflows-generated/registry';
import type { TemporalSettings } from '../../worker/config';
import { workflowBundle } from '../../worker/worker';

export interface Harness {
  worker: Worker;
  settings: TemporalSettings;
  deps: ActivityDeps;
  auditDir: string;
  logs: () => string;
}

export async function createHarness(env: TestWorkflowEnvironment, overrides: Partial<ActivityDeps> = {}, taskQueue = `tq-${Math.random().toString(36).slice(2)}`): Promise<Harness> {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const auditDir = mkdtempSync(join(tmpdir(), 'cai-audit-'));
  const deps: ActivityDeps = {
    artifacts,
    audit: createFileAuditStore(auditDir),
    logger: pino({ level: 'info' }, sink),
    scan: scanInput,
    ...overrides,
  };
  const worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities(deps),
  });
  const settings: TemporalSettings = {
    address: env.address,
    namespace: env.namespace ?? 'default',
    taskQueue,
    uiUrl: 'http://127.0.0.1:8233',
  };
  return { worker, settings, deps, auditDir, logs: () => chunks.join('') };
}
