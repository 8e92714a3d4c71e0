// PHI-safe histories on a real dev server: with the encryption codec, the raw history (read by a client
// without the codec, as the Temporal server and anyone with server access see it) holds no chart text,
// fact values or reviewer notes — every payload is binary/encrypted — while the audit command, with the
// keys, shows the whole trail decoded. Key rotation on real histories; the codec server decodes only for
// callers with the token.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { CaseProgress, CaseResult } from '../templates/bounded-decision/types';
import { resolveWorkflow, startCase } from '../worker/client';
import { startCodecServer, payloadsFromJson, payloadsToJson } from '../worker/codec-server';
import { buildAuditTrail, auditCommand, ruleLine } from '../worker/commands/audit';
import { createEncryptionCodec, ENCODING } from '../worker/codec/encryption-codec';
import { KeyConfigError, newKeyBase64, parseKeyList } from '../worker/codec/keys';
import { codecClient, createHarness, testCodec, testKeysEnv, testKeyring, type Harness } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';

const execFileP = promisify(execFile);
const ROOT = join(__dirname, '..');
const CHART = 'No diabetes (A1c 5.5%). BMI 35.0. Completed a 6-month supervised weight-loss program without meaningful weight loss.';
const REVIEW_CHART = 'Follow-up visit. Medication request paperwork completed.';
const NOTE = 'chart reviewed: kumquat clinic letter attached';
const PHI_MARKERS = ['supervised weight-loss', 'meaningful weight loss', 'A1c 5.5', 'BMI 35', '"bmi":', '"has_t2d_diagnosis"', 'Medication request paperwork', 'kumquat', 'patient_chart_summary'];

let env: TestWorkflowEnvironment;
let client: Client;
let h: Harness;
let running: Promise<void>;
let approvedId: string;
let reviewedId: string;

/** Every payload in a history with its path, e.g. events.3.workflowExecutionStartedEventAttributes.input.payloads.0 */
function payloadsIn(node: unknown, path = ''): { path: string; payload: Payload }[] {
  if (!node || typeof node !== 'object' || node instanceof Uint8Array) return [];
  const o = node as Record<string, unknown>;
  if (o.metadata && typeof o.metadata === 'object' && 'data' in o) return [{ path, payload: o as Payload }];
  return Object.entries(o).flatMap(([k, v]) => payloadsIn(v, path ? `${path}.${k}` : k));
}

/** Every string and byte field of the history (bytes as UTF-8), so any plaintext payload would be visible. */
function historyText(node: unknown): string {
  if (node === null || node === undefined) return '';
  if (typeof node === 'string') return node;
  if (node instanceof Uint8Array) return Buffer.from(node).toString('utf8');
  if (typeof node !== 'object') return String(node);
  return Object.values(node as Record<string, unknown>).map(historyText).join('\n');
}

beforeAll(async () => {
  env = await startLocalEnv();
  client = codecClient(env);
  h = await createHarness(env);
  running = h.worker.run();
  const info = resolveWorkflow('prior-auth-glp1');
  const approved = await startCase(client, h.settings, info, { patient_chart_summary: CHART });
  const review = await startCase(client, h.settings, info, { patient_chart_summary: REVIEW_CHART });
  approvedId = approved.workflowId;
  reviewedId = review.workflowId;
  await approved.handle.result();
  await review.handle.executeUpdate<CaseProgress, []>('awaitOutcome');
  await review.handle.executeUpdate('review', { args: [{ outcome: 'APPROVED', reviewer: 'dr-ames', note: NOTE }] });
  await review.handle.result();
});

afterAll(async () => {
  h?.worker.shutdown();
  await running;
  await env?.teardown();
});

describe('raw histories (no codec) hold no PHI', () => {
  test('no chart text, fact values or reviewer notes in any payload; every payload is encrypted', async () => {
    for (const id of [approvedId, reviewedId]) {
      const raw = await env.client.workflow.getHandle(id).fetchHistory();
      const text = historyText(raw);
      expect(historyText({ data: Buffer.from('"bmi": 35') })).toContain('"bmi":'); // the probe would see plaintext
      for (const marker of PHI_MARKERS) expect(text).not.toContain(marker);
      const payloads = payloadsIn(raw).filter(
        // search attributes never go through codecs (no PHI by design); core's local-activity marker data is
        // core's own bookkeeping (activity type, attempt, times), the result beside it is encrypted.
        (p) => !/searchAttributes|markerRecordedEventAttributes\.details\.data/.test(p.path),
      );
      expect(payloads.length).toBeGreaterThanOrEqual(6);
      expect(payloads.some((p) => p.path.includes('upsertedMemo'))).toBe(true); // the memo is encrypted too (see README)
      expect(payloads.some((p) => p.path.includes('workflowExecutionStartedEventAttributes.input'))).toBe(true);
      if (process.env.CAI_DEBUG) console.log(payloads.map((p) => p.path).join('\n'));
      const plain = payloads.filter((p) => Buffer.from(p.payload.metadata?.encoding ?? []).toString() !== ENCODING).map((p) => p.path);
      expect(plain).toEqual([]);
    }
  });

  test('the client without the codec cannot read results', async () => {
    await expect(env.client.workflow.getHandle(approvedId).result()).rejects.toThrow(/encoding|binary\/encrypted/i);
  });
});

describe('audit command (decodes with the keys)', () => {
  test('decided case: digest, gate, facts and how obtained, checks, rule text and artifact line, outcome, artifact', async () => {
    const info = resolveWorkflow('prior-auth-glp1');
    const trail = await buildAuditTrail(client, approvedId);
    expect(trail.input).toMatchObject({ field: 'patient_chart_summary', digest: `sha256:${createHash('sha256').update(CHART).digest('hex')}`, length: CHART.length, gateDigestMatches: true });
    expect(trail.gate).toMatchObject({ injection: false });
    expect(trail.extraction[0]).toMatchObject({ via: 'compiled', local: true, settled: true, facts: expect.objectContaining({ bmi: 35 }) });
    expect(trail.checks?.results.every((c) => c.passed)).toBe(true);
    expect(trail.decision).toMatchObject({ outcome: 'APPROVED', ruleId: 'bmi-step-therapy', ruleText: info.rules['bmi-step-therapy'] });
    expect(trail.decision?.compiledAt).toEqual(ruleLine(info.spec, info.specVersion, 'bmi-step-therapy'));
    expect(trail.decision?.compiledAt?.line).toBeGreaterThan(0);
    expect(trail.outcome).toMatchObject({ status: 'APPROVED', decidedBy: 'compiled' });
    expect(trail.artifact).toMatchObject({ id: `prior-auth-glp1@v${info.specVersion}`, artifactHash: info.artifactHash, logicVersion: info.logicVersion, matchesRegistry: true, provenance: info.provenance });
    expect(trail.auditRecords.map((r) => r.kind)).toEqual(['decision']);

    const out: string[] = [];
    const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => out.push(s) } } as never;
    expect(await auditCommand(client, approvedId, {}, io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/bmi\s+35/);
    expect(text).toMatch(/APPROVED by compiled rule bmi-step-therapy/);
    expect(text).toMatch(new RegExp(`compiled to workflows-generated/prior-auth-glp1/v${info.specVersion}/decision\\.ts:\\d+`));
    expect(text).toContain(trail.input!.digest);
    expect(text).not.toContain('supervised weight-loss'); // the trail names the input by digest, not by its text
  });

  test('reviewed case: review request, reviewer action with time and note, outcome', async () => {
    const trail = await buildAuditTrail(client, reviewedId);
    expect(trail.review?.reasons.length).toBeGreaterThan(0);
    expect(trail.review?.actions).toEqual([expect.objectContaining({ via: 'update', name: 'review', outcome: 'APPROVED', reviewer: 'dr-ames', note: NOTE, accepted: true, at: expect.any(String) })]);
    expect(trail.outcome).toMatchObject({ status: 'APPROVED', decidedBy: 'reviewer' });
    expect(trail.auditRecords.map((r) => r.kind)).toEqual(['review-requested', 'review-decision']);
  });

  test('the CLI prints the trail as JSON with the configured keys, and refuses clearly without them', async () => {
    const base = { ...process.env, TEMPORAL_ADDRESS: env.address, TEMPORAL_NAMESPACE: env.namespace ?? 'default' };
    const ok = await execFileP(process.execPath, [join(ROOT, 'bin', 'compiled-ai.js'), 'audit', approvedId, '--json'], { cwd: ROOT, env: { ...base, CAI_ENCRYPTION_KEYS: testKeysEnv() } });
    expect(JSON.parse(ok.stdout)).toMatchObject({ workflowId: approvedId, decision: { ruleId: 'bmi-step-therapy' } });
    const wrong = await execFileP(process.execPath, [join(ROOT, 'bin', 'compiled-ai.js'), 'audit', approvedId], { cwd: ROOT, env: { ...base, CAI_ENCRYPTION_KEYS: `other:${newKeyBase64()}` } }).catch((e) => e);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/encrypted with key "test-k1", which is not configured/);
    const none = await execFileP(process.execPath, [join(ROOT, 'bin', 'compiled-ai.js'), 'audit', approvedId], { cwd: ROOT, env: { ...base, CAI_ENCRYPTION_KEYS: '', CAI_DATA_DIR: join(ROOT, '.no-such-dir') } }).catch((e) => e);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no payload encryption keys/);
  });
});

test('key rotation on real histories: a new primary encrypts new runs, old runs still decode', async () => {
  const old = testKeyring();
  const newKey = newKeyBase64();
  const rotatedRing = parseKeyList(`k2:${newKey},${[...old.keys].map(([id, k]) => `${id}:${k.toString('base64')}`).join(',')}`);
  const rotated = createEncryptionCodec(rotatedRing);
  const h2 = await createHarness(env, {}, undefined, rotated);
  const rotatedClient = codecClient(env, rotated);
  await h2.worker.runUntil(async () => {
    const started = await startCase(rotatedClient, h2.settings, resolveWorkflow('prior-auth-glp1'), { patient_chart_summary: CHART });
    expect(((await started.handle.result()) as CaseResult).status).toBe('APPROVED');
    const raw = await env.client.workflow.getHandle(started.workflowId).fetchHistory();
    const ids = new Set(payloadsIn(raw).filter((p) => !/searchAttributes|details\.data/.test(p.path)).map((p) => Buffer.from(p.payload.metadata?.['encryption-key-id'] ?? []).toString()));
    expect([...ids]).toEqual(['k2']);
    // The rotated keyring reads both the old (test-k1) and the new (k2) histories.
    expect((await buildAuditTrail(rotatedClient, approvedId)).decision?.ruleId).toBe('bmi-step-therapy');
    expect((await buildAuditTrail(rotatedClient, started.workflowId)).decision?.ruleId).toBe('bmi-step-therapy');
    // A keyring without k2 cannot, and says why.
    await expect(buildAuditTrail(client, started.workflowId)).rejects.toThrow(KeyConfigError);
  });
});

test('codec server: 401 without the token; with it, decodes a raw history payload', async () => {
  const server = await startCodecServer({ codec: testCodec(), token: 'tok-123', origins: ['http://127.0.0.1:8233'], port: 0 });
  try {
    const raw = await env.client.workflow.getHandle(approvedId).fetchHistory();
    const completed = raw.events!.find((e) => e.workflowExecutionCompletedEventAttributes)!;
    const body = JSON.stringify(payloadsToJson(completed.workflowExecutionCompletedEventAttributes!.result!.payloads as Payload[]));
    const unauthorized = await fetch(`${server.url}/decode`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.text()).not.toContain('APPROVED');
    const res = await fetch(`${server.url}/decode`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer tok-123', 'x-namespace': 'default' }, body });
    expect(res.status).toBe(200);
    const [result] = payloadsFromJson(await res.json()).map((p) => defaultPayloadConverter.fromPayload(p));
    expect(result).toMatchObject({ status: 'APPROVED', ruleId: 'bmi-step-therapy', decidedBy: 'compiled' });
  } finally {
    await server.close();
  }
});
