// The compile pipeline: for each slot (decision, then extractor) generate a candidate, run the four stages
// (security → syntax → execution → accuracy, stopping at the first failure), regenerate with the diagnostics
// on failure up to a limit, and reject with a report listing every attempt. Writes nothing: the caller
// packages a success with writeArtifact. Every step takes and returns plain data (Temporal-activity ready).
import type { Provenance } from '../templates/bounded-decision/types';
import { type Generator, type GeneratedCandidate } from './generators';
import { ModelOutputError, ModelUnavailableError, type TokenUsage } from './llm-client';
import type { AttemptSummary, PackageRequest, SlotCode } from './package';
import { assemblePrompt, SLOTS, type FeedbackDiagnostic, type Slot } from './prompt';
import { canonicalJson, sha256, type LoadedSpec } from './spec';
import { runAccuracyStage } from './stages/accuracy';
import type { Diagnostic, StageResult } from './stages/diagnostics';
import { runExecutionStage } from './stages/execution';
import type { SandboxLimits } from './stages/sandbox';
import { runSecurityStage } from './stages/security-stage';
import { runSyntaxStage } from './stages/syntax';

export const STAGE_ORDER: Diagnostic['stage'][] = ['security', 'syntax', 'execution', 'accuracy'];
export const DEFAULT_MAX_REGENERATIONS = 3;

export interface StageOptions {
  limits?: SandboxLimits;
  propertyRuns?: number;
}

export interface CandidateCheckInput {
  loaded: LoadedSpec;
  slot: Slot;
  code: string;
  options?: StageOptions;
}

/** Run one stage by name on a candidate (plain data in, plain data out). Never throws. */
export async function runStage(stage: Diagnostic['stage'], input: CandidateCheckInput): Promise<StageResult> {
  const { loaded, slot, code, options } = input;
  switch (stage) {
    case 'security':
      return runSecurityStage({ spec: loaded.spec, slot, code });
    case 'syntax':
      return runSyntaxStage({ spec: loaded.spec, slot, code });
    case 'execution':
      return runExecutionStage({
        loaded,
        slot,
        code,
        ...(options?.limits ? { limits: options.limits } : {}),
        ...(options?.propertyRuns !== undefined ? { propertyRuns: options.propertyRuns } : {}),
      });
    case 'accuracy':
      return runAccuracyStage({ loaded, slot, code, ...(options?.limits ? { limits: options.limits } : {}) });
  }
}

/** Run the stages in order, stopping at the first that fails. */
export async function runStages(input: CandidateCheckInput, onStage?: (r: StageResult) => void): Promise<StageResult[]> {
  const results: StageResult[] = [];
  for (const stage of STAGE_ORDER) {
    const r = await runStage(stage, input);
    results.push(r);
    onStage?.(r);
    if (!r.passed) break;
  }
  return results;
}

/** One attempt at one slot, with everything a reviewer needs to see why it failed. */
export interface SlotAttempt {
  slot: Slot;
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

export type CompileProgress =
  | { type: 'generating'; slot: Slot; attempt: number }
  | { type: 'generated'; slot: Slot; attempt: number; tokens?: TokenUsage; model?: string }
  | { type: 'generation-failed'; slot: Slot; attempt: number; message: string }
  | { type: 'stage'; slot: Slot; attempt: number; result: StageResult }
  | { type: 'attempt-failed'; slot: Slot; attempt: number; diagnostics: FeedbackDiagnostic[]; willRetry: boolean }
  | { type: 'slot-accepted'; slot: Slot; attempt: number }
  | { type: 'slot-rejected'; slot: Slot; attempts: number };

export interface CompileOptions {
  generator: Generator;
  /** Regenerations after the first attempt, per slot (model generators only). Default 3. */
  maxRegenerations?: number;
  onProgress?: (event: CompileProgress) => void;
  stageOptions?: StageOptions;
}

/** Everything writeArtifact needs besides the spec and the output folder. */
export type CompiledArtifact = Required<Pick<PackageRequest, 'code' | 'provenance' | 'attempts' | 'tokens'>> & Pick<PackageRequest, 'promptHash'>;

export interface CompileReport {
  spec: string;
  specVersion: number;
  specHash: string;
  reason: string;
  failedSlot?: Slot;
  provenance: Provenance;
  maxRegenerations: number;
  attempts: SlotAttempt[];
  tokens: TokenUsage;
}

export type CompileResult =
  | { success: true; artifact: CompiledArtifact; attempts: SlotAttempt[] }
  | { success: false; report: CompileReport };

function addUsage(a: TokenUsage, b?: TokenUsage): TokenUsage {
  return b ? { prompt: a.prompt + b.prompt, completion: a.completion + b.completion, total: a.total + b.total } : a;
}

/**
 * The manifest's summary of an attempt. Stage timings are left out (durationMs 0): they vary from run to run,
 * and the manifest must be byte-identical for the same accepted candidate. Reports and progress events carry them.
 */
export function summarizeAttempt(a: SlotAttempt): AttemptSummary {
  return {
    attempt: a.attempt,
    slot: a.slot,
    passed: a.passed,
    stages: a.stages.map((s) => ({ stage: s.stage, passed: s.passed, durationMs: 0, diagnostics: s.diagnostics.length })),
    diagnostics: a.diagnostics.map((d) => ({ stage: d.stage, rule: d.rule, message: d.message, line: d.line, column: d.column })),
    ...(a.tokens ? { tokens: a.tokens } : {}),
  };
}

/** Combined hash of the first-attempt prompts of every slot (recorded in the manifest). */
export function combinedPromptHash(hashes: Partial<Record<Slot, string>>): string {
  return sha256(canonicalJson(hashes));
}

/**
 * Compile one spec: both slots must pass every stage. Returns the artifact data for writeArtifact, or a
 * rejection report. Throws only for configuration errors found before any model call (e.g. an unknown
 * compliance block).
 */
export async function compileSpec(loaded: LoadedSpec, options: CompileOptions): Promise<CompileResult> {
  const { generator, onProgress } = options;
  const maxRegenerations = Math.max(0, options.maxRegenerations ?? DEFAULT_MAX_REGENERATIONS);
  const maxAttempts = generator.canRegenerate ? 1 + maxRegenerations : 1;
  // Fail fast on prompt problems (unknown compliance blocks) before spending tokens.
  const firstPrompts = Object.fromEntries(SLOTS.map((s) => [s, assemblePrompt(loaded, s)])) as Record<Slot, ReturnType<typeof assemblePrompt>>;
  const attempts: SlotAttempt[] = [];
  const code: Partial<SlotCode> = {};
  let tokens: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  const reject = (reason: string, failedSlot?: Slot): CompileResult => ({
    success: false,
    report: {
      spec: loaded.spec.name,
      specVersion: loaded.spec.version,
      specHash: loaded.specHash,
      reason,
      ...(failedSlot ? { failedSlot } : {}),
      provenance: generator.provenance(),
      maxRegenerations: generator.canRegenerate ? maxRegenerations : 0,
      attempts,
      tokens,
    },
  });

  for (const slot of SLOTS) {
    let feedback: FeedbackDiagnostic[] | undefined;
    let previousCode: string | undefined;
    let accepted = false;
    for (let attempt = 1; attempt <= maxAttempts && !accepted; attempt++) {
      const prompt = attempt === 1 ? firstPrompts[slot] : assemblePrompt(loaded, slot, feedback, previousCode);
      onProgress?.({ type: 'generating', slot, attempt });
      let candidate: GeneratedCandidate;
      try {
        candidate = await generator.generate(slot, prompt, attempt);
      } catch (e) {
        if (e instanceof ModelOutputError) {
          tokens = addUsage(tokens, e.usage);
          const diagnostics: FeedbackDiagnostic[] = [
            {
              stage: 'generation',
              rule: `model-${e.kind}`,
              message: `${e.message}. Answer with a JSON object {"code": string, "rationale": string} holding the complete file.`,
              line: 0,
              column: 0,
            },
          ];
          attempts.push({ slot, attempt, passed: false, promptHash: prompt.promptHash, stages: [], diagnostics, ...(e.usage ? { tokens: e.usage } : {}) });
          onProgress?.({ type: 'generation-failed', slot, attempt, message: e.message });
          const willRetry = attempt < maxAttempts;
          onProgress?.({ type: 'attempt-failed', slot, attempt, diagnostics, willRetry });
          feedback = diagnostics;
          previousCode = undefined;
          continue;
        }
        const message = e instanceof ModelUnavailableError ? `model unavailable: ${e.message}` : `candidate generation failed: ${(e as Error).message}`;
        onProgress?.({ type: 'generation-failed', slot, attempt, message });
        return reject(message, slot);
      }
      tokens = addUsage(tokens, candidate.usage);
      onProgress?.({ type: 'generated', slot, attempt, ...(candidate.usage ? { tokens: candidate.usage } : {}), ...(candidate.model ? { model: candidate.model } : {}) });
      const stages = await runStages({ loaded, slot, code: candidate.code, ...(options.stageOptions ? { options: options.stageOptions } : {}) }, (result) =>
        onProgress?.({ type: 'stage', slot, attempt, result }),
      );
      const failed = stages.find((s) => !s.passed);
      const record: SlotAttempt = {
        slot,
        attempt,
        passed: !failed,
        promptHash: prompt.promptHash,
        stages,
        diagnostics: failed ? failed.diagnostics : [],
        ...(candidate.usage ? { tokens: candidate.usage } : {}),
        ...(candidate.model ? { model: candidate.model } : {}),
        ...(candidate.rationale !== undefined ? { rationale: candidate.rationale } : {}),
        code: candidate.code,
      };
      attempts.push(record);
      if (!failed) {
        accepted = true;
        code[slot] = candidate.code;
        onProgress?.({ type: 'slot-accepted', slot, attempt });
      } else {
        const diagnostics = failed.diagnostics.length
          ? failed.diagnostics
          : [{ stage: failed.stage, rule: 'failed', message: `the ${failed.stage} stage failed`, line: 0, column: 0 }];
        onProgress?.({ type: 'attempt-failed', slot, attempt, diagnostics, willRetry: attempt < maxAttempts });
        feedback = diagnostics;
        previousCode = candidate.code;
      }
    }
    if (!accepted) {
      const n = attempts.filter((a) => a.slot === slot).length;
      onProgress?.({ type: 'slot-rejected', slot, attempts: n });
      const why = generator.canRegenerate
        ? `the ${slot} slot failed ${n} attempt(s) (1 + ${maxRegenerations} regenerations)`
        : `the ${slot} candidate file failed; candidate files are not regenerated — fix the file and compile again`;
      return reject(why, slot);
    }
  }

  const provenance = generator.provenance();
  const artifact: CompiledArtifact = {
    code: code as SlotCode,
    provenance,
    attempts: attempts.map(summarizeAttempt),
    tokens,
    ...(generator.kind === 'openai-compatible'
      ? { promptHash: combinedPromptHash(Object.fromEntries(SLOTS.map((s) => [s, firstPrompts[s].promptHash]))) }
      : {}),
  };
  return { success: true, artifact, attempts };
}
