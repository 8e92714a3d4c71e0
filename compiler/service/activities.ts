// Activities of the compile workflow: thin wrappers around the compiler's pure functions. Each takes and
// returns plain data, so every step is recorded in the workflow history. The spec is read from disk by every
// activity and pinned to the hash the client saw (a spec edited mid-compilation fails the compilation).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { Logger } from 'pino';
import { candidateFileGenerator, openAIGenerator, type Generator } from '../generators';
import { createModelClient, MODEL_CONFIG_HELP, ModelOutputError, ModelUnavailableError, type ModelClient, type ModelConfig } from '../llm-client';
import { checkTarget, GENERATED_DIR, writeArtifact } from '../package';
import { combinedPromptHash, generateCandidate, generateWith, runStage } from '../pipeline';
import { assemblePrompt, PromptBlockError, SLOTS } from '../prompt';
import { ReleasedVersionError } from '../releases';
import { loadSpec, SpecError, type LoadedSpec } from '../spec';
import type { CompileActivities, GeneratorSpec, SpecRef } from './types';

export interface CompileActivityDeps {
  /** The compile-time model (from OPENAI_BASE_URL / OPENAI_API_KEY / CAI_MODEL); undefined: candidate files only. */
  modelConfig?: ModelConfig;
  /** Model client factory (tests); default createModelClient (maxRetries 0: Temporal retries). */
  modelClient?: (config: ModelConfig) => ModelClient;
  /** Default artifact root (default workflows-generated/). */
  outDir?: string;
  /** Default folder for rejection reports. */
  reportsDir?: string;
  logger?: Logger;
}

/** Failure types the workflow's retry policies treat as final. */
export const NON_RETRYABLE = ['SpecChanged', 'SpecError', 'PromptBlockError', 'CandidateUnreadable', 'ModelRejectedRequest', 'VersionConflict'];

function logContext(): Record<string, string> {
  try {
    const info = Context.current().info;
    return { workflowId: info.workflowExecution?.workflowId ?? '', activity: info.activityType, attempt: String(info.attempt) };
  } catch {
    return {};
  }
}

/** Load the spec and make sure it is the one the compilation started with. */
function loadPinned(ref: SpecRef): LoadedSpec {
  let loaded: LoadedSpec;
  try {
    loaded = loadSpec(ref.specFile);
  } catch (e) {
    if (e instanceof SpecError) throw ApplicationFailure.create({ message: e.message, type: 'SpecError', nonRetryable: true });
    throw e;
  }
  if (loaded.specHash !== ref.specHash)
    throw ApplicationFailure.create({
      message: `${ref.specFile} changed during the compilation (spec hash ${loaded.specHash.slice(0, 12)}, expected ${ref.specHash.slice(0, 12)}); compile again`,
      type: 'SpecChanged',
      nonRetryable: true,
    });
  return loaded;
}

export function createCompileActivities(deps: CompileActivityDeps = {}): CompileActivities {
  const makeClient = deps.modelClient ?? createModelClient;
  let client: ModelClient | undefined;
  const generatorFor = (spec: GeneratorSpec): Generator => {
    if (spec.kind === 'candidate-file') return candidateFileGenerator(spec.files);
    if (!deps.modelConfig) throw ApplicationFailure.create({ message: `no model is configured on the compile worker: ${MODEL_CONFIG_HELP}`, type: 'ModelRejectedRequest', nonRetryable: true });
    client ??= makeClient(deps.modelConfig);
    return openAIGenerator(client, deps.modelConfig.codeFormat ?? 'fenced', deps.modelConfig.weightsSha256, deps.modelConfig.extractorForm ?? 'readers');
  };

  return {
    async checkSpec({ specFile, specHash, outDir, generator }) {
      let loaded: LoadedSpec;
      try {
        loaded = loadPinned({ specFile, specHash });
        for (const slot of SLOTS) assemblePrompt(loaded, slot); // unknown compliance blocks fail before any model call
      } catch (e) {
        if (e instanceof PromptBlockError || e instanceof ApplicationFailure) return { status: 'error', reason: e.message };
        throw e;
      }
      const target = checkTarget(loaded, resolve(outDir ?? deps.outDir ?? GENERATED_DIR), generator.kind);
      if (target.status === 'up-to-date') return { status: 'up-to-date', dir: target.existing.dir, artifactHash: target.existing.manifest.artifactHash };
      if (target.status !== 'new') return { status: 'error', reason: target.reason };
      if (generator.kind === 'openai-compatible' && !deps.modelConfig) return { status: 'error', reason: `no model is configured on the compile worker: ${MODEL_CONFIG_HELP}` };
      const baseProvenance =
        generator.kind === 'candidate-file' ? { generator: 'candidate-file' as const, candidateFiles: [] } : { generator: 'openai-compatible' as const, model: deps.modelConfig!.model };
      return { status: 'needs-compile', baseProvenance };
    },

    async generateCandidate({ specFile, specHash, generator, request }) {
      const loaded = loadPinned({ specFile, specHash });
      const gen = generatorFor(generator);
      if (generator.kind === 'candidate-file') {
        const outcome = await generateWith(gen, loaded, request);
        if (outcome.status === 'failed') throw ApplicationFailure.create({ message: outcome.message, type: 'CandidateUnreadable', nonRetryable: true });
        return outcome;
      }
      // Model calls: bad output is data (regenerated with diagnostics); an unreachable endpoint is an activity
      // failure that Temporal retries; a rejected request (401/403/404/400) is final.
      let prompt;
      try {
        prompt = assemblePrompt(loaded, request.slot, request.feedback, request.previousCode, deps.modelConfig?.codeFormat ?? 'fenced');
      } catch (e) {
        if (e instanceof PromptBlockError) throw ApplicationFailure.create({ message: e.message, type: 'PromptBlockError', nonRetryable: true });
        throw e;
      }
      try {
        const assembled = prompt;
        const c = await generateCandidate(gen, loaded, request, () => assembled);
        deps.logger?.info({ ...logContext(), slot: request.slot, tokens: c.usage?.total, model: c.model }, 'candidate generated');
        return {
          status: 'generated',
          promptHash: c.promptHash,
          code: c.code,
          ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
          ...(c.usage ? { usage: c.usage } : {}),
          ...(c.model ? { model: c.model } : {}),
          provenance: gen.provenance(),
        };
      } catch (e) {
        if (e instanceof ModelUnavailableError) {
          const final = e.status !== undefined && e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;
          throw ApplicationFailure.create({ message: e.message, type: final ? 'ModelRejectedRequest' : 'ModelUnavailable', nonRetryable: final });
        }
        if (e instanceof ModelOutputError)
          return { status: 'bad-output', promptHash: prompt.promptHash, kind: e.kind, message: e.message, ...(e.usage ? { usage: e.usage } : {}) };
        throw ApplicationFailure.create({ message: `candidate generation failed: ${(e as Error).message}`, type: 'GenerationFailed' });
      }
    },

    async runStage({ specFile, specHash, stage, slot, code, options }) {
      const loaded = loadPinned({ specFile, specHash });
      const result = await runStage(stage, { loaded, slot, code, ...(options ? { options } : {}) });
      deps.logger?.info({ ...logContext(), slot, stage, passed: result.passed, diagnostics: result.diagnostics.length, durationMs: result.durationMs }, 'stage');
      return result;
    },

    async packageArtifact({ specFile, specHash, outDir, code, provenance, attempts, tokens, firstPromptHashes }) {
      const loaded = loadPinned({ specFile, specHash });
      const root = resolve(outDir ?? deps.outDir ?? GENERATED_DIR);
      const target = checkTarget(loaded, root, provenance.generator);
      if (target.status === 'version-conflict') throw ApplicationFailure.create({ message: target.reason, type: 'VersionConflict', nonRetryable: true });
      if (target.status === 'up-to-date') {
        // A retry after a successful write (or a concurrent compile of the same spec): nothing to do.
        const m = target.existing.manifest;
        return { dir: target.existing.dir, artifactHash: m.artifactHash, workflowType: m.workflowType };
      }
      if (target.status === 'released') throw ApplicationFailure.create({ message: target.reason, type: 'VersionConflict', nonRetryable: true });
      let packaged;
      try {
        packaged = writeArtifact({
          loaded,
          code,
          provenance,
          attempts,
          tokens,
          ...(provenance.generator === 'openai-compatible' ? { promptHash: combinedPromptHash(firstPromptHashes) } : {}),
          outDir: root,
        });
      } catch (e) {
        if (e instanceof ReleasedVersionError) throw ApplicationFailure.create({ message: e.message, type: 'VersionConflict', nonRetryable: true });
        throw e;
      }
      deps.logger?.info({ ...logContext(), dir: packaged.dir, artifactHash: packaged.manifest.artifactHash }, 'artifact packaged');
      return { dir: packaged.dir, artifactHash: packaged.manifest.artifactHash, workflowType: packaged.manifest.workflowType };
    },

    async recordRejection({ report, reportsDir }) {
      if (reportsDir === false) return {};
      const dir = resolve(reportsDir ?? deps.reportsDir ?? join(process.cwd(), '.data', 'compile-reports'));
      const info = Context.current().info;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const reportFile = join(dir, `${report.spec}-v${report.specVersion}-${stamp}-${(info.workflowExecution?.workflowId ?? '').slice(-8)}.json`);
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
      } catch (e) {
        // The report is in the workflow result and history anyway; a read-only folder must not fail the compile.
        deps.logger?.warn({ ...logContext(), dir, error: (e as Error).message }, 'rejection report not written');
        return {};
      }
      return { reportFile };
    },
  };
}
