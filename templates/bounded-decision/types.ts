// Types of the bounded-decision template, declared in the contract (contract/bounded-decision.ts) and re-exported
// here under their historical path: released artifacts (workflows-generated/), slot code, candidates and the
// extraction kit import `../../../templates/bounded-decision/types`, so every name stays exported from this file.
// Type-only: workflow code imports it, and nothing here loads at run time.
export type {
  FactValue,
  Facts,
  AutoOutcome,
  CaseStatus,
  DecisionResult,
  DecideFn,
  ExtractorResult,
  ExtractFn,
  RangeCheck,
  RequireAnyCheck,
  ValidationChecks,
  Provenance,
  ArtifactInfo,
  FactDeclaration,
  CaseInput,
  ExtractionPath,
  GateFinding,
  PhiFinding,
  GateResult,
  ExtractionOutcome,
  ReviewDecision,
  ReviewState,
  CaseResult,
  CaseProgress,
} from '../../contract/bounded-decision';
