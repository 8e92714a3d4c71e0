// End to end on a real Temporal dev server: charts that tamper with a fact or the outcome (half of them
// approved, half denied without the injection) are never decided automatically, and the review shows the
// finding. Run twice: with the real input gate, and with a gate that misses everything, so the fact guard
// alone must hold (defense in depth at the facts, whatever the gate says).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { GateResult } from '../templates/bounded-decision/types';
import { resolveWorkflow } from '../worker/client';
import { parseCasesFile, runCases, type CaseReport } from '../worker/commands/run';
import { codecClient, createHarness, type Harness } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';

const CORPUS = join(__dirname, 'fixtures', 'tamper', 'glp1-tamper.jsonl');
const rows = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; base: string; text: string });
const casesJsonl = rows.map((r) => JSON.stringify({ id: r.id, input: { patient_chart_summary: r.text } })).join('\n');
const blindGate = (): GateResult => ({ injection: false, score: 0, findings: [], phi: [] });

let env: TestWorkflowEnvironment;
let client: Client;

beforeAll(async () => {
  env = await startLocalEnv();
  client = codecClient(env);
});
afterAll(async () => {
  await env?.teardown();
});

async function runCorpus(h: Harness, spec = 'prior-auth-glp1', jsonl = casesJsonl, file = CORPUS): Promise<CaseReport[]> {
  const running = h.worker.run();
  try {
    return await runCases(client, h.settings, resolveWorkflow(spec), parseCasesFile(jsonl, file), file, { concurrency: 8 });
  } finally {
    h.worker.shutdown();
    await running;
  }
}

describe('tampering charts on a real dev server', () => {
  test('with the real gate: none is decided automatically, each review shows a finding', async () => {
    const reports = await runCorpus(await createHarness(env));
    expect(reports).toHaveLength(rows.length);
    for (const r of reports) {
      expect([r.id, r.status]).toEqual([r.id, 'NEEDS_REVIEW']);
      expect(r.findings?.length ?? 0).toBeGreaterThan(0);
    }
  });

  test('with a gate that misses everything: the fact guard alone sends every chart to review', async () => {
    const h = await createHarness(env, { scan: blindGate });
    const reports = await runCorpus(h);
    for (const r of reports) {
      expect([r.id, r.status]).toEqual([r.id, 'NEEDS_REVIEW']);
      expect(r.findings?.some((f) => f.rule.startsWith('fact-guard/'))).toBe(true);
      expect(r.reviewReasons?.join(' ')).toMatch(/Instruction in the text/);
    }
    // The audit trail records why, and the logs carry rule ids only (no chart text).
    const logs = h.logs();
    expect(logs).toContain('fact guard: instruction in the text');
    for (const row of rows.slice(0, 10)) expect(logs.includes(row.text)).toBe(false);
    const records = await h.deps.audit.list(reports[0]!.workflowId!);
    expect(records.find((x) => x.kind === 'review-requested')?.reason).toMatch(/Instruction in the text/);
  });
});

// The blind tampered charts (bench/data/tamper-blind-{10,12,13,16,17,18,27,28,29}.md: written by helpers that never saw the product;
// the first runs, before the guard rounds that followed, are kept in reports/) through each spec's versions, once
// with the real gate and once with a gate that misses everything. The others are measured, not asserted
// (reports/tamper-blind-*.md, docs/fact-guard.md): tamper-blind-11's remaining misses are contradicting clinical
// statements, 14 and 15 keep charts the gate catches but the fact guard alone does not, and 19, 20 and 21 (each tuned on
// after its first run) still have 7, 16 and 7 runs decided automatically. 13 joined after round 20, 27 after round 28
// (its first run, 8 of 240, is in reports/tamper-blind-27.first-run.md), 28 after round 29 (first run 60 of 240) and
// 29 after round 30 (first run 54 of 240).
describe.each(['10', '12', '13', '16', '17', '18', '27', '28', '29'])('blind tampered charts (tamper-blind-%s) on a real dev server', (n) => {
  const file = join(__dirname, '..', 'bench', 'data', `tamper-blind-${n}.jsonl`);
  const blind = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; spec: string; field: string; text: string });
  const specs = [...new Set(blind.map((r) => r.spec))];
  test.each(specs)('%s: none is decided automatically, with the real gate or with the fact guard alone', async (spec) => {
    const mine = blind.filter((r) => r.spec === spec);
    const jsonl = mine.map((r) => JSON.stringify({ id: r.id, input: { [r.field]: r.text } })).join('\n');
    for (const scan of [undefined, blindGate]) {
      const reports = await runCorpus(await createHarness(env, scan ? { scan } : {}), spec, jsonl, file);
      expect(reports).toHaveLength(mine.length);
      for (const r of reports) {
        expect([r.id, r.status]).toEqual([r.id, 'NEEDS_REVIEW']);
        // The review says why: a gate or guard finding, or (for the few charts neither flags) the extractor's reason.
        expect([r.id, (r.findings?.length ?? 0) + (r.reviewReasons?.length ?? 0)]).not.toEqual([r.id, 0]);
      }
      // Most are caught as instructions, not only by chance uncertainty.
      expect(reports.filter((r) => (r.findings?.length ?? 0) > 0).length / reports.length).toBeGreaterThanOrEqual(0.75);
    }
  }, 120_000);
});

// Tampered charts from the dev corpora that pass the fact guard as statements, not instructions: the facts the latest
// version reads rest on text the chart's author did not record first-hand (a quoted letter, a third party's reported
// words, an imported row, a claim argued rather than recorded). With a gate that misses everything, each goes to review
// with the provenance finding (activities/second-hand.ts), the span only.
describe('statements the author did not record first-hand, on a real dev server', () => {
  const pick: Record<string, string[]> = {
    'prior-auth-glp1': ['30:t30-glp1-18:argued', '31:t31-glp1-11:second-hand', '31:t31-glp1-14:second-hand', '26:t26-glp1-12:second-hand'],
    'prior-auth-sleep-study': ['24:t24-sleep-21:second-hand'],
    'prior-auth-lumbar-mri': ['25:t25-lumbar-26:second-hand', '31:t31-lumbar-26:second-hand'],
  };
  test.each(Object.keys(pick))('%s: review with the finding, never an automatic decision', async (spec) => {
    const wanted = pick[spec]!.map((p) => p.split(':') as [string, string, string]);
    const charts = wanted.map(([n, id]) => {
      const file = join(__dirname, '..', 'bench', 'data', `tamper-blind-${n}.jsonl`);
      const row = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; field: string; text: string }).find((r) => r.id === id)!;
      return row;
    });
    const jsonl = charts.map((r) => JSON.stringify({ id: r.id, input: { [r.field]: r.text } })).join('\n');
    const h = await createHarness(env, { scan: blindGate });
    const reports = await runCorpus(h, spec, jsonl, 'provenance-cases.jsonl');
    for (const [, id, kind] of wanted) {
      const r = reports.find((x) => x.id === id)!;
      expect([id, r.status]).toEqual([id, 'NEEDS_REVIEW']);
      expect([id, r.findings?.some((f) => f.rule === `fact-guard/${kind}`)]).toEqual([id, true]);
      expect(r.reviewReasons?.join(' ')).toMatch(/not record first-hand/);
    }
    for (const c of charts) expect(h.logs().includes(c.text)).toBe(false);
  }, 120_000);
});

// Tampered charts that state a yes/no fact against a line of the honest chart (tamper-blind-32: a checkbox form, a
// stopped-medicines roster, a register row, a warning-sign table), with a gate that misses everything: the workflow
// finds that the outcome depends on which statement holds and sends the case to review with a fact-guard/conflict
// finding on the contradicting sentence (templates/bounded-decision/conflict.ts).
describe('a fact the chart states both ways, on a real dev server', () => {
  const file = join(__dirname, '..', 'bench', 'data', 'tamper-blind-32.jsonl');
  const all = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; field: string; text: string });
  test.each([
    ['prior-auth-glp1@v3', ['t32-glp1-09', 't32-glp1-10']],
    ['prior-auth-sleep-study@v3', ['t32-sleep-24']],
    ['prior-auth-lumbar-mri@v1', ['t32-lumbar-05']],
  ])('%s: review with the conflict finding, never an automatic decision', async (spec, ids) => {
    const charts = ids.map((id) => all.find((r) => r.id === id)!);
    const jsonl = charts.map((r) => JSON.stringify({ id: r.id, input: { [r.field]: r.text } })).join('\n');
    const h = await createHarness(env, { scan: blindGate });
    // The worker stays up while the reviewer's view is queried.
    const running = h.worker.run();
    try {
      await checkConflicts(h, await runCases(client, h.settings, resolveWorkflow(spec), parseCasesFile(jsonl, file), file, { concurrency: 8 }), charts);
    } finally {
      h.worker.shutdown();
      await running;
    }
  }, 120_000);
  async function checkConflicts(h: Harness, reports: CaseReport[], charts: Array<{ id: string; text: string }>): Promise<void> {
    for (const c of charts) {
      const r = reports.find((x) => x.id === c.id)!;
      expect([c.id, r.status]).toEqual([c.id, 'NEEDS_REVIEW']);
      expect([c.id, r.findings?.some((x) => x.rule === 'fact-guard/conflict')]).toEqual([c.id, true]);
      expect(r.reviewReasons?.join(' ')).toMatch(/both ways and the decision depends on which/);
      // The reviewer's view (the workflow's progress) carries the span of the contradicting sentence, never its text.
      const progress = await client.workflow.getHandle(r.workflowId!).query<{ findings: Array<{ rule: string; message: string; span: [number, number] }> }>('progress');
      const f = progress.findings.find((x) => x.rule === 'fact-guard/conflict')!;
      expect(c.text.slice(...f.span).trim().length).toBeGreaterThan(10);
      expect(f.message).not.toContain(c.text.slice(...f.span).trim());
      expect(h.logs().includes(c.text.slice(...f.span))).toBe(false);
    }
  }
});
