// Pure parts of the API, without servers: credentials and the role matrix, config validation, the CMS-0057-F
// clock, metric periods, and the PAS request checks (priority, chart text, item → spec, references).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Claim, DocumentReference } from 'fhir/r4';
import { PERMISSIONS, allowed, createAuthenticator } from '../api/auth';
import { clockOf } from '../api/cases';
import { ApiConfigError, parseApiConfig, sha256Hex } from '../api/config';
import { chartTextOf, checkRequestBundle, itemsBySpec, pasWorkflowId, priorityOf, specForItems } from '../api/fhir/pas';
import { parsePeriod } from '../api/metrics';
import { HttpProblem } from '../api/problem';

const load = (f: string): Bundle => JSON.parse(readFileSync(join(__dirname, 'fixtures', 'pas', f), 'utf8')) as Bundle;
const config = parseApiConfig({
  principals: [
    { id: 'a', role: 'submitter', secret: 'secret-a-0123456789' },
    { id: 'b', role: 'reviewer', secretSha256: sha256Hex('secret-b-0123456789') },
  ],
});

describe('credentials and roles', () => {
  const auth = createAuthenticator(config);
  test('bearer token or X-API-Key; hashed and clear secrets; unknown keys are no principal', () => {
    expect(auth.authenticate({ authorization: 'Bearer secret-a-0123456789' }).principal).toEqual({ id: 'a', role: 'submitter' });
    expect(auth.authenticate({ 'x-api-key': 'secret-b-0123456789' }).principal).toEqual({ id: 'b', role: 'reviewer' });
    expect(auth.authenticate({ authorization: 'Bearer nope' })).toEqual({ presented: true, principal: undefined });
    expect(auth.authenticate({})).toEqual({ presented: false });
    expect(auth.authenticate({ authorization: 'Basic abc' }).principal).toBeUndefined();
  });
  test('every action belongs to fixed roles; only reviewers review, only submitters submit', () => {
    expect(PERMISSIONS['case:review']).toEqual(['reviewer']);
    expect(PERMISSIONS['case:submit']).toEqual(['submitter']);
    expect(allowed('admin', 'case:review')).toBe(false);
    expect(allowed('reviewer', 'case:submit')).toBe(false);
    expect(allowed('auditor', 'metrics:read')).toBe(true);
  });
  test('config errors name the field', () => {
    expect(() => parseApiConfig({ principals: [{ id: 'x', role: 'reviewer' }] })).toThrow(/principals.0: give exactly one of secretSha256 or secret/);
    expect(() => parseApiConfig({ principals: [{ id: 'x', role: 'boss', secret: 'secret-0123456789' }] })).toThrow(ApiConfigError);
    expect(() => parseApiConfig({ principals: [{ id: 'x', role: 'reviewer', secret: 'secret-0123456789' }, { id: 'x', role: 'auditor', secret: 'secret-9876543210' }] })).toThrow(/duplicate principal id/);
  });
});

describe('the CMS-0057-F clock', () => {
  const start = new Date('2026-03-01T00:00:00Z');
  test('expedited 72 h, standard 7 days; at risk from 75 %; overdue after the deadline', () => {
    const h = (n: number) => new Date(start.getTime() + n * 3600_000);
    expect(clockOf(config, { priority: 'expedited' }, start, h(1))).toMatchObject({ windowHours: 72, dueAt: '2026-03-04T00:00:00.000Z', atRisk: false, overdue: false, priorityKnown: true });
    expect(clockOf(config, { priority: 'expedited' }, start, h(54))).toMatchObject({ atRisk: true, overdue: false });
    expect(clockOf(config, { priority: 'expedited' }, start, h(72))).toMatchObject({ atRisk: false, overdue: true, remainingHours: 0 });
    expect(clockOf(config, undefined, start, h(100))).toMatchObject({ priority: 'standard', priorityKnown: false, windowHours: 168, overdue: false });
  });
  test('periods', () => {
    const now = new Date('2026-06-15T00:00:00Z');
    expect(parsePeriod({}, now)).toEqual({ label: '2026', from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(parsePeriod({ period: '2026-Q4' }, now)).toMatchObject({ from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect(parsePeriod({ period: '2026-02' }, now)).toMatchObject({ to: '2026-03-01T00:00:00.000Z' });
    expect(() => parsePeriod({ from: '2026-05-01', to: '2026-04-01' }, now)).toThrow(HttpProblem);
  });
});

describe('PAS request checks', () => {
  test('priority: level of service U (Referral) is expedited; normal priority is standard', () => {
    expect(priorityOf(load('Bundle-ReferralAuthorizationBundleExample.json').entry?.[0]?.resource as Claim)).toBe('expedited');
    expect(priorityOf(load('Bundle-HomecareAuthorizationBundleExample.json').entry?.[0]?.resource as Claim)).toBe('standard');
  });
  test('chart text: text notes of DocumentReferences; HTML stripped; PDFs and URLs skipped', () => {
    const b = load('Bundle-ReferralAuthorizationBundleExample.json');
    expect(chartTextOf(b)).toEqual({ text: 'This is sample base64 encoding.', documents: 1, skipped: [] });
    const doc = b.entry?.find((e) => e.resource?.resourceType === 'DocumentReference')?.resource as DocumentReference;
    doc.content = [
      { attachment: { contentType: 'text/html', data: Buffer.from('<p>BMI <b>31</b></p>').toString('base64') } },
      { attachment: { contentType: 'application/pdf', data: 'JVBERi0=' } },
      { attachment: { contentType: 'text/plain', url: 'https://example.org/note.txt' } },
    ];
    const c = chartTextOf(b);
    expect(c.text.replace(/\s+/g, ' ').trim()).toBe('BMI 31');
    expect(c.skipped).toHaveLength(2);
  });
  test('items: one spec per Claim; uncovered or mixed services are refused (422)', () => {
    const coverage = itemsBySpec(config, ['prior-auth-glp1', 'prior-auth-sleep-study']);
    const claim = (codes: string[]) => ({ resourceType: 'Claim', item: codes.map((code, i) => ({ sequence: i + 1, productOrService: { coding: [{ system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code }] } })) }) as unknown as Claim;
    expect(specForItems(claim(['J3490']), coverage)).toEqual({ spec: 'prior-auth-glp1', items: [{ sequence: 1, system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'J3490' }] });
    expect(specForItems(claim(['G0399']), coverage).spec).toBe('prior-auth-sleep-study');
    expect(() => specForItems(claim(['J3490', 'G0399']), coverage)).toThrow(/one Claim per spec/);
    expect(() => specForItems(claim(['E0601']), coverage)).toThrow(/no spec decides/);
  });
  test('structure: the official requests pass (Surgical aside: two dangling references)', () => {
    for (const f of ['Bundle-ReferralAuthorizationBundleExample.json', 'Bundle-HomecareAuthorizationBundleExample.json', 'Bundle-HomecareAuthorizationUpdateBundleExample.json', 'Bundle-MedicalServicesAuthorizationBundleExample.json']) {
      expect(checkRequestBundle(load(f), 'submit').claim.resourceType).toBe('Claim');
    }
    expect(checkRequestBundle(load('Bundle-PASClaimInquiryBundleExample.json'), 'inquire').claim.id).toBe('PASClaimInquiryExample');
    let problem: HttpProblem | undefined;
    try {
      checkRequestBundle(load('Bundle-SurgicalRequestBundleExample.json'), 'submit');
    } catch (e) {
      problem = e as HttpProblem;
    }
    expect(problem?.issues?.map((i) => i.code)).toEqual(['not-found', 'not-found']);
    expect(problem?.issues?.map((i) => i.expression?.[0])).toEqual(['Bundle.entry[6].resource', 'Bundle.entry[6].resource']);
  });
  test('a request id depends on the submitter, the identifier and the services', () => {
    const id = { system: 's', value: '1' };
    expect(pasWorkflowId('a', id, ['x'])).toBe(pasWorkflowId('a', id, ['x']));
    expect(pasWorkflowId('a', id, ['x'])).not.toBe(pasWorkflowId('b', id, ['x']));
    expect(pasWorkflowId('a', id, ['x'])).not.toBe(pasWorkflowId('a', id, ['y']));
    expect(pasWorkflowId('a', id, ['x'])).toMatch(/^pas-[0-9a-f]{24}$/);
  });
});
