// Case operations of the API, all through the Temporal client: start a case (with who submitted it, its
// channel and priority in the memo), read its status, the review queue with the CMS-0057-F clock, a waiting
// case's evidence, a reviewer's decision, and the audit trail. Temporal (visibility + histories) and the
// audit store are the only state; the server keeps none of its own.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  type Client,
  type WorkflowExecutionDescription,
  type WorkflowExecutionInfo,
} from '@temporalio/client';
import { WorkflowNotFoundError, type Workflow } from '@temporalio/common';
import type { Logger } from 'pino';
import { parse as parseYaml } from 'yaml';
import type { AuditStore } from '../activities/audit-store';
import type { RegisteredArtifact } from '../activities/registry-types';
import type { AuditRecord } from '../contract/activities';
import { runChecks } from '../templates/bounded-decision/evaluate';
import { SA } from '../templates/bounded-decision/search-attributes';
import type { ArtifactInfo, CaseProgress, CaseResult, DecideFn, Facts, ReviewDecision } from '../contract/bounded-decision';
import { awaitCase, submitReview, type CaseOutcome } from '../worker/client';
import { buildAuditTrail, type AuditTrail } from '../worker/commands/audit';
import { REPO_ROOT, type TemporalSettings } from '../worker/config';
import type { Principal } from './auth';
import type { ApiConfig, Role } from './config';
import { readCaseHistory, type Span } from './history';
import { HttpProblem } from './problem';

export type Priority = 'expedited' | 'standard';

/** Who submitted a case, how, and its regulatory priority: the run's memo (encrypted like every payload). */
export interface Intake {
  channel: 'api' | 'fhir-pas';
  submittedBy: string;
  role: Role;
  priority: Priority;
  submittedAt: string;
  caseRef?: string;
  claim?: { identifier?: { system?: string; value?: string }; items?: { sequence: number; system?: string; code: string }[] };
}

export interface CaseContext {
  client: Client;
  settings: TemporalSettings;
  config: ApiConfig;
  audit: AuditStore;
  registry: RegisteredArtifact[];
  now: () => Date;
  logger: Logger;
}

/** Audit records the API writes next to the workflow's own (same store, same exclusive create). */
export type ApiAuditRecord = Omit<AuditRecord, 'kind'> & {
  kind: string;
  principal: { id: string; role: Role | 'system' };
  channel?: string;
  priority?: Priority;
  dueAt?: string;
};

export const SYSTEM_PRINCIPAL = { id: 'system:escalation', role: 'system' as const };

// ---------------------------------------------------------------------------------------------- clock

export interface Clock {
  priority: Priority;
  /** false for cases started outside the API (CLI): treated as standard. */
  priorityKnown: boolean;
  windowHours: number;
  submittedAt: string;
  dueAt: string;
  /** Negative once overdue; for decided cases, the margin left at the decision. */
  remainingHours: number;
  atRisk: boolean;
  overdue: boolean;
}

export function clockOf(config: ApiConfig, intake: Partial<Intake> | undefined, startedAt: Date, at: Date): Clock {
  const priority: Priority = intake?.priority === 'expedited' ? 'expedited' : 'standard';
  const windowHours = priority === 'expedited' ? config.clock.expeditedHours : config.clock.standardHours;
  const submitted = intake?.submittedAt ? new Date(intake.submittedAt) : startedAt;
  const due = new Date(submitted.getTime() + windowHours * 3600_000);
  const remainingMs = due.getTime() - at.getTime();
  const elapsed = at.getTime() - submitted.getTime();
  return {
    priority,
    priorityKnown: intake?.priority !== undefined,
    windowHours,
    submittedAt: submitted.toISOString(),
    dueAt: due.toISOString(),
    remainingHours: Math.round((remainingMs / 3600_000) * 100) / 100,
    atRisk: remainingMs > 0 && elapsed >= config.clock.atRiskFraction * windowHours * 3600_000,
    overdue: remainingMs <= 0,
  };
}

// ---------------------------------------------------------------------------------------------- helpers

export const inputDigest = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

function intakeOf(memo: Record<string, unknown> | undefined): Intake | undefined {
  const i = memo?.intake;
  return i && typeof i === 'object' ? (i as Intake) : undefined;
}

function artifactOfType(ctx: CaseContext, workflowType: string): ArtifactInfo | undefined {
  return ctx.registry.find((a) => a.info.workflowType === workflowType)?.info;
}

function keyword(info: Pick<WorkflowExecutionInfo, 'typedSearchAttributes'>, key: (typeof SA)[keyof typeof SA]): string | undefined {
  const v = info.typedSearchAttributes.get(key);
  return typeof v === 'string' ? v : undefined;
}

/** Describe a case; a submitter sees only the cases it submitted (others are "not found", not "forbidden"). */
export async function describeCase(ctx: CaseContext, workflowId: string, principal: Principal): Promise<WorkflowExecutionDescription> {
  let d: WorkflowExecutionDescription;
  try {
    d = await ctx.client.workflow.getHandle(workflowId).describe();
  } catch (e) {
    if (e instanceof WorkflowNotFoundError || /not found/i.test((e as Error).message)) throw new HttpProblem(404, 'case-not-found', `no case ${workflowId}`);
    throw e;
  }
  if (!artifactOfType(ctx, d.type)) throw new HttpProblem(404, 'case-not-found', `${workflowId} is not a case of a known spec`);
  if (principal.role === 'submitter' && intakeOf(d.memo)?.submittedBy !== principal.id) throw new HttpProblem(404, 'case-not-found', `no case ${workflowId} submitted by ${principal.id}`);
  return d;
}

async function appendApiRecord(ctx: CaseContext, record: ApiAuditRecord): Promise<boolean> {
  try {
    return (await ctx.audit.append(record as unknown as AuditRecord)).created;
  } catch (e) {
    ctx.logger.error({ workflowId: record.workflowId, kind: record.kind, error: (e as Error).name }, 'audit record not written');
    throw e;
  }
}

async function reviewRequested(ctx: CaseContext, workflowId: string): Promise<AuditRecord | undefined> {
  return (await ctx.audit.list(workflowId)).find((r) => r.kind === 'review-requested');
}

function baseRecord(info: ArtifactInfo, workflowId: string, runId: string, from?: Partial<AuditRecord>) {
  return {
    workflowId,
    runId,
    artifactId: `${info.spec}@v${info.specVersion}`,
    artifactHash: from?.artifactHash ?? info.artifactHash,
    logicVersion: from?.logicVersion ?? info.logicVersion,
    inputDigest: from?.inputDigest ?? 'unknown',
    extractionPath: from?.extractionPath ?? 'none',
  };
}

/** Record that a principal read a case's PHI (case view, audit trail): one record per access. */
export async function recordAccess(ctx: CaseContext, d: WorkflowExecutionDescription, principal: Principal, view: 'evidence' | 'audit'): Promise<void> {
  const info = artifactOfType(ctx, d.type);
  if (!info) return;
  const at = ctx.now().toISOString();
  await appendApiRecord(ctx, {
    ...baseRecord(info, d.workflowId, d.runId),
    kind: `access-${view}.${at.replace(/[^0-9]/g, '')}-${randomBytes(3).toString('hex')}`,
    status: 'NEEDS_REVIEW',
    reason: `${view} viewed by ${principal.id}`,
    principal: { id: principal.id, role: principal.role },
    at,
  });
}

// ---------------------------------------------------------------------------------------------- submit

export interface SubmitResult {
  workflowId: string;
  runId: string;
  /** undefined when the case was still running after the submission wait. */
  outcome?: CaseOutcome;
  intake: Intake;
  clock: Clock;
}

/**
 * Start a case and wait (at most limits.submitWaitSeconds) until it is decided or waiting for review, like
 * `runCase` in worker/client.ts — with the intake memo, and a workflow id that can never be reused.
 */
export async function submitCase(
  ctx: CaseContext,
  args: { info: ArtifactInfo; input: Record<string, string>; workflowId: string; principal: Principal; channel: Intake['channel']; priority: Priority; caseRef?: string; claim?: Intake['claim'] },
): Promise<SubmitResult> {
  const { info, input, workflowId, principal } = args;
  const intake: Intake = {
    channel: args.channel,
    submittedBy: principal.id,
    role: principal.role,
    priority: args.priority,
    submittedAt: ctx.now().toISOString(),
    ...(args.caseRef ? { caseRef: args.caseRef } : {}),
    ...(args.claim ? { claim: args.claim } : {}),
  };
  const op = new WithStartWorkflowOperation<Workflow>(info.workflowType, {
    taskQueue: ctx.settings.taskQueue,
    workflowId,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    memo: { intake },
    typedSearchAttributes: [
      { key: SA.spec, value: info.spec },
      { key: SA.specVersion, value: String(info.specVersion) },
      { key: SA.artifactHash, value: info.artifactHash },
    ],
  });
  let update;
  try {
    update = await ctx.client.workflow.startUpdateWithStart<Workflow, CaseProgress, []>('awaitOutcome', { startWorkflowOperation: op, waitForStage: 'ACCEPTED' });
  } catch (e) {
    if (e instanceof WorkflowExecutionAlreadyStartedError || (e as Error)?.cause instanceof WorkflowExecutionAlreadyStartedError) {
      throw new HttpProblem(409, 'duplicate', `a case ${workflowId} already exists; read its state instead of submitting it again`, { workflowId });
    }
    throw e;
  }
  const runId = update.workflowRunId ?? '';
  const field = info.input.field;
  await appendApiRecord(ctx, {
    ...baseRecord(info, workflowId, runId, { inputDigest: inputDigest(input[field] ?? '') }),
    kind: 'api-submitted',
    status: 'NEEDS_REVIEW',
    reason: `submitted by ${principal.id} via ${args.channel} (${args.priority})`,
    principal: { id: principal.id, role: principal.role },
    channel: args.channel,
    priority: args.priority,
    dueAt: clockOf(ctx.config, intake, new Date(intake.submittedAt), new Date(intake.submittedAt)).dueAt,
    at: intake.submittedAt,
  });
  const waitMs = ctx.config.limits.submitWaitSeconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)));
  let progress: CaseProgress | undefined;
  try {
    progress = await Promise.race([update.result(), timeout]);
  } catch {
    progress = undefined; // the workflow closed before answering: read its result below
  } finally {
    clearTimeout(timer);
  }
  let outcome: CaseOutcome | undefined;
  if (progress?.phase === 'awaiting_review') {
    outcome = { status: 'NEEDS_REVIEW', reason: progress.reason ?? '', phase: progress.phase, reviewReasons: progress.reviewReasons, findings: progress.findings };
  } else if (progress?.phase === 'completed' && progress.status) {
    outcome = { status: progress.status, reason: progress.reason ?? '', phase: 'completed', ...(progress.ruleId ? { ruleId: progress.ruleId } : {}) };
  } else if (progress === undefined) {
    const handle = ctx.client.workflow.getHandle(workflowId, runId);
    const status = await handle.describe().then((d) => d.status.name, () => undefined);
    if (status && status !== 'RUNNING') outcome = await awaitCase(handle).catch(() => undefined);
  }
  const started = new Date(intake.submittedAt);
  return { workflowId, runId, outcome, intake, clock: clockOf(ctx.config, intake, started, ctx.now()) };
}

// ---------------------------------------------------------------------------------------------- status

export interface CaseStatusView {
  workflowId: string;
  runId: string;
  spec: string;
  specVersion: number;
  workflowType: string;
  /** APPROVED | DENIED | NEEDS_REVIEW, RUNNING while undecided, FAILED/TERMINATED/... when the run ended without a decision. */
  status: string;
  reviewState?: string;
  reason?: string;
  ruleId?: string;
  reviewReasons?: string[];
  decidedBy?: 'compiled' | 'reviewer';
  reviewer?: string;
  reviewNote?: string;
  decidedAt?: string;
  submittedBy?: string;
  channel?: string;
  clock: Clock;
}

export async function caseStatus(ctx: CaseContext, workflowId: string, principal: Principal): Promise<CaseStatusView> {
  const d = await describeCase(ctx, workflowId, principal);
  const info = artifactOfType(ctx, d.type) as ArtifactInfo;
  const intake = intakeOf(d.memo);
  const handle = ctx.client.workflow.getHandle(workflowId, d.runId);
  const closedAt = d.closeTime;
  const view: CaseStatusView = {
    workflowId,
    runId: d.runId,
    spec: info.spec,
    specVersion: info.specVersion,
    workflowType: d.type,
    status: d.status.name,
    reviewState: keyword(d, SA.reviewState),
    ...(intake ? { submittedBy: intake.submittedBy, channel: intake.channel } : {}),
    clock: clockOf(ctx.config, intake, d.startTime, closedAt ?? ctx.now()),
  };
  if (d.status.name === 'RUNNING') {
    const progress = await handle.query<CaseProgress>('progress').catch(() => undefined);
    if (progress) {
      view.status = progress.phase === 'running' ? 'RUNNING' : (progress.status ?? 'RUNNING');
      view.reviewState = progress.reviewState;
      if (progress.reason) view.reason = progress.reason;
      if (progress.ruleId) view.ruleId = progress.ruleId;
      if (progress.reviewReasons?.length) view.reviewReasons = progress.reviewReasons;
    } else {
      const sa = keyword(d, SA.outcome);
      view.status = sa && sa !== 'PENDING' ? sa : 'RUNNING';
    }
  } else if (d.status.name === 'COMPLETED') {
    const result = (await handle.result()) as CaseResult;
    Object.assign(view, {
      status: result.status,
      reason: result.reason,
      decidedBy: result.decidedBy,
      decidedAt: closedAt?.toISOString(),
      ...(result.ruleId ? { ruleId: result.ruleId } : {}),
      ...(result.review ? { reviewer: result.review.reviewer, ...(result.review.note ? { reviewNote: result.review.note } : {}), decidedAt: result.review.at } : {}),
      ...(result.reviewRequested ? { reviewReasons: result.reviewRequested.reasons } : {}),
    });
    const decided = new Date(view.decidedAt ?? closedAt ?? ctx.now());
    view.clock = clockOf(ctx.config, intake, d.startTime, decided);
  }
  return view;
}

// ---------------------------------------------------------------------------------------------- queue

export interface QueueEntry {
  workflowId: string;
  runId: string;
  spec: string;
  specVersion: number;
  reviewState?: string;
  channel?: string;
  clock: Clock;
  /** The regulatory escalation record, once the case is overdue. */
  escalatedAt?: string;
}

const MAX_QUEUE = 500;

export async function listQueue(ctx: CaseContext, opts: { spec?: string } = {}): Promise<QueueEntry[]> {
  const now = ctx.now();
  const filter = opts.spec ? ` AND CaiSpec = "${opts.spec.replace(/["\\]/g, '')}"` : '';
  const entries: QueueEntry[] = [];
  for await (const wf of ctx.client.workflow.list({ query: `CaiOutcome = "NEEDS_REVIEW" AND ExecutionStatus = "Running"${filter}` })) {
    const info = artifactOfType(ctx, wf.type);
    if (!info) continue;
    entries.push({
      workflowId: wf.workflowId,
      runId: wf.runId,
      spec: info.spec,
      specVersion: info.specVersion,
      reviewState: keyword(wf, SA.reviewState),
      channel: intakeOf(wf.memo)?.channel,
      clock: clockOf(ctx.config, intakeOf(wf.memo), wf.startTime, now),
    });
    if (entries.length >= MAX_QUEUE) break;
  }
  // Overdue cases first (most overdue at the top), then by due time.
  entries.sort((a, b) => Number(b.clock.overdue) - Number(a.clock.overdue) || a.clock.dueAt.localeCompare(b.clock.dueAt));
  await Promise.all(
    entries.map(async (e) => {
      if (!e.clock.overdue) return;
      e.escalatedAt = await escalate(ctx, e);
    }),
  );
  return entries;
}

/**
 * The regulatory escalation of an overdue case: an `overdue-escalation` audit record, written exactly once
 * per run (exclusive create), and a warning in the log (ids only). Returns when it was recorded.
 */
async function escalate(ctx: CaseContext, e: QueueEntry): Promise<string | undefined> {
  const records = await ctx.audit.list(e.workflowId);
  const existing = records.find((r) => (r.kind as string) === 'overdue-escalation' && r.runId === e.runId);
  if (existing) return existing.at;
  const info = ctx.registry.find((a) => a.info.spec === e.spec && a.info.specVersion === e.specVersion)?.info;
  if (!info) return undefined;
  const requested = records.find((r) => r.kind === 'review-requested');
  const at = ctx.now().toISOString();
  const created = await appendApiRecord(ctx, {
    ...baseRecord(info, e.workflowId, e.runId, requested),
    kind: 'overdue-escalation',
    status: 'NEEDS_REVIEW',
    reason: `decision overdue: ${e.clock.priority} requests are decided within ${e.clock.windowHours} h (due ${e.clock.dueAt})`,
    principal: SYSTEM_PRINCIPAL,
    priority: e.clock.priority,
    dueAt: e.clock.dueAt,
    at,
  });
  if (created) ctx.logger.warn({ workflowId: e.workflowId, runId: e.runId, spec: e.spec, priority: e.clock.priority, dueAt: e.clock.dueAt }, 'case overdue: escalated');
  return created ? at : (await ctx.audit.list(e.workflowId)).find((r) => (r.kind as string) === 'overdue-escalation')?.at;
}

// ---------------------------------------------------------------------------------------------- evidence

export interface FactView {
  name: string;
  type: string;
  unit?: string;
  description: string;
  value: unknown;
  found: boolean;
  evidence: Span[];
  evidenceSource: 'history' | 'recomputed' | 'none';
}

export interface EvidenceView {
  workflowId: string;
  runId: string;
  spec: string;
  specVersion: number;
  status: string;
  reviewState?: string;
  clock: Clock;
  textField: string;
  text: string;
  facts: FactView[];
  extraction: { via: string; settled: boolean; reasons: string[]; notes: string[] } | null;
  reviewReasons: string[];
  findings: { rule: string; message: string; span: Span }[];
  checks: { check: string; passed: boolean; detail: string }[];
  /** The rule the compiled decision function picks on these facts as they stand. */
  wouldFire: { ruleId: string; outcome: string; reason: string; ruleText?: string } | null;
  rules: { id: string; text: string }[];
  policy?: { file: string; text: string };
}

const decideCache = new Map<string, DecideFn | null>();
/** The artifact's compiled decision function (the same code the workflow runs). */
function decideOf(info: ArtifactInfo): DecideFn | null {
  const key = `${info.spec}@v${info.specVersion}`;
  if (!decideCache.has(key)) {
    const file = join(REPO_ROOT, 'workflows-generated', info.spec, `v${info.specVersion}`, 'decision');
    try {
      decideCache.set(key, (require(file) as { decide?: DecideFn }).decide ?? null);
    } catch {
      decideCache.set(key, null);
    }
  }
  return decideCache.get(key) ?? null;
}

const policyCache = new Map<string, { file: string; text: string } | null>();
/** The policy document the spec references (specs/<spec>.yaml `policy:`), for the reviewer to read. */
function policyOf(spec: string): { file: string; text: string } | undefined {
  if (!policyCache.has(spec)) {
    let found: { file: string; text: string } | null = null;
    try {
      const specFile = join(REPO_ROOT, 'specs', `${spec}.yaml`);
      const policy = (parseYaml(readFileSync(specFile, 'utf8')) as { policy?: string }).policy;
      const file = policy ? join(REPO_ROOT, 'specs', policy) : undefined;
      if (file && existsSync(file)) found = { file: relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') };
    } catch {
      found = null;
    }
    policyCache.set(spec, found);
  }
  return policyCache.get(spec) ?? undefined;
}

export async function caseEvidence(ctx: CaseContext, workflowId: string, principal: Principal): Promise<EvidenceView> {
  const d = await describeCase(ctx, workflowId, principal);
  const info = artifactOfType(ctx, d.type) as ArtifactInfo;
  const registered = ctx.registry.find((a) => a.info.workflowType === d.type);
  const [history, progress] = await Promise.all([
    readCaseHistory(ctx.client, workflowId, d.runId),
    d.status.name === 'RUNNING' ? ctx.client.workflow.getHandle(workflowId, d.runId).query<CaseProgress>('progress').catch(() => undefined) : Promise.resolve(undefined),
  ]);
  const rawText = history.input?.[info.input.field];
  const text = typeof rawText === 'string' ? rawText : '';
  const last = history.extractions[history.extractions.length - 1];
  // Evidence spans: from the history when the extractor reported them; otherwise recomputed by running the
  // same artifact's (pure, deterministic) extractor on the same text, when this checkout carries that artifact.
  let recomputed: Record<string, Span[]> | undefined;
  if (last && !last.evidence && registered && registered.info.artifactHash === info.artifactHash) {
    try {
      const r = registered.extract(text) as { evidence?: Record<string, Span[]> };
      recomputed = r.evidence;
    } catch {
      recomputed = undefined;
    }
  }
  const facts: FactView[] = info.facts.map((f) => {
    const fromHistory = last?.evidence?.[f.name];
    const fromRun = recomputed?.[f.name];
    const spans = (fromHistory ?? fromRun ?? []).filter(([s, e]) => s >= 0 && e <= text.length && s < e);
    return {
      name: f.name,
      type: f.type,
      ...(f.unit ? { unit: f.unit } : {}),
      description: f.description,
      value: last?.facts ? (last.facts[f.name] ?? null) : null,
      found: Boolean(last?.found?.[f.name]),
      evidence: spans,
      evidenceSource: spans.length === 0 ? 'none' : fromHistory ? 'history' : 'recomputed',
    };
  });
  let wouldFire: EvidenceView['wouldFire'] = null;
  let checks: EvidenceView['checks'] = [];
  if (last?.facts) {
    checks = runChecks(info.checks, last.facts as Facts, last.found ?? {});
    const decide = decideOf(info);
    if (decide) {
      try {
        const r = decide(last.facts as Facts);
        wouldFire = { ruleId: r.ruleId, outcome: r.outcome, reason: r.reason, ...(info.rules[r.ruleId] ? { ruleText: info.rules[r.ruleId] } : {}) };
      } catch {
        wouldFire = null;
      }
    }
  }
  const findings = [...(progress?.findings ?? history.gate?.findings ?? []), ...(last?.findings ?? [])]
    .filter((f, i, all) => all.findIndex((g) => g.rule === f.rule && g.span[0] === f.span[0]) === i)
    .map((f) => ({ rule: f.rule, message: f.message, span: f.span as Span }));
  const policy = policyOf(info.spec);
  return {
    workflowId,
    runId: d.runId,
    spec: info.spec,
    specVersion: info.specVersion,
    status: d.status.name === 'RUNNING' ? (progress?.status ?? 'RUNNING') : d.status.name,
    reviewState: progress?.reviewState ?? keyword(d, SA.reviewState),
    clock: clockOf(ctx.config, intakeOf(d.memo), d.startTime, d.closeTime ?? ctx.now()),
    textField: info.input.field,
    text,
    facts,
    extraction: last ? { via: last.activity === 'extractWithLlm' ? 'llm' : 'compiled', settled: last.settled, reasons: last.reasons ?? [], notes: last.notes ?? [] } : null,
    reviewReasons: progress?.reviewReasons ?? [],
    findings,
    checks,
    wouldFire,
    rules: Object.entries(info.rules).map(([id, t]) => ({ id, text: t })),
    ...(policy ? { policy } : {}),
  };
}

// ---------------------------------------------------------------------------------------------- review

export async function reviewCase(
  ctx: CaseContext,
  workflowId: string,
  principal: Principal,
  decision: { outcome: ReviewDecision['outcome']; note?: string },
): Promise<CaseProgress> {
  const d = await describeCase(ctx, workflowId, principal);
  if (d.status.name !== 'RUNNING') throw new HttpProblem(409, 'not-waiting', `case ${workflowId} is closed (${d.status.name}); it cannot be reviewed`);
  const info = artifactOfType(ctx, d.type) as ArtifactInfo;
  let progress: CaseProgress;
  try {
    progress = await submitReview(ctx.client, workflowId, { outcome: decision.outcome, reviewer: principal.id, ...(decision.note ? { note: decision.note } : {}) });
  } catch (e) {
    const err = e as Error & { cause?: Error };
    const why = err.cause?.message ?? err.message;
    if (err.name === 'WorkflowUpdateFailedError' || /not waiting|already completed|already closed/i.test(why)) {
      throw new HttpProblem(409, 'not-waiting', `the review of ${workflowId} was not accepted: ${why}`);
    }
    throw e;
  }
  const requested = await reviewRequested(ctx, workflowId);
  await appendApiRecord(ctx, {
    ...baseRecord(info, workflowId, d.runId, requested),
    kind: 'api-review',
    status: decision.outcome,
    reason: `${decision.outcome} by ${principal.id} via the API`,
    principal: { id: principal.id, role: principal.role },
    at: ctx.now().toISOString(),
  });
  return progress;
}

// ---------------------------------------------------------------------------------------------- audit

export interface CaseAuditView {
  workflowId: string;
  intake?: Intake;
  clock: Clock;
  /** Decoded from the Temporal history (worker/commands/audit.ts). */
  history: AuditTrail;
  /** Every record of the audit store for this case: the workflow's and the API's (with principals). */
  records: (AuditRecord | ApiAuditRecord)[];
}

export async function caseAudit(ctx: CaseContext, workflowId: string, principal: Principal): Promise<CaseAuditView> {
  const d = await describeCase(ctx, workflowId, principal);
  const [history, records] = await Promise.all([buildAuditTrail(ctx.client, workflowId, d.runId, ctx.registry), ctx.audit.list(workflowId)]);
  const intake = intakeOf(d.memo);
  return {
    workflowId,
    ...(intake ? { intake } : {}),
    clock: clockOf(ctx.config, intake, d.startTime, d.closeTime ?? ctx.now()),
    history,
    records: records as (AuditRecord | ApiAuditRecord)[],
  };
}

export { intakeOf, artifactOfType };
