// The syntax stage's lint and size rules, run by ESLint's in-memory Linter with typescript-eslint's parser (no
// files, no config lookup): no `any`, no `var`, `===` only, cyclomatic complexity per function and lines of code
// per file. This module only runs them and names each finding; syntax.ts words the diagnostics and the fixes.
import type { Linter } from 'eslint';
import type { Slot } from '../prompt';
import { COMPLEXITY_LIMITS, MAX_LINES } from './limits';

/** The stage's rule names (kept from before ESLint ran them: prompts and reports use them). */
export type LintRule = 'no-any' | 'no-var' | 'eqeqeq' | 'complexity' | 'max-lines';

export interface LintFinding {
  rule: LintRule;
  /** 1-based, as ESLint reports them: the `any`, the `var`, the operator, the function's head; 0 for max-lines. */
  line: number;
  column: number;
  /** End of the reported range (ESLint's endLine/endColumn), when given. */
  endLine?: number;
  endColumn?: number;
  /** complexity: the function's complexity; max-lines: the file's lines of code. */
  value?: number;
  /** ESLint's own message (complexity: names the function, e.g. "Arrow function 'f'"). */
  message: string;
}

const RULE_NAMES: Record<string, LintRule> = {
  '@typescript-eslint/no-explicit-any': 'no-any',
  'no-var': 'no-var',
  eqeqeq: 'eqeqeq',
  complexity: 'complexity',
  'max-lines': 'max-lines',
};

let engine: { linter: Linter; base: Linter.Config } | undefined;

/** ESLint and typescript-eslint take ~0.4 s to load: only when the first candidate is linted. */
function load(): { linter: Linter; base: Linter.Config } {
  if (engine) return engine;
  const { Linter: LinterClass } = require('eslint') as typeof import('eslint');
  const tseslint = require('typescript-eslint') as typeof import('typescript-eslint');
  const base: Linter.Config = {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser as Linter.Parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      // The parser warns on stderr for TypeScript versions it has not been tested with; the repo pins both.
      parserOptions: { warnOnUnsupportedTypeScriptVersion: false },
    },
    plugins: { '@typescript-eslint': tseslint.plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  };
  engine = { linter: new LinterClass({ configType: 'flat' }), base };
  return engine;
}

/** The rules with the limits the prompt states. */
function rulesFor(limits: LintLimits): Linter.RulesRecord {
  return {
    '@typescript-eslint/no-explicit-any': 'error',
    'no-var': 'error',
    eqeqeq: ['error', 'always'],
    complexity: ['error', { max: limits.complexity }],
    'max-lines': ['error', { max: limits.maxLines, skipBlankLines: true, skipComments: true }],
  };
}

export interface LintLimits {
  complexity: number;
  maxLines: number;
}

/**
 * Lint one candidate. Code that does not parse gives no findings: the typecheck reports (and explains) the
 * syntax error, and rules on a partial tree would only add noise.
 */
export function lintSlot(code: string, slot: Slot): LintFinding[] {
  return lintCode(code, { complexity: COMPLEXITY_LIMITS[slot], maxLines: MAX_LINES[slot] }, `${slot}.ts`);
}

/** Lint any slot file with the given limits (the function-call template's parse slot has its own). */
export function lintCode(code: string, limits: LintLimits, filename: string): LintFinding[] {
  const { linter, base } = load();
  const messages = linter.verify(code, [{ ...base, rules: rulesFor(limits) }], { filename });
  const out: LintFinding[] = [];
  for (const m of messages) {
    if (m.fatal || !m.ruleId) continue;
    const rule = RULE_NAMES[m.ruleId];
    if (!rule) continue;
    const value = rule === 'complexity' ? /complexity of (\d+)/.exec(m.message)?.[1] : rule === 'max-lines' ? /too many lines \((\d+)\)/.exec(m.message)?.[1] : undefined;
    const fileLevel = rule === 'max-lines';
    out.push({
      rule,
      line: fileLevel ? 0 : m.line,
      column: fileLevel ? 0 : m.column,
      ...(!fileLevel && m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
      ...(value !== undefined ? { value: Number(value) } : {}),
      message: m.message,
    });
  }
  return out;
}
