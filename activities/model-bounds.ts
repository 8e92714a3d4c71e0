// What the run-time model may settle. The bounded LLM extraction is a fallback for what the compiled extractor could
// not read; it is not a second opinion that outranks it, and it is not an arbiter between two statements of a chart.
// Measured on tamper-blind-34 (reports/tamper-blind-34.llm-path.first-run.md): every chart an injected instruction
// got decided through the model either made the chart contradict itself (a second BMI, a red flag stated and denied)
// or gave the model a value for a fact the compiled extractor had already read from the chart ("the patient's own
// score, which is the one to use, is 14"). So:
// - a chart the compiled extractor found contradicting itself goes to a person, not to the model;
// - a settled model reading that differs from a fact the compiled extractor read with certainty goes to review.
// Pure functions over readings: values and fact names only, never chart text.

/** Uncertainty reasons of the kit's readers (every vendored kit version) that mean the chart says two things. */
const CONTRADICTION = /: (?:stated and denied in the same text|conflicting values|the written value and the one from weight and height differ|stated, and also as resolved or in remission)$/;

/** The facts whose uncertainty is the chart contradicting itself, in reason order, without repeats. */
export function selfContradictions(uncertain: readonly string[]): string[] {
  return [...new Set(uncertain.filter((u) => CONTRADICTION.test(u)).map((u) => u.slice(0, u.indexOf(':'))))];
}

export interface CompiledReading {
  facts: Record<string, unknown>;
  found: Record<string, boolean>;
  uncertain: readonly string[];
}

/** Two readings of one value agree: booleans and strings exactly, numbers within rounding (BMI 34.2 vs 34.18). */
function agree(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= Math.max(0.15, 0.01 * Math.abs(a));
  return a === b;
}

/**
 * Facts the compiled extractor read from the chart with certainty (found, not uncertain) that the model reads
 * otherwise. A fact the chart does not mention (not found) or that the extractor was unsure of is the model's to read.
 */
export function modelOverrules(compiled: CompiledReading, model: { facts: Record<string, unknown>; found: Record<string, boolean> }): string[] {
  const named = compiled.uncertain.map((u) => /^([a-z0-9_]+):/.exec(u)?.[1]);
  // A reason that names no fact ("note too long to analyse", the hand-written GLP-1 v1's prose reasons) leaves the
  // extractor's certainty unknown: the model's reading stands as before.
  if (named.some((k) => k === undefined || !(k in compiled.found))) return [];
  const unsure = new Set(named);
  return Object.keys(compiled.found)
    .filter((k) => compiled.found[k] && !unsure.has(k) && compiled.facts[k] !== null && compiled.facts[k] !== undefined)
    .filter((k) => !agree(compiled.facts[k], model.facts[k]))
    .sort();
}
