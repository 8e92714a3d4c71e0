// Compile one function-call spec: the model writes checked synthetic examples, then the regeneration loop
// (compiler/compile-loop.ts, the same loop as the bounded-decision slots) asks it for `parse` until a candidate
// passes all four stages or the limit is reached. Writes nothing: the caller packages a success.
import type { Provenance } from '../../contract/bounded-decision';
import type { ToolSchema } from '../../contract/function-call';
import { addUsage, DEFAULT_MAX_REGENERATIONS, runCompileLoop, summarizeAttempt, type CompileProgress, type CompileReport, type SlotAttempt } from '../compile-loop';
import { ModelOutputError, ModelUnavailableError, samplingForAttempt, type ModelClient, type TokenUsage } from '../llm-client';
import type { AttemptSummary } from '../package';
import type { SandboxLimits } from '../stages/sandbox';
import { generateExamples, type ExamplesOutcome, type ToolExample } from './examples';
import { assembleToolPrompt } from './prompt';
import { toolOf, type LoadedToolSpec } from './spec';
import { runToolStage } from './stages';

export type ToolSlot = 'parse';

export interface ToolCompileOptions {
  client: ModelClient;
  /** Provenance of what the client produces (e.g. the embedded model's weights hash). */
  weightsSha256?: string;
  maxRegenerations?: number;
  limits?: SandboxLimits;
  onProgress?: (event: CompileProgress<ToolSlot> | { type: 'examples'; accepted: number; rejected: number; tokens: TokenUsage }) => void;
  /** Use these examples instead of asking the model (a recompile of a packaged version; tests). */
  examples?: readonly ToolExample[];
}

export type ToolCompileResult =
  | { success: true; code: string; examples: ToolExample[]; provenance: Provenance; attempts: AttemptSummary[]; rawAttempts: SlotAttempt<ToolSlot>[]; tokens: TokenUsage; examplesTokens: TokenUsage; promptHash: string }
  | { success: false; report: CompileReport<ToolSlot> & { examples?: Pick<ExamplesOutcome, 'rejected' | 'calls'> & { accepted: number } }; examplesTokens: TokenUsage };

const ZERO: TokenUsage = { prompt: 0, completion: 0, total: 0 };

/** The least number of checked examples a compile needs. */
export const MIN_EXAMPLES = 3;

export async function compileTool(loaded: LoadedToolSpec, options: ToolCompileOptions): Promise<ToolCompileResult> {
  const { spec } = loaded;
  const tool: ToolSchema = toolOf(spec);
  const models = new Set<string>();
  const provenance = (): Provenance => ({
    generator: 'openai-compatible',
    model: models.size ? [...models].sort().join(', ') : options.client.model,
    ...(options.weightsSha256 ? { weightsSha256: options.weightsSha256 } : {}),
  });
  const reportBase = { spec: spec.name, specVersion: spec.version, specHash: loaded.specHash, maxRegenerations: options.maxRegenerations ?? DEFAULT_MAX_REGENERATIONS };

  let examples: ToolExample[];
  let examplesTokens = ZERO;
  if (options.examples) examples = [...options.examples];
  else {
    let outcome: ExamplesOutcome;
    try {
      outcome = await generateExamples(options.client, tool, spec.examples.count, MIN_EXAMPLES);
    } catch (e) {
      const why = e instanceof ModelUnavailableError || e instanceof ModelOutputError ? `example generation: ${e.message}` : `example generation failed: ${(e as Error).message}`;
      // A cut-off or malformed answer still cost its tokens.
      examplesTokens = e instanceof ModelOutputError && e.usage ? e.usage : ZERO;
      return { success: false, report: { ...reportBase, reason: why, provenance: provenance(), attempts: [], tokens: examplesTokens }, examplesTokens };
    }
    if (outcome.model) models.add(outcome.model);
    examplesTokens = outcome.usage;
    options.onProgress?.({ type: 'examples', accepted: outcome.examples.length, rejected: outcome.rejected.length, tokens: outcome.usage });
    examples = outcome.examples;
    if (examples.length < MIN_EXAMPLES)
      return {
        success: false,
        report: {
          ...reportBase,
          reason: `only ${examples.length} of the model's examples passed the checks (needs ${MIN_EXAMPLES}); the tool's description may be too thin to write requests from`,
          provenance: provenance(),
          attempts: [],
          tokens: examplesTokens,
          examples: { accepted: examples.length, rejected: outcome.rejected, calls: outcome.calls },
        },
        examplesTokens,
      };
  }

  const firstPrompt = assembleToolPrompt(tool, examples);
  const result = await runCompileLoop<ToolSlot>(
    { spec: { name: spec.name, version: spec.version, specHash: loaded.specHash }, slots: ['parse'], ...(options.maxRegenerations !== undefined ? { maxRegenerations: options.maxRegenerations } : {}) },
    {
      canRegenerate: true,
      baseProvenance: provenance(),
      async generate(request) {
        const prompt = request.attempt === 1 ? firstPrompt : assembleToolPrompt(tool, examples, request.feedback, request.previousCode);
        try {
          const answer = await options.client.complete({ system: prompt.system, user: prompt.user }, samplingForAttempt(request.attempt));
          models.add(answer.model);
          return { status: 'generated', promptHash: prompt.promptHash, code: answer.code, rationale: answer.rationale, usage: answer.usage, model: answer.model, provenance: provenance() };
        } catch (e) {
          if (e instanceof ModelOutputError) return { status: 'bad-output', promptHash: prompt.promptHash, kind: e.kind, message: e.message, ...(e.usage ? { usage: e.usage } : {}) };
          if (e instanceof ModelUnavailableError) return { status: 'failed', message: `model unavailable: ${e.message}` };
          return { status: 'failed', message: `candidate generation failed: ${(e as Error).message}` };
        }
      },
      runStage: (stage, _slot, code) => runToolStage(stage, { tool, code, examples, threshold: spec.examples.threshold, ...(options.limits ? { limits: options.limits } : {}) }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  if (!result.success) return { success: false, report: { ...result.report, tokens: addUsage(result.report.tokens, examplesTokens) }, examplesTokens };
  return {
    success: true,
    code: result.code.parse,
    examples,
    provenance: result.provenance,
    attempts: result.attempts.map(summarizeAttempt),
    rawAttempts: result.attempts,
    tokens: addUsage(result.tokens, examplesTokens),
    examplesTokens,
    promptHash: firstPrompt.promptHash,
  };
}
