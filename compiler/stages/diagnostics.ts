// Shared diagnostic shapes for the compile pipeline's stages (security, syntax, execution, accuracy).

/** One problem found by a stage, located in the candidate source (1-based line and column). */
export interface Diagnostic {
  stage: 'security' | 'syntax' | 'execution' | 'accuracy';
  /** Stable kebab-case rule id, e.g. `no-eval`. */
  rule: string;
  /** What is wrong and how to fix it. */
  message: string;
  line: number;
  column: number;
}

/** Outcome of running one stage over a candidate. */
export type StageResult = {
  stage: Diagnostic['stage'];
  passed: boolean;
  diagnostics: Diagnostic[];
  durationMs: number;
};
