// Accuracy stage: the candidate must reproduce the spec's golden cases. Decision goldens (facts → outcome and,
// when given, ruleId) must meet spec.golden.threshold; extraction goldens (text → facts, a case the extractor
// marks uncertain is a miss) must meet spec.golden.extractionThreshold. Runs in the same sandbox as execution.
import { goldenFiles, type DecisionGolden, type ExtractionGolden, type LoadedSpec } from '../spec';
import { slotExport, type Slot } from '../prompt';
import type { Diagnostic, StageResult } from './diagnostics';
import { extractionHints } from './extraction-hints';
import { runInSandbox, type SandboxLimits } from './sandbox';

export interface AccuracyInput {
  loaded: LoadedSpec;
  slot: Slot;
  code: string;
  limits?: SandboxLimits;
  /** Folder holding the extraction kit and types.ts (default: templates/bounded-decision). For tests. */
  templateDir?: string;
}

/** Absolute tolerance for numeric facts (values computed from other values, e.g. BMI from weight and height). */
export const NUMBER_TOLERANCE = 0.05;
const MAX_MISSES_SHOWN = 10;
const MAX_MISSES_WITH_HINTS = 3;

function diag(rule: string, message: string): Diagnostic {
  return { stage: 'accuracy', rule, message, line: 0, column: 0 };
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > 160 ? `${t.slice(0, 160)}…` : t);
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) <= NUMBER_TOLERANCE;
  return expected === actual;
}

/** Why a decision result misses a golden, or undefined when it matches. */
export function decisionMiss(g: DecisionGolden, value: unknown): string | undefined {
  const r = (value ?? {}) as { outcome?: unknown; ruleId?: unknown };
  const got = `${String(r.outcome)} (${String(r.ruleId)})`;
  if (r.outcome !== g.expected || (g.ruleId !== undefined && r.ruleId !== g.ruleId))
    return `golden ${g.id}: facts ${JSON.stringify(g.facts)} expected ${g.expected}${g.ruleId ? ` (${g.ruleId})` : ''}, got ${got}`;
  return undefined;
}

/** Why an extraction result misses a golden, or undefined when it matches. */
export function extractionMiss(g: ExtractionGolden, value: unknown): string | undefined {
  const r = (value ?? {}) as { facts?: Record<string, unknown>; found?: Record<string, unknown>; uncertain?: unknown };
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(g.facts)) {
    const actual = r.facts?.[name];
    if (!sameValue(expected, actual)) problems.push(`${name} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual) ?? 'undefined'}`);
  }
  for (const name of g.found ?? []) if (r.found?.[name] !== true) problems.push(`found.${name} expected true`);
  if (Array.isArray(r.uncertain) && r.uncertain.length) problems.push(`marked uncertain (${r.uncertain.map(String).join('; ')}), which counts as a miss`);
  return problems.length ? `golden ${g.id}: text ${excerpt(g.text)}: ${problems.join('; ')}` : undefined;
}

/** Run the accuracy stage on one candidate. Never throws. */
export async function runAccuracyStage(input: AccuracyInput): Promise<StageResult> {
  const started = performance.now();
  const { loaded, slot, code } = input;
  const { spec } = loaded;
  const diagnostics: Diagnostic[] = [];
  let passed = false;
  try {
    const goldens: (DecisionGolden | ExtractionGolden)[] = slot === 'decision' ? loaded.decisions : loaded.extraction;
    const threshold = slot === 'decision' ? spec.golden.threshold : spec.golden.extractionThreshold;
    const kind = slot === 'decision' ? 'decision' : 'extraction';
    if (goldens.length === 0) {
      passed = threshold === 0;
      if (!passed)
        diagnostics.push(
          diag('no-goldens', `the spec has no ${kind} golden cases (${slot === 'decision' ? spec.golden.decisions : goldenFiles(spec).join(', ')}); add some, the ${slot} cannot be accepted without them`),
        );
    } else {
      const inputs = goldens.map((g) => ('text' in g ? g.text : g.facts));
      const run = await runInSandbox(code, slotExport(slot), inputs, { ...input.limits, repeat: false }, input.templateDir ? { templateDir: input.templateDir } : {});
      if (!run.ok) diagnostics.push(diag(run.kind, run.message));
      const misses: string[] = [];
      let hits = 0;
      goldens.forEach((g, i) => {
        const call = run.calls.find((c) => c.index === i);
        let miss: string | undefined;
        if (!call) miss = `golden ${g.id}: not run`;
        else if (!call.ok) miss = `golden ${g.id}: ${slotExport(slot)} failed (${call.error})`;
        else miss = slot === 'decision' ? decisionMiss(g as DecisionGolden, call.value) : extractionMiss(g as ExtractionGolden, call.value);
        if (miss) misses.push(miss);
        else hits++;
      });
      const score = hits / goldens.length;
      passed = run.ok && score >= threshold;
      const summary = `${hits}/${goldens.length} ${kind} golden cases correct (${(score * 100).toFixed(1)}%), threshold ${(threshold * 100).toFixed(1)}%`;
      if (misses.length) {
        diagnostics.push(diag(passed ? 'golden-summary' : 'below-threshold', summary));
        if (slot === 'extractor' && !passed) {
          const results = goldens.map((_, i) => {
            const call = run.calls.find((c) => c.index === i);
            return call?.ok ? (call.value as { facts?: Record<string, unknown>; evidence?: Record<string, Array<[number, number]>> }) : undefined;
          });
          const descriptions = Object.fromEntries(spec.facts.map((f) => [f.name, f.description]));
          for (const hint of extractionHints(goldens as ExtractionGolden[], results, descriptions)) diagnostics.push(diag('extraction-fact-hint', hint));
        }
        // With per-fact hints, a few raw mismatches are enough (a small model drowns in a long list).
        const shown = diagnostics.some((d) => d.rule === 'extraction-fact-hint') ? MAX_MISSES_WITH_HINTS : MAX_MISSES_SHOWN;
        for (const m of misses.slice(0, shown)) diagnostics.push(diag(`${kind}-golden-mismatch`, m));
        if (misses.length > shown) diagnostics.push(diag(`${kind}-golden-mismatch`, `… and ${misses.length - shown} more`));
      }
    }
  } catch (e) {
    diagnostics.push(diag('internal-error', `the accuracy stage failed: ${(e as Error).message}`));
    passed = false;
  }
  return { stage: 'accuracy', passed, diagnostics, durationMs: Math.round(performance.now() - started) };
}
