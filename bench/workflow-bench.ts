// Workflow load: cases at a given concurrency through real workers, then every case accounted for exactly
// once against the server's own visibility data and the audit store. Used by the benchmark and the load test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { NativeConnection, type Worker } from '@temporalio/worker';
import pino from 'pino';
import { createFileAuditStore, type AuditStore } from '../activities/audit-store';
import { scanInput } from '../activities/gate';
import { artifacts } from '../workflows-generated/registry';
import { resolveWorkflow, runCase } from '../worker/client';
import type { TemporalSettings } from '../worker/config';
import { createEncryptionCodec } from '../worker/codec/encryption-codec';
import { newKeyBase64, parseKeyList } from '../worker/codec/keys';
import { createWorker } from '../worker/worker';
import { summarize } from './stats';

export interface LoadCase {
  id: string;
  text: string;
}

export interface LoadResult {
  concurrency: number;
  cases: number;
  wallMs: number;
  throughput: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
  statuses: Record<string, number>;
  accounting: Accounting;
  /** Cases the client had to retry (a server or database outage); only with a retrying `run`. */
  retried?: number;
}

export interface Accounting {
  ok: boolean;
  problems: string[];
  visible: number;
}

/** One case through the server: the status its client saw. */
export type RunOne = (client: Client, settings: TemporalSettings, c: LoadCase, workflowId: string) => Promise<{ status: string; retries?: number }>;

export const runGlp1Case: RunOne = async (client, settings, c, workflowId) => {
  const info = resolveWorkflow('prior-auth-glp1');
  const { outcome } = await runCase(client, settings, info, { [info.input.field]: c.text }, workflowId);
  return { status: outcome.status };
};

export interface LoadOptions {
  /** How a case is run (default: the GLP-1 workflow, no retries). */
  run?: RunOne;
  /** Updated as cases finish, for a fault driver watching the batch. */
  progress?: { done: number };
  /** How the batch is checked against visibility (default: `account` with the audit store). */
  account?: (prefix: string, results: { workflowId: string; status: string }[]) => Promise<Accounting>;
  /** Filled with the status the client saw, by case number (to compare runs case by case). */
  byCase?: string[];
  /** At most this many case starts per second (a small batch paced so that faults land mid-batch). */
  ratePerSec?: number;
}

export interface WorkflowBench {
  runs: LoadResult[];
  outcomes: Record<string, number>;
}

/** Start `n` cases (cycling through `cases`) with bounded concurrency; then check the accounting. */
export async function runLoad(
  client: Client,
  settings: TemporalSettings,
  audit: AuditStore,
  cases: LoadCase[],
  n: number,
  concurrency: number,
  prefix: string,
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const run = opts.run ?? runGlp1Case;
  const results: { workflowId: string; status: string; ms: number; retries: number }[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < n) {
      const i = next++;
      const c = cases[i % cases.length]!;
      const workflowId = `${prefix}-${String(i).padStart(5, '0')}`;
      if (opts.ratePerSec) await new Promise((r) => setTimeout(r, Math.max(0, started + (i * 1000) / opts.ratePerSec! - performance.now())));
      const t0 = performance.now();
      const r = await run(client, settings, c, workflowId);
      results.push({ workflowId, status: r.status, ms: performance.now() - t0, retries: r.retries ?? 0 });
      if (opts.byCase) opts.byCase[i] = r.status;
      if (opts.progress) opts.progress.done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const wallMs = performance.now() - started;
  const statuses = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  const accounting = await (opts.account ?? ((p, r) => account(client, audit, p, r)))(prefix, results);
  return {
    concurrency,
    cases: n,
    wallMs,
    throughput: (n / wallMs) * 1000,
    latencyMs: summarize(results.map((r) => r.ms)),
    statuses,
    accounting,
    ...(opts.run ? { retried: results.filter((r) => r.retries > 0).length } : {}),
  };
}

/** Every started case is visible exactly once (listed and counted), in the state its client saw, with exactly one decision record. */
export async function account(client: Client, audit: AuditStore, prefix: string, results: { workflowId: string; status: string }[]) {
  const expected = new Map(results.map((r) => [r.workflowId, r.status]));
  const query = `WorkflowId STARTS_WITH "${prefix}-"`;
  let seen = new Map<string, { status: string; outcome?: string }>();
  let dupes: string[] = [];
  let counted = 0;
  for (let attempt = 0; attempt < 60; attempt++) {
    seen = new Map();
    dupes = [];
    counted = (await client.workflow.count(query)).count;
    for await (const wf of client.workflow.list({ query })) {
      if (seen.has(wf.workflowId)) dupes.push(wf.workflowId);
      const outcome = wf.searchAttributes?.CaiOutcome as string[] | undefined;
      seen.set(wf.workflowId, { status: wf.status.name, outcome: outcome?.[0] });
    }
    const settled = [...expected].every(([id, s]) => {
      const v = seen.get(id);
      return v && (s === 'NEEDS_REVIEW' ? v.status === 'RUNNING' && v.outcome === 'NEEDS_REVIEW' : v.status === 'COMPLETED' && v.outcome === s);
    });
    if (settled && seen.size === expected.size && counted === expected.size) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const problems: string[] = [];
  if (dupes.length) problems.push(`${dupes.length} duplicated in visibility`);
  if (counted !== expected.size) problems.push(`visibility counts ${counted} executions for ${expected.size} cases`);
  const missing = [...expected.keys()].filter((id) => !seen.has(id));
  if (missing.length) problems.push(`${missing.length} missing from visibility`);
  const extra = [...seen.keys()].filter((id) => !expected.has(id));
  if (extra.length) problems.push(`${extra.length} unexpected in visibility`);
  const mismatched = [...expected].filter(([id, s]) => {
    const v = seen.get(id);
    return v && (s === 'NEEDS_REVIEW' ? v.status !== 'RUNNING' || v.outcome !== 'NEEDS_REVIEW' : v.status !== 'COMPLETED' || v.outcome !== s);
  });
  if (mismatched.length) problems.push(`${mismatched.length} in another state than the client saw`);
  let badAudit = 0;
  for (const [id, s] of expected) {
    const records = await audit.list(id);
    const decisions = records.filter((r) => r.kind === 'decision').length;
    const requests = records.filter((r) => r.kind === 'review-requested').length;
    if (s === 'NEEDS_REVIEW' ? requests !== 1 || decisions !== 0 : decisions !== 1) badAudit++;
  }
  if (badAudit) problems.push(`${badAudit} without exactly one audit record`);
  return { ok: problems.length === 0, problems, visible: seen.size };
}

export interface LoadRig {
  workers: Worker[];
  running: Promise<void>[];
  audit: AuditStore;
  settings: TemporalSettings;
  stop(): Promise<void>;
}

/** Two workers (as two deployments would run) on one task queue, sharing an audit store. */
export async function startWorkers(connection: NativeConnection, settings: TemporalSettings, codec: PayloadCodec, count = 2): Promise<LoadRig> {
  const audit = createFileAuditStore(mkdtempSync(join(tmpdir(), 'cai-bench-audit-')));
  const logger = pino({ level: 'warn' });
  const workers: Worker[] = [];
  const extra: NativeConnection[] = [];
  for (let i = 0; i < count; i++) {
    // Each worker gets its own connection, as separate deployments would (one poller set per connection).
    const conn = i === 0 ? connection : await NativeConnection.connect({ address: settings.address });
    if (i > 0) extra.push(conn);
    workers.push(await createWorker({ settings, connection: conn, logger, codec, deps: { artifacts, audit, logger, scan: scanInput } }));
  }
  const running = workers.map((w) => w.run());
  return {
    workers,
    running,
    audit,
    settings,
    async stop() {
      for (const w of workers) w.shutdown();
      await Promise.all(running);
      await Promise.all(extra.map((c) => c.close()));
    },
  };
}

export async function runWorkflowBench(cases: LoadCase[], c100Cases: number): Promise<WorkflowBench> {
  const { startLocalEnv } = await import('../test/helpers/temporal');
  const env = await startLocalEnv();
  const settings: TemporalSettings = { address: env.address, namespace: 'default', taskQueue: 'bench', uiUrl: 'http://127.0.0.1:8233' };
  // Payloads are encrypted as in production, so the numbers include the codec's cost.
  const codec = createEncryptionCodec(parseKeyList(`bench:${newKeyBase64()}`, 'bench key'));
  const client = new Client({ connection: env.connection, namespace: 'default', dataConverter: { payloadCodecs: [codec] } });
  const rig = await startWorkers(env.nativeConnection, settings, codec);
  const runs: LoadResult[] = [];
  try {
    // Warm-up: bundle, caches, connections.
    await runLoad(client, settings, rig.audit, cases, 20, 10, 'warmup');
    for (const [concurrency, n] of [
      [1, 40],
      [10, 300],
      [100, c100Cases],
    ] as const) {
      const r = await runLoad(client, settings, rig.audit, cases, n, concurrency, `bench-c${concurrency}`);
      console.log(`concurrency ${concurrency}: ${n} cases, p50 ${r.latencyMs.p50.toFixed(1)} ms, p99 ${r.latencyMs.p99.toFixed(1)} ms, ${r.throughput.toFixed(1)} cases/s, accounted: ${r.accounting.ok ? 'yes' : r.accounting.problems.join('; ')}`);
      runs.push(r);
    }
  } finally {
    await rig.stop();
    await env.teardown();
  }
  const outcomes = runs.reduce<Record<string, number>>((acc, r) => {
    for (const [k, v] of Object.entries(r.statuses)) acc[k] = (acc[k] ?? 0) + v;
    return acc;
  }, {});
  return { runs, outcomes };
}
