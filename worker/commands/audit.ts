// `compiled-ai audit <workflowId> [--run <runId>] [--json]`: the audit trail of one case, read from its
// Temporal history and decoded with the payload codec (histories on the server are encrypted). Shows the
// input's digest (never the text), gate results, the extracted facts and how they were obtained, the
// validation checks, the rule that fired with its spec text and the artifact line it compiled to, reviewer
// actions with times, the outcome, and the artifact's identity and provenance.
// The printed trail contains PHI (fact values): it is for authorized reviewers, like the UI with the codec.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Client, WorkflowHandle } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { tsToMs } from '@temporalio/common/lib/time';
import { runChecks, type CheckResult } from '../../templates/bounded-decision/evaluate';
import type { ArtifactInfo, CaseResult, Facts, Provenance, ReviewDecision } from '../../contract/bounded-decision';
import type { AuditRecord, ScreenResult } from '../../contract/activities';
import type { RegisteredArtifact } from '../../activities/registry-types';
import { REPO_ROOT } from '../config';
import type { Io } from './run';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];
type Payloads = { payloads?: Payload[] | null } | null | undefined;

export interface ExtractionStep {
  via: 'compiled' | 'llm';
  activity: string;
  local: boolean;
  at?: string;
  settled?: boolean;
  facts?: Facts;
  found?: Record<string, boolean>;
  reasons?: string[];
  notes?: string[];
  model?: string;
  tokens?: number;
  failed?: string;
}

export interface ReviewerAction {
  via: 'update' | 'signal';
  name: string;
  at?: string;
  outcome?: string;
  reviewer?: string;
  note?: string;
  /** update: accepted by the validator; signal: recorded (the workflow may still ignore an invalid one). */
  accepted: boolean;
  rejection?: string;
}

export interface AuditTrail {
  workflowId: string;
  runId: string;
  workflowType: string;
  status: string;
  startedAt?: string;
  closedAt?: string;
  input?: { field: string; digest: string; length: number; gateDigestMatches?: boolean };
  gate?: { injection: boolean; score: number; rules: string[]; phiTypes: string[]; at?: string };
  extraction: ExtractionStep[];
  checks?: { results: CheckResult[]; note: string };
  decision?: {
    outcome: string;
    ruleId: string;
    reason: string;
    ruleText?: string;
    compiledAt?: { file: string; line: number };
  };
  review?: { requestedAt?: string; reasons: string[]; escalated: boolean; escalatedAt?: string; actions: ReviewerAction[] };
  outcome?: { status: string; reason: string; decidedBy: string; at?: string };
  auditRecords: { kind: string; status: string; reason: string; ruleId?: string; at: string }[];
  artifact: {
    id?: string;
    spec?: string;
    specVersion?: number;
    logicVersion?: string;
    artifactHash?: string;
    specHash?: string;
    provenance?: Provenance;
    manifest?: { file: string; artifactHash?: string; promptHash?: string; generator?: string; model?: string };
    /** Whether this worker's registry carries the same artifact hash (else the code shown may have changed). */
    matchesRegistry?: boolean;
  };
}

/** Codecs in reverse, then the payload converter: the client's own data converter. */
function decoderOf(client: Client) {
  const { payloadCodecs, payloadConverter } = client.options.loadedDataConverter;
  const decodePayloads = async (ps: Payloads): Promise<unknown[]> => {
    let list = [...(ps?.payloads ?? [])] as Payload[];
    for (const codec of [...payloadCodecs].reverse()) list = await codec.decode(list);
    return list.map((p) => payloadConverter.fromPayload(p));
  };
  return { decodePayloads, first: async (ps: Payloads) => (await decodePayloads(ps))[0] };
}

const iso = (ev: HistoryEvent) => (ev.eventTime ? new Date(tsToMs(ev.eventTime)).toISOString() : undefined);

function findArtifactByType(registry: RegisteredArtifact[], workflowType: string): ArtifactInfo | undefined {
  return registry.find((a) => a.info.workflowType === workflowType)?.info;
}

/** 1-based line of `ruleId: '<id>'` in the artifact's decision.ts. */
export function ruleLine(spec: string, version: number, ruleId: string, root = REPO_ROOT): { file: string; line: number } | undefined {
  const file = join(root, 'workflows-generated', spec, `v${version}`, 'decision.ts');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const needle = new RegExp(`ruleId:\\s*(['"\`])${ruleId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`);
  const i = lines.findIndex((l) => needle.test(l));
  return i < 0 ? undefined : { file: relative(root, file), line: i + 1 };
}

function readManifest(spec: string, version: number, root = REPO_ROOT): AuditTrail['artifact']['manifest'] | undefined {
  const file = join(root, 'workflows-generated', spec, `v${version}`, 'manifest.json');
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { artifactHash?: string; promptHash?: string; provenance?: Provenance };
    return { file: relative(root, file), artifactHash: m.artifactHash, promptHash: m.promptHash, generator: m.provenance?.generator, model: m.provenance?.model };
  } catch {
    return { file: relative(root, file) };
  }
}

function isReview(x: unknown): x is ReviewDecision {
  return !!x && typeof x === 'object' && 'outcome' in x;
}

/** Read and decode a workflow's history into its audit trail. */
export async function buildAuditTrail(client: Client, workflowId: string, runId?: string, registry?: RegisteredArtifact[]): Promise<AuditTrail> {
  registry ??= (require('../../workflows-generated/registry') as { artifacts: RegisteredArtifact[] }).artifacts;
  const handle = client.workflow.getHandle(workflowId, runId);
  const [history, description] = await Promise.all([handle.fetchHistory(), handle.describe()]);
  const { decodePayloads, first } = decoderOf(client);

  const trail: AuditTrail = {
    workflowId,
    runId: description.runId,
    workflowType: description.type,
    status: description.status.name,
    startedAt: description.startTime.toISOString(),
    closedAt: description.closeTime?.toISOString(),
    extraction: [],
    auditRecords: [],
    artifact: {},
  };
  const info = findArtifactByType(registry, description.type);
  const scheduled = new Map<string, { type: string; input: unknown }>();
  const updates = new Map<string, ReviewerAction>();
  let memoArtifact: Record<string, unknown> | undefined;
  let result: CaseResult | undefined;
  let lastFacts: { facts: Facts; found: Record<string, boolean> } | undefined;

  const onActivityResult = (type: string, local: boolean, at: string | undefined, value: unknown, input?: unknown) => {
    if (type === 'screenInput') {
      const g = value as ScreenResult;
      trail.gate = { injection: g.injection, score: g.score, rules: g.findings.map((f) => f.rule), phiTypes: [...new Set(g.phi.map((p) => p.type))], at };
      if (trail.input) trail.input.gateDigestMatches = trail.input.digest === g.inputDigest;
    } else if (type === 'extractCompiled' || type === 'extractWithLlm') {
      const x = value as Record<string, unknown>;
      const step: ExtractionStep = {
        via: type === 'extractCompiled' ? 'compiled' : 'llm',
        activity: type,
        local,
        at,
        settled: Boolean(x.settled),
        ...(x.facts ? { facts: x.facts as Facts } : {}),
        ...(x.found ? { found: x.found as Record<string, boolean> } : {}),
        ...(Array.isArray(x.reasons) ? { reasons: x.reasons as string[] } : {}),
        ...(Array.isArray(x.notes) && (x.notes as string[]).length ? { notes: x.notes as string[] } : {}),
        ...(typeof x.model === 'string' ? { model: x.model } : {}),
        ...(typeof x.tokens === 'number' ? { tokens: x.tokens } : {}),
      };
      trail.extraction.push(step);
      if (x.settled && x.facts && x.found) lastFacts = { facts: x.facts as Facts, found: x.found as Record<string, boolean> };
    } else if (type === 'recordAudit') {
      const r = (input as AuditRecord | undefined) ?? (value as { record?: AuditRecord } | undefined)?.record;
      if (r) trail.auditRecords.push({ kind: r.kind, status: r.status, reason: r.reason, ...(r.ruleId ? { ruleId: r.ruleId } : {}), at: r.at });
    } else if (type === 'escalateReview') {
      trail.review ??= { reasons: [], escalated: true, actions: [] };
      trail.review.escalated = true;
      trail.review.escalatedAt = at;
    }
  };

  for (const ev of history.events ?? []) {
    const at = iso(ev);
    const eventId = String(ev.eventId ?? '');
    if (ev.workflowExecutionStartedEventAttributes) {
      const input = (await first(ev.workflowExecutionStartedEventAttributes.input)) as Record<string, unknown> | undefined;
      const field = info?.input.field ?? Object.keys(input ?? {})[0] ?? 'input';
      const text = input?.[field];
      if (typeof text === 'string') {
        trail.input = { field, digest: `sha256:${createHash('sha256').update(text).digest('hex')}`, length: text.length };
      }
    } else if (ev.workflowPropertiesModifiedEventAttributes?.upsertedMemo?.fields) {
      for (const [k, v] of Object.entries(ev.workflowPropertiesModifiedEventAttributes.upsertedMemo.fields)) {
        if (k === 'artifact') memoArtifact = (await first({ payloads: [v as Payload] })) as Record<string, unknown>;
      }
    } else if (ev.activityTaskScheduledEventAttributes) {
      const a = ev.activityTaskScheduledEventAttributes;
      scheduled.set(eventId, { type: a.activityType?.name ?? '?', input: await first(a.input) });
    } else if (ev.activityTaskCompletedEventAttributes) {
      const a = ev.activityTaskCompletedEventAttributes;
      const s = scheduled.get(String(a.scheduledEventId ?? ''));
      if (s) onActivityResult(s.type, false, at, await first(a.result), s.input);
    } else if (ev.activityTaskFailedEventAttributes || ev.activityTaskTimedOutEventAttributes) {
      const a = ev.activityTaskFailedEventAttributes ?? ev.activityTaskTimedOutEventAttributes!;
      const s = scheduled.get(String(a.scheduledEventId ?? ''));
      if (s?.type === 'extractWithLlm') trail.extraction.push({ via: 'llm', activity: s.type, local: false, at, settled: false, failed: a.failure?.message ?? 'failed' });
    } else if (ev.markerRecordedEventAttributes) {
      // Local activities: core's marker data (activity type, …) plus the result payload in `details`.
      const details = ev.markerRecordedEventAttributes.details ?? {};
      const data = (await first(details.data)) as { activity_type?: string; activityType?: string } | undefined;
      const type = data?.activity_type ?? data?.activityType ?? '?';
      if (details.result) onActivityResult(type, true, at, await first(details.result));
      else if (type === 'extractCompiled' && ev.markerRecordedEventAttributes.failure) {
        trail.extraction.push({ via: 'compiled', activity: type, local: true, at, settled: false, failed: ev.markerRecordedEventAttributes.failure.message ?? 'failed' });
      }
    } else if (ev.workflowExecutionUpdateAcceptedEventAttributes) {
      const a = ev.workflowExecutionUpdateAcceptedEventAttributes;
      const name = a.acceptedRequest?.input?.name ?? '?';
      if (name === 'review') {
        const [decision] = await decodePayloads(a.acceptedRequest?.input?.args);
        const action: ReviewerAction = { via: 'update', name, at, accepted: true };
        if (isReview(decision)) Object.assign(action, { outcome: decision.outcome, reviewer: decision.reviewer, ...(decision.note ? { note: decision.note } : {}) });
        updates.set(a.protocolInstanceId ?? eventId, action);
        trail.review ??= { reasons: [], escalated: false, actions: [] };
        trail.review.actions.push(action);
      }
    } else if (ev.workflowExecutionUpdateCompletedEventAttributes) {
      const a = ev.workflowExecutionUpdateCompletedEventAttributes;
      const action = updates.get(a.meta?.updateId ?? '');
      if (action && a.outcome?.failure) action.rejection = a.outcome.failure.message ?? 'failed';
    } else if (ev.workflowExecutionSignaledEventAttributes) {
      const a = ev.workflowExecutionSignaledEventAttributes;
      if (a.signalName === 'reviewSignal') {
        const [decision] = await decodePayloads(a.input);
        const action: ReviewerAction = { via: 'signal', name: a.signalName, at, accepted: true };
        if (isReview(decision)) Object.assign(action, { outcome: decision.outcome, reviewer: decision.reviewer, ...(decision.note ? { note: decision.note } : {}) });
        trail.review ??= { reasons: [], escalated: false, actions: [] };
        trail.review.actions.push(action);
      }
    } else if (ev.workflowExecutionCompletedEventAttributes) {
      result = (await first(ev.workflowExecutionCompletedEventAttributes.result)) as CaseResult;
      if (result) trail.outcome = { status: result.status, reason: result.reason, decidedBy: result.decidedBy, at };
    } else if (ev.workflowExecutionFailedEventAttributes) {
      trail.outcome = { status: 'FAILED', reason: ev.workflowExecutionFailedEventAttributes.failure?.message ?? 'failed', decidedBy: 'none', at };
    }
  }

  // Artifact identity: the memo written by the run, cross-checked with this checkout's registry and manifest.
  const spec = result?.artifact.spec ?? info?.spec;
  const specVersion = result?.artifact.specVersion ?? info?.specVersion;
  const artifactHash = (memoArtifact?.artifactHash as string | undefined) ?? result?.artifact.artifactHash;
  trail.artifact = {
    id: (memoArtifact?.id as string | undefined) ?? (spec ? `${spec}@v${specVersion}` : undefined),
    spec,
    specVersion,
    logicVersion: (memoArtifact?.logicVersion as string | undefined) ?? result?.artifact.logicVersion,
    artifactHash,
    specHash: memoArtifact?.specHash as string | undefined,
    provenance: (memoArtifact?.provenance as Provenance | undefined) ?? info?.provenance,
    ...(spec && specVersion ? { manifest: readManifest(spec, specVersion) } : {}),
    ...(info ? { matchesRegistry: info.artifactHash === artifactHash } : {}),
  };

  if (lastFacts && info) {
    trail.checks = { results: runChecks(info.checks, lastFacts.facts, lastFacts.found), note: "re-evaluated from the recorded facts with the artifact's declared checks" };
  }
  if (result?.decidedBy === 'compiled' && result.ruleId) {
    trail.decision = {
      outcome: result.status,
      ruleId: result.ruleId,
      reason: result.reason,
      ...(info?.rules[result.ruleId] ? { ruleText: info.rules[result.ruleId] } : {}),
      ...(spec && specVersion ? { compiledAt: ruleLine(spec, specVersion, result.ruleId) } : {}),
    };
  }
  const requested = trail.auditRecords.find((r) => r.kind === 'review-requested');
  if (requested || result?.reviewRequested) {
    trail.review ??= { reasons: [], escalated: false, actions: [] };
    trail.review.requestedAt = result?.reviewRequested?.at ?? requested?.at;
    trail.review.reasons = result?.reviewRequested?.reasons ?? (requested?.reason ? requested.reason.split('; ') : trail.review.reasons);
    if (result?.escalated) trail.review.escalated = true;
  }
  return trail;
}

function factLine(name: string, value: unknown, found: boolean | undefined): string {
  return `    ${name.padEnd(28)} ${JSON.stringify(value)}${found === false ? '   (not mentioned)' : ''}`;
}

export function formatAuditTrail(t: AuditTrail): string {
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  p(`Audit trail of ${t.workflowId} (run ${t.runId})`);
  p(`  workflow type   ${t.workflowType}   status ${t.status}   started ${t.startedAt ?? '?'}${t.closedAt ? `   closed ${t.closedAt}` : ''}`);
  p();
  p('Artifact');
  const a = t.artifact;
  p(`  ${a.id ?? '?'}   logic ${a.logicVersion ?? '?'}`);
  p(`  artifact hash ${a.artifactHash ?? '?'}${a.matchesRegistry === false ? '   (differs from this checkout: the code shown below may have changed)' : ''}`);
  if (a.specHash) p(`  spec hash     ${a.specHash}`);
  if (a.provenance) p(`  provenance    ${a.provenance.generator}${a.provenance.model ? ` (model ${a.provenance.model})` : ''}${a.provenance.note ? ` — ${a.provenance.note}` : ''}`);
  if (a.manifest) p(`  manifest      ${a.manifest.file}${a.manifest.promptHash ? `   prompt ${a.manifest.promptHash}` : ''}`);
  p();
  p('Input');
  if (t.input) p(`  ${t.input.field}: ${t.input.length} characters, ${t.input.digest}${t.input.gateDigestMatches === false ? '   (differs from the gate digest!)' : ''}`);
  else p('  (no input recorded)');
  p();
  p('Input gate');
  if (t.gate) {
    p(`  injection ${t.gate.injection ? 'SUSPECTED' : 'no'}   score ${t.gate.score}   rules ${t.gate.rules.join(', ') || '-'}`);
    p(`  PHI types ${t.gate.phiTypes.join(', ') || '-'}`);
  } else p('  (not run)');
  p();
  p('Extraction');
  if (t.extraction.length === 0) p('  (skipped)');
  for (const x of t.extraction) {
    const how = x.via === 'compiled' ? 'compiled extractor' : `LLM${x.model ? ` ${x.model}` : ''}${x.tokens !== undefined ? `, ${x.tokens} tokens` : ''}`;
    p(`  ${how}${x.local ? ' (local activity)' : ''} at ${x.at ?? '?'}: ${x.failed ? `failed (${x.failed})` : x.settled ? 'settled' : 'not settled'}`);
    if (x.facts) for (const [k, v] of Object.entries(x.facts)) p(factLine(k, v, x.found?.[k]));
    for (const r of x.reasons ?? []) p(`    reason: ${r}`);
    for (const n of x.notes ?? []) p(`    note: ${n}`);
  }
  p();
  p('Validation checks');
  if (t.checks) {
    for (const c of t.checks.results) p(`  ${c.passed ? 'pass' : 'FAIL'}  ${c.check}  (${c.detail})`);
    p(`  (${t.checks.note})`);
  } else p('  (no settled facts)');
  p();
  p('Decision');
  if (t.decision) {
    p(`  ${t.decision.outcome} by compiled rule ${t.decision.ruleId}: ${t.decision.reason}`);
    if (t.decision.ruleText) p(`  rule: ${t.decision.ruleText}`);
    if (t.decision.compiledAt) p(`  compiled to ${t.decision.compiledAt.file}:${t.decision.compiledAt.line}`);
  } else p('  (no compiled decision)');
  if (t.review) {
    p();
    p('Human review');
    if (t.review.requestedAt) p(`  requested ${t.review.requestedAt}: ${t.review.reasons.join('; ') || '-'}`);
    if (t.review.escalated) p(`  escalated ${t.review.escalatedAt ?? ''} (review SLA expired)`);
    for (const r of t.review.actions) {
      p(`  ${r.at ?? '?'}  ${r.via} ${r.name}: ${r.outcome ?? '?'} by ${r.reviewer ?? '?'}${r.note ? ` — "${r.note}"` : ''}${r.rejection ? `   REJECTED: ${r.rejection}` : ''}`);
    }
  }
  p();
  p('Outcome');
  p(t.outcome ? `  ${t.outcome.status} (${t.outcome.decidedBy}) at ${t.outcome.at ?? '?'}: ${t.outcome.reason}` : `  (not completed: ${t.status})`);
  if (t.auditRecords.length) {
    p();
    p('Audit records');
    for (const r of t.auditRecords) p(`  ${r.at}  ${r.kind.padEnd(17)} ${r.status}${r.ruleId ? `  ${r.ruleId}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

export async function auditCommand(client: Client, workflowId: string, opts: { json?: boolean; runId?: string }, io: Io): Promise<number> {
  try {
    const trail = await buildAuditTrail(client, workflowId, opts.runId);
    io.stdout.write(opts.json ? `${JSON.stringify(trail, null, 2)}\n` : formatAuditTrail(trail));
    return 0;
  } catch (e) {
    const err = e as Error & { cause?: Error };
    if (err.name === 'KeyConfigError') throw err;
    const detail = `${err.message} ${err.cause?.message ?? ''}`;
    if (err.name === 'WorkflowNotFoundError' || /not found/i.test(detail)) {
      io.stderr.write(`error: workflow ${workflowId}${opts.runId ? ` (run ${opts.runId})` : ''} not found; check the workflow id (\`run\` prints it; the Web UI lists runs) and TEMPORAL_NAMESPACE\n`);
      return 2;
    }
    if (opts.runId && /invalid.*run ?id|runid/i.test(detail)) {
      io.stderr.write(`error: --run ${opts.runId} is not a run id of ${workflowId} (${err.cause?.message ?? err.message}); omit --run for the latest run\n`);
      return 2;
    }
    throw err;
  }
}
