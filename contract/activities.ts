// Activity contract of the bounded-decision template: what workflow code calls (activities/ implements it) and
// the audit records the worker, the API and the drift report read. Workflow code imports these *types* only.
import type {
  CaseStatus,
  ExtractionOutcome,
  Facts,
  GateFinding,
  GateResult,
  ReviewDecision,
} from './bounded-decision';

export interface TextRequest {
  /** `<spec>@v<version>`: which compiled artifact's extractor and schema apply. */
  artifactId: string;
  text: string;
}

/** Gate result plus a digest of the input, so audit records can name the input without holding it. */
export type ScreenResult = GateResult & { inputDigest: string; length: number };

/** Result of the compiled extractor, plus whether an LLM fallback may be tried. */
export type CompiledExtraction = ExtractionOutcome & { llmAvailable: boolean };

export type AuditKind = 'decision' | 'review-requested' | 'escalated' | 'review-decision';

/** One audit record. Holds digests and rule ids, never chart text or fact values. */
export interface AuditRecord {
  kind: AuditKind;
  workflowId: string;
  runId: string;
  artifactId: string;
  artifactHash: string;
  logicVersion: string;
  inputDigest: string;
  status: CaseStatus;
  reason: string;
  ruleId?: string;
  extractionPath: string;
  /** Model and token count when a bounded LLM extraction settled the facts. */
  llm?: { model?: string; tokens?: number };
  factsFound?: string[];
  gate?: { injection: boolean; score: number; rules: string[] };
  review?: ReviewDecision;
  at: string;
}

export interface EscalationRequest {
  workflowId: string;
  artifactId: string;
  waitingSince: string;
  slaSeconds: number;
  reasons: string[];
  findings: GateFinding[];
}

export interface BoundedDecisionActivities {
  /** Input gate: prompt-injection and PHI screening (local activity: fast, CPU only). */
  screenInput(req: TextRequest): Promise<ScreenResult>;
  /** Compiled extractor of the artifact (local activity: deterministic code). */
  extractCompiled(req: TextRequest): Promise<CompiledExtraction>;
  /** Bounded LLM extraction; throws on endpoint or schema failure so the retry policy applies. */
  extractWithLlm(req: TextRequest): Promise<ExtractionOutcome<Facts>>;
  /** Append an audit record; idempotent per (workflowId, runId, kind). */
  /** Returns the record too: as a local activity its input is not in history, its result is. */
  recordAudit(record: AuditRecord): Promise<{ recordId: string; created: boolean; record: AuditRecord }>;
  /** Notify the escalation channel that a review passed its SLA. */
  escalateReview(req: EscalationRequest): Promise<void>;
}
