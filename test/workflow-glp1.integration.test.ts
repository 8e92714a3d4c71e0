// End to end on a real Temporal dev server: the GLP-1 dev cases, a human-review round trip through the CLI,
// audit records, search attributes, PHI-free logs, and replay of a stored history against the current bundle.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { awaitCase, resolveWorkflow } from '../worker/client';
import { parseCasesFile, runCases, type CaseReport } from '../worker/commands/run';
import { workflowBundle } from '../worker/worker';
import { codecClient, createHarness, testCodec, testKeysEnv, type Harness } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';

const execFileP = promisify(execFile);
const ROOT = join(__dirname, '..');
const CASES_DIR = join(__dirname, 'fixtures', 'cases');
const DEV_CASES = join(CASES_DIR, 'prior-auth-glp1.dev.jsonl');

let env: TestWorkflowEnvironment;
let client: Client; // encrypts/decrypts payloads with the test keys (env.client has no codec)
let h: Harness;
let running: Promise<void>;

beforeAll(async () => {
  env = await startLocalEnv();
  client = codecClient(env);
  h = await createHarness(env);
  running = h.worker.run();
});

afterAll(async () => {
  h?.worker.shutdown();
  await running;
  await env?.teardown();
});

function cli(args: string[]) {
  return execFileP(process.execPath, [join(ROOT, 'bin', 'compiled-ai.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, TEMPORAL_ADDRESS: env.address, CAI_TASK_QUEUE: h.settings.taskQueue, CAI_ENCRYPTION_KEYS: testKeysEnv(), OPENAI_BASE_URL: '', OPENAI_API_KEY: '', CAI_MODEL: '' },
  });
}

describe('prior-auth-glp1 on a real dev server', () => {
  let reports: CaseReport[];
  const expected = new Map<string, string>();

  beforeAll(async () => {
    const text = readFileSync(DEV_CASES, 'utf8');
    for (const line of text.split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as { id: string; expected: string };
      expected.set(row.id, row.expected);
    }
    const info = resolveWorkflow('prior-auth-glp1');
    reports = await runCases(client, h.settings, info, parseCasesFile(text, DEV_CASES), DEV_CASES);
  });

  test('every dev case gets its expected outcome, offline', () => {
    const got = Object.fromEntries(reports.map((r) => [r.id, r.status]));
    expect(got).toEqual(Object.fromEntries(expected));
  });

  test('the injected chart goes to review with the gate findings', () => {
    const d12 = reports.find((r) => r.id === 'd12')!;
    expect(d12.status).toBe('NEEDS_REVIEW');
    expect(d12.findings?.length).toBeGreaterThan(0);
  });

  test('each decided case has exactly one decision audit record with the artifact hash', async () => {
    const info = resolveWorkflow('prior-auth-glp1');
    for (const r of reports.filter((x) => x.status === 'APPROVED' || x.status === 'DENIED')) {
      const records = await h.deps.audit.list(r.workflowId!);
      const decisions = records.filter((x) => x.kind === 'decision');
      expect(decisions).toHaveLength(1);
      expect(decisions[0]!.artifactHash).toBe(info.artifactHash);
      expect(decisions[0]!.status).toBe(r.status);
    }
  });

  test('search attributes let engineers find runs by outcome, spec and hash', async () => {
    const info = resolveWorkflow('prior-auth-glp1');
    const query = `CaiSpec = "prior-auth-glp1" AND CaiOutcome = "APPROVED" AND CaiArtifactHash = "${info.artifactHash}" AND TaskQueue = "${h.settings.taskQueue}"`;
    const approved = reports.filter((r) => r.status === 'APPROVED').length;
    let seen = 0;
    for (let i = 0; i < 40 && seen !== approved; i++) {
      seen = 0;
      for await (const _ of client.workflow.list({ query })) seen++;
      if (seen !== approved) await new Promise((r) => setTimeout(r, 250));
    }
    expect(seen).toBe(approved);
  });

  test('logs and audit files never contain chart text', () => {
    const logs = h.logs();
    const audit = readdirSync(h.auditDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
      .join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const phrase of ['semaglutide', 'palpitations', 'supervised weight-loss', 'Father has type 2']) {
      expect(logs).not.toContain(phrase);
      expect(audit).not.toContain(phrase);
    }
  });

  test('human review round trip through the CLI', async () => {
    const waiting = reports.find((r) => r.id === 'd14')!;
    expect(waiting.status).toBe('NEEDS_REVIEW');
    const bad = await cli(['review', waiting.workflowId!, '--approve', '--reviewer', ' ']).catch((e) => e);
    // A blank reviewer is a usage error caught by the CLI before it connects (the workflow's validator also rejects it).
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--reviewer is blank/);
    // The workflow's own update validator rejects what a client lets through, and the case keeps waiting.
    const handle = client.workflow.getHandle(waiting.workflowId!);
    const rejection = (decision: unknown) => handle.executeUpdate('review', { args: [decision] }).then(() => 'accepted', (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(await rejection({ outcome: 'APPROVED', reviewer: ' ' })).toMatch(/reviewer id is required/);
    expect(await rejection({ outcome: 'MAYBE', reviewer: 'dr-lee' })).toMatch(/outcome must be APPROVED or DENIED/);
    expect(await handle.query('progress')).toMatchObject({ phase: 'awaiting_review' });
    const ok = await cli(['review', waiting.workflowId!, '--deny', '--reviewer', 'dr-lee', '--note', 'no qualifying documentation']);
    expect(ok.stdout).toMatch(/DENIED/);
    const result = await client.workflow.getHandle(waiting.workflowId!).result();
    expect(result).toMatchObject({ status: 'DENIED', decidedBy: 'reviewer', review: { reviewer: 'dr-lee' } });
    const again = await cli(['review', waiting.workflowId!, '--approve', '--reviewer', 'dr-lee']).catch((e) => e);
    // Reviewing a closed case is bad input: exit 2, and the message points at its outcome.
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already closed.*compiled-ai audit/);
    const kinds = (await h.deps.audit.list(waiting.workflowId!)).map((r) => r.kind).sort();
    expect(kinds).toEqual(['review-decision', 'review-requested']);
  });

  test('the CLI batch reports bad lines clearly and still runs the rest', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync(join(require('node:os').tmpdir(), 'cai-cases-'));
    const file = join(dir, 'cases.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'ok', input: { patient_chart_summary: 'Type 2 diabetes, A1c 8.1%, BMI 32.' }, expected: 'APPROVED' }),
        '{not json',
        JSON.stringify({ id: 'wrong-type', input: { patient_chart_summary: 42 } }),
        JSON.stringify({ id: 'missing', input: {} }),
      ].join('\n'),
    );
    const out = await cli(['run', 'prior-auth-glp1', '--cases', file, '--json']).catch((e) => e);
    expect(out.code).toBe(1);
    const lines = String(out.stdout).trim().split('\n').map((l: string) => JSON.parse(l));
    expect(lines.map((l: CaseReport) => [l.id, l.status])).toEqual([
      ['ok', 'APPROVED'],
      ['line-2', 'INVALID_INPUT'],
      ['wrong-type', 'INVALID_INPUT'],
      ['missing', 'INVALID_INPUT'],
    ]);
    expect(out.stderr).toMatch(/cases\.jsonl:2: invalid JSON/);
    expect(out.stderr).toMatch(/input\.patient_chart_summary: must be a string/);
    const unknown = await cli(['run', 'no-such-flow', '--cases', file]).catch((e) => e);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown workflow "no-such-flow"/);
  });

  test('a completed history replays against the current bundle', async () => {
    const decided = reports.find((r) => r.status === 'APPROVED')!;
    const history = await client.workflow.getHandle(decided.workflowId!).fetchHistory();
    await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle(), dataConverter: { payloadCodecs: [testCodec()] } }, history, decided.workflowId)).resolves.toBeUndefined();
  });

  test('awaitCase on an already-completed case returns its result', async () => {
    const decided = reports.find((r) => r.status === 'DENIED')!;
    const outcome = await awaitCase(client.workflow.getHandle(decided.workflowId!));
    expect(outcome.status).toBe('DENIED');
  });
});
