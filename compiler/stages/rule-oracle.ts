// The spec's own `rules` as an independent oracle for `decide`: each `when` expression is parsed once and
// evaluated on fact records, and the first rule that holds gives the expected outcome and rule id.
//
// Grammar of `when` (keywords case-insensitive):
//   when     := 'otherwise' | or
//   or       := and ( ('OR' | '||') and )*
//   and      := not ( ('AND' | '&&') not )*
//   not      := ('NOT' | '!') not | primary
//   primary  := '(' or ')' | operand ( cmp operand )?
//   cmp      := '>=' | '>' | '<=' | '<' | '==' | '=' | '!=' | '<>'
//   operand  := fact name | number | 'true' | 'false' | 'quoted string'
// A bare operand must be a boolean fact. Comparisons need a fact on at least one side; `<`, `>`, ... compare
// numbers, `==` / `!=` compare a fact with a literal (or fact) of its own type.
//
// Semantics: "a missing value never meets a criterion". A criterion (a bare fact, a comparison) on a null or
// missing value is *unknown*, and NOT/AND/OR follow three-valued (Kleene) logic: NOT unknown is unknown, so a
// missing value never satisfies a negated criterion either. A rule holds only when its expression is true.
import type { Spec } from '../spec';

export type FactValue = boolean | number | string | null;
export type FactRecord = Record<string, FactValue>;
type Truth = boolean | null; // null: unknown (a missing value)

type CmpOp = '>=' | '>' | '<=' | '<' | '==' | '!=';
type Operand = { kind: 'fact'; name: string } | { kind: 'literal'; value: boolean | number | string };

export type RuleExpr =
  | { kind: 'otherwise' }
  | { kind: 'fact'; name: string; text: string }
  | { kind: 'compare'; op: CmpOp; left: Operand; right: Operand; text: string }
  | { kind: 'not'; expr: RuleExpr; text: string }
  | { kind: 'and' | 'or'; items: RuleExpr[]; text: string };

export interface ParsedRule {
  index: number;
  id: string;
  when: string;
  outcome: 'APPROVED' | 'DENIED';
  expr: RuleExpr;
}

/** A `when` expression the oracle cannot use (syntax, unknown fact, type mismatch). */
export class RuleSyntaxError extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(`rule ${ruleId}: ${message}`);
    this.name = 'RuleSyntaxError';
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing

type Token =
  | { t: 'num'; v: number; s: string }
  | { t: 'str'; v: string; s: string }
  | { t: 'id'; v: string; s: string }
  | { t: 'op'; v: string; s: string };

function tokenize(text: string, ruleId: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const prevIsOperand = () => {
    const p = out[out.length - 1];
    return !!p && (p.t === 'num' || p.t === 'str' || (p.t === 'id' && !/^(and|or|not)$/i.test(p.v)) || (p.t === 'op' && p.v === ')'));
  };
  while (i < text.length) {
    const rest = text.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const num = (prevIsOperand() ? /^\d+(?:\.\d+)?(?:e[+-]?\d+)?/i : /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/i).exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]), s: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (id) {
      out.push({ t: 'id', v: id[0], s: id[0] });
      i += id[0].length;
      continue;
    }
    const str = /^'([^']*)'|^"([^"]*)"/.exec(rest);
    if (str) {
      out.push({ t: 'str', v: str[1] ?? str[2] ?? '', s: str[0] });
      i += str[0].length;
      continue;
    }
    const op = /^(>=|<=|==|!=|<>|&&|\|\||[<>=!()])/.exec(rest);
    if (op) {
      out.push({ t: 'op', v: op[0], s: op[0] });
      i += op[0].length;
      continue;
    }
    throw new RuleSyntaxError(ruleId, `unexpected character '${rest[0]}' at position ${i + 1} of \`${text}\``);
  }
  return out;
}

const CMP: Record<string, CmpOp> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<', '==': '==', '=': '==', '!=': '!=', '<>': '!=' };

function operandText(o: Operand): string {
  return o.kind === 'fact' ? o.name : typeof o.value === 'string' ? `'${o.value}'` : String(o.value);
}

function exprText(e: RuleExpr): string {
  return e.kind === 'otherwise' ? 'otherwise' : e.text;
}

/** Parse one `when` expression against the spec's facts. Throws RuleSyntaxError. */
export function parseWhen(when: string, facts: Spec['facts'], ruleId = '?'): RuleExpr {
  if (when.trim().toLowerCase() === 'otherwise') return { kind: 'otherwise' };
  const types = new Map(facts.map((f) => [f.name, f.type]));
  const tokens = tokenize(when, ruleId);
  let pos = 0;
  const peek = () => tokens[pos];
  const isKw = (tok: Token | undefined, kw: string) => !!tok && tok.t === 'id' && tok.v.toLowerCase() === kw;
  const isOp = (tok: Token | undefined, op: string) => !!tok && tok.t === 'op' && tok.v === op;
  const fail = (msg: string): never => {
    throw new RuleSyntaxError(ruleId, `${msg} in \`${when}\``);
  };

  const operand = (): Operand => {
    const tok = tokens[pos++];
    if (!tok) return fail('expression ends early');
    if (tok.t === 'num') return { kind: 'literal', value: tok.v };
    if (tok.t === 'str') return { kind: 'literal', value: tok.v };
    if (tok.t === 'id') {
      const lower = tok.v.toLowerCase();
      if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true' };
      if (/^(and|or|not|otherwise)$/.test(lower)) return fail(`unexpected '${tok.v}'`);
      if (!types.has(tok.v)) return fail(`unknown fact '${tok.v}'`);
      return { kind: 'fact', name: tok.v };
    }
    return fail(`unexpected '${tok.v}'`);
  };

  const typeOf = (o: Operand): string => (o.kind === 'fact' ? types.get(o.name)! : typeof o.value);

  const primary = (): RuleExpr => {
    if (isOp(peek(), '(')) {
      pos++;
      const inner = or();
      if (!isOp(peek(), ')')) fail("missing ')'");
      pos++;
      return inner.kind === 'otherwise' ? inner : { ...inner, text: `(${exprText(inner)})` } as RuleExpr;
    }
    const left = operand();
    const next = peek();
    if (next && next.t === 'op' && CMP[next.v]) {
      pos++;
      const op = CMP[next.v]!;
      const right = operand();
      if (left.kind !== 'fact' && right.kind !== 'fact') fail('a comparison needs a fact on one side');
      const lt = typeOf(left);
      const rt = typeOf(right);
      if (op !== '==' && op !== '!=' && (lt !== 'number' || rt !== 'number')) fail(`'${next.v}' compares numbers, not ${lt} and ${rt}`);
      if (lt !== rt) fail(`cannot compare ${lt} with ${rt}`);
      return { kind: 'compare', op, left, right, text: `${operandText(left)} ${next.v} ${operandText(right)}` };
    }
    if (left.kind !== 'fact') return fail(`a literal (${operandText(left)}) cannot stand alone`);
    if (types.get(left.name) !== 'boolean') return fail(`'${left.name}' is a ${types.get(left.name)} fact; compare it (e.g. ${left.name} >= 1)`);
    return { kind: 'fact', name: left.name, text: left.name };
  };

  const not = (): RuleExpr => {
    const tok = peek();
    if (isKw(tok, 'not') || isOp(tok, '!')) {
      pos++;
      const inner = not();
      return { kind: 'not', expr: inner, text: `${tok!.s === '!' ? '!' : `${tok!.s} `}${exprText(inner)}` };
    }
    return primary();
  };

  const chain = (kind: 'and' | 'or', next: () => RuleExpr, kws: [string, string]): RuleExpr => {
    const first = next();
    const items = [first];
    const seps: string[] = [];
    for (;;) {
      const tok = peek();
      if (!(isKw(tok, kws[0]) || isOp(tok, kws[1]))) break;
      pos++;
      seps.push(tok!.s);
      items.push(next());
    }
    if (items.length === 1) return first;
    const text = items.map((x, i) => (i === 0 ? exprText(x) : `${seps[i - 1]} ${exprText(x)}`)).join(' ');
    return { kind, items, text };
  };
  const and = (): RuleExpr => chain('and', not, ['and', '&&']);
  const or = (): RuleExpr => chain('or', and, ['or', '||']);

  const expr = or();
  if (pos < tokens.length) fail(`unexpected '${tokens[pos]!.s}'`);
  return expr;
}

/** Parse every rule of the spec (once per stage run). Throws RuleSyntaxError. */
export function parseRules(spec: Spec): ParsedRule[] {
  return spec.rules.map((r, index) => ({ index, id: r.id, when: r.when, outcome: r.outcome, expr: parseWhen(r.when, spec.facts, r.id) }));
}

// ---------------------------------------------------------------------------------------------
// Evaluation

function valueOf(o: Operand, facts: FactRecord): FactValue | undefined {
  return o.kind === 'fact' ? facts[o.name] : o.value;
}

function present(v: FactValue | undefined): v is boolean | number | string {
  return v !== null && v !== undefined && (typeof v !== 'number' || Number.isFinite(v));
}

/** Three-valued truth of an expression on a fact record (null: unknown because a value is missing). */
export function evaluate(e: RuleExpr, facts: FactRecord): Truth {
  switch (e.kind) {
    case 'otherwise':
      return true;
    case 'fact': {
      const v = facts[e.name];
      return v === true ? true : v === false ? false : null;
    }
    case 'compare': {
      const a = valueOf(e.left, facts);
      const b = valueOf(e.right, facts);
      if (!present(a) || !present(b) || typeof a !== typeof b) return null;
      switch (e.op) {
        case '==':
          return a === b;
        case '!=':
          return a !== b;
        case '>=':
          return a >= b;
        case '>':
          return a > b;
        case '<=':
          return a <= b;
        case '<':
          return a < b;
      }
      return null;
    }
    case 'not': {
      const v = evaluate(e.expr, facts);
      return v === null ? null : !v;
    }
    case 'and': {
      let unknown = false;
      for (const x of e.items) {
        const v = evaluate(x, facts);
        if (v === false) return false;
        if (v === null) unknown = true;
      }
      return unknown ? null : true;
    }
    case 'or': {
      let unknown = false;
      for (const x of e.items) {
        const v = evaluate(x, facts);
        if (v === true) return true;
        if (v === null) unknown = true;
      }
      return unknown ? null : false;
    }
  }
}

/** The first rule that holds (the spec's last rule is `otherwise`, so there always is one). */
export function firstMatch(rules: ParsedRule[], facts: FactRecord): ParsedRule | undefined {
  return rules.find((r) => evaluate(r.expr, facts) === true);
}

// ---------------------------------------------------------------------------------------------
// Explanations (for diagnostics a small model can act on)

function show(v: FactValue | undefined): string {
  return v === undefined ? 'missing' : JSON.stringify(v);
}

function criteria(e: RuleExpr): RuleExpr[] {
  if (e.kind === 'and' || e.kind === 'or') return e.items.flatMap(criteria);
  return [e];
}

function describeCriterion(e: RuleExpr, facts: FactRecord): string {
  const v = evaluate(e, facts);
  if (e.kind === 'otherwise') return '`otherwise` always matches';
  if (e.kind === 'fact') {
    const x = facts[e.name];
    return v === null ? `${e.name} is ${show(x)}, so \`${e.name}\` is not met (a missing value never meets a criterion)` : `${e.name} is ${show(x)}`;
  }
  if (e.kind === 'compare') {
    const names = [e.left, e.right].filter((o): o is { kind: 'fact'; name: string } => o.kind === 'fact').map((o) => o.name);
    const values = names.map((n) => `${n} = ${show(facts[n])}`).join(', ');
    if (v === null) return `${values}, so \`${e.text}\` is not met (a missing value never meets a criterion)`;
    return `${values} ${v ? 'meets' : 'does not meet'} \`${e.text}\``;
  }
  const inner = criteria(e.kind === 'not' ? e.expr : e).map((c) => describeCriterion(c, facts)).join(', ');
  return v === null ? `\`${e.text}\` is not met: ${inner}` : `\`${e.text}\` is ${v}: ${inner}`;
}

/** Why a rule holds (the criteria that make it true) or does not (the criteria that fail). */
export function explainRule(rule: ParsedRule, facts: FactRecord): string {
  const v = evaluate(rule.expr, facts);
  if (rule.expr.kind === 'otherwise') return '`otherwise` matches whatever the facts';
  const all = criteria(rule.expr);
  let shown: RuleExpr[];
  if (rule.expr.kind === 'or') shown = v === true ? all.filter((c) => evaluate(c, facts) === true) : all;
  else shown = v === true ? all : all.filter((c) => evaluate(c, facts) !== true);
  return shown.map((c) => describeCriterion(c, facts)).join('; ');
}

function ruleLabel(r: ParsedRule): string {
  return `rule ${r.index + 1} \`${r.id}\` (when \`${r.when}\`)`;
}

/** A diagnostic message for one disagreement between `decide` and the rules. */
export function describeMismatch(rules: ParsedRule[], facts: FactRecord, got: { outcome: unknown; ruleId: unknown }): string {
  const expected = firstMatch(rules, facts)!;
  const parts = [
    `for facts ${JSON.stringify(facts)} decide returned ${String(got.outcome)} (${String(got.ruleId)}), but the spec's rules give ${expected.outcome} (${expected.id}).`,
    `${ruleLabel(expected)} is the first rule that matches: ${explainRule(expected, facts)}.`,
  ];
  if (expected.expr.kind === 'otherwise') parts[1] = `${ruleLabel(expected)} applies because no earlier rule matches.`;
  const chosen = rules.find((r) => r.id === got.ruleId);
  if (chosen && chosen !== expected) {
    if (evaluate(chosen.expr, facts) !== true) parts.push(`${ruleLabel(chosen)}, which decide chose, does not match: ${explainRule(chosen, facts)}.`);
    else parts.push(`${ruleLabel(chosen)}, which decide chose, also matches, but rules are checked in order and \`${expected.id}\` comes first.`);
  }
  // A value exactly on a rule's boundary: the usual off-by-one (`>` written for `>=`, or the reverse).
  for (const r of [expected, ...(chosen && chosen !== expected ? [chosen] : [])])
    for (const c of criteria(r.expr)) {
      if (c.kind !== 'compare' || c.op === '==' || c.op === '!=') continue;
      const [f, l] = c.left.kind === 'fact' ? [c.left, c.right] : [c.right, c.left];
      if (f.kind === 'fact' && l.kind === 'literal' && facts[f.name] === l.value) {
        parts.push(`${f.name} = ${show(facts[f.name])} is exactly the boundary of \`${c.text}\`: \`>=\` and \`<=\` include the boundary, \`>\` and \`<\` do not; use the operator the rule states.`);
        return parts.join(' ');
      }
    }
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Systematic inputs

export const MAX_ORACLE_INPUTS = 2000;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function literalsByFact(rules: ParsedRule[]): Map<string, (number | string | boolean)[]> {
  const out = new Map<string, (number | string | boolean)[]>();
  const visit = (e: RuleExpr): void => {
    if (e.kind === 'compare') {
      for (const [a, b] of [[e.left, e.right], [e.right, e.left]] as const)
        if (a.kind === 'fact' && b.kind === 'literal') out.set(a.name, [...(out.get(a.name) ?? []), b.value]);
    } else if (e.kind === 'not') visit(e.expr);
    else if (e.kind === 'and' || e.kind === 'or') e.items.forEach(visit);
  };
  rules.forEach((r) => visit(r.expr));
  return out;
}

export function factsInRules(rules: ParsedRule[]): Set<string> {
  const out = new Set<string>();
  const visit = (e: RuleExpr): void => {
    if (e.kind === 'fact') out.add(e.name);
    else if (e.kind === 'compare') for (const o of [e.left, e.right]) if (o.kind === 'fact') out.add(o.name);
    if (e.kind === 'not') visit(e.expr);
    else if (e.kind === 'and' || e.kind === 'or') e.items.forEach(visit);
  };
  rules.forEach((r) => visit(r.expr));
  return out;
}

/**
 * Values worth trying for one fact, most important first. `level` 0 is the full set; higher levels keep fewer
 * numbers (1: each literal and its ±0.01 neighbours; 2: each literal only) so the product stays bounded.
 */
function valueSet(fact: Spec['facts'][number], literals: (number | string | boolean)[], level: number): FactValue[] {
  const values: FactValue[] = [];
  const add = (v: FactValue) => {
    if (!values.some((x) => x === v)) values.push(v);
  };
  if (fact.type === 'boolean') [true, false].forEach(add);
  else if (fact.type === 'string') {
    for (const l of literals) if (typeof l === 'string') add(l);
    add('');
    if (level === 0) add('other');
  } else {
    const lo = fact.range?.exclusiveMin;
    const hi = fact.range?.exclusiveMax;
    const inRange = (n: number) => Number.isFinite(n) && (lo === undefined || n > lo) && (hi === undefined || n < hi);
    const nums: number[] = [];
    for (const l of literals) {
      if (typeof l !== 'number') continue;
      const around = level === 0 ? [l, l - 0.01, l + 0.01, l - 1, l + 1] : level === 1 ? [l, l - 0.01, l + 0.01] : [l];
      nums.push(...around.map(round));
    }
    // Values from the plausible range (what decide actually sees after the template's range checks).
    if (level === 0 || nums.length === 0) {
      if (lo !== undefined && hi !== undefined) nums.push(round(lo + 1), round(hi - 1), round((lo + hi) / 2));
      else if (lo !== undefined) nums.push(round(lo + 1), round(lo + 100));
      else if (hi !== undefined) nums.push(round(hi - 1), round(hi - 100));
      else nums.push(0, 1, 100);
    }
    for (const n of nums) if (inRange(n)) add(n);
  }
  if (fact.nullable) add(null);
  return values;
}

/**
 * Fact records for the oracle: every combination of the values of the facts the rules use (booleans, null for
 * nullable facts, boundary values around every number literal in the rules, values from the ranges), with the
 * other facts cycled through a few values. Deterministic; at most `max` records (larger products keep fewer
 * numbers per fact, then take an evenly spread, fixed subset of the combinations).
 */
export function oracleInputs(spec: Spec, rules: ParsedRule[], max = MAX_ORACLE_INPUTS): FactRecord[] {
  const used = factsInRules(rules);
  const literals = literalsByFact(rules);
  const ruleFacts = spec.facts.filter((f) => used.has(f.name));
  const otherFacts = spec.facts.filter((f) => !used.has(f.name));
  let sets: FactValue[][] = [];
  let total = 1;
  for (let level = 0; level <= 2; level++) {
    sets = ruleFacts.map((f) => valueSet(f, literals.get(f.name) ?? [], level));
    total = sets.reduce((n, s) => n * s.length, 1);
    if (total <= max) break;
  }
  const others = otherFacts.map((f) => valueSet(f, [], 1));
  const count = Math.min(total, max);
  // A stride coprime with the total visits the combinations in an evenly spread, fixed order.
  let stride = 1;
  if (total > max) {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    stride = Math.max(1, Math.floor(total * 0.6180339887));
    while (gcd(stride, total) !== 1) stride++;
  }
  const out: FactRecord[] = [];
  for (let i = 0; i < count; i++) {
    let k = (i * stride) % total;
    const record: FactRecord = {};
    const picked: FactValue[] = [];
    for (let j = sets.length - 1; j >= 0; j--) {
      const s = sets[j]!;
      picked[j] = s[k % s.length]!;
      k = Math.floor(k / s.length);
    }
    ruleFacts.forEach((f, j) => (record[f.name] = picked[j]!));
    otherFacts.forEach((f, j) => (record[f.name] = others[j]![i % others[j]!.length]!));
    out.push(Object.fromEntries(spec.facts.map((f) => [f.name, record[f.name]!])));
  }
  return out;
}
