// Client side: find a workflow by name, validate a case's input against its spec, start it, and wait until
// it is decided or waiting for a reviewer.
import { randomBytes } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowNotFoundError, type Client, type WorkflowHandle, type WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { SA } from '../templates/bounded-decision/search-attributes';
import type { ArtifactInfo, CaseProgress, CaseResult, CaseStatus, ReviewDecision } from '../contract/bounded-decision';
import { artifacts } from '../workflows-generated/registry';
import type { RegisteredArtifact } from '../activities/registry-types';
import { workflowUiLink, type TemporalSettings } from './config';

/** A workflow name that names no compiled artifact. */
export class UnknownWorkflowError extends Error {
  constructor(name: string) {
    const known = artifacts.map((a) => `${a.info.spec} (versions: ${versionsOf(a.info.spec).join(', ')})`);
    super(`unknown workflow "${name}". Known: ${known.join('; ') || 'none — run `compiled-ai compile`'}. Use <spec>, <spec>@v<N> or the workflow type.`);
    this.name = 'UnknownWorkflowError';
  }
}

/** A case input that fails its spec's input schema; `field` names what to fix. */
export class InvalidCaseInputError extends Error {
  constructor(readonly field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'InvalidCaseInputError';
  }
}

function versionsOf(spec: string): number[] {
  return artifacts.filter((a) => a.info.spec === spec).map((a) => a.info.specVersion).sort((a, b) => a - b);
}

/** `prior-auth-glp1` (latest version), `prior-auth-glp1@v1`, or the workflow type `priorAuthGlp1V1`. */
export function resolveWorkflow(name: string, registry: RegisteredArtifact[] = artifacts): ArtifactInfo {
  const m = /^(.+)@v(\d+)$/.exec(name);
  const candidates = registry
    .map((a) => a.info)
    .filter((i) => (m ? i.spec === m[1] && i.specVersion === Number(m[2]) : i.spec === name || i.workflowType === name))
    .sort((a, b) => b.specVersion - a.specVersion);
  if (!candidates[0]) throw new UnknownWorkflowError(name);
  return candidates[0];
}

/** Validate the spec's input object; returns only the declared field. */
export function validateCaseInput(info: ArtifactInfo, input: unknown): Record<string, string> {
  const field = info.input.field;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidCaseInputError('input', `must be an object like {"${field}": "..."}`);
  }
  const value = (input as Record<string, unknown>)[field];
  if (value === undefined) throw new InvalidCaseInputError(`input.${field}`, 'is missing');
  if (typeof value !== 'string') throw new InvalidCaseInputError(`input.${field}`, `must be a string, got ${Array.isArray(value) ? 'array' : typeof value}`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) {
    throw new InvalidCaseInputError(`input.${field}`, 'contains binary control characters; send the document as plain text');
  }
  if (value.length > info.input.maxLength) {
    throw new InvalidCaseInputError(`input.${field}`, `is ${value.length} characters; at most ${info.input.maxLength} are allowed`);
  }
  return { [field]: value };
}

export interface StartedCase {
  workflowId: string;
  runId: string;
  handle: WorkflowHandle;
}

export function newWorkflowId(info: ArtifactInfo, caseId?: string): string {
  const ref = caseId ? `${String(caseId).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}-` : '';
  return `${info.spec}-v${info.specVersion}-${ref}${randomBytes(5).toString('hex')}`;
}

export async function startCase(
  client: Client,
  settings: TemporalSettings,
  info: ArtifactInfo,
  input: Record<string, string>,
  workflowId = newWorkflowId(info),
): Promise<StartedCase> {
  const handle = await client.workflow.start(info.workflowType, {
    taskQueue: settings.taskQueue,
    workflowId,
    args: [input],
    typedSearchAttributes: [
      { key: SA.spec, value: info.spec },
      { key: SA.specVersion, value: String(info.specVersion) },
      { key: SA.artifactHash, value: info.artifactHash },
    ],
  });
  return { workflowId, runId: handle.firstExecutionRunId, handle };
}

/**
 * Start a case and wait until it is decided or waiting for review, in one round trip: update-with-start
 * delivers the `awaitOutcome` update in the workflow's first task, so an automatic decision completes
 * without any extra workflow task.
 */
export async function runCase(
  client: Client,
  settings: TemporalSettings,
  info: ArtifactInfo,
  input: Record<string, string>,
  workflowId = newWorkflowId(info),
): Promise<StartedCase & { outcome: CaseOutcome }> {
  const startWorkflowOperation = new WithStartWorkflowOperation<Workflow>(info.workflowType, {
    taskQueue: settings.taskQueue,
    workflowId,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
    typedSearchAttributes: [
      { key: SA.spec, value: info.spec },
      { key: SA.specVersion, value: String(info.specVersion) },
      { key: SA.artifactHash, value: info.artifactHash },
    ],
  });
  let progress: CaseProgress | undefined;
  let runId: string | undefined;
  let failure: unknown;
  try {
    const update = await client.workflow.startUpdateWithStart<Workflow, CaseProgress, []>('awaitOutcome', { startWorkflowOperation, waitForStage: 'ACCEPTED' });
    runId = update.workflowRunId;
    progress = await update.result();
  } catch (err) {
    failure = err;
  }
  // The start may have succeeded even when the update did not (e.g. the workflow failed on invalid input).
  const handle = (await startWorkflowOperation.workflowHandle().catch(() => {
    throw failure;
  })) as WorkflowHandleWithFirstExecutionRunId;
  runId ??= (await handle.describe().catch(() => undefined))?.runId;
  const started = { workflowId, runId: runId ?? '', handle };
  if (progress && progress.phase !== 'running') return { ...started, outcome: outcomeOf(progress) ?? (await awaitCase(handle)) };
  return { ...started, outcome: await awaitCase(handle) };
}

function outcomeOf(progress: CaseProgress): CaseOutcome | undefined {
  if (progress.phase === 'awaiting_review') {
    return { status: 'NEEDS_REVIEW', reason: progress.reason ?? '', phase: progress.phase, reviewReasons: progress.reviewReasons, findings: progress.findings };
  }
  if (progress.phase === 'completed' && progress.status) {
    return { status: progress.status, reason: progress.reason ?? '', phase: 'completed', ...(progress.ruleId ? { ruleId: progress.ruleId } : {}) };
  }
  return undefined;
}

export interface CaseOutcome {
  status: CaseStatus;
  reason: string;
  phase: CaseProgress['phase'];
  ruleId?: string;
  reviewReasons?: string[];
  findings?: CaseProgress['findings'];
  result?: CaseResult;
}

/**
 * How long awaitCase keeps asking a running workflow for its outcome when the update call itself fails (no worker
 * yet after a crash, the server restarting): long enough for a replacement worker to start on a busy machine.
 */
export const AWAIT_RETRY_MS = 120_000;

/** Wait until the case is decided or waiting for review (one long-running update; the result once closed). */
export async function awaitCase(handle: WorkflowHandle, opts: { retryMs?: number } = {}): Promise<CaseOutcome> {
  let progress: CaseProgress | undefined;
  const until = Date.now() + (opts.retryMs ?? AWAIT_RETRY_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      progress = await handle.executeUpdate<CaseProgress, []>('awaitOutcome');
      break;
    } catch (err) {
      // A workflow that closed before (or while) the update arrived answers with its result instead.
      const status = await handle.describe().then(
        (d) => d.status.name,
        (e: unknown) => (e instanceof WorkflowNotFoundError ? 'NOT_FOUND' : undefined),
      );
      if (status === 'NOT_FOUND') throw err;
      if (status && status !== 'RUNNING') break;
      // Still running (or the server cannot say yet): the update failed on the way, e.g. it was aborted while
      // no worker served the workflow. Ask again, backing off, until the budget is spent.
      if (Date.now() >= until) throw err;
      await new Promise((r) => setTimeout(r, Math.min(5_000, 200 * 2 ** attempt)));
    }
  }
  if (progress?.phase === 'awaiting_review') return outcomeOf(progress)!;
  const result = (await handle.result()) as CaseResult;
  return { status: result.status, reason: result.reason, phase: 'completed', ruleId: result.ruleId, result };
}

export async function submitReview(client: Client, workflowId: string, decision: ReviewDecision): Promise<CaseProgress> {
  const handle = client.workflow.getHandle(workflowId);
  return handle.executeUpdate<CaseProgress, [ReviewDecision]>('review', { args: [decision] });
}

export { workflowUiLink };
