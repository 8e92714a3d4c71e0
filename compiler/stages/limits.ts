// Size limits of slot code, shared by the syntax stage (which enforces them) and the prompt (which states them).
import type { Slot } from '../prompt';

/** Cyclomatic complexity per function. */
export const COMPLEXITY_LIMITS: Record<Slot, number> = { decision: 15, extractor: 25 };

/** Lines of code per slot file: a decision stays a short table; an extractor carries pattern tables. */
export const MAX_LINES: Record<Slot, number> = { decision: 200, extractor: 650 };
