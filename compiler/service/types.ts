// Contract between the compile workflow (workflow code), its activities and the clients that start it.
// Plain data only; the workflow imports this file for types.
import type { Provenance } from '../../contract/bounded-decision';
import type { CompileProgress, CompileReport, GenerateOutcome, GenerateRequest, SlotAttempt, StageName } from '../compile-loop';
import type { TokenUsage } from '../llm-client';
import type { AttemptSummary, SlotCode } from '../package';
import type { Slot } from '../prompt';
import type { StageResult } from '../stages/diagnostics';
import type { SandboxLimits } from '../stages/sandbox';

/** Task queue of the compile worker (compile workflows and their activities). */
export const COMPILER_TASK_QUEUE = 'compiled-ai-compiler';
export const COMPILE_WORKFLOW_TYPE = 'compileSpecWorkflow';

export interface StageOptionsData {
  limits?: SandboxLimits;
  propertyRuns?: number;
}

/** Where candidates come from. The model itself is configured on the compile worker (OPENAI_*, CAI_MODEL). */
export type GeneratorSpec = { kind: 'openai-compatible' } | { kind: 'candidate-file'; files: Record<Slot, string> };

/** A spec as the activities find it: a file on the compile worker, pinned to the hash the client saw. */
export interface SpecRef {
  specFile: string;
  specHash: string;
}

export interface CompileWorkflowInput extends SpecRef {
  spec: string;
  specVersion: number;
  generator: GeneratorSpec;
  maxRegenerations?: number;
  /** Artifact root on the compile worker (absolute); default: its workflows-generated/. */
  outDir?: string;
  /** Folder for rejection reports on the compile worker; false: none. Default .data/compile-reports. */
  reportsDir?: string | false;
  stageOptions?: StageOptionsData;
  /** Retry policy of the model call (Temporal is the only retry layer: the client has maxRetries 0). */
  modelRetry?: { maximumAttempts?: number; initialIntervalMs?: number };
}

/** An attempt as the workflow result reports it (without the candidate code, which is in the history). */
export type AttemptReport = Omit<SlotAttempt, 'code'>;

export type CompileWorkflowResult =
  | { status: 'up-to-date'; spec: string; specVersion: number; dir: string; artifactHash: string }
  | {
      status: 'compiled';
      spec: string;
      specVersion: number;
      dir: string;
      artifactHash: string;
      workflowType: string;
      tokens: TokenUsage;
      provenance: Provenance;
      attempts: AttemptReport[];
    }
  | { status: 'rejected'; spec: string; specVersion: number; report: CompileReport; reportFile?: string }
  | { status: 'error'; spec: string; specVersion: number; reason: string };

/** Search attribute CaiOutcome of a compile workflow. */
export type CompileOutcome = 'COMPILING' | 'COMPILED' | 'REJECTED' | 'UP_TO_DATE' | 'ERROR';

export type CheckSpecResult =
  | { status: 'up-to-date'; dir: string; artifactHash: string }
  | { status: 'needs-compile'; baseProvenance: Provenance }
  | { status: 'error'; reason: string };

export interface PackageInput extends SpecRef {
  outDir?: string;
  code: SlotCode;
  provenance: Provenance;
  attempts: AttemptSummary[];
  tokens: TokenUsage;
  firstPromptHashes: Partial<Record<Slot, string>>;
}

export interface CompileActivities {
  /** Load and check the spec: up to date, a version conflict, an unknown compliance block, no model configured. */
  checkSpec(input: SpecRef & { outDir?: string; generator: GeneratorSpec }): Promise<CheckSpecResult>;
  /** Assemble the prompt (from the spec and the prompt blocks on disk) and ask the generator for one candidate. */
  generateCandidate(input: SpecRef & { generator: GeneratorSpec; request: GenerateRequest }): Promise<GenerateOutcome>;
  /** Run one stage on a candidate. */
  runStage(input: SpecRef & { stage: StageName; slot: Slot; code: string; options?: StageOptionsData }): Promise<StageResult>;
  /** Write the artifact folder and the indexes (writeArtifact). */
  packageArtifact(input: PackageInput): Promise<{ dir: string; artifactHash: string; workflowType: string }>;
  /** Write the rejection report file. */
  recordRejection(input: { report: CompileReport; reportsDir?: string | false }): Promise<{ reportFile?: string }>;
}

/** Starts compile workflows and waits for them (compiler/service/runner.ts); used by `compile --temporal`. */
export interface CompileWorkflowRunner {
  run(
    input: CompileWorkflowInput,
    hooks?: {
      onStarted?: (w: { workflowId: string; runId: string; link?: string }) => void;
      onProgress?: (event: CompileProgress) => void;
    },
  ): Promise<CompileWorkflowResult>;
}
