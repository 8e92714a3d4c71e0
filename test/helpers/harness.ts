// A worker on a test environment, with injectable dependencies and a captured log stream.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities, type ActivityDeps } from '../../activities';
import { createFileAuditStore } from '../../activities/audit-store';
import { scanInput } from '../../activities/gate';
import { artifacts } from '../../workflows-generated/registry';
import { createEncryptionCodec } from '../../worker/codec/encryption-codec';
import { newKeyBase64, parseKeyList, type Keyring } from '../../worker/codec/keys';
import type { TemporalSettings } from '../../worker/config';
import { workflowBundle } from '../../worker/worker';

// Payloads in tests are encrypted like in production, with a key made for this test process.
const TEST_KEYS = `test-k1:${newKeyBase64()}`;
/** The test keyring as CAI_ENCRYPTION_KEYS (for CLI subprocesses and codec servers in tests). */
export const testKeysEnv = (): string => TEST_KEYS;
export const testKeyring = (): Keyring => parseKeyList(TEST_KEYS, 'test keys');
let codec: PayloadCodec | undefined;
export function testCodec(): PayloadCodec {
  codec ??= createEncryptionCodec(testKeyring());
  return codec;
}
/**
 * A client on the test server that encodes/decodes with the test codec (env.client has no codec). On the
 * time-skipping server it is the SDK's TimeSkippingClient, so waiting on a result still skips time.
 */
export function codecClient(env: TestWorkflowEnvironment, payloadCodec: PayloadCodec = testCodec()): Client {
  const options = { connection: env.connection, namespace: env.namespace ?? 'default', dataConverter: { payloadCodecs: [payloadCodec] } };
  if (!env.supportsTimeSkipping) return new Client(options);
  const { TimeSkippingClient } = require('@temporalio/testing/lib/client') as typeof import('@temporalio/testing/lib/client');
  return new TimeSkippingClient(options);
}

export interface Harness {
  worker: Worker;
  settings: TemporalSettings;
  deps: ActivityDeps;
  auditDir: string;
  logs: () => string;
}

export async function createHarness(
  env: TestWorkflowEnvironment,
  overrides: Partial<ActivityDeps> = {},
  taskQueue = `tq-${Math.random().toString(36).slice(2)}`,
  payloadCodec: PayloadCodec = testCodec(),
): Promise<Harness> {
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
    dataConverter: { payloadCodecs: [payloadCodec] },
  });
  const settings: TemporalSettings = {
    address: env.address,
    namespace: env.namespace ?? 'default',
    taskQueue,
    uiUrl: 'http://127.0.0.1:8233',
  };
  return { worker, settings, deps, auditDir, logs: () => chunks.join('') };
}
