// reports/cluster.{md,json}: the cluster benchmark's figures with the machine and the exact command.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { ClusterBenchResult, RunReport } from './cluster-bench';
import { round } from './stats';

const ROOT = join(__dirname, '..');

function tryRun(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0]!;
  } catch {
    return 'unknown';
  }
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function machine() {
  const tools = process.env.CAI_TOOLS_DIR ?? join(ROOT, '.tools');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    os: `${osName()} (Linux ${release()})`,
    node: process.version,
    temporalServer: tryRun(join(tools, 'temporal-server', 'bin', 'server'), ['--version']).replace(/^temporal version /, ''),
    temporalCli: tryRun(join(tools, 'py', 'bin', 'temporal'), ['--version']).replace(/^temporal version /, 'Temporal CLI '),
    postgres: tryRun(join(process.env.CAI_PG_BIN ?? '/usr/lib/postgresql/15/bin', 'postgres'), ['--version']),
    temporalSdk: pkg.dependencies['@temporalio/worker'],
    date: new Date().toISOString(),
  };
}

const find = (runs: RunReport[], server: string, workload: string, faults: boolean) => runs.find((r) => r.server === server && r.workload === workload && Boolean(r.faults) === faults);
const ratio = (a?: RunReport, b?: RunReport) => (a && b ? round(a.throughput / b.throughput, 3) : undefined);

export interface ClusterReport extends ClusterBenchResult {
  command: string;
  machine: ReturnType<typeof machine>;
  ratios: Record<'productOverBareCluster' | 'productOverBareDev' | 'clusterOverDevProduct' | 'faultsOverCleanCluster', number | undefined>;
}

export function writeClusterReport(result: ClusterBenchResult, outBase: string, command: string): void {
  const { runs } = result;
  const ratios = {
    productOverBareCluster: ratio(find(runs, 'cluster', 'product', false), find(runs, 'cluster', 'bare', false)),
    productOverBareDev: ratio(find(runs, 'dev', 'product', false), find(runs, 'dev', 'bare', false)),
    clusterOverDevProduct: ratio(find(runs, 'cluster', 'product', false), find(runs, 'dev', 'product', false)),
    faultsOverCleanCluster: ratio(find(runs, 'cluster', 'product', true), find(runs, 'cluster', 'product', false)),
  };
  const report: ClusterReport = { command, machine: machine(), ...result, ratios };
  mkdirSync(dirname(join(ROOT, outBase)), { recursive: true });
  writeFileSync(join(ROOT, `${outBase}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, `${outBase}.md`), renderMarkdown(report));
  console.log(`wrote ${outBase}.md and ${outBase}.json`);
}

/** The Markdown report from its JSON (re-render with `tsx bench/cluster-report.ts reports/cluster`). */
export function renderMarkdown(report: ClusterReport): string {
  const { runs, ratios, command, machine: m } = report;
  const result = report;
  const ms = (x: number) => `${Math.round(x)}`;
  const row = (r: RunReport) =>
    `| ${r.server === 'cluster' ? 'Temporal server on PostgreSQL' : 'dev server (start-dev, in-memory SQLite)'} | ${r.workload === 'product' ? 'GLP-1 template' : 'bare workflow'} | ${r.faults ? r.faults.map((f) => f.fault).join(', ') : '—'} | ${r.cases} | ${r.throughput.toFixed(1)} | ${ms(r.latencyMs.p50)} | ${ms(r.latencyMs.p99)} | ${ms(r.latencyMs.max)} | ${r.executionMs ? `${ms(r.executionMs.p99)} / ${ms(r.executionMs.max)}` : '—'} | ${r.retried ?? 0} | ${r.loadAverage ?? '—'} | ${r.accounting.ok ? `yes (${r.accounting.visible} visible)` : r.accounting.problems.join('; ')} |`;
  const pct = (x?: number) => (x === undefined ? 'not measured' : `${(x * 100).toFixed(0)}%`);
  const faultRun = find(runs, 'cluster', 'product', true);
  const o = result.options;
  const md = [
    '# Cluster benchmark: the production topology, verified',
    '',
    `Command: \`${command}\` (${m.date}). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; `,
    `Temporal server ${m.temporalServer} (go.temporal.io/server, not dev mode, built by scripts/cluster-install.sh) on ${m.postgres.replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ')} (own cluster, fsync on); `,
    `dev server from ${m.temporalCli}; TypeScript SDK ${m.temporalSdk}. The machine is shared with other jobs, so figures vary between runs.`,
    '',
    `Each row: ${o.cases} cases (the GLP-1 examples + dev set, cycled) at client concurrency ${o.concurrency} through ${o.workers} worker processes, one update-with-start per case`,
    '(returns when decided or waiting for review), payloads encrypted by the production codec; latency is per case as the client saw it, start to outcome,',
    'in ms; executions are close − start of the completed workflows in the server\'s visibility. Load avg: the machine\'s 1-minute load when the run began (2 cores, shared).',
    'The bare workflow has the template\'s shape and nothing else: the same update, three no-op local activities carrying the case text.',
    `The cluster was brought up from nothing (initdb, schema, server, namespace, search attributes) in ${(result.clusterUpMs / 1000).toFixed(1)} s.`,
    '',
    '| server | workload | faults mid-batch | cases | cases/s | p50 | p99 | max | executions p99 / max (server) | cases the client retried | load avg | every case accounted for exactly once |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...runs.map(row),
    '',
    `**Template overhead**: the GLP-1 template runs at ${pct(ratios.productOverBareCluster)} of the bare workflow's throughput on the cluster (goal >= 80%), ${pct(ratios.productOverBareDev)} on the dev server. `,
    `The cluster runs the template at ${pct(ratios.clusterOverDevProduct)} of the dev server's throughput; with the three faults, at ${pct(ratios.faultsOverCleanCluster)} of its clean run.`,
    '',
    ...(faultRun?.faults
      ? [
          '## Faults (one at a time, in the faults run)',
          '',
          '| fault | at case | what was done | action (s) | until cases complete again (s) |',
          '|---|---|---|---|---|',
          ...faultRun.faults.map((f) => `| ${f.fault} | ${f.atCase} | ${f.injected ? f.detail : `not injected: ${f.detail}`} | ${(f.actionMs / 1000).toFixed(1)} | ${(f.recoveryMs / 1000).toFixed(1)} |`),
          '',
          `With faults the client's tail (p99 ${(faultRun.latencyMs.p99 / 1000).toFixed(1)} s) is longer than the executions' (p99 ${((faultRun.executionMs?.p99 ?? NaN) / 1000).toFixed(1)} s, max ${((faultRun.executionMs?.max ?? NaN) / 1000).toFixed(1)} s):`,
          `the waiting is on the client side, in calls that were in flight while the server or the database restarted (${faultRun.retried ?? 0} calls failed`,
          'and were retried by workflow id), not in the executions. An execution whose workflow task was on the killed worker waits up to the',
          'workflow task timeout (10 s).',
          '',
          'Accounted for means: listed exactly once and counted (`WorkflowId STARTS_WITH`) in the server\'s visibility store, in the state the client saw',
          '(decided cases completed with their `CaiOutcome`, review cases running with `CaiOutcome = NEEDS_REVIEW`), one audit record each, and every',
          'case decided exactly as in the clean run. The client retries a failed call by workflow id (describe, then wait or start again), as a',
          'production client must across a server restart; the visibility check is what proves no case ran twice.',
          '',
        ]
      : []),
    ...(result.codec
      ? [`Codec server on the cluster: payloads stored as ciphertext ${result.codec.ciphertextAtRest ? 'yes' : 'NO'}; decoded through \`compiled-ai codec-server\` with \`temporal workflow show --codec-endpoint\` ${result.codec.decodedThroughCodecServer ? 'yes' : 'NO'}.`, '']
      : []),
    result.problems.length ? `**Problems**: ${result.problems.join('; ')}` : 'No problems.',
    '',
  ].join('\n');
  return md;
}

if (require.main === module) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: tsx bench/cluster-report.ts <report base, e.g. reports/cluster>');
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(join(ROOT, `${base}.json`), 'utf8')) as ClusterReport;
  writeFileSync(join(ROOT, `${base}.md`), renderMarkdown(report));
  console.log(`wrote ${base}.md from ${base}.json`);
}
