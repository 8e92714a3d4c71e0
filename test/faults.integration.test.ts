// Faults on real components: a worker process killed with SIGKILL mid-batch, the dev server stopped and
// restarted on its SQLite file, and poison input in a batch. Nothing may be lost, duplicated or decided twice.
import { spawn, type ChildProcess, execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities } from '../activities';
import { createFileAuditStore } from '../activities/audit-store';
import { scanInput } from '../activities/gate';
import { artifacts } from '../workflows-generated/registry';
import { awaitCase, resolveWorkflow, startCase } from '../worker/client';
import type { TemporalSettings } from '../worker/config';
import { workflowBundle } from '../worker/worker';
import { SEARCH_ATTRIBUTE_NAMES } from '../templates/bounded-decision/search-attributes';
import { codecClient, testCodec, testKeysEnv } from './helpers/harness';
import { startLocalEnv, temporalCliPath } from './helpers/temporal';

const ROOT = join(__dirname, '..');
const execFileP = promisify(execFile);
const info = () => resolveWorkflow('prior-auth-glp1');
const CHARTS = [
  { text: 'Type 2 diabetes (E11.9). A1c 8.0%. BMI 28.', status: 'APPROVED' },
  { text: 'No diabetes, A1c 5.4%. BMI 36. Failed a supervised 6-month diet program.', status: 'APPROVED' },
  { text: 'BMI 33. No diabetes; A1c 5.2%. Has not tried any weight-management therapy.', status: 'DENIED' },
  { text: 'Routine follow-up. Forms attached.', status: 'NEEDS_REVIEW' },
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function countDecisionFiles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.decision.json')).length;
  } catch {
    return 0;
  }
}

describe('a worker killed with SIGKILL mid-batch', () => {
  jest.setTimeout(180_000);

  test('a new worker completes every case, each with exactly one audit record', async () => {
    const env = await startLocalEnv();
    const dataDir = mkdtempSync(join(tmpdir(), 'cai-fault-'));
    const taskQueue = 'sigkill';
    const client = codecClient(env);
    const settings: TemporalSettings = { address: env.address, namespace: 'default', taskQueue, uiUrl: '' };
    const spawnWorker = (): ChildProcess =>
      spawn(process.execPath, [join(ROOT, 'bin', 'compiled-ai.js'), 'worker'], {
        cwd: ROOT,
        env: { ...process.env, TEMPORAL_ADDRESS: env.address, CAI_TASK_QUEUE: taskQueue, CAI_DATA_DIR: dataDir, CAI_ENCRYPTION_KEYS: testKeysEnv(), OPENAI_BASE_URL: '', OPENAI_API_KEY: '', CAI_MODEL: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    try {
      const n = 80;
      const started = [];
      for (let i = 0; i < n; i++) started.push(await startCase(client, settings, info(), { patient_chart_summary: CHARTS[i % CHARTS.length]!.text }, `kill-${i}`));
      const first = spawnWorker();
      const auditDir = join(dataDir, 'audit');
      // Kill it once it is visibly in the middle of the batch.
      await waitFor(() => countDecisionFiles(auditDir) >= 5, 90_000, 'the first worker to decide some cases');
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      const doneBeforeKill = countDecisionFiles(auditDir);
      expect(doneBeforeKill).toBeLessThan(n);

      const second = spawnWorker();
      try {
        const outcomes = await Promise.all(started.map((s) => awaitCase(s.handle)));
        outcomes.forEach((o, i) => expect(o.status).toBe(CHARTS[i % CHARTS.length]!.status));
        const audit = createFileAuditStore(auditDir);
        for (const [i, s] of started.entries()) {
          const records = await audit.list(s.workflowId);
          const expected = CHARTS[i % CHARTS.length]!.status === 'NEEDS_REVIEW' ? 'review-requested' : 'decision';
          expect(records.map((r) => r.kind)).toEqual([expected]);
        }
      } finally {
        second.kill('SIGTERM');
        await new Promise((r) => second.once('exit', r));
      }
    } finally {
      await env.teardown();
    }
  });
});

describe('the dev server stopped and restarted on its SQLite file', () => {
  jest.setTimeout(180_000);

  test('waiting and running cases continue after the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cai-sqlite-'));
    const port = await freePort();
    const address = `127.0.0.1:${port}`;
    const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--headless', '--db-filename', join(dir, 'dev.sqlite'), '--log-level', 'error', ...SEARCH_ATTRIBUTE_NAMES.flatMap((s) => ['--search-attribute', `${s}=Keyword`])];
    const startServer = async (): Promise<ChildProcess> => {
      const proc = spawn(temporalCliPath(), args, { stdio: 'ignore', env: { ...process.env, TEMPORAL_VERSION_CHECK_DISABLED: '1' } });
      await waitFor(async () => {
        try {
          await execFileP(temporalCliPath(), ['operator', 'cluster', 'health', '--address', address]);
          return true;
        } catch {
          return false;
        }
      }, 60_000, 'the dev server to be healthy');
      return proc;
    };
    const stopServer = async (proc: ChildProcess) => {
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    };

    let server = await startServer();
    const nativeConnection = await NativeConnection.connect({ address });
    const connection = await Connection.connect({ address });
    const client = new Client({ connection, dataConverter: { payloadCodecs: [testCodec()] } });
    const auditDir = mkdtempSync(join(tmpdir(), 'cai-audit-'));
    const settings: TemporalSettings = { address, namespace: 'default', taskQueue: 'restart', uiUrl: '' };
    const worker = await Worker.create({
      connection: nativeConnection,
      taskQueue: settings.taskQueue,
      workflowBundle: await workflowBundle(),
      activities: createActivities({ artifacts, audit: createFileAuditStore(auditDir), logger: pino({ level: 'silent' }), scan: scanInput }),
      dataConverter: { payloadCodecs: [testCodec()] },
    });
    const running = worker.run();
    try {
      const waiting = await startCase(client, settings, info(), { patient_chart_summary: CHARTS[3]!.text }, 'restart-waiting');
      expect((await awaitCase(waiting.handle)).status).toBe('NEEDS_REVIEW');
      // Start a burst and stop the server right away: some are mid-flight when it goes down.
      const burst = [];
      for (let i = 0; i < 12; i++) burst.push(await startCase(client, settings, info(), { patient_chart_summary: CHARTS[i % 3]!.text }, `restart-burst-${i}`));
      await stopServer(server);
      server = await startServer();

      const outcomes = await Promise.all(burst.map((b) => awaitCase(b.handle)));
      outcomes.forEach((o, i) => expect(o.status).toBe(CHARTS[i % 3]!.status));
      await waiting.handle.executeUpdate('review', { args: [{ outcome: 'APPROVED', reviewer: 'dr-restart' }] });
      expect(await waiting.handle.result()).toMatchObject({ status: 'APPROVED', decidedBy: 'reviewer' });
      const audit = createFileAuditStore(auditDir);
      for (const b of burst) expect((await audit.list(b.workflowId)).filter((r) => r.kind === 'decision')).toHaveLength(1);
    } finally {
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
      await stopServer(server);
    }
  });
});

describe('poison input', () => {
  jest.setTimeout(120_000);

  test('is rejected clearly while the rest of the batch runs', async () => {
    const env = await startLocalEnv();
    const dataDir = mkdtempSync(join(tmpdir(), 'cai-poison-'));
    const client = codecClient(env);
    const settings: TemporalSettings = { address: env.address, namespace: 'default', taskQueue: 'poison', uiUrl: '' };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: settings.taskQueue,
      workflowBundle: await workflowBundle(),
      activities: createActivities({ artifacts, audit: createFileAuditStore(join(dataDir, 'audit')), logger: pino({ level: 'silent' }), scan: scanInput }),
      dataConverter: { payloadCodecs: [testCodec()] },
    });
    try {
      await worker.runUntil(async () => {
        const file = join(dataDir, 'poison.jsonl');
        const big = 'A1c 5.0%. '.repeat(1_000_000); // 10 MB chart
        const nested = `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
        const lines = [
          Buffer.from(JSON.stringify({ id: 'good-1', input: { patient_chart_summary: CHARTS[0]!.text } })),
          Buffer.from(JSON.stringify({ id: 'huge', input: { patient_chart_summary: big } })),
          Buffer.concat([Buffer.from('{"id":"bad-utf8","input":{"patient_chart_summary":"BMI 31 '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')]),
          Buffer.from(JSON.stringify({ id: 'binary', input: { patient_chart_summary: 'BMI 31\u0000\u0001\u0002' } })),
          Buffer.from(nested),
          Buffer.from(JSON.stringify({ id: 'wrong-type', input: { patient_chart_summary: ['BMI', 31] } })),
          Buffer.from(JSON.stringify({ id: 'good-2', input: { patient_chart_summary: CHARTS[2]!.text } })),
        ];
        writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
        const out = await execFileP(process.execPath, [join(ROOT, 'bin', 'compiled-ai.js'), 'run', 'prior-auth-glp1', '--cases', file, '--json'], {
          cwd: ROOT,
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, TEMPORAL_ADDRESS: env.address, CAI_TASK_QUEUE: settings.taskQueue, CAI_ENCRYPTION_KEYS: testKeysEnv(), OPENAI_BASE_URL: '', OPENAI_API_KEY: '', CAI_MODEL: '' },
        }).catch((e) => e as { code: number; stdout: string; stderr: string });
        expect((out as { code?: number }).code).toBe(1);
        const reports = String(out.stdout).trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string; reason: string });
        expect(reports.map((r) => [r.id, r.status])).toEqual([
          ['good-1', 'APPROVED'],
          ['huge', 'INVALID_INPUT'],
          ['line-3', 'INVALID_INPUT'],
          ['binary', 'INVALID_INPUT'],
          ['line-5', 'INVALID_INPUT'],
          ['wrong-type', 'INVALID_INPUT'],
          ['good-2', 'DENIED'],
        ]);
        const why = Object.fromEntries(reports.map((r) => [r.id, r.reason]));
        expect(why.huge).toMatch(/input\.patient_chart_summary: is 10000000 characters; at most 20000/);
        expect(why['line-3']).toMatch(/poison\.jsonl:3: not valid UTF-8/);
        expect(why.binary).toMatch(/binary control characters/);
        expect(why['line-5']).toMatch(/poison\.jsonl:5: (invalid JSON|missing "input")/);
        expect(why['wrong-type']).toMatch(/must be a string, got array/);
        expect(String(out.stderr)).not.toMatch(/\n\s+at /); // messages, not stack traces

        // Started directly (bypassing the CLI), an oversized input fails the workflow with a clear, non-retryable error.
        const direct = await startCase(client, settings, info(), { patient_chart_summary: 'BMI 31. '.repeat(5000) }, 'direct-oversized');
        await expect(direct.handle.result()).rejects.toMatchObject({ cause: { type: 'InvalidInput', message: expect.stringMatching(/at most 20000/) } });
      });
    } finally {
      await env.teardown();
    }
  });
});
