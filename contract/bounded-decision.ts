// Contract of the bounded-decision template: the types shared by the template (workflow code), the compiled slots
// (decision function, compiled extractor), the activities, the compiler, the worker and the API. Pure types only,
// no imports: workflow code imports this file (type-only), so it must stay free of Node built-ins and side effects.
//
// templates/bounded-decision/types.ts re-exports every name (released artifacts and slot code import them from
// there). The compiler quotes declarations from this file verbatim in prompts (compiler/prompt.ts
// templateTypeDeclarations) and puts it in the syntax stage's in-memory file system: keep each declaration
// self-contained with its doc comment.

/** A value a fact may take. Facts are flat: booleans, numbers, strings, or null when unknown. */
export type FactValue = boolean | number | string | null;

/** The typed facts extracted from a case. Each spec narrows this to its own record type. */
export type Facts = Record<string, FactValue>;

/** Outcomes the compiled decision function may return. */
export type AutoOutcome = 'APPROVED' | 'DENIED';

/** Every status a case can end with; NEEDS_REVIEW waits for a human. */
export type CaseStatus = AutoOutcome | 'NEEDS_REVIEW';

/** What the decision slot returns: an outcome, the rule (by spec id) that fired, and its reason. */
export interface DecisionResult {
  outcome: AutoOutcome;
  ruleId: string;
  reason: string;
}

/** Signature of the decision slot: pure, total, deterministic. */
export type DecideFn<F extends Facts = Facts> = (facts: F) => DecisionResult;

/**
 * What the compiled extractor slot returns.
 * - facts: the typed facts (unknown numbers are null, unknown booleans false).
 * - found: for each fact, whether the text explicitly addressed it (a negated mention counts as found).
 * - uncertain: reasons the extractor could not settle a fact with confidence; non-empty means
 *   "do not decide on these facts alone" (LLM fallback or human review).
 */
export interface ExtractorResult<F extends Facts = Facts> {
  facts: F;
  found: Record<keyof F & string, boolean>;
  uncertain: string[];
  /** Optional: for each fact, the character spans [start, end) of the text it was read from. */
  evidence?: Partial<Record<keyof F & string, Array<[number, number]>>>;
}

/** Signature of the extractor slot: pure, total, deterministic. */
export type ExtractFn<F extends Facts = Facts> = (text: string) => ExtractorResult<F>;

/** A range check on a numeric fact: values outside (exclusive bounds) send the case to review. */
export interface RangeCheck {
  fact: string;
  exclusiveMin?: number;
  exclusiveMax?: number;
  reason: string;
}

/** At least one of these facts must be found, or documentation is insufficient. */
export interface RequireAnyCheck {
  facts: string[];
  reason: string;
}

/** Declarative validation checks from the spec, evaluated in workflow code before deciding. */
export interface ValidationChecks {
  ranges: RangeCheck[];
  requireAnyFound: RequireAnyCheck[];
}

/** Where an artifact's code came from; recorded truthfully in the manifest and the memo. */
export interface Provenance {
  generator: 'openai-compatible' | 'candidate-file' | 'hand-written';
  model?: string;
  /** sha256 of the model weights, when the generator knows them (the embedded local model). */
  weightsSha256?: string;
  candidateFiles?: string[];
  note?: string;
}

/** Identity of one compiled artifact (one spec version), known to workflow code. */
export interface ArtifactInfo {
  spec: string;
  specVersion: number;
  workflowType: string;
  logicVersion: string;
  specHash: string;
  artifactHash: string;
  provenance: Provenance;
  /** Rule texts from the spec, by rule id, so the audit trail can quote the rule that fired. */
  rules: Record<string, string>;
  checks: ValidationChecks;
  review: { slaSeconds: number };
  /** The spec's input field holding the free text, and its size limit. */
  input: { field: string; maxLength: number };
  /** Fact declarations from the spec (for LLM extraction prompts and audit views). */
  facts: FactDeclaration[];
  /** Whether raw (unredacted) text may be sent to an LLM endpoint. */
  llm: { allowPhi: boolean; fallback?: boolean };
}

export interface FactDeclaration {
  name: string;
  type: 'boolean' | 'number' | 'string';
  nullable: boolean;
  unit?: string;
  description: string;
}

/** Input of every bounded-decision workflow: the free text plus optional case metadata. */
export interface CaseInput {
  /** The free-text document (e.g. a chart summary) the facts are extracted from. */
  text: string;
  /** Optional caller reference (never PHI). */
  caseRef?: string;
}

export type ExtractionPath = 'compiled' | 'llm' | 'none';

export interface GateFinding {
  rule: string;
  message: string;
  span: [number, number];
}

export interface PhiFinding {
  type: string;
  span: [number, number];
}

/** Result of the input gate (prompt-injection and PHI screening). */
export interface GateResult {
  injection: boolean;
  score: number;
  findings: GateFinding[];
  phi: PhiFinding[];
}

/** What the extraction activity returns to the workflow. */
/** One sentence's reading of a yes/no fact that differs from the chart's. Values and positions only, never text. */
export interface AlternativeReading {
  fact: string;
  value: boolean;
  span: [number, number];
}

export type ExtractionOutcome<F extends Facts = Facts> =
  | {
      settled: true;
      path: 'compiled' | 'llm';
      facts: F;
      found: Record<string, boolean>;
      notes: string[];
      model?: string;
      tokens?: number;
      /** Character spans each fact was read from (kit-based extractors): positions only, no text. */
      evidence?: Record<string, Array<[number, number]>>;
      /** Sentences that, read alone, state a yes/no fact the other way (activities/conflict.ts). */
      alternatives?: AlternativeReading[];
    }
  | { settled: false; path: ExtractionPath; reasons: string[]; facts?: F; found?: Record<string, boolean>; findings?: GateFinding[] };

export interface ReviewDecision {
  outcome: AutoOutcome;
  reviewer: string;
  note?: string;
}

export type ReviewState = 'none' | 'waiting' | 'escalated' | 'completed';

/** Final result of a case workflow. */
export interface CaseResult {
  status: CaseStatus;
  reason: string;
  /** Which path decided: the compiled rule, or a human reviewer. */
  decidedBy: 'compiled' | 'reviewer';
  ruleId?: string;
  reviewRequested?: { reasons: string[]; at: string };
  review?: ReviewDecision & { at: string };
  escalated?: boolean;
  artifact: { spec: string; specVersion: number; artifactHash: string; logicVersion: string };
  extractionPath: ExtractionPath;
}

/** Answer of the `outcome` update/query: settles as soon as the case is decided or waiting for review. */
export interface CaseProgress {
  phase: 'running' | 'awaiting_review' | 'completed';
  status?: CaseStatus;
  reason?: string;
  /** The rule that fired, when the compiled decision settled the case. */
  ruleId?: string;
  reviewReasons?: string[];
  findings?: GateFinding[];
  reviewState: ReviewState;
}
