// `npm run bench:sandbox`: what the run-time slot sandbox costs per case, on this machine.
//   - each released extractor on the example + dev cases: in process (before) vs in the slot sandbox (after:
//     thread hop, VM context, JSON both ways), p50/p99, interleaved rounds so machine load hits both alike;
//   - the extractCompiled activity (fact guard + extractor + schema check) both ways;
//   - decide() p50 (workflow code, unchanged by the sandbox) and the sandbox's one-off costs (first load of a
//     program on a thread; replacing a thread after a runaway call).
// Prints a table and writes reports/sandbox-cost.json. Options (env): SANDBOX_BENCH_ROUNDS (default 200).
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createActivities } from '../activities';
import { inProcessExtractors, sandboxedExtractors } from '../activities/compiled-extractor';
import type { RegisteredArtifact } from '../activities/registry-types';
import { createFileAuditStore } from '../activities/audit-store';
import { createSlotSandbox, prepareSlot } from '../sandbox';
import type { DecideFn, GateResult } from '../templates/bounded-decision/types';
import { artifacts } from '../workflows-generated/registry';
import { round, summarize } from './stats';

const ROOT = join(__dirname, '..');
const ROUNDS = Number(process.env.SANDBOX_BENCH_ROUNDS ?? 200);

function textsOf(spec: string, field: string): string[] {
  const files = [join(ROOT, 'examples', `${spec}.cases.jsonl`), join(ROOT, 'test', 'fixtures', 'cases', `${spec}.dev.jsonl`)];
  return files.flatMap((f) => {
    try {
      return readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { input: Record<string, string> }).input[field])
        .filter((t): t is string => typeof t === 'string');
    } catch {
      return [];
    }
  });
}

const us = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1000;
const stat = (xs: number[]) => {
  const s = summarize(xs);
  return { n: s.n, p50: round(s.p50, 1), p99: round(s.p99, 1), mean: round(s.mean, 1) };
};

async function main() {
  const latest = [...new Set(artifacts.map((a) => a.info.spec))].map(
    (spec) => artifacts.filter((a) => a.info.spec === spec).sort((a, b) => b.info.specVersion - a.info.specVersion)[0]!,
  );
  const sandbox = createSlotSandbox();
  const sandboxed = sandboxedExtractors(sandbox);
  const cleanGate = (): GateResult => ({ injection: false, score: 0, findings: [], phi: [] });
  const audit = createFileAuditStore(join(ROOT, '.data', 'bench-sandbox-audit'));
  const logger = pino({ level: 'silent' });
  const acts = {
    before: createActivities({ artifacts, audit, logger, scan: cleanGate, extractors: inProcessExtractors }),
    after: createActivities({ artifacts, audit, logger, scan: cleanGate, extractors: sandboxed }),
  };

  const perArtifact: Record<string, unknown> = {};
  for (const a of latest) {
    const id = `${a.info.spec}@v${a.info.specVersion}`;
    const texts = textsOf(a.info.spec, a.info.input.field);
    if (!texts.length) continue;
    // Warm both paths (JIT, the sandbox thread's first load of the program).
    const coldT0 = process.hrtime.bigint();
    await sandboxed.run(a, texts[0]!);
    const firstCallUs = us(coldT0);
    for (let i = 0; i < 20; i++) for (const t of texts) {
      a.extract(t);
      await sandboxed.run(a, t);
    }
    const x = { before: [] as number[], after: [] as number[] };
    const act = { before: [] as number[], after: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const t of texts) {
        let t0 = process.hrtime.bigint();
        a.extract(t);
        x.before.push(us(t0));
        t0 = process.hrtime.bigint();
        await sandboxed.run(a, t);
        x.after.push(us(t0));
      }
      if (r % 4 === 0)
        for (const t of texts) {
          let t0 = process.hrtime.bigint();
          await acts.before.extractCompiled({ artifactId: id, text: t });
          act.before.push(us(t0));
          t0 = process.hrtime.bigint();
          await acts.after.extractCompiled({ artifactId: id, text: t });
          act.after.push(us(t0));
        }
    }
    const xb = stat(x.before);
    const xa = stat(x.after);
    perArtifact[id] = {
      cases: texts.length,
      meanChars: Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length),
      extractorUs: { inProcess: xb, sandboxed: xa, p50Ratio: round(xa.p50 / xb.p50, 2) },
      activityUs: { inProcess: stat(act.before), sandboxed: stat(act.after), p50Ratio: round(stat(act.after).p50 / stat(act.before).p50, 2) },
      firstCallOnThreadMs: round(firstCallUs / 1000, 1),
    };
  }

  // decide() p50: workflow code, the same function the workflow calls (in-process, as bench.ts measures it).
  const glp1 = latest.find((a) => a.info.spec === 'prior-auth-glp1') as RegisteredArtifact;
  const { decide } = require(join(glp1.dir!, 'decision')) as { decide: DecideFn };
  const facts = textsOf('prior-auth-glp1', 'patient_chart_summary').map((t) => glp1.extract(t).facts);
  const perCallNs: number[] = [];
  let sink = 0;
  for (let b = 0; b < 300; b++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) sink += decide(facts[i % facts.length]!).outcome.length;
    perCallNs.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  if (sink < 0) console.log(sink);
  const decideMs = { p50: round(summarize(perCallNs).p50 / 1e6, 6), p99: round(summarize(perCallNs).p99 / 1e6, 6) };

  // Recovery: a runaway call at a 200 ms limit, then the next call (a fresh thread loads the program again).
  const small = createSlotSandbox({ threads: 1, limits: { callTimeoutMs: 200 } });
  const loop = prepareSlot('export function extract(t: string) { for (;;) { if (t === "never") break; } return t; }', 'extract');
  const ok = prepareSlot('export function extract(t: string) { return t.length; }', 'extract');
  await small.call(ok, 'warm');
  let t0 = process.hrtime.bigint();
  await small.call(loop, 'x').catch(() => undefined);
  const stoppedAfterMs = round(us(t0) / 1000, 1);
  t0 = process.hrtime.bigint();
  await small.call(ok, 'next');
  const nextCallAfterReplaceMs = round(us(t0) / 1000, 1);
  await small.close();
  await sandbox.close();

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    os: `${osType()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
  const report = { machine, rounds: ROUNDS, limits: sandbox.limits, threads: 2, perArtifact, decideMs, recovery: { limitMs: 200, stoppedAfterMs, nextCallAfterReplaceMs } };
  writeFileSync(join(ROOT, 'reports', 'sandbox-cost.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage1m}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`);
  console.log(`rounds: ${ROUNDS}; sandbox: ${report.threads} threads, ${sandbox.limits.callTimeoutMs} ms / ${sandbox.limits.heapMb} MB per call`);
  for (const [id, r] of Object.entries(perArtifact) as [string, { cases: number; meanChars: number; extractorUs: Record<string, { p50: number; p99: number }> & { p50Ratio: number }; activityUs: Record<string, { p50: number; p99: number }> & { p50Ratio: number }; firstCallOnThreadMs: number }][]) {
    console.log(`${id} (${r.cases} cases, ${r.meanChars} chars on average)`);
    console.log(`  extractor  in process p50 ${r.extractorUs.inProcess!.p50} µs p99 ${r.extractorUs.inProcess!.p99} µs | sandboxed p50 ${r.extractorUs.sandboxed!.p50} µs p99 ${r.extractorUs.sandboxed!.p99} µs | p50 ×${r.extractorUs.p50Ratio}`);
    console.log(`  activity   in process p50 ${r.activityUs.inProcess!.p50} µs p99 ${r.activityUs.inProcess!.p99} µs | sandboxed p50 ${r.activityUs.sandboxed!.p50} µs p99 ${r.activityUs.sandboxed!.p99} µs | p50 ×${r.activityUs.p50Ratio}`);
    console.log(`  first call of the program on a thread: ${r.firstCallOnThreadMs} ms`);
  }
  console.log(`decide p50 ${decideMs.p50} ms, p99 ${decideMs.p99} ms (workflow code, unchanged)`);
  console.log(`runaway at a 200 ms limit stopped after ${stoppedAfterMs} ms; next call on a replacement thread ${nextCallAfterReplaceMs} ms`);
  console.log('wrote reports/sandbox-cost.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
