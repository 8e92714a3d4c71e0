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
  /** The failing source line, trimmed, at most 160 characters (also quoted in `message`). */
  source?: string;
  /** The smallest fix the stage can tell, as concrete code or a concrete edit (also stated in `message`). */
  fix?: string;
}

/** Outcome of running one stage over a candidate. */
export type StageResult = {
  stage: Diagnostic['stage'];
  passed: boolean;
  diagnostics: Diagnostic[];
  durationMs: number;
};
