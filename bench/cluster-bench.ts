// `npm run bench:cluster`: the production topology, verified. Brings a real Temporal server on PostgreSQL up
// from nothing (scripts/cluster.sh), runs a batch through three worker processes, and mid-batch, one at a
// time, SIGKILLs a worker, restarts the server and restarts PostgreSQL. Every case is accounted for exactly
// once against the server's visibility (list + count) and the audit store, and decided as in the clean run.
// Beside it, the same batch on the dev server (start-dev) and a bare workflow with the same activities on
// both, so the template's overhead is a ratio. Writes reports/cluster.{md,json}; exits 1 on any problem.
//
//   tsx bench/cluster-bench.ts [--cases 1000] [--workers 3] [--concurrency 50] [--faults worker,server,postgres]
//                              [--faults-rate N] [--no-dev] [--no-bare] [--out reports/cluster] [--keep]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Client } from '@temporalio/client';
import { createFileAuditStore } from '../activities/audit-store';
import { cluster, clusterAddress, clusterBinariesPresent } from '../temporal/cluster';
import { startLocalEnv, temporalCliPath } from '../temporal/local-env';
import { awaitCase } from '../worker/client';
import { createEncryptionCodec } from '../worker/codec/encryption-codec';
import { newKeyBase64, parseKeyList } from '../worker/codec/keys';
import { temporalSettings, type TemporalSettings } from '../worker/config';
import { connectClient } from '../worker/connection';
import { accountBare, resumeBare, runBareCase } from './bare/client';
import { checkCodecServer, type CodecCheck } from './codec-check';
import { injectFaults, parseFaults, type FaultName, type FaultRecord } from './faults';
import { glp1Cases } from './glp1-cases';
import { writeClusterReport } from './cluster-report';
import { resilient } from './resilient-case';
import { round, summarize } from './stats';
import { startWorkerPool, type WorkerPool } from './worker-pool';
import { runGlp1Case, runLoad, type LoadCase, type LoadResult } from './workflow-bench';

const ROOT = join(__dirname, '..');
const USAGE = `usage: tsx bench/cluster-bench.ts [options]   (npm run bench:cluster = --out reports/cluster)
  --cases N          cases per run (default 1000)
  --workers N        worker processes (default 3)
  --concurrency N    cases in flight from the client (default 50)
  --faults LIST      mid-batch faults, one at a time: worker,server,postgres (default all three)
  --faults-rate N    pace the faults run at N case starts per second (small batches)
  --no-dev           skip the dev-server runs
  --no-bare          skip the bare-workflow baseline
  --out PATH         write PATH.md and PATH.json (relative to the repository)
  --keep             leave the cluster running afterwards`;

export interface BenchOptions {
  cases: number;
  workers: number;
  concurrency: number;
  faults: FaultName[];
  /** Paces the faults run (case starts per second), so a small batch lasts long enough for its faults. */
  faultsRate?: number;
  dev: boolean;
  bare: boolean;
  out?: string;
  keep: boolean;
}

export interface RunReport extends LoadResult {
  server: 'cluster' | 'dev';
  workload: 'product' | 'bare';
  faults?: FaultRecord[];
  /** Close − start of the completed executions, from the server's visibility (not the client's clock), ms. */
  executionMs?: { n: number; p50: number; p99: number; max: number };
  /** 1-minute load average when the run began (the machine is shared). */
  loadAverage: number;
}

export interface ClusterBenchResult {
  options: BenchOptions;
  clusterUpMs: number;
  runs: RunReport[];
  codec?: CodecCheck;
  problems: string[];
}

function positive(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number >= 1, got "${v}"`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string' },
      workers: { type: 'string' },
      concurrency: { type: 'string' },
      faults: { type: 'string' },
      'faults-rate': { type: 'string' },
      'no-dev': { type: 'boolean' },
      'no-bare': { type: 'boolean' },
      out: { type: 'string' },
      keep: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const workers = positive('workers', values.workers, 3);
  const faults = parseFaults(values.faults ?? 'worker,server,postgres');
  if (faults.includes('worker') && workers < 2) throw new Error('--faults worker needs --workers 2 or more (one is killed while the others run)');
  return {
    cases: positive('cases', values.cases, 1000),
    workers,
    concurrency: positive('concurrency', values.concurrency, 50),
    faults,
    ...(values['faults-rate'] ? { faultsRate: positive('faults-rate', values['faults-rate'], 1) } : {}),
    dev: !values['no-dev'],
    bare: !values['no-bare'],
    out: values.out,
    keep: Boolean(values.keep),
  };
}

interface Target {
  server: 'cluster' | 'dev';
  address: string;
  namespace: string;
  restartServer?: () => Promise<string>;
  restartPostgres?: () => Promise<string>;
}

/** Everything one target's runs share: keys, the workers' data dir (audit store), their logs. */
interface Shared {
  keysEnv: string;
  dataDir: string;
  logDir: string;
}

function poolFor(workload: 'product' | 'bare', target: Target, shared: Shared, taskQueue: string, count: number): Promise<WorkerPool> {
  return startWorkerPool({
    name: `${target.server}-${workload}`,
    count,
    args: workload === 'product' ? [join(ROOT, 'bin', 'compiled-ai.js'), 'worker'] : ['-r', 'tsx/cjs', join(ROOT, 'bench', 'bare', 'worker.ts')],
    cwd: ROOT,
    logDir: shared.logDir,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: target.address,
      TEMPORAL_NAMESPACE: target.namespace,
      CAI_TASK_QUEUE: taskQueue,
      CAI_DATA_DIR: shared.dataDir,
      CAI_ENCRYPTION_KEYS: shared.keysEnv,
      // Compiled extractors only: the run-time model is not part of this measurement.
      OPENAI_BASE_URL: '',
      OPENAI_API_KEY: '',
      CAI_MODEL: '',
      CAI_LOCAL_MODEL: 'off',
      TEMPORAL_VERSION_CHECK_DISABLED: '1',
    },
  });
}

/** Execution times of a batch's completed workflows as the server recorded them. */
async function executionTimes(client: Client, prefix: string): Promise<RunReport['executionMs']> {
  const ms: number[] = [];
  for await (const wf of client.workflow.list({ query: `WorkflowId STARTS_WITH "${prefix}-" AND ExecutionStatus = "Completed"` })) {
    if (wf.closeTime) ms.push(wf.closeTime.getTime() - wf.startTime.getTime());
  }
  const { n, p50, p99, max } = summarize(ms);
  return { n, p50, p99, max };
}

async function runTarget(target: Target, opts: BenchOptions, shared: Shared, cases: LoadCase[], problems: string[]): Promise<{ runs: RunReport[]; lastCase?: string; decided: string[] }> {
  const codec = createEncryptionCodec(parseKeyList(shared.keysEnv, 'bench keys'));
  // The production configuration path: TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE (and TLS variables) read by temporalSettings.
  const base = temporalSettings({ ...process.env, TEMPORAL_ADDRESS: target.address, TEMPORAL_NAMESPACE: target.namespace });
  const client: Client = await connectClient(base, codec);
  const audit = createFileAuditStore(join(shared.dataDir, 'audit'));
  const runs: RunReport[] = [];
  const say = (r: RunReport) =>
    console.log(
      `${r.server} ${r.workload}${r.faults ? ' + faults' : ''}: ${r.cases} cases, ${r.throughput.toFixed(1)} cases/s, p50 ${r.latencyMs.p50.toFixed(0)} ms, p99 ${r.latencyMs.p99.toFixed(0)} ms (executions p99 ${r.executionMs?.p99.toFixed(0)} ms), ` +
        `accounted: ${r.accounting.ok ? 'yes' : r.accounting.problems.join('; ')}${r.retried !== undefined ? `, client retries: ${r.retried}` : ''}`,
    );
  const tag = `${target.server}-${Date.now().toString(36)}`;
  const measure = async (workload: RunReport['workload'], load: Promise<LoadResult>, prefix: string, faults?: Promise<FaultRecord[]>): Promise<RunReport> => {
    const loadAverage = round(loadavg()[0]!, 2);
    const [result, injected] = await Promise.all([load, faults]);
    const r: RunReport = { server: target.server, workload, ...result, ...(injected ? { faults: injected } : {}), executionMs: await executionTimes(client, prefix), loadAverage };
    runs.push(r);
    say(r);
    return r;
  };

  if (opts.bare) {
    const settings: TemporalSettings = { ...base, taskQueue: `bench-bare-${tag}` };
    const pool = await poolFor('bare', target, shared, settings.taskQueue, opts.workers);
    try {
      const run = resilient(runBareCase, resumeBare);
      const account = (prefix: string, results: { workflowId: string }[]) => accountBare(client, prefix, results);
      await runLoad(client, settings, audit, cases, 30, 10, `${tag}-warmup-bare`, { run, account });
      await measure('bare', runLoad(client, settings, audit, cases, opts.cases, opts.concurrency, `${tag}-bare`, { run, account }), `${tag}-bare`);
    } finally {
      await pool.stop();
    }
    problems.push(...pool.unexpectedExits().map((e) => `worker exited on its own: ${e}`));
  }

  const settings: TemporalSettings = { ...base, taskQueue: `bench-product-${tag}` };
  const pool = await poolFor('product', target, shared, settings.taskQueue, opts.workers);
  let lastCase: string | undefined;
  const clean: string[] = [];
  try {
    const run = resilient(runGlp1Case, async (h) => (await awaitCase(h)).status);
    await runLoad(client, settings, audit, cases, 30, 10, `${tag}-warmup`, { run });
    await measure('product', runLoad(client, settings, audit, cases, opts.cases, opts.concurrency, `${tag}-product`, { run, byCase: clean }), `${tag}-product`);
    lastCase = `${tag}-product-${String(opts.cases - 1).padStart(5, '0')}`;
    if (target.server === 'cluster' && opts.faults.length) {
      const progress = { done: 0 };
      const faulted: string[] = [];
      const victim = 0; // the first worker process
      const { faults = [] } = await measure(
        'product',
        runLoad(client, settings, audit, cases, opts.cases, opts.concurrency, `${tag}-faults`, { run, progress, byCase: faulted, ratePerSec: opts.faultsRate }),
        `${tag}-faults`,
        injectFaults(opts.faults, opts.cases, progress, {
          worker: async () => {
            const pid = pool.pids()[victim];
            await pool.kill(victim);
            // As an orchestrator would: a replacement starts; the next fault waits until it polls.
            const t0 = performance.now();
            const after = pool.respawn(victim).then(() => `replacement polling after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
            return { detail: `SIGKILL worker pid ${pid}, replacement started`, after };
          },
          server: async () => ({ detail: (await target.restartServer!()).split('\n').join('; ') }),
          postgres: async () => ({ detail: (await target.restartPostgres!()).split('\n').join('; ') }),
        }),
      );
      for (const f of faults) console.log(`  fault ${f.fault} at case ${f.atCase}: ${f.injected ? `${f.detail}; action ${(f.actionMs / 1000).toFixed(1)} s, cases completing again after ${(f.recoveryMs / 1000).toFixed(1)} s` : `NOT injected (${f.detail})`}`);
      problems.push(...faults.filter((f) => !f.injected).map((f) => `fault ${f.fault} not injected: ${f.detail} (use more --cases)`));
      const differ = clean.filter((s, i) => s !== faulted[i]).length;
      if (differ) problems.push(`${differ} cases decided differently with faults than without`);
    }
    runs.forEach((x) => x.accounting.ok || problems.push(`${x.server} ${x.workload}${x.faults ? ' + faults' : ''}: ${x.accounting.problems.join('; ')}`));
  } finally {
    await pool.stop();
    await client.connection.close();
  }
  problems.push(...pool.unexpectedExits().map((e) => `worker exited on its own: ${e}`));
  return { runs, lastCase, decided: clean };
}

export async function runClusterBench(opts: BenchOptions): Promise<ClusterBenchResult> {
  if (!clusterBinariesPresent()) throw new Error('the Temporal server binaries are not built: run `bash scripts/cluster-install.sh` first');
  const cases = glp1Cases();
  const problems: string[] = [];
  const shared: Shared = {
    keysEnv: `bench:${newKeyBase64()}`,
    dataDir: mkdtempSync(join(tmpdir(), 'cai-cluster-bench-')),
    logDir: join(ROOT, '.data', 'cluster-bench'),
  };
  rmSync(shared.logDir, { recursive: true, force: true });
  console.log(`cluster bench: ${opts.cases} cases, ${opts.workers} worker processes, concurrency ${opts.concurrency}, faults: ${opts.faults.join(', ') || 'none'}; worker logs in ${shared.logDir}`);
  const t0 = performance.now();
  await cluster('reset');
  console.log(await cluster('up'));
  const clusterUpMs = performance.now() - t0;
  const runs: RunReport[] = [];
  let codec: CodecCheck | undefined;
  let clusterDecided: string[] = [];
  try {
    const target: Target = {
      server: 'cluster',
      address: clusterAddress(),
      namespace: process.env.CAI_CLUSTER_NAMESPACE ?? 'default',
      restartServer: () => cluster('server-restart'),
      restartPostgres: () => cluster('pg-restart'),
    };
    const out = await runTarget(target, opts, shared, cases, problems);
    runs.push(...out.runs);
    clusterDecided = out.decided;
    if (out.lastCase) {
      codec = await checkCodecServer({ root: ROOT, cli: temporalCliPath(), address: target.address, namespace: target.namespace, workflowId: out.lastCase, keysEnv: shared.keysEnv, logDir: shared.logDir, field: 'patient_chart_summary' });
      console.log(`codec server: ciphertext at rest in PostgreSQL ${codec.ciphertextAtRest ? 'yes' : 'NO'}, decoded through the codec server ${codec.decodedThroughCodecServer ? 'yes' : 'NO'}`);
      if (!codec.ciphertextAtRest || !codec.decodedThroughCodecServer) problems.push('codec server check failed');
    }
  } finally {
    if (!opts.keep) await cluster('down');
  }
  if (opts.dev) {
    const env = await startLocalEnv();
    try {
      const out = await runTarget({ server: 'dev', address: env.address, namespace: 'default' }, opts, shared, cases, problems);
      runs.push(...out.runs);
      const differ = out.decided.filter((s, i) => s !== clusterDecided[i]).length;
      if (differ) problems.push(`${differ} cases decided differently on the dev server than on the cluster`);
    } finally {
      await env.teardown();
    }
  }
  rmSync(shared.dataDir, { recursive: true, force: true });
  return { options: opts, clusterUpMs, runs, codec, problems };
}

/** The command as typed: `npm run bench:cluster` runs this file with `--out reports/cluster`. */
function commandLine(args: string[]): string {
  const npmArgs = ['--out', 'reports/cluster'];
  if (process.env.npm_lifecycle_event === 'bench:cluster' && npmArgs.every((a, i) => args[i] === a)) {
    const extra = args.slice(npmArgs.length);
    return `npm run bench:cluster${extra.length ? ` -- ${extra.join(' ')}` : ''}`;
  }
  return `npx tsx bench/cluster-bench.ts ${args.join(' ')}`.trim();
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const result = await runClusterBench(opts);
  if (opts.out) writeClusterReport(result, opts.out, commandLine(process.argv.slice(2)));
  if (result.problems.length) {
    console.error(`cluster bench FAILED:\n  ${result.problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('cluster bench: every case accounted for exactly once');
  process.exit(0);
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(`cluster bench: ${err.message}`);
    process.exit(2);
  });
}
