// The bounded-decision workflow template. A compiled artifact fills two slots (the decision function,
// called here inside workflow code, and the compiled extractor, run by an activity); everything else —
// gate, extraction fallback, checks, audit, human review with an SLA — is this tested template.
// Workflow code: no Node built-ins, no I/O, no clocks but the workflow's own (lint enforces this).
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  defineQuery,
  defineSignal,
  defineUpdate,
  log,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertMemo,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { BoundedDecisionActivities, AuditRecord } from '../../contract/activities';
import { evaluate, type CheckResult } from './evaluate';
import { conflictFindings, decisiveConflicts } from './conflict';
import { SA } from './search-attributes';
import type {
  ArtifactInfo,
  CaseProgress,
  CaseResult,
  DecideFn,
  ExtractionOutcome,
  ExtractionPath,
  Facts,
  GateFinding,
  ReviewDecision,
  ReviewState,
} from '../../contract/bounded-decision';

export const progressQuery = defineQuery<CaseProgress>('progress');
/** Resolves as soon as the case is decided or waiting for a reviewer (one round trip for clients). */
export const awaitOutcomeUpdate = defineUpdate<CaseProgress>('awaitOutcome');
/** A reviewer's decision; validated (the case must be waiting, reviewer id required). */
export const reviewUpdate = defineUpdate<CaseProgress, [ReviewDecision]>('review');
/** Same as the update, for callers that can only signal (e.g. the Temporal UI). Invalid signals are ignored. */
export const reviewSignal = defineSignal<[ReviewDecision]>('reviewSignal');

const local = proxyLocalActivities<BoundedDecisionActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3 },
});
// Long enough for the embedded CPU model (about a minute for a chart); hosted endpoints answer in seconds.
const llm = proxyActivities<BoundedDecisionActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { maximumAttempts: 3, initialInterval: '1 second', backoffCoefficient: 2, nonRetryableErrorTypes: ['LlmOutputRejected'] },
});
// Audit records are written by a local activity: the whole automatic path (gate, extraction, decision,
// audit) then completes in one workflow task. The store is idempotent per (workflow, run, kind), so a
// re-executed local activity after a worker crash never writes a second record.
const audit = proxyLocalActivities<BoundedDecisionActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { maximumAttempts: 10, initialInterval: '500 milliseconds' },
});
const durable = proxyActivities<BoundedDecisionActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { maximumAttempts: 10, initialInterval: '500 milliseconds' },
});

function reviewProblem(decision: ReviewDecision | undefined): string | undefined {
  if (!decision || typeof decision !== 'object') return 'a review needs { outcome, reviewer }';
  if (decision.outcome !== 'APPROVED' && decision.outcome !== 'DENIED') return 'outcome must be APPROVED or DENIED';
  if (typeof decision.reviewer !== 'string' || decision.reviewer.trim() === '') return 'reviewer id is required';
  if (decision.note !== undefined && typeof decision.note !== 'string') return 'note must be text';
  return undefined;
}

/** Build the workflow function of one compiled artifact. */
export function defineBoundedDecisionWorkflow<F extends Facts>(artifact: ArtifactInfo, decide: DecideFn<F>) {
  const artifactId = `${artifact.spec}@v${artifact.specVersion}`;
  const artifactRef = {
    spec: artifact.spec,
    specVersion: artifact.specVersion,
    artifactHash: artifact.artifactHash,
    logicVersion: artifact.logicVersion,
  };

  return async function boundedDecision(input: Record<string, unknown>): Promise<CaseResult> {
    const info = workflowInfo();
    const progress: CaseProgress = { phase: 'running', reviewState: 'none' };
    let review: (ReviewDecision & { at: string }) | undefined;

    setHandler(progressQuery, () => progress);
    setHandler(awaitOutcomeUpdate, async () => {
      await condition(() => progress.phase !== 'running');
      return progress;
    });
    const acceptReview = (decision: ReviewDecision) => {
      review = { outcome: decision.outcome, reviewer: decision.reviewer.trim(), note: decision.note, at: new Date().toISOString() };
    };
    setHandler(
      reviewUpdate,
      async (decision) => {
        acceptReview(decision);
        await condition(() => progress.phase === 'completed');
        return progress;
      },
      {
        validator: (decision) => {
          if (progress.phase !== 'awaiting_review' || review) throw new Error(`case is not waiting for review (phase: ${progress.phase})`);
          const problem = reviewProblem(decision);
          if (problem) throw new Error(problem);
        },
      },
    );
    setHandler(reviewSignal, (decision) => {
      const problem = reviewProblem(decision);
      if (progress.phase !== 'awaiting_review' || review || problem) {
        log.warn('review signal ignored', { problem: problem ?? `phase ${progress.phase}` });
        return;
      }
      acceptReview(decision);
    });

    const setReviewState = (state: ReviewState) => {
      progress.reviewState = state;
      upsertSearchAttributes([{ key: SA.reviewState, value: state }]);
    };

    upsertSearchAttributes([
      { key: SA.spec, value: artifact.spec },
      { key: SA.specVersion, value: String(artifact.specVersion) },
      { key: SA.artifactHash, value: artifact.artifactHash },
      { key: SA.outcome, value: 'PENDING' },
      { key: SA.reviewState, value: 'none' },
    ]);
    upsertMemo({
      artifact: {
        id: artifactId,
        logicVersion: artifact.logicVersion,
        specHash: artifact.specHash,
        artifactHash: artifact.artifactHash,
        provenance: artifact.provenance,
      },
    });

    const text = input?.[artifact.input.field];
    if (typeof text !== 'string') {
      throw ApplicationFailure.nonRetryable(
        `input.${artifact.input.field} must be a string (the free text to decide on)`,
        'InvalidInput',
      );
    }
    if (text.length > artifact.input.maxLength) {
      throw ApplicationFailure.nonRetryable(
        `input.${artifact.input.field} is ${text.length} characters; the spec allows at most ${artifact.input.maxLength}`,
        'InvalidInput',
      );
    }

    // (a) input gate
    const gate = await local.screenInput({ artifactId, text });
    let extractionPath: ExtractionPath = 'none';
    let reviewReasons: string[] = [];
    let findings: GateFinding[] = [];
    let extraction: ExtractionOutcome | undefined;
    let checks: CheckResult[] = [];

    if (gate.injection) {
      reviewReasons = ['Possible prompt injection in the input; not decided automatically'];
      findings = gate.findings;
    } else {
      // (b) extraction: compiled first, bounded LLM fallback when configured, else review
      const compiled = await local.extractCompiled({ artifactId, text });
      extraction = compiled;
      extractionPath = compiled.path;
      if (!compiled.settled && compiled.llmAvailable) {
        try {
          extraction = await llm.extractWithLlm({ artifactId, text });
          extractionPath = extraction.path;
        } catch (err) {
          const why = err instanceof ActivityFailure && err.cause instanceof ApplicationFailure ? err.cause.type : 'error';
          extraction = { settled: false, path: 'llm', reasons: [...compiled.reasons, `LLM extraction failed (${why ?? 'error'})`] };
          extractionPath = 'llm';
        }
      }
      if (!extraction.settled) {
        reviewReasons = extraction.reasons;
        // The fact guard's findings (instructions in the text) are shown to the reviewer like the gate's.
        if (extraction.findings?.length) findings = extraction.findings;
      }
    }

    // Drift signal per artifact version: how often the compiled extractor could not settle a case.
    const extractionState = gate.injection ? 'skipped' : extraction?.settled ? extraction.path : 'unsettled';
    upsertSearchAttributes([{ key: SA.extractionPath, value: extractionState }]);
    const auditBase = {
      workflowId: info.workflowId,
      runId: info.runId,
      artifactId,
      artifactHash: artifact.artifactHash,
      logicVersion: artifact.logicVersion,
      inputDigest: gate.inputDigest,
      extractionPath,
      gate: { injection: gate.injection, score: gate.score, rules: gate.findings.map((f) => f.rule) },
    };

    // (c) checks and (d) the compiled decision, in workflow code
    if (extraction?.settled) {
      const found = extraction.found;
      const evaluation = evaluate(artifact.checks, decide, extraction.facts as F, found);
      checks = evaluation.checks;
      // A yes/no fact the chart states both ways, where the outcome depends on which statement holds: review.
      const conflicts =
        evaluation.kind === 'decided' ? decisiveConflicts(artifact.checks, decide, extraction.facts as F, found, evaluation.decision.outcome, extraction.alternatives ?? []) : [];
      if (conflicts.length > 0) {
        reviewReasons = [`The chart states ${[...new Set(conflicts.map((c) => c.fact))].join(', ')} both ways and the decision depends on which: not decided automatically`];
        findings = conflictFindings(conflicts);
      } else if (evaluation.kind === 'decided') {
        const { decision } = evaluation;
        const factsFound = Object.keys(found).filter((k) => found[k]).sort();
        // (e) audit, then publish the outcome
        await audit.recordAudit({
          ...auditBase,
          kind: 'decision',
          status: decision.outcome,
          reason: decision.reason,
          ruleId: decision.ruleId,
          factsFound,
          ...(extraction.path === 'llm' ? { llm: { model: extraction.model, tokens: extraction.tokens } } : {}),
          at: new Date().toISOString(),
        } satisfies AuditRecord);
        upsertSearchAttributes([{ key: SA.outcome, value: decision.outcome }]);
        Object.assign(progress, { phase: 'completed', status: decision.outcome, reason: decision.reason, ruleId: decision.ruleId });
        await condition(allHandlersFinished);
        return {
          status: decision.outcome,
          reason: decision.reason,
          decidedBy: 'compiled',
          ruleId: decision.ruleId,
          artifact: artifactRef,
          extractionPath,
        };
      } else {
        reviewReasons = evaluation.reasons;
      }
    }

    // (f) human review with an SLA timer that escalates
    const requestedAt = new Date().toISOString();
    await audit.recordAudit({ ...auditBase, kind: 'review-requested', status: 'NEEDS_REVIEW', reason: reviewReasons.join('; '), at: requestedAt });
    upsertSearchAttributes([{ key: SA.outcome, value: 'NEEDS_REVIEW' }]);
    Object.assign(progress, { phase: 'awaiting_review', status: 'NEEDS_REVIEW', reason: reviewReasons.join('; '), reviewReasons, findings });
    setReviewState('waiting');
    log.info('case waiting for review', { artifactId, checks: checks.filter((c) => !c.passed).map((c) => c.check) });

    let escalated = false;
    if (!(await condition(() => review !== undefined, artifact.review.slaSeconds * 1000))) {
      escalated = true;
      setReviewState('escalated');
      await durable.escalateReview({
        workflowId: info.workflowId,
        artifactId,
        waitingSince: requestedAt,
        slaSeconds: artifact.review.slaSeconds,
        reasons: reviewReasons,
        findings,
      });
      await audit.recordAudit({ ...auditBase, kind: 'escalated', status: 'NEEDS_REVIEW', reason: 'review SLA expired', at: new Date().toISOString() });
      await condition(() => review !== undefined);
    }
    const decided = review as ReviewDecision & { at: string };
    await audit.recordAudit({
      ...auditBase,
      kind: 'review-decision',
      status: decided.outcome,
      reason: `reviewer ${decided.reviewer}`,
      review: { outcome: decided.outcome, reviewer: decided.reviewer, note: decided.note },
      at: decided.at,
    });
    upsertSearchAttributes([{ key: SA.outcome, value: decided.outcome }]);
    setReviewState('completed');
    Object.assign(progress, { phase: 'completed', status: decided.outcome, reason: `reviewed by ${decided.reviewer}` });
    await condition(allHandlersFinished);
    return {
      status: decided.outcome,
      reason: decided.note ? `reviewer ${decided.reviewer}: ${decided.note}` : `reviewer ${decided.reviewer}`,
      decidedBy: 'reviewer',
      reviewRequested: { reasons: reviewReasons, at: requestedAt },
      review: decided,
      escalated,
      artifact: artifactRef,
      extractionPath,
    };
  };
}
