// JSON Schemas of the API: Fastify validates requests with them (Ajv) and @fastify/swagger publishes them as
// the OpenAPI document. Response schemas name the main fields and allow the rest (fast-json-stringify keeps
// only what a schema allows, so nested trails stay open).

const open = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', additionalProperties: true, properties, ...(required.length ? { required } : {}) });

export const ProblemSchema = {
  $id: 'Problem',
  description: 'RFC 9457 problem details (application/problem+json)',
  ...open({ type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' }, errors: { type: 'array', items: open({}) } }, ['type', 'title', 'status', 'detail']),
};

export const WorkflowParams = {
  type: 'object',
  additionalProperties: false,
  required: ['workflowId'],
  properties: { workflowId: { type: 'string', pattern: '^[A-Za-z0-9._@:-]{1,200}$', description: 'the case id `run` and the API return' } },
};

export const VersionQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { type: 'string', pattern: '^[0-9]{1,4}$', description: 'pin a spec version (default: the latest)' } },
};

export const QueueQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { spec: { type: 'string', pattern: '^[a-z0-9-]{1,80}$' } },
};

export const MetricsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    period: { type: 'string', pattern: '^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$', description: 'YYYY, YYYY-Qn or YYYY-MM (default: this year)' },
    from: { type: 'string', format: 'date-time', description: 'or a range: from (inclusive) ...' },
    to: { type: 'string', format: 'date-time', description: '... to (exclusive)' },
    spec: { type: 'string', pattern: '^[a-z0-9-]{1,80}$' },
  },
};

/** One case, as a `compiled-ai run --cases` line: {"id", "input"} (+ priority). */
export function caseBody(field: string, maxLength: number) {
  return {
    type: 'object',
    required: ['input'],
    // Other top-level fields are ignored, as the CLI ignores them (e.g. `expected` in dev case files).
    additionalProperties: true,
    properties: {
      id: { type: 'string', minLength: 1, maxLength: 80, description: 'your reference (never PHI); part of the workflow id' },
      priority: { type: 'string', enum: ['standard', 'expedited'], description: 'CMS-0057-F clock: expedited 72 h, standard 7 days (default)' },
      input: {
        type: 'object',
        additionalProperties: false,
        required: [field],
        properties: { [field]: { type: 'string', maxLength, description: 'the free text the facts are read from' } },
      },
    },
  };
}

export const ReviewBody = {
  type: 'object',
  additionalProperties: false,
  required: ['outcome'],
  properties: {
    outcome: { type: 'string', enum: ['APPROVED', 'DENIED'] },
    note: { type: 'string', maxLength: 2000, description: 'the specific reason; required for DENIED' },
  },
  if: { properties: { outcome: { const: 'DENIED' } } },
  then: { required: ['note'], properties: { note: { type: 'string', pattern: '\\S', minLength: 3 } } },
};

export const FhirRequestBody = {
  description: 'a PAS request Bundle (or a Parameters resource with a `resource` parameter holding it)',
  type: 'object',
  required: ['resourceType'],
  additionalProperties: true,
  properties: {
    resourceType: { type: 'string', enum: ['Bundle', 'Parameters'] },
    type: { type: 'string' },
    entry: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['resource'],
        additionalProperties: true,
        properties: { fullUrl: { type: 'string', maxLength: 2048 }, resource: { type: 'object', required: ['resourceType'], additionalProperties: true, properties: { resourceType: { type: 'string', pattern: '^[A-Z][A-Za-z]{1,63}$' } } } },
      },
    },
    parameter: { type: 'array', maxItems: 10, items: open({ name: { type: 'string' }, resource: open({}) }) },
  },
};

const Clock = open({
  priority: { type: 'string', enum: ['standard', 'expedited'] },
  priorityKnown: { type: 'boolean' },
  windowHours: { type: 'number' },
  submittedAt: { type: 'string' },
  dueAt: { type: 'string' },
  remainingHours: { type: 'number' },
  atRisk: { type: 'boolean' },
  overdue: { type: 'boolean' },
});

export const Me = open({ id: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, actions: { type: 'array', items: { type: 'string' } } }, ['id', 'role', 'actions']);

export const PrincipalList = open({ principals: { type: 'array', items: Me } });

export const SpecList = open({ specs: { type: 'array', items: open({ spec: { type: 'string' }, latest: { type: 'integer' }, versions: { type: 'array', items: { type: 'integer' } }, input: open({}), items: { type: 'array', items: open({}) }, rules: open({}) }) } });

export const CaseSubmitted = open(
  {
    workflowId: { type: 'string' },
    runId: { type: 'string' },
    spec: { type: 'string' },
    specVersion: { type: 'integer' },
    status: { type: 'string', enum: ['APPROVED', 'DENIED', 'NEEDS_REVIEW', 'RUNNING'] },
    reason: { type: 'string' },
    ruleId: { type: 'string' },
    reviewReasons: { type: 'array', items: { type: 'string' } },
    findings: { type: 'array', items: open({}) },
    clock: Clock,
    links: open({ self: { type: 'string' }, audit: { type: 'string' } }),
  },
  ['workflowId', 'status'],
);

export const CaseStatusSchema = open(
  {
    workflowId: { type: 'string' },
    runId: { type: 'string' },
    spec: { type: 'string' },
    specVersion: { type: 'integer' },
    workflowType: { type: 'string' },
    status: { type: 'string' },
    reviewState: { type: 'string' },
    reason: { type: 'string' },
    ruleId: { type: 'string' },
    reviewReasons: { type: 'array', items: { type: 'string' } },
    decidedBy: { type: 'string' },
    reviewer: { type: 'string' },
    reviewNote: { type: 'string' },
    decidedAt: { type: 'string' },
    submittedBy: { type: 'string' },
    channel: { type: 'string' },
    clock: Clock,
  },
  ['workflowId', 'status', 'clock'],
);

export const CaseAuditSchema = open({ workflowId: { type: 'string' }, intake: open({}), clock: Clock, history: open({}), records: { type: 'array', items: open({}) } }, ['workflowId', 'history', 'records']);

export const EvidenceSchema = open({ workflowId: { type: 'string' }, text: { type: 'string' }, facts: { type: 'array', items: open({}) }, clock: Clock }, ['workflowId', 'text', 'facts']);

export const ReviewResult = open({ workflowId: { type: 'string' }, status: { type: 'string' }, reason: { type: 'string' }, reviewer: { type: 'string' } }, ['workflowId', 'status', 'reviewer']);

export const QueueSchema = open({ generatedAt: { type: 'string' }, cases: { type: 'array', items: open({ workflowId: { type: 'string' }, spec: { type: 'string' }, clock: Clock, escalatedAt: { type: 'string' } }) } });

export const MetricsSchema = open({ period: open({}), generatedAt: { type: 'string' }, specs: { type: 'array', items: open({}) }, notes: { type: 'array', items: { type: 'string' } } });
