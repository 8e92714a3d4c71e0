// Errors of the API: RFC 9457 problem details (application/problem+json) on /api, FHIR OperationOutcome
// (application/fhir+json) on /fhir. Messages name fields, ids and rules, never chart text.
import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4';

export const PROBLEM_BASE = 'https://compiled-ai.dev/problems/';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    /** Short machine-readable type, e.g. `forbidden`; the problem's `type` is PROBLEM_BASE + this. */
    readonly kind: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    /** FHIR issue details, for /fhir answers. */
    readonly issues?: OperationOutcomeIssue[],
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? 'Error';
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [k: string]: unknown;
}

export function problemBody(p: HttpProblem, instance?: string): Problem {
  return { type: `${PROBLEM_BASE}${p.kind}`, title: titleOf(p.status), status: p.status, detail: p.detail, ...(instance ? { instance } : {}), ...p.extra };
}

/** FHIR issue type codes for our problem kinds (http://hl7.org/fhir/issue-type). */
const ISSUE_CODES: Record<string, OperationOutcomeIssue['code']> = {
  unauthenticated: 'login',
  forbidden: 'forbidden',
  'rate-limited': 'throttled',
  'too-large': 'too-long',
  'invalid-body': 'structure',
  'invalid-bundle': 'structure',
  'unsupported-media-type': 'not-supported',
  'not-supported': 'not-supported',
  'case-not-found': 'not-found',
  'not-found': 'not-found',
  duplicate: 'duplicate',
  'temporal-unavailable': 'transient',
};

export function operationOutcome(p: HttpProblem): OperationOutcome {
  const issue: OperationOutcomeIssue[] = p.issues?.length
    ? p.issues
    : [{ severity: p.status >= 500 ? 'fatal' : 'error', code: ISSUE_CODES[p.kind] ?? (p.status >= 500 ? 'exception' : 'invalid'), diagnostics: p.detail }];
  return { resourceType: 'OperationOutcome', issue };
}
