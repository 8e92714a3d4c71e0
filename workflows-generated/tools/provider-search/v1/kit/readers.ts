// Readers that tie a value to a parameter: the number next to a cue word, and the call / no-call results.
// Pure and deterministic (runs in workflow code).
import type { ArgValue, NoCall, ToolCall } from '../types';
import { numbers, type NumberHit } from './numbers';
import { cueSpans } from './text';

/**
 * The number written next to a cue: the first number after the cue within `window` words ("a base of 10", "base
 * = 10", "base: 10") or the number right before it within two words ("10 cm base", "60 heads"), whichever is
 * closer; the first cue occurrence that has one decides.
 */
export function numberNear(query: string, cues: readonly string[], options: { window?: number; integer?: boolean } = {}): number | undefined {
  const window = options.window ?? 4;
  const hits = numbers(query).filter((h) => !options.integer || h.integer);
  const wordsBetween = (a: number, b: number): number => query.slice(a, b).split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  for (const span of cueSpans(query, cues)) {
    const after = hits.find((h: NumberHit) => h.start >= span.end && wordsBetween(span.end, h.start) <= window);
    const before = [...hits].reverse().find((h: NumberHit) => h.end <= span.start && wordsBetween(h.end, span.start) <= 2);
    // The closer one wins ("100 times with probability 0.5": 100 for "times"); a tie goes to the number after.
    if (after && (!before || wordsBetween(span.end, after.start) <= wordsBetween(before.end, span.start))) return after.value;
    if (before) return before.value;
  }
  return undefined;
}

/** A call of the tool. Arguments that are undefined are left out (an optional parameter the query does not give). */
export function call(name: string, args: Record<string, ArgValue | undefined>): ToolCall {
  const out: Record<string, ArgValue> = {};
  for (const key of Object.keys(args)) {
    const v = args[key];
    if (v !== undefined) out[key] = v;
  }
  return { kind: 'call', name, arguments: out };
}

/** No call: the query lacks something the tool needs (the template sends it to the fallback). */
export function noCall(reason: string): NoCall {
  return { kind: 'no-call', reason };
}

/** The names of required arguments that are missing (undefined, or an empty string or list). */
export function missing(args: Record<string, ArgValue | undefined>): string[] {
  return Object.keys(args).filter((k) => {
    const v = args[k];
    return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  });
}
