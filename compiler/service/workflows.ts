// The compile workflow: one compilation of one spec version, so every attempt, stage verdict, diagnostic and
// token count is recorded in a Temporal history (and visible in the Web UI). It drives the same regeneration
// loop as the in-process compiler (compiler/compile-loop.ts) with activity proxies as its callbacks:
//   checkSpec → per slot: generateCandidate → runStage(security) → runStage(syntax) → runStage(execution)
//   → runStage(accuracy) → (regenerate with the diagnostics) … → packageArtifact | recordRejection
// Workflow code: @temporalio/workflow and type-only imports (plus the pure loop and the search-attribute keys).
import { ActivityFailure, ApplicationFailure, defineQuery, proxyActivities, setHandler, upsertMemo, upsertSearchAttributes } from '@temporalio/workflow';
import { SA } from '../../templates/bounded-decision/search-attributes';
import { runCompileLoop, summarizeAttempt, type CompileProgress, type GenerateOutcome } from '../compile-loop';
import type { CompileActivities, CompileOutcome, CompileWorkflowInput, CompileWorkflowResult } from './types';

/** Progress events so far (what the in-process compiler prints), for clients that show live progress. */
export const compileProgressQuery = defineQuery<CompileProgress[]>('compileProgress');

const FINAL = ['SpecChanged', 'SpecError', 'PromptBlockError', 'CandidateUnreadable', 'ModelRejectedRequest', 'VersionConflict'];

function failureMessage(err: unknown): string {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return (cause as Error | undefined)?.message ?? String(err);
}

export async function compileSpecWorkflow(input: CompileWorkflowInput): Promise<CompileWorkflowResult> {
  const ref = { specFile: input.specFile, specHash: input.specHash };
  const head = { spec: input.spec, specVersion: input.specVersion };
  const events: CompileProgress[] = [];
  setHandler(compileProgressQuery, () => events);

  const io = proxyActivities<CompileActivities>({
    startToCloseTimeout: '1 minute',
    retry: { maximumAttempts: 5, initialInterval: '1 second', nonRetryableErrorTypes: FINAL },
  });
  const stages = proxyActivities<CompileActivities>({
    startToCloseTimeout: '3 minutes',
    retry: { maximumAttempts: 3, initialInterval: '1 second', nonRetryableErrorTypes: FINAL },
  });
  // The only retry layer of model calls (the OpenAI client is created with maxRetries: 0).
  const model = proxyActivities<CompileActivities>({
    startToCloseTimeout: '5 minutes',
    retry: {
      maximumAttempts: input.modelRetry?.maximumAttempts ?? 4,
      initialInterval: input.modelRetry?.initialIntervalMs ?? 5000,
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      nonRetryableErrorTypes: FINAL,
    },
  });

  const finish = (outcome: CompileOutcome, result: CompileWorkflowResult, memo: Record<string, unknown>): CompileWorkflowResult => {
    upsertSearchAttributes([{ key: SA.outcome, value: outcome }]);
    upsertMemo({ result: { outcome, ...memo } });
    return result;
  };

  upsertSearchAttributes([
    { key: SA.spec, value: input.spec },
    { key: SA.specVersion, value: String(input.specVersion) },
    { key: SA.outcome, value: 'COMPILING' },
  ]);
  upsertMemo({
    compile: {
      spec: `${input.spec}@v${input.specVersion}`,
      specFile: input.specFile,
      specHash: input.specHash,
      generator: input.generator.kind,
      ...(input.generator.kind === 'candidate-file' ? { candidateFiles: input.generator.files } : {}),
      maxRegenerations: input.maxRegenerations ?? null,
      outDir: input.outDir ?? null,
    },
  });

  const check = await io.checkSpec({ ...ref, generator: input.generator, ...(input.outDir ? { outDir: input.outDir } : {}) });
  if (check.status === 'up-to-date')
    return finish('UP_TO_DATE', { status: 'up-to-date', ...head, dir: check.dir, artifactHash: check.artifactHash }, { artifactHash: check.artifactHash, tokens: 0 });
  if (check.status === 'error') return finish('ERROR', { status: 'error', ...head, reason: check.reason }, { reason: check.reason });

  const loop = await runCompileLoop(
    { spec: { name: input.spec, version: input.specVersion, specHash: input.specHash }, ...(input.maxRegenerations !== undefined ? { maxRegenerations: input.maxRegenerations } : {}) },
    {
      canRegenerate: input.generator.kind !== 'candidate-file',
      baseProvenance: check.baseProvenance,
      onProgress: (e) => events.push(e),
      async generate(request): Promise<GenerateOutcome> {
        try {
          return await model.generateCandidate.executeWithOptions(
            {
              activityId: `${request.slot}#${request.attempt}/generate`,
              summary: `${request.slot} attempt ${request.attempt}: generate${request.feedback ? ` (with ${request.feedback.length} diagnostics)` : ''}`,
            },
            [{ ...ref, generator: input.generator, request }],
          );
        } catch (err) {
          const cause = err instanceof ActivityFailure ? err.cause : undefined;
          const type = cause instanceof ApplicationFailure ? cause.type : undefined;
          const prefix = type === 'ModelUnavailable' || type === 'ModelRejectedRequest' ? 'model unavailable' : 'candidate generation failed';
          return { status: 'failed', message: `${prefix}: ${failureMessage(err)}` };
        }
      },
      runStage: (stage, slot, code) =>
        stages.runStage.executeWithOptions(
          {
            activityId: `${slot}#${events.filter((e) => e.type === 'generating' && e.slot === slot).length}/${stage}`,
            summary: `${slot}: ${stage} stage`,
          },
          [{ ...ref, stage, slot, code, ...(input.stageOptions ? { options: input.stageOptions } : {}) }],
        ),
    },
  );

  if (!loop.success) {
    const { report } = loop;
    const { reportFile } = await io.recordRejection({ report, ...(input.reportsDir !== undefined ? { reportsDir: input.reportsDir } : {}) });
    return finish(
      'REJECTED',
      { status: 'rejected', ...head, report, ...(reportFile ? { reportFile } : {}) },
      { reason: report.reason, attempts: report.attempts.length, tokens: report.tokens.total },
    );
  }
  let packaged;
  try {
    packaged = await io.packageArtifact({
      ...ref,
      ...(input.outDir ? { outDir: input.outDir } : {}),
      code: loop.code,
      provenance: loop.provenance,
      attempts: loop.attempts.map(summarizeAttempt),
      tokens: loop.tokens,
      firstPromptHashes: loop.firstPromptHashes,
    });
  } catch (err) {
    // A released (locked) or concurrently packaged version is never rewritten: an error result, not a failed run.
    const cause = err instanceof ActivityFailure ? err.cause : undefined;
    if (!(cause instanceof ApplicationFailure) || cause.type !== 'VersionConflict') throw err;
    return finish('ERROR', { status: 'error', ...head, reason: cause.message }, { reason: cause.message });
  }
  upsertSearchAttributes([{ key: SA.artifactHash, value: packaged.artifactHash }]);
  return finish(
    'COMPILED',
    {
      status: 'compiled',
      ...head,
      dir: packaged.dir,
      artifactHash: packaged.artifactHash,
      workflowType: packaged.workflowType,
      tokens: loop.tokens,
      provenance: loop.provenance,
      attempts: loop.attempts.map(({ code: _code, ...rest }) => rest),
    },
    { artifactHash: packaged.artifactHash, workflowType: packaged.workflowType, attempts: loop.attempts.length, tokens: loop.tokens.total, provenance: loop.provenance },
  );
}
