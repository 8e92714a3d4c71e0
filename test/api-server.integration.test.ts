// The HTTP API end to end on a real dev server and worker: authentication and roles (401 without credentials,
// no role takes another's action), request validation and limits as application/problem+json, the OpenAPI
// document, submit → status → queue → evidence → review → audit with the principal recorded, the
// CMS-0057-F clock and the overdue escalation, and the metrics. PHI never reaches the server's log.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { bearer, eventually, http, KEYS, startApiEnv, testConfig, type ApiEnv } from './api-helpers';
import { buildApiServer } from '../api/server';
import { parseApiConfig } from '../api/config';

const APPROVE = 'Type 2 diabetes mellitus (E11.9). HbA1c 8.1%. BMI 33.';
const DENY = 'BMI 33.0. Denies diabetes; A1c 5.3%. Has not tried any weight-loss medication or program.';
const REVIEW = 'Patient requests semaglutide for weight management. Weight-loss program: PENDING-CHART-7731. Follow-up in 3 months.';
const SPEC_URL = '/api/v1/specs/prior-auth-glp1/cases';

describe('HTTP API (Fastify) on a real Temporal dev server', () => {
  let t: ApiEnv;
  const inject = (method: 'GET' | 'POST', url: string, key?: string, payload?: unknown) =>
    http(t.url, method, url, { headers: { ...(key ? bearer(key) : {}), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(payload !== undefined ? { body: JSON.stringify(payload) } : {}) });
  const raw = (method: string, url: string, headers: Record<string, string>, body?: string) => http(t.url, method, url, { headers, ...(body !== undefined ? { body } : {}) });

  beforeAll(async () => {
    t = await startApiEnv(testConfig(), { listen: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('no credentials: 401 problem+json with WWW-Authenticate; a wrong key: 401; public: health, OpenAPI, console', async () => {
    const none = await inject('GET', '/api/v1/queue');
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.headers['www-authenticate']).toMatch(/Bearer/);
    expect(none.json()).toMatchObject({ status: 401, title: 'Unauthorized', type: expect.stringContaining('unauthenticated') });
    const wrong = await inject('POST', SPEC_URL, 'not-a-key-at-all-xxxxxxx', { input: { patient_chart_summary: APPROVE } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).toMatch(/not valid/);
    const viaHeader = await raw('GET', '/api/v1/me', { 'x-api-key': KEYS.auditor });
    expect(viaHeader.json()).toMatchObject({ id: 'aud-bob', role: 'auditor' });
    expect((await inject('GET', '/healthz')).statusCode).toBe(200);
    const console = await inject('GET', '/console/');
    expect(console.statusCode).toBe(200);
    expect(console.body).toContain('reviewer console');
    const spec = (await inject('GET', '/api/v1/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    for (const p of ['/api/v1/specs/prior-auth-glp1/cases', '/api/v1/cases/{workflowId}', '/api/v1/cases/{workflowId}/audit', '/api/v1/cases/{workflowId}/review', '/api/v1/queue', '/api/v1/metrics', '/fhir/Claim/$submit', '/fhir/Claim/$inquire']) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    expect(spec.paths['/api/v1/cases/{workflowId}/review'].post.requestBody.content['application/json'].schema.properties.outcome.enum).toEqual(['APPROVED', 'DENIED']);
    expect(spec.components.securitySchemes).toHaveProperty('bearer');
  });

  test('validation: bodies are checked against the spec schema, errors name the field (problem+json)', async () => {
    const missing = await inject('POST', SPEC_URL, KEYS.submitter, { input: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.json().detail).toMatch(/patient_chart_summary/);
    const wrongType = await inject('POST', SPEC_URL, KEYS.submitter, { input: { patient_chart_summary: 42 } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0]).toMatchObject({ in: 'body', path: '/input/patient_chart_summary' });
    const extra = await inject('POST', SPEC_URL, KEYS.submitter, { input: { patient_chart_summary: APPROVE, ssn: '123-45-6789' } });
    expect(extra.statusCode).toBe(400);
    const tooLong = await inject('POST', SPEC_URL, KEYS.submitter, { input: { patient_chart_summary: 'x'.repeat(20_001) } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().detail).toMatch(/20000/);
    const control = await inject('POST', SPEC_URL, KEYS.submitter, { input: { patient_chart_summary: 'BMI 33\u0001' } });
    expect(control.statusCode).toBe(422);
    expect(control.json().field).toBe('input.patient_chart_summary');
    const huge = await raw('POST', SPEC_URL, { ...bearer(KEYS.submitter), 'content-type': 'application/json' }, JSON.stringify({ input: { patient_chart_summary: 'y'.repeat(300 * 1024) } }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().type).toMatch(/too-large/);
    const badJson = await raw('POST', SPEC_URL, { ...bearer(KEYS.submitter), 'content-type': 'application/json' }, '{"input": ');
    expect(badJson.statusCode).toBe(400);
    expect(badJson.headers['content-type']).toMatch(/problem\+json/);
    const unknown = await inject('POST', '/api/v1/specs/prior-auth-glp1/cases?version=99', KEYS.submitter, { input: { patient_chart_summary: APPROVE } });
    expect(unknown.statusCode).toBe(404);
    expect((await inject('GET', '/api/v1/nothing-here', KEYS.admin)).headers['content-type']).toMatch(/problem\+json/);
  });

  test('submit → decided at once; status for its submitter only; the submission is in the audit store with its principal', async () => {
    const res = await inject('POST', SPEC_URL, KEYS.submitter, { id: 'api-approve', input: { patient_chart_summary: APPROVE } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'APPROVED', ruleId: 't2d-diagnosis', spec: 'prior-auth-glp1', clock: { priority: 'standard', windowHours: 168 } });
    expect(res.headers.location).toBe(`/api/v1/cases/${body.workflowId}`);
    const status = await inject('GET', `/api/v1/cases/${body.workflowId}`, KEYS.submitter);
    expect(status.json()).toMatchObject({ status: 'APPROVED', decidedBy: 'compiled', submittedBy: 'intake-1', channel: 'api' });
    expect((await inject('GET', `/api/v1/cases/${body.workflowId}`, KEYS.submitter2)).statusCode).toBe(404); // not theirs
    expect((await inject('GET', `/api/v1/cases/${body.workflowId}`, KEYS.auditor)).statusCode).toBe(200);
    const denied = (await inject('POST', SPEC_URL, KEYS.submitter, { input: { patient_chart_summary: DENY }, priority: 'expedited' })).json();
    expect(denied).toMatchObject({ status: 'DENIED', ruleId: 'default-deny', clock: { priority: 'expedited', windowHours: 72 } });
    const audit = (await inject('GET', `/api/v1/cases/${body.workflowId}/audit`, KEYS.auditor)).json();
    expect(audit.records.find((r: { kind: string }) => r.kind === 'api-submitted')).toMatchObject({ principal: { id: 'intake-1', role: 'submitter' }, channel: 'api' });
    expect(audit.records.find((r: { kind: string }) => r.kind === 'decision')).toMatchObject({ status: 'APPROVED', ruleId: 't2d-diagnosis' });
    expect(audit.history.decision).toMatchObject({ ruleId: 't2d-diagnosis' });
  });

  test('roles: no role takes another role\'s action (403 problem+json naming the role)', async () => {
    const pended = (await inject('POST', SPEC_URL, KEYS.submitter, { input: { patient_chart_summary: REVIEW } })).json();
    expect(pended.status).toBe('NEEDS_REVIEW');
    const id = pended.workflowId as string;
    const review = { outcome: 'APPROVED', note: 'ok' };
    for (const key of [KEYS.submitter, KEYS.auditor, KEYS.admin]) {
      const r = await inject('POST', `/api/v1/cases/${id}/review`, key, review);
      expect(r.statusCode).toBe(403);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json().detail).toMatch(/may not review cases; that is for reviewer/);
    }
    for (const key of [KEYS.reviewer, KEYS.auditor, KEYS.admin]) expect((await inject('POST', SPEC_URL, key, { input: { patient_chart_summary: APPROVE } })).statusCode).toBe(403);
    for (const key of [KEYS.submitter, KEYS.auditor, KEYS.admin]) {
      expect((await inject('GET', '/api/v1/queue', key)).statusCode).toBe(403);
      expect((await inject('GET', `/api/v1/cases/${id}/evidence`, key)).statusCode).toBe(403);
    }
    expect((await inject('GET', `/api/v1/cases/${id}/audit`, KEYS.submitter)).statusCode).toBe(403);
    for (const key of [KEYS.submitter, KEYS.reviewer]) expect((await inject('GET', '/api/v1/metrics', key)).statusCode).toBe(403);
    expect((await inject('GET', '/api/v1/principals', KEYS.reviewer)).statusCode).toBe(403);
    const principals = (await inject('GET', '/api/v1/principals', KEYS.admin)).json();
    expect(JSON.stringify(principals)).not.toContain(KEYS.reviewer);
    expect(principals.principals.map((p: { role: string }) => p.role).sort()).toEqual(['admin', 'auditor', 'reviewer', 'submitter', 'submitter']);
    // The case is still waiting: nobody but a reviewer touched it.
    expect((await inject('GET', `/api/v1/cases/${id}`, KEYS.reviewer)).json().status).toBe('NEEDS_REVIEW');
  });

  test('queue → evidence → a denial needs a reason → deny; the reviewer principal is in history and audit', async () => {
    const pended = (await inject('POST', SPEC_URL, KEYS.submitter, { id: 'api-review', input: { patient_chart_summary: REVIEW }, priority: 'expedited' })).json();
    const id = pended.workflowId as string;
    const queue = await eventually(async () => {
      const q = (await inject('GET', '/api/v1/queue', KEYS.reviewer)).json();
      return q.cases.some((c: { workflowId: string }) => c.workflowId === id) ? q : undefined;
    });
    const entry = queue.cases.find((c: { workflowId: string }) => c.workflowId === id);
    expect(entry.clock).toMatchObject({ priority: 'expedited', windowHours: 72, overdue: false, atRisk: false });
    // Expedited (72 h) before standard (7 d): due times ascend.
    const dues = queue.cases.map((c: { clock: { dueAt: string } }) => c.clock.dueAt);
    expect([...dues].sort()).toEqual(dues);
    const ev = (await inject('GET', `/api/v1/cases/${id}/evidence`, KEYS.reviewer)).json();
    expect(ev.text).toBe(REVIEW);
    expect(ev.facts.map((f: { name: string }) => f.name)).toEqual(['has_t2d_diagnosis', 'current_a1c', 'bmi', 'has_step_therapy_failure']);
    // The latest GLP-1 extractor is a kit composition: the facts it found carry spans (v1's hand-written file had none).
    expect(ev.facts.some((f: { evidenceSource: string }) => f.evidenceSource !== 'none')).toBe(true);
    expect(ev.facts.every((f: { evidenceSource: string }) => ['none', 'history', 'recomputed'].includes(f.evidenceSource))).toBe(true);
    expect(ev.reviewReasons.join(' ')).toMatch(/Insufficient documentation/);
    expect(ev.wouldFire).toMatchObject({ ruleId: 'default-deny', outcome: 'DENIED', ruleText: expect.stringContaining('otherwise') });
    expect(ev.policy.text).toContain('GLP-1');
    const noReason = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'DENIED' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().detail).toMatch(/note/);
    const blank = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'DENIED', note: '   ' });
    expect(blank.statusCode).toBe(400);
    const badOutcome = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'MAYBE', note: 'x' });
    expect(badOutcome.statusCode).toBe(400);
    const spoof = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'DENIED', note: 'BMI not documented', reviewer: 'someone-else' });
    expect(spoof.statusCode).toBe(400); // the reviewer is the authenticated principal, never a body field
    const done = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'DENIED', note: 'No BMI or diabetes status documented; step therapy not shown.' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'DENIED', reviewer: 'rev-alice' });
    const again = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'APPROVED' });
    expect(again.statusCode).toBe(409);
    const status = (await inject('GET', `/api/v1/cases/${id}`, KEYS.submitter)).json();
    expect(status).toMatchObject({ status: 'DENIED', decidedBy: 'reviewer', reviewer: 'rev-alice', reviewNote: expect.stringContaining('No BMI') });
    const audit = (await inject('GET', `/api/v1/cases/${id}/audit`, KEYS.reviewer)).json();
    expect(audit.history.review.actions).toEqual([expect.objectContaining({ via: 'update', outcome: 'DENIED', reviewer: 'rev-alice', note: expect.stringContaining('No BMI') })]);
    expect(audit.history.outcome).toMatchObject({ status: 'DENIED', decidedBy: 'reviewer' });
    const kinds = audit.records.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['api-submitted', 'review-requested', 'review-decision', 'api-review']));
    expect(audit.records.find((r: { kind: string }) => r.kind === 'review-decision').review).toMatchObject({ reviewer: 'rev-alice', outcome: 'DENIED' });
    expect(audit.records.find((r: { kind: string }) => r.kind === 'api-review').principal).toEqual({ id: 'rev-alice', role: 'reviewer' });
    expect(kinds.some((k: string) => k.startsWith('access-evidence'))).toBe(true); // reading the chart is recorded
  });

  test('CMS-0057-F clock: an overdue case rises to the top, flagged, and one escalation record is written', async () => {
    const std = (await inject('POST', SPEC_URL, KEYS.submitter, { id: 'api-overdue', input: { patient_chart_summary: REVIEW } })).json();
    const id = std.workflowId as string;
    await eventually(async () => (await inject('GET', '/api/v1/queue', KEYS.reviewer)).json().cases.some((c: { workflowId: string }) => c.workflowId === id));
    t.shift.ms = 6 * 86_400_000; // day 6 of 7: at risk
    let q = (await inject('GET', '/api/v1/queue', KEYS.reviewer)).json();
    expect(q.cases.find((c: { workflowId: string }) => c.workflowId === id).clock).toMatchObject({ atRisk: true, overdue: false });
    t.shift.ms = 7 * 86_400_000 + 3_600_000; // 7 days + 1 hour: overdue
    q = (await inject('GET', '/api/v1/queue', KEYS.reviewer)).json();
    const overdue = q.cases.filter((c: { clock: { overdue: boolean } }) => c.clock.overdue);
    expect(overdue.map((c: { workflowId: string }) => c.workflowId)).toContain(id);
    expect(q.cases.slice(0, overdue.length).every((c: { clock: { overdue: boolean } }) => c.clock.overdue)).toBe(true);
    const mine = q.cases.find((c: { workflowId: string }) => c.workflowId === id);
    expect(mine.escalatedAt).toBeDefined();
    await inject('GET', '/api/v1/queue', KEYS.reviewer); // idempotent: still exactly one record
    const files = readdirSync(join(t.h.auditDir, id)).filter((f) => f.endsWith('.overdue-escalation.json'));
    expect(files).toHaveLength(1);
    const audit = (await inject('GET', `/api/v1/cases/${id}/audit`, KEYS.auditor)).json();
    expect(audit.records.find((r: { kind: string }) => r.kind === 'overdue-escalation')).toMatchObject({ principal: { id: 'system:escalation' }, reason: expect.stringMatching(/within 168 h/) });
    expect(t.logs()).toContain('case overdue: escalated');
    // Metrics see it as open and overdue; deciding it now is late.
    const done = await inject('POST', `/api/v1/cases/${id}/review`, KEYS.reviewer, { outcome: 'APPROVED', note: 'late but approved' });
    expect(done.statusCode).toBe(200);
    t.shift.ms = 0;
  });

  test('metrics: approved/denied shares, automatic vs human, mean/median time to decision, overdue, per spec and period', async () => {
    const year = String(new Date().getUTCFullYear());
    const m = await eventually(async () => {
      const r = (await inject('GET', `/api/v1/metrics?period=${year}&spec=prior-auth-glp1`, KEYS.auditor)).json();
      return r.specs?.[0]?.decided >= 4 ? r : undefined;
    });
    const s = m.specs[0];
    expect(m.period).toMatchObject({ label: year });
    expect(s.spec).toBe('prior-auth-glp1');
    expect(s.approved.count + s.denied.count).toBe(s.decided);
    expect(s.automatic.count + s.human.count).toBe(s.decided);
    expect(s.automatic.count).toBeGreaterThanOrEqual(2);
    expect(s.human.count).toBeGreaterThanOrEqual(2);
    expect(s.timeToDecision.n).toBe(s.decided);
    expect(s.timeToDecision.meanHours).toBeGreaterThanOrEqual(0);
    expect(s.timeToDecision.medianHours).toBeLessThan(1); // decided within seconds here
    expect(s.overdue.decidedLate).toBeGreaterThanOrEqual(1);
    expect(s.byPriority.expedited.decided + s.byPriority.standard.decided).toBe(s.decided);
    expect(s.approvedAfterAppeal).toBeNull();
    const q1 = (await inject('GET', '/api/v1/metrics?period=2001-Q1', KEYS.admin)).json();
    expect(q1.specs.every((x: { decided: number }) => x.decided === 0)).toBe(true);
    expect((await inject('GET', '/api/v1/metrics?period=last-year', KEYS.admin)).statusCode).toBe(400);
  });

  test('the server log holds ids and statuses, never chart text, facts or notes', () => {
    const logs = t.logs();
    expect(logs).toContain('"route":"/api/v1/cases/:workflowId/review"');
    for (const secret of ['E11.9', 'semaglutide', 'PENDING-CHART-7731', 'No BMI or diabetes', KEYS.reviewer, KEYS.submitter]) expect(logs).not.toContain(secret);
  });

  test('rate limit per principal: 429 problem+json with Retry-After', async () => {
    const app = await buildApiServer({ client: t.client, settings: t.h.settings, config: parseApiConfig({ ...testConfig(), limits: { requestsPerMinute: 3 } }), audit: t.h.deps.audit, escalationSweep: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await http(base, 'GET', '/api/v1/me', { headers: bearer(KEYS.reviewer) })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const limited = await http(base, 'GET', '/api/v1/me', { headers: bearer(KEYS.reviewer) });
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(limited.headers['retry-after']).toBeDefined();
      // Another principal has its own budget.
      expect((await http(base, 'GET', '/api/v1/me', { headers: bearer(KEYS.auditor) })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
