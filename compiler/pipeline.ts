// The compile pipeline, in-process: the regeneration loop of compiler/compile-loop.ts (shared with the Temporal
// compile workflow) with callbacks that assemble prompts, call the generator and run the four stages
// (security → syntax → execution → accuracy) directly. Writes nothing: the caller packages a success with
// writeArtifact. Every step takes and returns plain data (the activities of compiler/service wrap the same).
import type { Provenance } from '../contract/bounded-decision';
import {
  DEFAULT_MAX_REGENERATIONS,
  runCompileLoop,
  runStagesWith,
  SLOTS,
  STAGE_ORDER,
  summarizeAttempt,
  type CompileLoopResult,
  type CompileProgress,
  type CompileReport,
  type GenerateOutcome,
  type GenerateRequest,
  type SlotAttempt,
} from './compile-loop';
import type { GeneratedCandidate, Generator } from './generators';
import { ModelOutputError, ModelUnavailableError } from './llm-client';
import type { PackageRequest } from './package';
import { assemblePrompt, type AssembledPrompt, type Slot } from './prompt';
import { canonicalJson, sha256, type LoadedSpec } from './spec';
import { runAccuracyStage } from './stages/accuracy';
import type { Diagnostic, StageResult } from './stages/diagnostics';
import { runExecutionStage } from './stages/execution';
import type { SandboxLimits } from './stages/sandbox';
import { runSecurityStage } from './stages/security-stage';
import { runSyntaxStage } from './stages/syntax';

export { DEFAULT_MAX_REGENERATIONS, STAGE_ORDER };

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
export function runStages(input: CandidateCheckInput, onStage?: (r: StageResult) => void): Promise<StageResult[]> {
  return runStagesWith((stage, slot, code) => runStage(stage, { ...input, slot, code }), input.slot, input.code, onStage);
}

export type { CompileProgress, CompileReport, GenerateOutcome, GenerateRequest, SlotAttempt } from './compile-loop';
export { summarizeAttempt };

export interface CompileOptions {
  generator: Generator;
  /** Regenerations after the first attempt, per slot (model generators only). Default 3. */
  maxRegenerations?: number;
  onProgress?: (event: CompileProgress) => void;
  stageOptions?: StageOptions;
}

/** Everything writeArtifact needs besides the spec and the output folder. */
export type CompiledArtifact = Required<Pick<PackageRequest, 'code' | 'provenance' | 'attempts' | 'tokens'>> & Pick<PackageRequest, 'promptHash'>;

export type CompileResult =
  | { success: true; artifact: CompiledArtifact; attempts: SlotAttempt[] }
  | { success: false; report: CompileReport };

/** Combined hash of the first-attempt prompts of every slot (recorded in the manifest). */
export function combinedPromptHash(hashes: Partial<Record<Slot, string>>): string {
  return sha256(canonicalJson(hashes));
}

/**
 * One candidate from a generator, errors thrown: the extractor in readers form when the generator composes one
 * (its own per-fact prompts), else `generate` with the whole-slot prompt. Shared by generateWith (in-process) and
 * the compile workflow's activity, which translate errors each their own way.
 */
export async function generateCandidate(
  generator: Generator,
  loaded: LoadedSpec,
  request: GenerateRequest,
  prompt: () => AssembledPrompt,
): Promise<GeneratedCandidate & { promptHash: string }> {
  const { slot, attempt } = request;
  if (slot === 'extractor' && generator.composeExtractor)
    return generator.composeExtractor(loaded, { attempt, ...(request.feedback ? { feedback: request.feedback } : {}), ...(request.previousCode !== undefined ? { previousCode: request.previousCode } : {}) });
  const p = prompt();
  return { ...(await generator.generate(slot, p, attempt)), promptHash: p.promptHash };
}

/** Ask a generator for one candidate: the prompt is assembled here, model problems become plain data. */
export async function generateWith(generator: Generator, loaded: LoadedSpec, request: GenerateRequest, prompt?: AssembledPrompt): Promise<GenerateOutcome> {
  // The whole-slot prompt is assembled only when it is used (an extractor in readers form has its own prompts).
  let assembled = prompt;
  const assembledPrompt = () => (assembled ??= assemblePrompt(loaded, request.slot, request.feedback, request.previousCode, generator.codeFormat ?? 'fenced'));
  try {
    const c = await generateCandidate(generator, loaded, request, assembledPrompt);
    return {
      status: 'generated',
      promptHash: c.promptHash,
      code: c.code,
      ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
      ...(c.usage ? { usage: c.usage } : {}),
      ...(c.model ? { model: c.model } : {}),
      provenance: generator.provenance(),
    };
  } catch (e) {
    if (e instanceof ModelOutputError) return { status: 'bad-output', promptHash: assembledPrompt().promptHash, kind: e.kind, message: e.message, ...(e.usage ? { usage: e.usage } : {}) };
    if (e instanceof ModelUnavailableError) return { status: 'failed', message: `model unavailable: ${e.message}` };
    return { status: 'failed', message: `candidate generation failed: ${(e as Error).message}` };
  }
}

/** The artifact data of an accepted loop result (what writeArtifact needs besides the spec). */
export function compiledArtifactOf(result: Extract<CompileLoopResult, { success: true }>, generatorKind: Provenance['generator']): CompiledArtifact {
  return {
    code: result.code,
    provenance: result.provenance,
    attempts: result.attempts.map(summarizeAttempt),
    tokens: result.tokens,
    ...(generatorKind === 'openai-compatible' ? { promptHash: combinedPromptHash(result.firstPromptHashes) } : {}),
  };
}

/**
 * Compile one spec: both slots must pass every stage. Returns the artifact data for writeArtifact, or a
 * rejection report. Throws only for configuration errors found before any model call (e.g. an unknown
 * compliance block).
 */
export async function compileSpec(loaded: LoadedSpec, options: CompileOptions): Promise<CompileResult> {
  const { generator } = options;
  // Fail fast on prompt problems (unknown compliance blocks) before spending tokens.
  const format = generator.codeFormat ?? 'fenced';
  const firstPrompts = Object.fromEntries(SLOTS.map((s) => [s, assemblePrompt(loaded, s, undefined, undefined, format)])) as Record<Slot, AssembledPrompt>;
  const result = await runCompileLoop(
    { spec: { name: loaded.spec.name, version: loaded.spec.version, specHash: loaded.specHash }, ...(options.maxRegenerations !== undefined ? { maxRegenerations: options.maxRegenerations } : {}) },
    {
      canRegenerate: generator.canRegenerate,
      baseProvenance: generator.provenance(),
      generate: (request) => generateWith(generator, loaded, request, request.attempt === 1 ? firstPrompts[request.slot] : undefined),
      runStage: (stage, slot, code) => runStage(stage, { loaded, slot, code, ...(options.stageOptions ? { options: options.stageOptions } : {}) }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  if (!result.success) return result;
  return { success: true, artifact: compiledArtifactOf(result, generator.kind), attempts: result.attempts };
}
