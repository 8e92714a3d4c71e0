// The HTTP API (`compiled-ai serve`): Fastify with JSON-schema validation of every request, an OpenAPI
// document generated from the same schemas, API keys / bearer tokens with one role each, per-principal rate
// limits, body size limits, application/problem+json errors (FHIR OperationOutcome on /fhir), the Da Vinci
// PAS subset (Claim/$submit, Claim/$inquire), the reviewer console (static files) and CMS-0057-F metrics.
// It talks to Temporal only through the client; Temporal and the audit store hold all state.
// Logs carry methods, route patterns, statuses, principal ids and workflow ids — never bodies, chart text or facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { Client } from '@temporalio/client';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import pino from 'pino';
import type { AuditStore } from '../activities/audit-store';
import type { RegisteredArtifact } from '../activities/registry-types';
import type { ArtifactInfo } from '../contract/bounded-decision';
import { InvalidCaseInputError, UnknownWorkflowError, newWorkflowId, resolveWorkflow, validateCaseInput } from '../worker/client';
import type { TemporalSettings } from '../worker/config';
import { PERMISSIONS, actionsOf, allowed, createAuthenticator, type Action, type Principal } from './auth';
import {
  caseAudit,
  caseEvidence,
  caseStatus,
  listQueue,
  recordAccess,
  reviewCase,
  submitCase,
  describeCase,
  type CaseContext,
  type CaseStatusView,
} from './cases';
import type { ApiConfig } from './config';
import { checkRequestBundle, chartTextOf, decisionOf, inquiryWorkflowIds, itemKeys, itemsBySpec, pasWorkflowId, priorityOf, responseBundle, specForItems } from './fhir/pas';
import { computeMetrics, parsePeriod } from './metrics';
import { HttpProblem, operationOutcome, problemBody } from './problem';
import * as S from './schemas';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    credentialsPresented?: boolean;
  }
}

export interface ApiServerOptions {
  client: Client;
  settings: TemporalSettings;
  config: ApiConfig;
  audit: AuditStore;
  registry?: RegisteredArtifact[];
  /** The clock of the regulatory deadlines (tests move it forward). */
  now?: () => Date;
  logger?: Logger;
  /** Run the overdue-escalation sweep every config.escalation.intervalSeconds (default true). */
  escalationSweep?: boolean;
}

const CONSOLE_DIR = join(__dirname, 'console');

const ACTION_TEXT: Record<Action, string> = {
  'case:submit': 'submit cases',
  'case:status': 'read case status',
  'queue:read': 'read the review queue',
  'case:evidence': "read a case's chart and evidence",
  'case:review': 'review cases',
  'audit:read': 'read audit trails',
  'metrics:read': 'read metrics',
  'principals:read': 'list principals',
};

function toProblem(err: FastifyError | HttpProblem | Error, isFhir: boolean): HttpProblem {
  if (err instanceof HttpProblem) return err;
  const e = err as FastifyError & { cause?: Error };
  if (e.validation) {
    const where = e.validationContext ?? 'body';
    const errors = e.validation.map((v) => ({ in: where, path: v.instancePath || '/', message: v.message ?? 'is invalid', ...(v.params && Object.keys(v.params).length ? { params: v.params } : {}) }));
    const deniedWithoutNote = e.validation.some((v) => (v.params as { missingProperty?: string })?.missingProperty === 'note' || (v.instancePath === '/note' && v.keyword !== 'maxLength'));
    const detail = deniedWithoutNote ? 'a denial needs a specific reason: send "note" (at least 3 characters)' : `${where} is invalid: ${errors.map((x) => `${x.path} ${x.message}`).join('; ')}`;
    const issues = isFhir ? errors.map((x) => ({ severity: 'error' as const, code: 'structure' as const, diagnostics: `${x.path} ${x.message}`, expression: [`Bundle${x.path.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`] })) : undefined;
    return new HttpProblem(400, isFhir ? 'invalid-bundle' : 'invalid-body', detail, { errors }, issues);
  }
  if (e instanceof UnknownWorkflowError) return new HttpProblem(404, 'not-found', e.message);
  if (e instanceof InvalidCaseInputError) return new HttpProblem(422, 'invalid-input', e.message, { field: e.field });
  const status = e.statusCode ?? 500;
  if (status === 413) return new HttpProblem(413, 'too-large', 'the request body is larger than this endpoint accepts');
  if (status === 415) return new HttpProblem(415, 'unsupported-media-type', isFhir ? 'send application/fhir+json or application/json' : 'send application/json');
  if (status === 429) return new HttpProblem(429, 'rate-limited', e.message || 'too many requests');
  if (status >= 400 && status < 500) return new HttpProblem(status, 'bad-request', e.message);
  if (e.name === 'TemporalUnavailableError' || /UNAVAILABLE|ECONNREFUSED|deadline/i.test(`${e.message} ${e.cause?.message ?? ''}`)) {
    return new HttpProblem(503, 'temporal-unavailable', 'the workflow service is unavailable; retry later');
  }
  return new HttpProblem(500, 'internal', 'an unexpected error; it was logged with the request id');
}

/** Build the server (not listening): `await app.listen({ port, host })`, or `app.inject()` in tests. */
export async function buildApiServer(opts: ApiServerOptions): Promise<FastifyInstance> {
  const registry = opts.registry ?? (require('../workflows-generated/registry') as { artifacts: RegisteredArtifact[] }).artifacts;
  const logger = opts.logger ?? pino({ level: 'silent' });
  const { config } = opts;
  const auth = createAuthenticator(config);
  const ctx: CaseContext = { client: opts.client, settings: opts.settings, config, audit: opts.audit, registry, now: opts.now ?? (() => new Date()), logger };
  const specs = [...new Set(registry.map((a) => a.info.spec))].sort();
  const coverage = itemsBySpec(config, specs);

  const app = Fastify({
    loggerInstance: logger as unknown as FastifyBaseLogger,
    // Fastify's own request lines (with URLs and query strings) are off; onResponse logs a PHI-free line.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.limits.bodyBytes,
    trustProxy: false,
    // Strict validation: no coercion of body values, no silent removal of unknown properties, every error.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true, useDefaults: true } },
  });

  app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.addHook('onRequest', async (req) => {
    const { principal, presented } = auth.authenticate(req.headers);
    req.principal = principal;
    req.credentialsPresented = presented;
  });
  app.addHook('onResponse', async (req, reply) => {
    logger.info({ method: req.method, route: req.routeOptions?.url ?? 'unmatched', status: reply.statusCode, principal: req.principal?.id, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  const isFhir = (req: FastifyRequest) => req.url.startsWith('/fhir');
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const p = toProblem(err, isFhir(req));
    if (p.status >= 500) logger.error({ route: req.routeOptions?.url, error: err.name, message: err.message, reqId: req.id }, 'request failed');
    if (p.status === 401) reply.header('www-authenticate', 'Bearer realm="compiled-ai", ApiKey header="X-API-Key"');
    if (isFhir(req)) return reply.status(p.status).type('application/fhir+json').send(operationOutcome(p));
    return reply.status(p.status).type('application/problem+json').send(problemBody(p, req.url.split('?')[0]));
  });
  app.setNotFoundHandler((req, reply) => {
    const p = new HttpProblem(404, 'not-found', `no route ${req.method} ${req.url.split('?')[0]}`);
    if (isFhir(req)) return reply.status(404).type('application/fhir+json').send(operationOutcome(p));
    return reply.status(404).type('application/problem+json').send(problemBody(p));
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'compiled-ai prior authorization API',
        version: '1.0.0',
        description:
          'Submit prior-authorization cases, read their status and audit trail, review pended cases, and read CMS-0057-F metrics. ' +
          'FHIR Da Vinci PAS 2.2.1 subset under /fhir. Every call needs an API key (X-API-Key) or a bearer token with the role the action belongs to.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'a token from the server config' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
      security: [{ bearer: [] }, { apiKey: [] }],
      tags: [
        { name: 'cases', description: 'submit and read cases' },
        { name: 'review', description: 'the reviewer queue and decisions' },
        { name: 'audit', description: 'audit trails and metrics' },
        { name: 'fhir', description: 'Da Vinci PAS (subset)' },
      ],
    },
  });

  await app.register(rateLimit, {
    global: true,
    max: config.limits.requestsPerMinute,
    timeWindow: 60_000,
    hook: 'onRequest',
    keyGenerator: (req) => (req.principal ? `principal:${req.principal.id}` : `ip:${req.ip}`),
    errorResponseBuilder: (_req, c) => new HttpProblem(429, 'rate-limited', `more than ${c.max} requests per minute; retry in ${c.after}`),
  });

  const need = (action: Action) => async (req: FastifyRequest) => {
    if (!req.principal) {
      throw new HttpProblem(401, 'unauthenticated', req.credentialsPresented ? 'the API key or token is not valid' : 'send an API key (X-API-Key header) or a bearer token (Authorization: Bearer ...)');
    }
    if (!allowed(req.principal.role, action)) {
      logger.warn({ principal: req.principal.id, role: req.principal.role, action, route: req.routeOptions?.url }, 'forbidden');
      throw new HttpProblem(403, 'forbidden', `${req.principal.id} (role ${req.principal.role}) may not ${ACTION_TEXT[action]}; that is for ${PERMISSIONS[action].join(', ')}`, { role: req.principal.role, action });
    }
  };
  const principalOf = (req: FastifyRequest) => req.principal as Principal;
  const security: { [name: string]: string[] }[] = [{ bearer: [] }, { apiKey: [] }];

  // ------------------------------------------------------------------------------------------ public
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/console/'));
  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The console: three static files, read once (no PHI in them; the data comes from the API with the user's key).
  const consoleFiles: Record<string, { type: string; body: Buffer }> = {
    '': { type: 'text/html; charset=utf-8', body: readFileSync(join(CONSOLE_DIR, 'index.html')) },
    'app.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(CONSOLE_DIR, 'app.js')) },
    'app.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(CONSOLE_DIR, 'app.css')) },
  };
  app.get('/console', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/console/'));
  app.get<{ Params: { file?: string } }>('/console/', { schema: { hide: true } }, async (req, reply) => sendConsole(req.params.file ?? '', reply));
  app.get<{ Params: { file: string } }>('/console/:file', { schema: { hide: true } }, async (req, reply) => sendConsole(req.params.file, reply));
  function sendConsole(file: string, reply: FastifyReply) {
    const f = consoleFiles[file === 'index.html' ? '' : file];
    if (!f) throw new HttpProblem(404, 'not-found', `no console file ${file}`);
    return reply
      .type(f.type)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY')
      .header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
      .send(f.body);
  }

  // ------------------------------------------------------------------------------------------ JSON API
  app.get('/api/v1/me', { onRequest: [need('case:status')], schema: { tags: ['cases'], summary: 'who you are and what you may do', security, response: { 200: S.Me, '4xx': S.ProblemSchema } } }, async (req) => {
    const p = principalOf(req);
    return { id: p.id, role: p.role, ...(p.name ? { name: p.name } : {}), actions: actionsOf(p.role) };
  });

  app.get('/api/v1/specs', { onRequest: [need('case:status')], schema: { tags: ['cases'], summary: 'the specs cases can be submitted for', security, response: { 200: S.SpecList, '4xx': S.ProblemSchema } } }, async () => ({
    specs: specs.map((spec) => {
      const versions = registry.filter((a) => a.info.spec === spec).map((a) => a.info).sort((a, b) => b.specVersion - a.specVersion);
      const latest = versions[0] as ArtifactInfo;
      return { spec, versions: versions.map((v) => v.specVersion), latest: latest.specVersion, input: latest.input, items: coverage[spec] ?? [], rules: latest.rules };
    }),
  }));

  for (const spec of specs) {
    const latest = registry.filter((a) => a.info.spec === spec).map((a) => a.info).sort((a, b) => b.specVersion - a.specVersion)[0] as ArtifactInfo;
    app.post<{ Body: { id?: string; input: Record<string, string>; priority?: 'standard' | 'expedited' }; Querystring: { version?: string } }>(
      `/api/v1/specs/${spec}/cases`,
      {
        onRequest: [need('case:submit')],
        schema: {
          tags: ['cases'],
          summary: `submit a ${spec} case (the JSON a \`compiled-ai run --cases\` line holds) and wait until it is decided or pended`,
          security,
          querystring: S.VersionQuery,
          body: S.caseBody(latest.input.field, latest.input.maxLength),
          response: { 201: S.CaseSubmitted, '4xx': S.ProblemSchema, '5xx': S.ProblemSchema },
        },
      },
      async (req, reply) => {
        const principal = principalOf(req);
        const info = resolveWorkflow(req.query.version ? `${spec}@v${req.query.version}` : spec, registry);
        const input = validateCaseInput(info, req.body.input);
        const workflowId = newWorkflowId(info, req.body.id);
        const r = await submitCase(ctx, { info, input, workflowId, principal, channel: 'api', priority: req.body.priority ?? 'standard', ...(req.body.id ? { caseRef: String(req.body.id).slice(0, 80) } : {}) });
        reply.status(201).header('location', `/api/v1/cases/${encodeURIComponent(r.workflowId)}`);
        return {
          workflowId: r.workflowId,
          runId: r.runId,
          spec: info.spec,
          specVersion: info.specVersion,
          status: r.outcome?.status ?? 'RUNNING',
          reason: r.outcome?.reason ?? 'still running; read the case for its outcome',
          ...(r.outcome?.ruleId ? { ruleId: r.outcome.ruleId } : {}),
          ...(r.outcome?.reviewReasons?.length ? { reviewReasons: r.outcome.reviewReasons } : {}),
          ...(r.outcome?.findings?.length ? { findings: r.outcome.findings.map((f) => ({ rule: f.rule, message: f.message, span: f.span })) } : {}),
          clock: r.clock,
          links: { self: `/api/v1/cases/${r.workflowId}`, audit: `/api/v1/cases/${r.workflowId}/audit` },
        };
      },
    );
  }

  type WfParams = { Params: { workflowId: string } };
  app.get<WfParams>('/api/v1/cases/:workflowId', { onRequest: [need('case:status')], schema: { tags: ['cases'], summary: "a case's status and regulatory clock", security, params: S.WorkflowParams, response: { 200: S.CaseStatusSchema, '4xx': S.ProblemSchema } } }, async (req) =>
    caseStatus(ctx, req.params.workflowId, principalOf(req)),
  );

  app.get<WfParams>('/api/v1/cases/:workflowId/audit', { onRequest: [need('audit:read')], schema: { tags: ['audit'], summary: "a case's audit trail: the decoded history and every audit record, with principals", security, params: S.WorkflowParams, response: { 200: S.CaseAuditSchema, '4xx': S.ProblemSchema } } }, async (req) => {
    const view = await caseAudit(ctx, req.params.workflowId, principalOf(req));
    const d = await describeCase(ctx, req.params.workflowId, principalOf(req));
    await recordAccess(ctx, d, principalOf(req), 'audit');
    return view;
  });

  app.get<WfParams>('/api/v1/cases/:workflowId/evidence', { onRequest: [need('case:evidence')], schema: { tags: ['review'], summary: 'a case for review: chart text, facts with evidence spans, checks, the rule that would fire and its policy text', security, params: S.WorkflowParams, response: { 200: S.EvidenceSchema, '4xx': S.ProblemSchema } } }, async (req) => {
    const view = await caseEvidence(ctx, req.params.workflowId, principalOf(req));
    const d = await describeCase(ctx, req.params.workflowId, principalOf(req));
    await recordAccess(ctx, d, principalOf(req), 'evidence');
    return view;
  });

  app.post<WfParams & { Body: { outcome: 'APPROVED' | 'DENIED'; note?: string } }>(
    '/api/v1/cases/:workflowId/review',
    { onRequest: [need('case:review')], schema: { tags: ['review'], summary: 'decide a waiting case; a denial needs a specific reason (note). The reviewer recorded is you.', security, params: S.WorkflowParams, body: S.ReviewBody, response: { 200: S.ReviewResult, '4xx': S.ProblemSchema } } },
    async (req) => {
      const principal = principalOf(req);
      const note = req.body.note?.trim();
      if (req.body.outcome === 'DENIED' && !note) throw new HttpProblem(400, 'invalid-body', 'a denial needs a specific reason: send note', { errors: [{ in: 'body', path: '/note', message: 'is required for DENIED' }] });
      const progress = await reviewCase(ctx, req.params.workflowId, principal, { outcome: req.body.outcome, ...(note ? { note } : {}) });
      return { workflowId: req.params.workflowId, status: progress.status ?? req.body.outcome, reason: progress.reason ?? '', reviewer: principal.id };
    },
  );

  app.get<{ Querystring: { spec?: string } }>('/api/v1/queue', { onRequest: [need('queue:read')], schema: { tags: ['review'], summary: 'cases waiting for review, overdue first, then by due time (72 h expedited, 7 d standard)', security, querystring: S.QueueQuery, response: { 200: S.QueueSchema, '4xx': S.ProblemSchema } } }, async (req) => {
    const entries = await listQueue(ctx, { ...(req.query.spec ? { spec: req.query.spec } : {}) });
    return { generatedAt: ctx.now().toISOString(), cases: entries };
  });

  app.get<{ Querystring: { period?: string; from?: string; to?: string; spec?: string } }>(
    '/api/v1/metrics',
    { onRequest: [need('metrics:read')], schema: { tags: ['audit'], summary: 'CMS-0057-F figures per spec for a period (YYYY, YYYY-Qn, YYYY-MM or from/to)', security, querystring: S.MetricsQuery, response: { 200: S.MetricsSchema, '4xx': S.ProblemSchema } } },
    async (req) => computeMetrics(ctx, { period: parsePeriod(req.query, ctx.now()), ...(req.query.spec ? { spec: req.query.spec } : {}) }),
  );

  app.get('/api/v1/principals', { onRequest: [need('principals:read')], schema: { tags: ['audit'], summary: 'who may call the API (ids and roles; never secrets)', security, response: { 200: S.PrincipalList, '4xx': S.ProblemSchema } } }, async () => ({
    principals: auth.principals().map((p) => ({ id: p.id, role: p.role, ...(p.name ? { name: p.name } : {}), actions: actionsOf(p.role) })),
  }));

  // ------------------------------------------------------------------------------------------ FHIR PAS
  const fhirJson = (reply: FastifyReply) => reply.type('application/fhir+json');

  app.get('/fhir/metadata', { schema: { tags: ['fhir'], summary: 'CapabilityStatement', security: [] } }, async (_req, reply) =>
    fhirJson(reply).send({
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: '2026-01-01',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
      implementationGuide: ['http://hl7.org/fhir/us/davinci-pas/ImplementationGuide/hl7.fhir.us.davinci-pas|2.2.1'],
      rest: [
        {
          mode: 'server',
          resource: [
            {
              type: 'Claim',
              operation: [
                { name: 'submit', definition: 'http://hl7.org/fhir/us/davinci-pas/OperationDefinition/Claim-submit' },
                { name: 'inquire', definition: 'http://hl7.org/fhir/us/davinci-pas/OperationDefinition/Claim-inquiry' },
              ],
            },
          ],
        },
      ],
    }),
  );

  app.post<{ Body: unknown }>(
    '/fhir/Claim/$submit',
    { onRequest: [need('case:submit')], bodyLimit: config.limits.fhirBodyBytes, schema: { tags: ['fhir'], summary: 'PAS Claim/$submit: a request Bundle in, a response Bundle out (A1 certified, A3 not certified, A4 pended)', security, body: S.FhirRequestBody } },
    async (req, reply) => {
      const principal = principalOf(req);
      const request = checkRequestBundle(req.body, 'submit');
      const covered = specForItems(request.claim, coverage);
      const info = resolveWorkflow(covered.spec, registry);
      const chart = chartTextOf(request.bundle);
      if (chart.text.length > info.input.maxLength) {
        throw new HttpProblem(422, 'too-large', `the Bundle's notes hold ${chart.text.length} characters; ${info.spec} accepts at most ${info.input.maxLength}`, {}, [
          { severity: 'error', code: 'too-long', diagnostics: `the DocumentReference notes hold ${chart.text.length} characters; at most ${info.input.maxLength} are accepted`, expression: ['Bundle.entry.resource.ofType(DocumentReference).content.attachment.data'] },
        ]);
      }
      let input: Record<string, string>;
      try {
        input = validateCaseInput(info, { [info.input.field]: chart.text });
      } catch (e) {
        throw new HttpProblem(422, 'invalid-input', (e as Error).message, {}, [{ severity: 'error', code: 'value', diagnostics: `the DocumentReference notes ${(e as Error).message.replace(/^[^:]*: /, '')}`, expression: ['Bundle.entry.resource.ofType(DocumentReference)'] }]);
      }
      const identifier = (request.claim.identifier ?? []).find((i) => i.value) as { system?: string; value: string };
      const workflowId = pasWorkflowId(principal.id, identifier, itemKeys(request.claim));
      const r = await submitCase(ctx, {
        info,
        input,
        workflowId,
        principal,
        channel: 'fhir-pas',
        priority: priorityOf(request.claim),
        caseRef: identifier.value.slice(0, 80),
        claim: { identifier: { ...(identifier.system ? { system: identifier.system } : {}), value: identifier.value }, items: covered.items },
      });
      const decidedBy = r.outcome?.phase === 'completed' ? 'compiled' : undefined;
      const decision = decisionOf(r.outcome?.status ?? 'RUNNING', r.outcome?.reason, decidedBy, info, r.outcome?.ruleId);
      return fhirJson(reply).send(responseBundle({ request, workflowId, decision, now: ctx.now(), op: 'submit' }));
    },
  );

  app.post<{ Body: unknown }>(
    '/fhir/Claim/$inquire',
    { onRequest: [need('case:status')], bodyLimit: config.limits.fhirBodyBytes, schema: { tags: ['fhir'], summary: 'PAS Claim/$inquire: the current state of a submitted request', security, body: S.FhirRequestBody } },
    async (req, reply) => {
      const principal = principalOf(req);
      const request = checkRequestBundle(req.body, 'inquire');
      let found: CaseStatusView | undefined;
      for (const id of inquiryWorkflowIds(request.claim, principal.id)) {
        try {
          found = await caseStatus(ctx, id, principal);
          break;
        } catch (e) {
          if (!(e instanceof HttpProblem && e.status === 404)) throw e;
        }
      }
      if (!found) throw new HttpProblem(404, 'case-not-found', 'no submitted request matches the inquiry Claim identifier', {}, [{ severity: 'error', code: 'not-found', diagnostics: 'no request of yours matches Claim.identifier', expression: ['Bundle.entry[0].resource.identifier'] }]);
      const info = registry.find((a) => a.info.workflowType === found.workflowType)?.info;
      const decision = decisionOf(found.status, found.status === 'APPROVED' || found.status === 'DENIED' ? (found.decidedBy === 'reviewer' ? (found.reviewNote ?? found.reason) : found.reason) : found.reviewReasons?.join('; '), found.decidedBy, info, found.ruleId);
      return fhirJson(reply).send(responseBundle({ request, workflowId: found.workflowId, decision, now: ctx.now(), op: 'inquire' }));
    },
  );

  // ------------------------------------------------------------------------------------------ escalation sweep
  if (opts.escalationSweep !== false) {
    const timer = setInterval(() => {
      listQueue(ctx).catch((e: Error) => logger.warn({ error: e.name }, 'escalation sweep failed'));
    }, config.escalation.intervalSeconds * 1000);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  return app;
}
