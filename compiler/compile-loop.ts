// The regeneration loop of the compiler as a pure function: for each slot (decision, then extractor) ask
// `generate` for a candidate, run the stages in order through `runStage` (stopping at the first failure), feed
// the failing stage's diagnostics back into the next `generate` call up to a limit, and reject with a report
// listing every attempt. It does no I/O of its own and imports types only, so the same code runs in-process
// (compiler/pipeline.ts, callbacks call the stages directly) and inside the Temporal compile workflow
// (compiler/service/workflows.ts, callbacks are activity proxies). Linted with the workflow sandbox rules.
import type { Provenance } from '../contract/bounded-decision';
import type { TokenUsage } from './llm-client';
import type { AttemptSummary, SlotCode } from './package';
import type { FeedbackDiagnostic, Slot } from './prompt';
import type { Diagnostic, StageResult } from './stages/diagnostics';

export type StageName = Diagnostic['stage'];
export const SLOTS: readonly Slot[] = ['decision', 'extractor'];
export const STAGE_ORDER: readonly StageName[] = ['security', 'syntax', 'execution', 'accuracy'];
export const DEFAULT_MAX_REGENERATIONS = 3;

/** What `generate` is asked for: the first attempt, or a regeneration with the previous attempt's problems. */
export interface GenerateRequest<S extends string = Slot> {
  slot: S;
  attempt: number;
  feedback?: FeedbackDiagnostic[];
  previousCode?: string;
}

/**
 * What `generate` answers, as plain data:
 * - generated: a candidate (and the provenance of this one call: the model that answered, the file read);
 * - bad-output: the model answered, but not with a usable candidate (refusal, bad JSON): regenerated;
 * - failed: no candidate can be had (model unreachable after retries, unreadable file): the spec is rejected.
 */
export type GenerateOutcome =
  | {
      status: 'generated';
      promptHash: string;
      code: string;
      rationale?: string;
      usage?: TokenUsage;
      model?: string;
      provenance: Provenance;
    }
  | { status: 'bad-output'; promptHash: string; kind: string; message: string; usage?: TokenUsage }
  | { status: 'failed'; message: string };

/** One attempt at one slot, with everything a reviewer needs to see why it failed. */
export interface SlotAttempt<S extends string = Slot> {
  slot: S;
  attempt: number;
  passed: boolean;
  promptHash: string;
  stages: StageResult[];
  /** Diagnostics of the failing stage (or of the generation). */
  diagnostics: FeedbackDiagnostic[];
  tokens?: TokenUsage;
  model?: string;
  rationale?: string;
  code?: string;
}

export type CompileProgress<S extends string = Slot> =
  | { type: 'generating'; slot: S; attempt: number }
  | { type: 'generated'; slot: S; attempt: number; tokens?: TokenUsage; model?: string }
  | { type: 'generation-failed'; slot: S; attempt: number; message: string }
  | { type: 'stage'; slot: S; attempt: number; result: StageResult }
  | { type: 'attempt-failed'; slot: S; attempt: number; diagnostics: FeedbackDiagnostic[]; willRetry: boolean }
  | { type: 'slot-accepted'; slot: S; attempt: number }
  | { type: 'slot-rejected'; slot: S; attempts: number };

export interface CompileReport<S extends string = Slot> {
  spec: string;
  specVersion: number;
  specHash: string;
  reason: string;
  failedSlot?: S;
  provenance: Provenance;
  maxRegenerations: number;
  attempts: SlotAttempt<S>[];
  tokens: TokenUsage;
}

export interface CompileLoopDeps<S extends string = Slot> {
  generate(request: GenerateRequest<S>): Promise<GenerateOutcome>;
  runStage(stage: StageName, slot: S, code: string): Promise<StageResult>;
  /** Whether a failing candidate can be regenerated (false for person-written candidate files). */
  canRegenerate: boolean;
  /** Provenance when no candidate was generated at all (e.g. the model was unreachable at once). */
  baseProvenance: Provenance;
  onProgress?: (event: CompileProgress<S>) => void;
}

export interface CompileLoopOptions<S extends string = Slot> {
  /** The template's slots, compiled in order (default: the bounded-decision slots). */
  slots?: readonly S[];
  spec: { name: string; version: number; specHash: string };
  /** Regenerations after the first attempt, per slot (regenerating generators only). Default 3. */
  maxRegenerations?: number;
}

export type CompileLoopResult<S extends string = Slot> =
  | {
      success: true;
      code: S extends Slot ? SlotCode : Record<S, string>;
      provenance: Provenance;
      attempts: SlotAttempt<S>[];
      tokens: TokenUsage;
      /** Prompt hash of each slot's first attempt (the manifest records their combined hash). */
      firstPromptHashes: Partial<Record<S, string>>;
    }
  | { success: false; report: CompileReport<S> };

export function addUsage(a: TokenUsage, b?: TokenUsage): TokenUsage {
  return b ? { prompt: a.prompt + b.prompt, completion: a.completion + b.completion, total: a.total + b.total } : a;
}

/** Merge the provenance of one more generate call: every model that answered, every file that was read. */
export function mergeProvenance(base: Provenance, next: Provenance): Provenance {
  const out: Provenance = { ...base, generator: next.generator };
  const models = [...new Set([...(base.model ? base.model.split(', ') : []), ...(next.model ? next.model.split(', ') : [])])].sort();
  if (models.length) out.model = models.join(', ');
  const files = [...(base.candidateFiles ?? []), ...(next.candidateFiles ?? []).filter((f) => !(base.candidateFiles ?? []).includes(f))];
  if (files.length) out.candidateFiles = files;
  if (next.note) out.note = next.note;
  return out;
}

/**
 * The manifest's summary of an attempt. Stage timings are left out (durationMs 0): they vary from run to run,
 * and the manifest must be byte-identical for the same accepted candidate. Reports and progress events carry them.
 */
export function summarizeAttempt(a: SlotAttempt<string>): AttemptSummary {
  return {
    attempt: a.attempt,
    slot: a.slot,
    passed: a.passed,
    stages: a.stages.map((s) => ({ stage: s.stage, passed: s.passed, durationMs: 0, diagnostics: s.diagnostics.length })),
    diagnostics: a.diagnostics.map((d) => ({ stage: d.stage, rule: d.rule, message: d.message, line: d.line, column: d.column })),
    ...(a.tokens ? { tokens: a.tokens } : {}),
    // The readers-form extractor's composer notes name the phrases it removed or added: a reviewer of the
    // manifest sees what the model wrote and what the compiler changed.
    ...(a.slot === 'extractor' && a.rationale && /\bwritten by the model|model chose|compiler (?:added|removed|dropped)/.test(a.rationale) ? { rationale: a.rationale } : {}),
  };
}

/** Run the stages in order through `runStage`, stopping at the first that fails. */
export async function runStagesWith<S extends string = Slot>(
  runStage: CompileLoopDeps<S>['runStage'],
  slot: S,
  code: string,
  onStage?: (r: StageResult) => void,
): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const stage of STAGE_ORDER) {
    const r = await runStage(stage, slot, code);
    results.push(r);
    onStage?.(r);
    if (!r.passed) break;
  }
  return results;
}

/** Compile both slots of one spec: every slot must pass every stage. */
export async function runCompileLoop<S extends string = Slot>(options: CompileLoopOptions<S>, deps: CompileLoopDeps<S>): Promise<CompileLoopResult<S>> {
  const { onProgress } = deps;
  const maxRegenerations = Math.max(0, options.maxRegenerations ?? DEFAULT_MAX_REGENERATIONS);
  const maxAttempts = deps.canRegenerate ? 1 + maxRegenerations : 1;
  const attempts: SlotAttempt<S>[] = [];
  const code: Partial<Record<S, string>> = {};
  const firstPromptHashes: Partial<Record<S, string>> = {};
  let provenance: Provenance | undefined;
  let tokens: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  const reject = (reason: string, failedSlot?: S): CompileLoopResult<S> => ({
    success: false,
    report: {
      spec: options.spec.name,
      specVersion: options.spec.version,
      specHash: options.spec.specHash,
      reason,
      ...(failedSlot ? { failedSlot } : {}),
      provenance: provenance ?? deps.baseProvenance,
      maxRegenerations: deps.canRegenerate ? maxRegenerations : 0,
      attempts,
      tokens,
    },
  });

  for (const slot of options.slots ?? (SLOTS as readonly string[] as readonly S[])) {
    let feedback: FeedbackDiagnostic[] | undefined;
    let previousCode: string | undefined;
    let accepted = false;
    for (let attempt = 1; attempt <= maxAttempts && !accepted; attempt++) {
      onProgress?.({ type: 'generating', slot, attempt });
      const generated = await deps.generate({ slot, attempt, ...(feedback ? { feedback } : {}), ...(previousCode !== undefined ? { previousCode } : {}) });
      if (generated.status === 'failed') {
        onProgress?.({ type: 'generation-failed', slot, attempt, message: generated.message });
        return reject(generated.message, slot);
      }
      if (attempt === 1) firstPromptHashes[slot] = generated.promptHash;
      if (generated.status === 'bad-output') {
        tokens = addUsage(tokens, generated.usage);
        const diagnostics: FeedbackDiagnostic[] = [
          {
            stage: 'generation',
            rule: `model-${generated.kind}`,
            message: `${generated.message}. Answer again with the complete file, in the answer format the instructions give.`,
            line: 0,
            column: 0,
          },
        ];
        attempts.push({ slot, attempt, passed: false, promptHash: generated.promptHash, stages: [], diagnostics, ...(generated.usage ? { tokens: generated.usage } : {}) });
        onProgress?.({ type: 'generation-failed', slot, attempt, message: generated.message });
        onProgress?.({ type: 'attempt-failed', slot, attempt, diagnostics, willRetry: attempt < maxAttempts });
        feedback = diagnostics;
        previousCode = undefined;
        continue;
      }
      provenance = provenance ? mergeProvenance(provenance, generated.provenance) : generated.provenance;
      tokens = addUsage(tokens, generated.usage);
      onProgress?.({ type: 'generated', slot, attempt, ...(generated.usage ? { tokens: generated.usage } : {}), ...(generated.model ? { model: generated.model } : {}) });
      const stages = await runStagesWith(deps.runStage, slot, generated.code, (result) => onProgress?.({ type: 'stage', slot, attempt, result }));
      const failed = stages.find((s) => !s.passed);
      attempts.push({
        slot,
        attempt,
        passed: !failed,
        promptHash: generated.promptHash,
        stages,
        diagnostics: failed ? failed.diagnostics : [],
        ...(generated.usage ? { tokens: generated.usage } : {}),
        ...(generated.model ? { model: generated.model } : {}),
        ...(generated.rationale !== undefined ? { rationale: generated.rationale } : {}),
        code: generated.code,
      });
      if (!failed) {
        accepted = true;
        code[slot] = generated.code;
        onProgress?.({ type: 'slot-accepted', slot, attempt });
      } else {
        const diagnostics: FeedbackDiagnostic[] = failed.diagnostics.length
          ? failed.diagnostics
          : [{ stage: failed.stage, rule: 'failed', message: `the ${failed.stage} stage failed`, line: 0, column: 0 }];
        onProgress?.({ type: 'attempt-failed', slot, attempt, diagnostics, willRetry: attempt < maxAttempts });
        feedback = diagnostics;
        previousCode = generated.code;
      }
    }
    if (!accepted) {
      const n = attempts.filter((a) => a.slot === slot).length;
      onProgress?.({ type: 'slot-rejected', slot, attempts: n });
      const why = deps.canRegenerate
        ? `the ${slot} slot failed ${n} attempt(s) (1 + ${maxRegenerations} regenerations)`
        : `the ${slot} candidate file failed; candidate files are not regenerated — fix the file and compile again`;
      return reject(why, slot);
    }
  }
  return { success: true, code: code as CompileLoopResult<S> extends { success: true; code: infer C } ? C : never, provenance: provenance ?? deps.baseProvenance, attempts, tokens, firstPromptHashes };
}
