// Execution stage: run the candidate in the sandbox on golden inputs plus property-based inputs generated from
// the spec's facts (fast-check, fixed seed), and require a total, well-shaped, deterministic, non-mutating
// result for every one. `decide` is also compared with the spec's own rules (compiler/stages/rule-oracle.ts) on
// systematic inputs: outcome and rule id must be those of the first rule that holds.
// Inputs and outputs are plain data (callable as an activity).
import fc from 'fast-check';
import type { LoadedSpec, Spec } from '../spec';
import { slotExport, type Slot } from '../prompt';
import type { Diagnostic, StageResult } from './diagnostics';
import { describeMismatch, firstMatch, oracleInputs, parseRules, RuleSyntaxError, type ParsedRule } from './rule-oracle';
import { runInSandbox, type CallOutcome, type SandboxLimits } from './sandbox';

export interface ExecutionInput {
  loaded: LoadedSpec;
  slot: Slot;
  code: string;
  limits?: SandboxLimits;
  /** Number of property-based inputs (default 200 for decision, 80 for extractor). */
  propertyRuns?: number;
  /** fast-check seed: fixed so the same candidate always gets the same verdict. */
  seed?: number;
  /** Folder holding the extraction kit and types.ts (default: templates/bounded-decision). For tests. */
  templateDir?: string;
}

export const DEFAULT_SEED = 20240607;
/** Diagnostics kept per rule: enough to fix the code, small enough for a prompt. */
const MAX_PER_RULE = 5;

type FactValue = boolean | number | string | null;
type FactRecord = Record<string, FactValue>;

function diag(rule: string, message: string): Diagnostic {
  return { stage: 'execution', rule, message, line: 0, column: 0 };
}

/** Numbers worth testing for a fact: range bounds, numbers in the rules, and their neighbours. */
export function boundaryNumbers(spec: Spec, fact: Spec['facts'][number]): number[] {
  const values = new Set<number>([0, 1, -1, 0.5, 1e6, -1e6]);
  const add = (n: number) => {
    for (const v of [n, n - 1, n + 1, n - 0.01, n + 0.01]) values.add(Math.round(v * 1e6) / 1e6);
  };
  if (fact.range?.exclusiveMin !== undefined) add(fact.range.exclusiveMin);
  if (fact.range?.exclusiveMax !== undefined) add(fact.range.exclusiveMax);
  for (const rule of spec.rules) {
    if (!rule.when.includes(fact.name)) continue;
    for (const m of rule.when.matchAll(/-?\d+(?:\.\d+)?/g)) add(Number(m[0]));
  }
  return [...values].sort((a, b) => a - b);
}

function factArbitrary(spec: Spec, fact: Spec['facts'][number]): fc.Arbitrary<FactValue> {
  let base: fc.Arbitrary<FactValue>;
  if (fact.type === 'boolean') base = fc.boolean();
  else if (fact.type === 'number')
    base = fc.oneof(
      fc.constantFrom(...boundaryNumbers(spec, fact)),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      fc.integer({ min: -1000, max: 1000 }),
    );
  else base = fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
  return fact.nullable ? fc.oneof(fc.constant(null), base) : base;
}

/** Fact records for `decide`: golden facts, extremes (all null/false, all true/boundary), then random records. */
export function decisionInputs(loaded: LoadedSpec, runs = 200, seed = DEFAULT_SEED): FactRecord[] {
  const { spec } = loaded;
  const full = (partial: FactRecord): FactRecord =>
    Object.fromEntries(spec.facts.map((f) => [f.name, f.name in partial ? partial[f.name]! : f.nullable ? null : f.type === 'boolean' ? false : f.type === 'number' ? 0 : '']));
  const inputs: FactRecord[] = loaded.decisions.map((g) => full(g.facts));
  inputs.push(full({}));
  inputs.push(Object.fromEntries(spec.facts.map((f) => [f.name, f.type === 'boolean' ? true : f.type === 'number' ? 1e6 : 'x'])));
  for (const f of spec.facts)
    if (f.type === 'number') for (const n of boundaryNumbers(spec, f)) inputs.push(full({ ...Object.fromEntries(spec.facts.filter((o) => o.type === 'boolean').map((o) => [o.name, true])), [f.name]: n }));
  const record = fc.record(Object.fromEntries(spec.facts.map((f) => [f.name, factArbitrary(spec, f)])) as Record<string, fc.Arbitrary<FactValue>>);
  inputs.push(...(fc.sample(record, { numRuns: runs, seed }) as FactRecord[]));
  return inputs;
}

/** Texts for `extract`: golden texts, golden texts with noise, edge cases, random unicode, long texts. */
export function extractionInputs(loaded: LoadedSpec, runs = 80, seed = DEFAULT_SEED): string[] {
  const max = loaded.spec.input.maxLength;
  const golden = loaded.extraction.map((g) => g.text);
  const inputs: string[] = [...golden];
  for (const t of golden) inputs.push(t.toUpperCase(), t.toLowerCase(), `  ${t.replace(/ /g, '  ')}\n\n`, t.replace(/\n/g, ' '), `${t}\n${t}`);
  const names = loaded.spec.facts.map((f) => f.name.replace(/_/g, ' '));
  inputs.push(
    '',
    ' ',
    '\n\n\t',
    '0',
    'null',
    'undefined',
    'NaN',
    '{}',
    '__proto__ constructor prototype toString',
    names.join(' '),
    names.map((n) => `${n}: 1e999`).join('\n'),
    names.map((n) => `${n}: -99999999999999999999.5`).join('\n'),
    names.map((n) => `no ${n}, denies ${n}, ${n}? not ruled out`).join('. '),
    '\u0000\u0001\uFFFF\uD800 \u202E emoji 🧪 façade ﬁ',
    '9'.repeat(400),
    '.'.repeat(2000),
  );
  // Long texts at the input size limit: repeated golden text, repeated keywords (regex backtracking), whitespace.
  const fill = (unit: string) => (unit ? unit.repeat(Math.ceil(max / unit.length)).slice(0, max) : '');
  inputs.push(fill(golden.join('\n') || 'word '), fill(`${names.join(' ')} `), fill(' '), fill('a'), fill('1.'));
  const noisy = fc.tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...(golden.length ? golden : [names.join(' ')])), fc.string({ maxLength: 40 })).map(([a, t, b]) => `${a}${t}${b}`);
  const random = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.array(fc.constantFrom(...names, 'no', 'not', 'BMI', 'A1c', '%', ':', '30', '7.5', 'kg', 'lb', 'in', 'cm', '\n', ' '), { maxLength: 60 }).map((w) => w.join(' ')),
    noisy,
  );
  inputs.push(...fc.sample(random, { numRuns: runs, seed }));
  return inputs.map((t) => t.slice(0, max));
}

function preview(input: unknown): string {
  const text = typeof input === 'string' ? JSON.stringify(input.length > 120 ? `${input.slice(0, 120)}…` : input) : JSON.stringify(input);
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return typeof input === 'string' ? `text ${shown} (${input.length} chars)` : `facts ${shown}`;
}

function isTagged(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const k = Object.keys(v);
  if (k.length !== 1) return undefined;
  if (k[0] === '__nonFinite') return `a non-finite number (${(v as { __nonFinite: string }).__nonFinite})`;
  if (k[0] === '__undefined') return 'undefined';
  if (k[0] === '__function') return 'a function';
  if (k[0] === '__bigint') return 'a bigint';
  if (k[0] === '__symbol') return 'a symbol';
  return undefined;
}

/** Problems with a `decide` result, or [] when it is a valid DecisionResult for this spec. */
export function checkDecisionResult(spec: Spec, value: unknown): string[] {
  const tag = isTagged(value);
  if (tag) return [`returned ${tag} instead of { outcome, ruleId, reason }`];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`returned ${JSON.stringify(value)} instead of { outcome, ruleId, reason }`];
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  if (r.outcome !== 'APPROVED' && r.outcome !== 'DENIED') problems.push(`outcome must be "APPROVED" or "DENIED", got ${JSON.stringify(r.outcome)}`);
  const rule = spec.rules.find((x) => x.id === r.ruleId);
  if (!rule) problems.push(`ruleId must be one of ${spec.rules.map((x) => x.id).join(', ')}, got ${JSON.stringify(r.ruleId)}`);
  else if (rule.outcome !== r.outcome) problems.push(`rule ${rule.id} has outcome ${rule.outcome} in the spec, but the result says ${JSON.stringify(r.outcome)}`);
  if (typeof r.reason !== 'string' || !r.reason.trim()) problems.push(`reason must be a non-empty string, got ${JSON.stringify(r.reason)}`);
  const extra = Object.keys(r).filter((k) => !['outcome', 'ruleId', 'reason'].includes(k));
  if (extra.length) problems.push(`unexpected keys ${extra.join(', ')} (return exactly outcome, ruleId, reason)`);
  return problems;
}

/** Problems with an `extract` result, or [] when it is a valid ExtractorResult for this spec. */
export function checkExtractorResult(spec: Spec, value: unknown): string[] {
  const tag = isTagged(value);
  if (tag) return [`returned ${tag} instead of { facts, found, uncertain }`];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`returned ${JSON.stringify(value)} instead of { facts, found, uncertain }`];
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  const facts = r.facts as Record<string, unknown> | undefined;
  const found = r.found as Record<string, unknown> | undefined;
  if (!facts || typeof facts !== 'object' || Array.isArray(facts)) problems.push('facts must be an object with every declared fact');
  else {
    for (const f of spec.facts) {
      const v = facts[f.name];
      const t = isTagged(v);
      if (!(f.name in facts)) problems.push(`facts.${f.name} is missing`);
      else if (t) problems.push(`facts.${f.name} is ${t}`);
      else if (v === null ? !f.nullable : typeof v !== f.type)
        problems.push(`facts.${f.name} must be ${f.nullable ? `${f.type} or null` : f.type}, got ${JSON.stringify(v)}`);
    }
    const extra = Object.keys(facts).filter((k) => !spec.facts.some((f) => f.name === k));
    if (extra.length) problems.push(`facts has undeclared keys ${extra.join(', ')}`);
  }
  if (!found || typeof found !== 'object' || Array.isArray(found)) problems.push('found must be an object with a boolean for every declared fact');
  else
    for (const f of spec.facts)
      if (typeof found[f.name] !== 'boolean') problems.push(`found.${f.name} must be a boolean, got ${JSON.stringify(found[f.name]) ?? 'undefined'}`);
  if (!Array.isArray(r.uncertain) || r.uncertain.some((u) => typeof u !== 'string' || isTagged(u)))
    problems.push('uncertain must be an array of strings');
  return problems;
}

/** Turn sandbox call outcomes into diagnostics, given a result checker. */
export function callDiagnostics(calls: CallOutcome[], inputs: unknown[], exportName: string, check: (v: unknown) => string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const counts = new Map<string, number>();
  const push = (rule: string, message: string) => {
    const n = counts.get(rule) ?? 0;
    counts.set(rule, n + 1);
    if (n < MAX_PER_RULE) out.push(diag(rule, message));
  };
  for (const c of calls) {
    const input = inputs[c.index];
    if (!c.ok) {
      if (c.timeout) push('timeout', `${exportName} did not finish within the time limit (${c.error}) for ${preview(input)}; remove unbounded loops and backtracking-prone regular expressions`);
      else push('throws', `${exportName} threw ${c.error} for ${preview(input)}; it must return a valid result for every input`);
      continue;
    }
    const problems = check(c.value);
    if (problems.length) push('invalid-result', `${exportName} returned an invalid result for ${preview(input)}: ${problems.join('; ')}`);
    if (c.repeatedJson !== undefined && c.repeatedJson !== c.json)
      push('nondeterministic', `${exportName} returned different results for the same input (${preview(input)}): ${c.json.slice(0, 200)} then ${c.repeatedJson.slice(0, 200)}; remove randomness, time and state kept between calls`);
    if (c.mutated) push('mutates-input', `${exportName} modified its input (${preview(input)}); treat the input as read-only`);
  }
  for (const [rule, n] of counts)
    if (n > MAX_PER_RULE) out.push(diag(rule, `… and ${n - MAX_PER_RULE} more ${rule} problem(s) of the same kind`));
  return out;
}

/** Disagreements with the rule oracle shown per stage run (a summary plus examples; they feed a small prompt). */
const MAX_ORACLE_EXAMPLES = 4;

export type RuleOracle = { rules: ParsedRule[]; inputs: FactRecord[] } | { skipped: string };

/**
 * The spec's rules as an oracle for `decide`, with its systematic inputs. Skipped (no oracle) when a rule cannot
 * be parsed, or when the rules disagree with a decision golden: the goldens are then the authority (the
 * accuracy stage checks them) and a candidate must not be pulled two ways.
 */
export function ruleOracle(loaded: LoadedSpec, maxInputs?: number): RuleOracle {
  let rules: ParsedRule[];
  try {
    rules = parseRules(loaded.spec);
  } catch (e) {
    if (e instanceof RuleSyntaxError) return { skipped: e.message };
    throw e;
  }
  for (const g of loaded.decisions) {
    const r = firstMatch(rules, g.facts);
    if (!r || r.outcome !== g.expected || (g.ruleId !== undefined && r.id !== g.ruleId))
      return { skipped: `golden ${g.id} expects ${g.expected}${g.ruleId ? ` (${g.ruleId})` : ''}, the rules give ${r ? `${r.outcome} (${r.id})` : 'no rule'}` };
  }
  return { rules, inputs: oracleInputs(loaded.spec, rules, maxInputs) };
}

/** Diagnostics for calls (indices from `offset`) whose outcome or rule id differs from the oracle's. */
export function oracleDiagnostics(spec: Spec, oracle: { rules: ParsedRule[]; inputs: FactRecord[] }, calls: CallOutcome[], offset: number): Diagnostic[] {
  const groups = new Map<string, { facts: FactRecord; got: { outcome: unknown; ruleId: unknown } }[]>();
  let checked = 0;
  let mismatched = 0;
  for (const c of calls) {
    if (c.index < offset || !c.ok) continue;
    const facts = oracle.inputs[c.index - offset];
    if (!facts || checkDecisionResult(spec, c.value).length) continue; // already reported as invalid-result
    checked++;
    const got = c.value as { outcome: unknown; ruleId: unknown };
    const expected = firstMatch(oracle.rules, facts);
    if (!expected || (got.outcome === expected.outcome && got.ruleId === expected.id)) continue;
    mismatched++;
    const key = `${expected.id} <- ${String(got.ruleId)}`;
    const list = groups.get(key) ?? [];
    list.push({ facts, got });
    groups.set(key, list);
  }
  if (mismatched === 0) return [];
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const kinds = ordered.map(([key, list]) => {
    const [exp, got] = key.split(' <- ');
    return `${list.length}× expected ${exp} but got ${got}`;
  });
  const out: Diagnostic[] = [
    diag(
      'rule-mismatch',
      `decide disagrees with the spec's rules on ${mismatched} of ${checked} systematic inputs (every combination of the boolean facts, null for nullable facts, values around each number in the rules and from the ranges): ${kinds.join('; ')}. Implement the rules exactly, in order (the first rule that matches decides); a null or missing value never meets a criterion.`,
    ),
  ];
  // One example per kind of disagreement (the plainest: fewest fractional numbers), then a second one of the
  // most frequent kinds, at most MAX_ORACLE_EXAMPLES in all.
  const plainness = (f: FactRecord) => Object.values(f).filter((v) => typeof v === 'number' && !Number.isInteger(v)).length;
  const examples = ordered.map(([, list]) => [...list].sort((a, b) => plainness(a.facts) - plainness(b.facts)));
  for (let round = 0; round < 2; round++)
    for (const list of examples) {
      const m = round === 0 ? list[0] : list.length > 1 ? list[Math.max(1, Math.floor((list.length - 1) / 2))] : undefined;
      if (m && out.length <= MAX_ORACLE_EXAMPLES) out.push(diag('rule-mismatch', describeMismatch(oracle.rules, m.facts, m.got)));
    }
  return out;
}

/** Run the execution stage on one candidate. Never throws. */
export async function runExecutionStage(input: ExecutionInput): Promise<StageResult> {
  const started = performance.now();
  const { loaded, slot, code } = input;
  const exportName = slotExport(slot);
  let diagnostics: Diagnostic[];
  try {
    const inputs: unknown[] =
      slot === 'decision'
        ? decisionInputs(loaded, input.propertyRuns ?? 200, input.seed ?? DEFAULT_SEED)
        : extractionInputs(loaded, input.propertyRuns ?? 80, input.seed ?? DEFAULT_SEED);
    const oracle = slot === 'decision' ? ruleOracle(loaded) : undefined;
    const offset = inputs.length;
    if (oracle && 'rules' in oracle) inputs.push(...oracle.inputs);
    const run = await runInSandbox(code, exportName, inputs, input.limits, input.templateDir ? { templateDir: input.templateDir } : {});
    const check = slot === 'decision' ? (v: unknown) => checkDecisionResult(loaded.spec, v) : (v: unknown) => checkExtractorResult(loaded.spec, v);
    diagnostics = callDiagnostics(run.calls, inputs, exportName, check);
    if (oracle && 'rules' in oracle) diagnostics.push(...oracleDiagnostics(loaded.spec, oracle, run.calls, offset));
    if (!run.ok) diagnostics.unshift(diag(run.kind, run.message));
    else if (run.calls.length < inputs.length && !diagnostics.some((d) => d.rule === 'timeout'))
      diagnostics.push(diag('incomplete', `only ${run.calls.length} of ${inputs.length} inputs were run`));
  } catch (e) {
    diagnostics = [diag('internal-error', `the execution stage failed: ${(e as Error).message}`)];
  }
  return { stage: 'execution', passed: diagnostics.length === 0, diagnostics, durationMs: Math.round(performance.now() - started) };
}
