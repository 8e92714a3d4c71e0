// A subset of HL7 Da Vinci PAS (IG 2.2.1): read a Claim/$submit or Claim/$inquire request Bundle, check its
// structure with FHIRPath (first entry a Claim with use=preauthorization, every reference resolvable inside
// the Bundle, items covered by one spec), take the chart text from the DocumentReference notes, and write the
// PAS response Bundle: ClaimResponse item adjudications carry the X12 306 review action (A1 certified,
// A3 not certified, A4 pended) with the workflow id as the review / pending reference.
import { createHash, randomUUID } from 'node:crypto';
import * as fhirpath from 'fhirpath';
import * as r4model from 'fhirpath/fhir-context/r4';
import type {
  Bundle,
  BundleEntry,
  Claim,
  ClaimItem,
  ClaimResponse,
  ClaimResponseItem,
  Coding,
  DocumentReference,
  Extension,
  FhirResource,
  Identifier,
  OperationOutcomeIssue,
  Parameters,
  Reference,
} from 'fhir/r4';
import type { ArtifactInfo } from '../../contract/bounded-decision';
import type { ApiConfig } from '../config';
import { DEFAULT_SPEC_ITEMS } from '../config';
import { HttpProblem } from '../problem';

export const PAS = 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/';
export const X12_306 = 'https://codesystem.x12.org/005010/306';
export const WORKFLOW_ID_SYSTEM = 'urn:compiled-ai:workflow-id';

export type ReviewActionCode = 'A1' | 'A3' | 'A4';
const REVIEW_ACTION_DISPLAY: Record<ReviewActionCode, string> = { A1: 'Certified in total', A3: 'Not Certified', A4: 'Pending' };

const path = (resource: unknown, expression: string): unknown[] => fhirpath.evaluate(resource as object, expression, undefined, r4model) as unknown[];

function invalid(detail: string, issues: OperationOutcomeIssue[], kind = 'invalid-bundle', status = 400): HttpProblem {
  return new HttpProblem(status, kind, detail, {}, issues);
}

const issue = (code: OperationOutcomeIssue['code'], diagnostics: string, expression?: string): OperationOutcomeIssue => ({
  severity: 'error',
  code,
  diagnostics,
  ...(expression ? { expression: [expression] } : {}),
});

/** `$submit`/`$inquire` take the Bundle itself or a Parameters resource with a `resource` parameter. */
export function unwrapBundle(body: unknown): Bundle {
  const b = body as { resourceType?: string };
  if (b?.resourceType === 'Parameters') {
    const p = (body as Parameters).parameter?.find((x) => x.name === 'resource')?.resource;
    if (!p) throw invalid('Parameters must hold a "resource" parameter with the request Bundle', [issue('required', 'Parameters.parameter "resource" is missing', 'Parameters.parameter')]);
    return p as Bundle;
  }
  return body as Bundle;
}

export interface CheckedRequest {
  bundle: Bundle;
  claim: Claim;
  claimEntry: BundleEntry;
}

/** Resolve a literal reference against the Bundle's entries (fullUrl, Type/id, or a fullUrl ending in Type/id). */
export function resolveReference(bundle: Bundle, ref: string, from?: BundleEntry): BundleEntry | undefined {
  const entries = bundle.entry ?? [];
  if (ref.startsWith('#')) return from; // contained: resolved within the referencing resource
  const direct = entries.find((e) => e.fullUrl === ref);
  if (direct) return direct;
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(ref);
  if (!m) return undefined;
  const [, type, id] = m;
  // A relative reference resolves against the referencing entry's base (FHIR Bundle rules); all example
  // Bundles share one base, so a match on type and id is enough.
  return entries.find((e) => e.resource?.resourceType === type && e.resource?.id === id);
}

function containedIds(resource: FhirResource): Set<string> {
  const contained = (resource as { contained?: { id?: string }[] }).contained ?? [];
  return new Set(contained.map((c) => `#${c.id ?? ''}`));
}

/** Structural checks of a PAS request Bundle; throws an HttpProblem carrying the OperationOutcome issues. */
export function checkRequestBundle(body: unknown, op: 'submit' | 'inquire'): CheckedRequest {
  const bundle = unwrapBundle(body);
  const issues: OperationOutcomeIssue[] = [];
  if (bundle?.resourceType !== 'Bundle') throw invalid('the request must be a Bundle', [issue('structure', `expected resourceType Bundle, got ${String((bundle as { resourceType?: unknown })?.resourceType)}`, 'Bundle')]);
  if (bundle.type !== 'collection') issues.push(issue('value', `a PAS request Bundle has type "collection", not "${bundle.type}"`, 'Bundle.type'));
  const entries = bundle.entry ?? [];
  if (entries.length === 0) throw invalid('the Bundle has no entries', [issue('required', 'Bundle.entry is empty: the first entry must be the Claim', 'Bundle.entry')]);
  entries.forEach((e, i) => {
    if (!e.resource || typeof e.resource !== 'object' || typeof e.resource.resourceType !== 'string') issues.push(issue('required', `entry ${i} has no resource`, `Bundle.entry[${i}].resource`));
  });
  const first = path(bundle, 'Bundle.entry.first().resource.resourceType')[0];
  if (first !== 'Claim') {
    issues.push(issue('structure', `the first entry must be the Claim; it is ${String(first ?? 'empty')}`, 'Bundle.entry[0].resource'));
    throw invalid('the first entry of the Bundle is not a Claim', issues);
  }
  const claimEntry = entries[0] as BundleEntry;
  const claim = claimEntry.resource as Claim;
  if (path(claim, "Claim.use = 'preauthorization'")[0] !== true) issues.push(issue('value', `Claim.use must be "preauthorization" (is ${JSON.stringify(claim.use ?? null)})`, 'Bundle.entry[0].resource.use'));
  for (const [field, label] of [
    ['patient', 'Claim.patient'],
    ['insurer', 'Claim.insurer'],
    ['provider', 'Claim.provider'],
  ] as const) {
    if (!(claim as unknown as Record<string, unknown>)[field]) issues.push(issue('required', `${label} is required`, `Bundle.entry[0].resource.${field}`));
  }
  if (!path(claim, 'Claim.identifier.where(value.exists())').length) issues.push(issue('required', 'Claim.identifier (with a value) is required: it names the request for later inquiries', 'Bundle.entry[0].resource.identifier'));
  if (op === 'submit' && !path(claim, 'Claim.item').length) issues.push(issue('required', 'Claim.item is required: name the services to authorize', 'Bundle.entry[0].resource.item'));
  path(claim, 'Claim.item').forEach((it, i) => {
    if (!path(it, 'productOrService.coding.code').length) issues.push(issue('required', `Claim.item[${i}] has no productOrService code`, `Bundle.entry[0].resource.item[${i}].productOrService`));
  });
  // Every literal reference of every resource resolves inside the Bundle.
  entries.forEach((e, i) => {
    if (!e.resource) return;
    const own = containedIds(e.resource as FhirResource);
    const refs = path(e.resource, 'descendants().reference').filter((r): r is string => typeof r === 'string');
    for (const ref of new Set(refs)) {
      if (ref.startsWith('#') ? !own.has(ref) && ref !== '#' : !resolveReference(bundle, ref, e)) {
        issues.push(issue('not-found', `${e.resource.resourceType}/${e.resource.id ?? '?'} references ${ref}, which is not in the Bundle`, `Bundle.entry[${i}].resource`));
      }
    }
  });
  // Documents: inline text attachments must decode.
  entries.forEach((e, i) => {
    if (e.resource?.resourceType !== 'DocumentReference') return;
    ((e.resource as DocumentReference).content ?? []).forEach((c, j) => {
      const a = c.attachment;
      if (a?.data !== undefined && (typeof a.data !== 'string' || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(a.data))) {
        issues.push(issue('value', 'attachment data is not base64', `Bundle.entry[${i}].resource.content[${j}].attachment.data`));
      }
    });
  });
  if (issues.length) throw invalid(`the request Bundle is malformed (${issues.length} issue${issues.length > 1 ? 's' : ''}); nothing was started`, issues);
  return { bundle, claim, claimEntry };
}

/** The chart text: the text notes attached to the Bundle's DocumentReferences, in Bundle order. */
export function chartTextOf(bundle: Bundle): { text: string; documents: number; skipped: string[] } {
  const parts: string[] = [];
  const skipped: string[] = [];
  let documents = 0;
  (bundle.entry ?? []).forEach((e, i) => {
    if (e.resource?.resourceType !== 'DocumentReference') return;
    const doc = e.resource as DocumentReference;
    (doc.content ?? []).forEach((c, j) => {
      const a = c.attachment;
      const type = (a?.contentType ?? 'text/plain').split(';')[0]?.trim().toLowerCase() ?? '';
      if (typeof a?.data !== 'string') {
        skipped.push(`entry[${i}].content[${j}]: no inline data${a?.url ? ' (attachments by URL are not fetched)' : ''}`);
        return;
      }
      if (!type.startsWith('text/')) {
        skipped.push(`entry[${i}].content[${j}]: ${type} is not a text note`);
        return;
      }
      let text = Buffer.from(a.data, 'base64').toString('utf8');
      if (type === 'text/html') text = text.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      if (text.trim()) {
        parts.push(text.trim());
        documents += 1;
      }
    });
  });
  return { text: parts.join('\n\n'), documents, skipped };
}

/** Expedited (72 h) when the Claim's priority is stat or its level of service is urgent / emergency (X12 1338 U, 03). */
export function priorityOf(claim: Claim): 'expedited' | 'standard' {
  const priority = path(claim, 'Claim.priority.coding.code') as string[];
  const level = path(claim, `Claim.extension.where(url = '${PAS}extension-levelOfServiceCode').value.coding.code`) as string[];
  return priority.includes('stat') || level.some((c) => c === 'U' || c === '03') ? 'expedited' : 'standard';
}

export interface CoveredItems {
  spec: string;
  items: { sequence: number; system?: string; code: string }[];
}

/** The item codes each spec covers: the config's `specs.<name>.items`, else the built-in defaults. */
export function itemsBySpec(config: ApiConfig, specs: string[]): Record<string, { system?: string; code: string }[]> {
  return Object.fromEntries(specs.map((s) => [s, config.specs[s]?.items?.length ? config.specs[s].items : (DEFAULT_SPEC_ITEMS[s] ?? [])]));
}

/** Which spec decides the Claim: every item must be covered, all by the same spec. */
export function specForItems(claim: Claim, coverage: Record<string, { system?: string; code: string }[]>): CoveredItems {
  const items = (claim.item ?? []).map((it: ClaimItem, i) => ({ it, i }));
  const issues: OperationOutcomeIssue[] = [];
  const specs = new Set<string>();
  const covered: CoveredItems['items'] = [];
  for (const { it, i } of items) {
    const codings = (it.productOrService?.coding ?? []) as Coding[];
    const spec = Object.keys(coverage).find((s) => coverage[s]!.some((c) => codings.some((k) => k.code === c.code && (!c.system || c.system === k.system))));
    const shown = codings.map((k) => `${k.system ? `${k.system}|` : ''}${k.code}`).join(', ');
    if (!spec) {
      issues.push(issue('not-supported', `item ${it.sequence} (${shown}) is not covered by any spec; covered codes: ${Object.entries(coverage).map(([s, cs]) => `${s}: ${cs.map((c) => c.code).join(' ')}`).join('; ')}`, `Bundle.entry[0].resource.item[${i}].productOrService`));
      continue;
    }
    specs.add(spec);
    const coding = codings.find((k) => coverage[spec]!.some((c) => c.code === k.code)) as Coding;
    covered.push({ sequence: it.sequence, ...(coding.system ? { system: coding.system } : {}), code: coding.code as string });
  }
  if (issues.length) throw invalid('the Claim names services no spec decides; nothing was started', issues, 'not-supported', 422);
  if (specs.size > 1) {
    throw invalid('the Claim mixes services of different specs; submit one Claim per spec', [issue('not-supported', `items are covered by ${[...specs].join(' and ')}`, 'Bundle.entry[0].resource.item')], 'not-supported', 422);
  }
  return { spec: [...specs][0] as string, items: covered };
}

/** The item codes of a Claim, as `system|code`, sorted (part of a request's identity). */
export function itemKeys(claim: Claim): string[] {
  return (claim.item ?? []).flatMap((it) => (it.productOrService?.coding ?? []).slice(0, 1).map((c) => `${c.system ?? ''}|${c.code ?? ''}`)).sort();
}

/**
 * A stable workflow id for a PAS request: the submitter, the Claim identifier and the requested services.
 * (The PAS examples reuse one patient-event trace number for different requests, so the identifier alone
 * does not name a request; an inquiry names the same identifier and services.)
 */
export function pasWorkflowId(submitter: string, identifier: Identifier, items: string[]): string {
  const h = createHash('sha256').update(`${submitter}|${identifier.system ?? ''}|${identifier.value ?? ''}|${items.join(',')}`).digest('hex');
  return `pas-${h.slice(0, 24)}`;
}

/** The workflow an inquiry is about: our workflow-id identifier, or the original Claim's identifier and services. */
export function inquiryWorkflowIds(claim: Claim, submitter: string): string[] {
  const ids = (claim.identifier ?? []).filter((i) => i.value);
  const ours = ids.filter((i) => i.system === WORKFLOW_ID_SYSTEM).map((i) => i.value as string);
  return [...ours, ...ids.filter((i) => i.system !== WORKFLOW_ID_SYSTEM).map((i) => pasWorkflowId(submitter, i, itemKeys(claim)))];
}

export interface Decision {
  code: ReviewActionCode;
  /** Why: the rule's reason (automatic), the reviewer's note, or why the case waits. */
  note: string;
  decidedBy?: 'compiled' | 'reviewer';
}

function ext(url: string, value: Omit<Extension, 'url'>): Extension {
  return { url, ...value };
}

/** The PAS response (or inquiry response) Bundle for a Claim and the case's current decision. */
export function responseBundle(args: { request: CheckedRequest; workflowId: string; decision: Decision; now: Date; op: 'submit' | 'inquire' }): Bundle {
  const { request, workflowId, decision, now, op } = args;
  const { bundle, claim } = request;
  const created = now.toISOString();
  const reviewAction = ext(`${PAS}extension-reviewAction`, {
    extension: [
      ext('number', { valueString: workflowId }),
      ext(`${PAS}extension-reviewActionCode`, { valueCodeableConcept: { coding: [{ system: X12_306, code: decision.code, display: REVIEW_ACTION_DISPLAY[decision.code] }] } }),
    ],
  });
  const items: ClaimResponseItem[] = (claim.item ?? []).map((it) => ({
    ...(decision.code === 'A4' ? { extension: [ext(`${PAS}extension-administrationReferenceNumber`, { valueString: workflowId })] } : {}),
    itemSequence: it.sequence,
    adjudication: [{ extension: [reviewAction], category: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adjudication', code: 'submitted' }] } }],
  }));
  const claimRef: Reference = {
    ...(request.claimEntry.fullUrl || claim.id ? { reference: claim.id ? `Claim/${claim.id}` : request.claimEntry.fullUrl } : {}),
    ...(claim.identifier?.[0] ? { identifier: claim.identifier[0] } : {}),
  };
  const response: ClaimResponse = {
    resourceType: 'ClaimResponse',
    id: workflowId.replace(/[^A-Za-z0-9\-.]/g, '-').slice(0, 64),
    meta: { profile: [`${PAS}${op === 'submit' ? 'profile-claimresponse' : 'profile-claiminquiryresponse'}`] },
    ...(decision.code !== 'A4'
      ? { extension: [ext(`${PAS}extension-claimResponseReviewer`, { extension: [ext('wasHumanReviewedFlag', { valueBoolean: decision.decidedBy === 'reviewer' })] })] }
      : {}),
    identifier: [{ system: WORKFLOW_ID_SYSTEM, value: workflowId }],
    status: 'active',
    type: claim.type,
    use: 'preauthorization',
    patient: claim.patient,
    created,
    insurer: claim.insurer as Reference,
    ...(claim.provider ? { requestor: claim.provider } : {}),
    request: claimRef,
    outcome: 'complete',
    disposition: decision.code === 'A1' ? 'Certified' : decision.code === 'A3' ? 'Not certified' : 'Pended for clinical review',
    ...(decision.code === 'A1' ? { preAuthRef: workflowId } : {}),
    item: items,
    processNote: [{ number: 1, type: 'display', text: decision.note }],
  };
  // Copy the resources the ClaimResponse references (patient, insurer, requestor) so they resolve in the answer.
  const refs = [claim.patient?.reference, claim.insurer?.reference, claim.provider?.reference].filter((r): r is string => Boolean(r));
  const copied = [...new Set(refs)].map((r) => resolveReference(bundle, r)).filter((e): e is BundleEntry => Boolean(e?.resource));
  return {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: { profile: [`${PAS}${op === 'submit' ? 'profile-pas-response-bundle' : 'profile-pas-inquiry-response-bundle'}`] },
    identifier: bundle.identifier?.value ? bundle.identifier : { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${randomUUID()}` },
    type: 'collection',
    timestamp: created,
    entry: [{ fullUrl: `urn:uuid:${randomUUID()}`, resource: response }, ...copied.map((e) => ({ fullUrl: e.fullUrl, resource: e.resource }))],
  };
}

export function decisionOf(status: string, reason: string | undefined, decidedBy: 'compiled' | 'reviewer' | undefined, info?: ArtifactInfo, ruleId?: string): Decision {
  if (status === 'APPROVED' || status === 'DENIED') {
    const rule = ruleId && info?.rules[ruleId] ? ` (rule ${ruleId}: ${info.rules[ruleId]})` : '';
    return { code: status === 'APPROVED' ? 'A1' : 'A3', note: `${reason ?? status}${decidedBy === 'compiled' ? rule : ''}`, decidedBy };
  }
  return { code: 'A4', note: reason ? `Pended for clinical review: ${reason}` : 'Pended for clinical review' };
}
