// Actionable diagnostics: the exact failing source line, what was expected and, where a stage can tell, the
// smallest fix. Regeneration prompts render only `message`, so both are also appended to it; `source` and `fix`
// keep them as data for other consumers. Written for a small model: concrete code, no jargon.
import ts from 'typescript';
import type { Diagnostic } from './diagnostics';

/** Longest source excerpt quoted in a diagnostic. */
export const MAX_SOURCE_CHARS = 160;

/** The 1-based `line` of `code`, trimmed and at most MAX_SOURCE_CHARS (a window around `column` when longer). */
export function sourceLine(code: string, line: number, column = 1): string | undefined {
  if (line < 1) return undefined;
  const raw = code.split(/\r?\n/)[line - 1];
  if (raw === undefined) return undefined;
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return undefined;
  if (text.length <= MAX_SOURCE_CHARS) return text;
  const at = Math.max(0, column - 1 - lead);
  const start = Math.max(0, Math.min(at - 60, text.length - (MAX_SOURCE_CHARS - 2)));
  const cut = text.slice(start, start + MAX_SOURCE_CHARS - 2);
  return `${start > 0 ? '…' : ''}${cut}${start + cut.length < text.length ? '…' : ''}`;
}

/** The last line of `code` that holds something (1-based), or 0. */
export function lastCodeLine(code: string): number {
  const lines = code.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim()) return i + 1;
  return 0;
}

/**
 * The diagnostic with `source` (its line, unless given) and `fix` set, and both appended to the message
 * (`… — code: \`…\` — fix: …`) so that prompts which show only the message carry them. Idempotent.
 */
export function withCode(d: Diagnostic, code: string, extra: { fix?: string; source?: string } = {}): Diagnostic {
  const source = extra.source ?? d.source ?? sourceLine(code, d.line, d.column);
  const fix = extra.fix ?? d.fix;
  let message = d.message.trimEnd();
  if (source && !message.includes(`code: \`${source}\``)) message += ` — code: \`${source}\``;
  if (fix && !message.includes(`fix: ${fix}`)) message += ` — fix: ${fix}`;
  return { ...d, message, ...(source ? { source } : {}), ...(fix ? { fix } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Unbalanced brackets

export interface Opener {
  kind: '{' | '(' | '[';
  line: number;
  column: number;
}

/** Brackets opened and never closed (innermost last), found with the TypeScript scanner (strings, comments, regexes and templates skipped). */
export function unclosedBrackets(code: string): Opener[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const stacks: Record<Opener['kind'], Opener[]> = { '{': [], '(': [], '[': [] };
  const templates: number[] = []; // depth of `{` stacks when a `${` opened
  const lineCol = (pos: number) => {
    const before = code.slice(0, pos).split(/\r?\n/);
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  let prev: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  const valueEnds = new Set([
    ts.SyntaxKind.Identifier, ts.SyntaxKind.NumericLiteral, ts.SyntaxKind.StringLiteral, ts.SyntaxKind.CloseParenToken,
    ts.SyntaxKind.CloseBracketToken, ts.SyntaxKind.CloseBraceToken, ts.SyntaxKind.ThisKeyword, ts.SyntaxKind.TrueKeyword,
    ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.TemplateTail,
    ts.SyntaxKind.RegularExpressionLiteral, ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken,
  ]);
  for (let i = 0; i < 200_000; i++) {
    let kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !valueEnds.has(prev)) kind = scanner.reScanSlashToken();
    const pos = scanner.getTokenStart();
    switch (kind) {
      case ts.SyntaxKind.OpenBraceToken:
        stacks['{'].push({ kind: '{', ...lineCol(pos) });
        break;
      case ts.SyntaxKind.OpenParenToken:
        stacks['('].push({ kind: '(', ...lineCol(pos) });
        break;
      case ts.SyntaxKind.OpenBracketToken:
        stacks['['].push({ kind: '[', ...lineCol(pos) });
        break;
      case ts.SyntaxKind.TemplateHead:
        templates.push(stacks['{'].length);
        break;
      case ts.SyntaxKind.CloseBraceToken:
        if (templates.length && templates[templates.length - 1] === stacks['{'].length) {
          kind = scanner.reScanTemplateToken(false);
          if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
        } else stacks['{'].pop();
        break;
      case ts.SyntaxKind.CloseParenToken:
        stacks['('].pop();
        break;
      case ts.SyntaxKind.CloseBracketToken:
        stacks['['].pop();
        break;
    }
    prev = kind;
  }
  return [...stacks['{'], ...stacks['('], ...stacks['[']].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What an opening brace starts, from its line: "function `decide`", "the `if` block", ... */
function describeOpener(code: string, o: Opener): string {
  const text = (code.split(/\r?\n/)[o.line - 1] ?? '').slice(0, o.column - 1);
  const fn = /function\s+([A-Za-z_$][\w$]*)/.exec(text) ?? /(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=.*=>\s*$/.exec(text);
  if (fn) return `function \`${fn[1]}\``;
  const kw = /\b(else if|if|else|for|while|do|switch|try|catch|finally)\b[^{]*$/.exec(text);
  if (kw) return `the \`${kw[1]}\` block`;
  if (/=>\s*$/.test(text)) return 'the arrow function';
  if (/(=|return|:|\(|,)\s*$/.test(text)) return 'the object literal';
  return 'the block';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * An actionable explanation of a parse error: for a missing closing bracket at the end of the file, how many are
 * missing, which constructs they leave open (with their lines) and what to append.
 */
export function explainParseError(code: string, messageText: string, line: number): { message: string; fix?: string; source?: string } {
  const m = /^'([})\]])' expected/.exec(messageText);
  const last = lastCodeLine(code);
  const atEnd = line >= last;
  const open = unclosedBrackets(code);
  if (m && (atEnd || open.some((o) => o.kind !== '{'))) {
    const closer = m[1]!;
    const kind = ({ '}': '{', ')': '(', ']': '[' } as const)[closer as '}' | ')' | ']'];
    const mine = open.filter((o) => o.kind === kind);
    if (mine.length > 0) {
      const where = mine
        .slice()
        .reverse()
        .map((o) => `${kind === '{' ? describeOpener(code, o) : `\`${kind}\``} opened at line ${o.line}: \`${sourceLine(code, o.line) ?? ''}\``)
        .join('; ');
      const name = kind === '{' ? 'closing brace' : kind === '(' ? 'closing parenthesis' : 'closing bracket';
      const names = kind === '{' ? 'closing braces' : kind === '(' ? 'closing parentheses' : 'closing brackets';
      const fnOpen = mine.find((o) => describeOpener(code, o).startsWith('function'));
      const what = atEnd
        ? `the file ends before ${fnOpen ? describeOpener(code, fnOpen) : 'the code'} is closed: ${plural(mine.length, `${name} \`${closer}\` is`, `${names} \`${closer}\` are`)} missing`
        : `${plural(mine.length, `\`${kind}\` is`, `\`${kind}\` are`)} never closed`;
      const fix =
        kind === '{' && atEnd
          ? `add ${plural(mine.length, '`}`', '`}`s')}, innermost first: ${where}. Close each block where it should end and return the complete file`
          : `add the missing \`${closer}\`: ${where}`;
      return { message: `${what}.`, fix, source: sourceLine(code, atEnd ? last : line) };
    }
  }
  return { message: `${messageText.replace(/\.$/, '')} (at line ${line}).`, source: sourceLine(code, Math.min(line, last) || line) };
}

/** Parse errors of `code` (at most `max`), 1-based positions. */
export function parseErrors(code: string, fileName = 'candidate.ts', max = 5): { line: number; column: number; text: string }[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const list = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  return list.slice(0, max).map((d) => {
    const p = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    return { line: p.line + 1, column: p.character + 1, text: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
  });
}
