// Syntax stage: an in-memory strict typecheck of the candidate against the template's real types and the
// spec's rendered facts, a signature check of the required export, and ESLint's lint rules and complexity
// bounds (lint.ts).
// Inputs and outputs are plain data (callable as an activity).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { factsTypeName, renderFactsTs } from '../package';
import { CONTRACT_TYPES_FILE, slotExport, slotSignature, TEMPLATE_TYPES_FILE, type Slot } from '../prompt';
import type { Spec } from '../spec';
import { explainParseError, withCode } from './actionable';
import type { Diagnostic, StageResult } from './diagnostics';
import { KIT_SPECIFIER, kitExportNames, readKitFiles, TEMPLATE_DIR, type KitFile } from './kit';
import { COMPLEXITY_LIMITS, MAX_LINES } from './limits';
import { inMemoryProgram, SLOT_COMPILER_OPTIONS } from './ts-host';
import { lintSlot } from './lint';

export { COMPLEXITY_LIMITS, MAX_LINES };

export interface SyntaxInput {
  spec: Spec;
  slot: Slot;
  code: string;
  /** Folder holding kit/ and types.ts (default: the repo's templates/bounded-decision). For tests. */
  templateDir?: string;
}

/** Virtual root: the candidate is checked as if it were in the repo, without touching the repo. */
const VROOT = '/__compiled_ai__';
const KIT_ROOT = `${VROOT}/templates/bounded-decision`;
/** The contract the template's types.ts re-exports (`export type { ... } from '../../contract/bounded-decision'`). */
const CONTRACT_TYPES_PATH = `${VROOT}/contract/bounded-decision.ts`;

const COMPILER_OPTIONS = SLOT_COMPILER_OPTIONS;


/** Render facts.ts for the typecheck without the zod part (the candidate may only import the type). */
export function renderFactsTypesOnly(spec: Spec): string {
  const full = renderFactsTs(spec);
  const start = full.indexOf('export interface');
  const end = full.indexOf('export const factsSchema');
  return `${full.slice(start, end === -1 ? undefined : end).trimEnd()}\n`;
}

function diag(rule: string, message: string, line = 0, column = 0, fix?: string): Diagnostic {
  return { stage: 'syntax', rule, message, line, column, ...(fix ? { fix } : {}) };
}

function position(sf: ts.SourceFile, pos: number): { line: number; column: number } {
  const lc = sf.getLineAndCharacterOfPosition(pos);
  return { line: lc.line + 1, column: lc.character + 1 };
}

const TS_RULES: Record<number, string> = {
  6133: 'no-unused-locals',
  6138: 'no-unused-locals',
  6192: 'no-unused-locals',
  6196: 'no-unused-locals',
  6198: 'no-unused-locals',
  6199: 'no-unused-locals',
  6205: 'no-unused-locals',
  7005: 'no-implicit-any',
  7006: 'no-implicit-any',
  7031: 'no-implicit-any',
  2307: 'unresolved-import',
  2304: 'unknown-name',
  2580: 'unknown-name',
  2582: 'unknown-name',
  2584: 'unknown-name',
  2591: 'unknown-name',
  7030: 'not-all-paths-return',
  2366: 'not-all-paths-return',
};

function exportPosition(code: string, name: string): { line: number; column: number } {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true);
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && s.name?.text === name) return position(sf, s.name.getStart(sf));
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return position(sf, d.name.getStart(sf));
  }
  return { line: 0, column: 0 };
}

// ---------------------------------------------------------------------------------------------
// Fixes: the smallest concrete edit for the errors small models make most

/** The exact signature and imports a slot must use, as one instruction. */
function signatureFix(spec: Spec, slot: Slot): string {
  const { imports, signature } = slotSignature(spec, slot);
  return `declare it exactly as \`${signature} { ... }\`, with the imports ${imports.map((i) => `\`${i}\``).join(' and ')}`;
}

/** The deepest node covering [start, start + length). */
function nodeAt(sf: ts.SourceFile, start: number, length: number): ts.Node | undefined {
  let best: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (n.getStart(sf) <= start && start + length <= n.end) {
      best = n;
      ts.forEachChild(n, visit);
    }
  };
  ts.forEachChild(sf, visit);
  return best;
}

const COMPARISONS = new Set([
  ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
]);

/** `x is possibly 'null'`: guard the value with a typeof check, written into the failing comparison. */
function nullableFix(sf: ts.SourceFile, checker: ts.TypeChecker, node: ts.Node, slot: Slot): string | undefined {
  if (!ts.isExpression(node)) return undefined;
  const text = node.getText(sf);
  const t = checker.getNonNullableType(checker.getTypeAtLocation(node));
  const name = t.flags & ts.TypeFlags.NumberLike ? 'number' : t.flags & ts.TypeFlags.StringLike ? 'string' : t.flags & ts.TypeFlags.BooleanLike ? 'boolean' : undefined;
  const guard = name ? `typeof ${text} === '${name}'` : `${text} !== null && ${text} !== undefined`;
  let use: ts.Node = node;
  while (use.parent && (ts.isParenthesizedExpression(use.parent) || ts.isNonNullExpression(use.parent))) use = use.parent;
  const p = use.parent;
  const why = slot === 'decision' ? ' (a null value never meets a criterion)' : '';
  if (p && ts.isBinaryExpression(p) && COMPARISONS.has(p.operatorToken.kind) && p.getText(sf).length <= 120)
    return `write \`${guard} && ${p.getText(sf)}\`${why}`;
  return `check it before using it: \`if (${guard}) { ... }\`${why}`;
}

/** Whether a position lies inside `import { ... } from '<kit>'` (unused kit readers are not an error). */
function inKitImport(sf: ts.SourceFile, pos: number): boolean {
  return sf.statements.some(
    (st) => ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && /templates\/bounded-decision\/kit$/.test(st.moduleSpecifier.text) && st.getStart(sf) <= pos && pos < st.getEnd(),
  );
}

/** TS6133 and friends: what to delete (or, for the slot's required parameter, how to keep it). */
function unusedFix(sf: ts.SourceFile, node: ts.Node, code: number, input: SyntaxInput): string | undefined {
  const exportName = slotExport(input.slot);
  const { imports, signature } = slotSignature(input.spec, input.slot);
  for (let n: ts.Node | undefined = node; n && !ts.isSourceFile(n); n = n.parent)
    if (ts.isImportDeclaration(n) && imports.includes(n.getText(sf).trim()))
      return `keep this import, the required signature uses it: \`${signature}\``;
  if (code === 6192) return 'remove this import line: nothing it imports is used';
  if (code === 6198) return 'remove the destructuring: none of its names is used';
  let cur: ts.Node | undefined = node;
  while (cur && !ts.isIdentifier(cur) && cur.getChildCount(sf) > 0) cur = cur.getChildAt(0, sf);
  const name = cur && ts.isIdentifier(cur) ? cur.text : node.getText(sf).slice(0, 40);
  for (let n: ts.Node | undefined = node; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isImportSpecifier(n)) return `remove \`${name}\` from the import (remove the whole import line if it imports nothing else that is used)`;
    if (ts.isImportClause(n) || ts.isNamespaceImport(n) || ts.isImportDeclaration(n)) return 'remove this import line';
    if (ts.isParameter(n)) {
      const fn = n.parent;
      const isSlot = (ts.isFunctionDeclaration(fn) && fn.name?.text === exportName) ||
        ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) && fn.parent.name.text === exportName);
      if (isSlot) return `the required signature keeps the parameter \`${name}\`: compute the result from it (or rename it \`_${name}\` if it is truly not needed)`;
      return `remove the parameter \`${name}\` (and the matching argument where the function is called)`;
    }
    if (ts.isTypeParameterDeclaration(n)) return `remove the type parameter \`${name}\``;
    if (ts.isVariableDeclaration(n)) {
      const stmt = n.parent?.parent;
      if (stmt && ts.isVariableStatement(stmt) && stmt.declarationList.declarations.length === 1 && !stmt.getText(sf).includes('\n'))
        return `delete the unused variable: remove the line \`${stmt.getText(sf)}\``;
      return `delete the unused variable \`${name}\``;
    }
    if (ts.isFunctionDeclaration(n) && n.name?.text === exportName) return `add \`export\` before \`function ${exportName}\``;
    if (ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n)) return `delete the unused ${ts.isClassDeclaration(n) ? 'class' : 'function'} \`${name}\``;
    if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return `delete the unused type \`${name}\``;
  }
  return `delete \`${name}\`, it is never used`;
}

/** The candidate closest to `word` by edit distance (at most a third of its length), or undefined. */
function closest(word: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of [...candidates].sort()) {
    // a misspelt or shortened name: compare with the candidate's prefix too (`normalise` ~ `normalizeText`)
    const d = Math.min(distance(word, c), c.length > word.length ? distance(word, c.slice(0, word.length)) + 1 : Infinity);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

const IMPORTS_HINT = `the only modules are the template types (\`import type { ... } from '../../../templates/bounded-decision/types'\`), \`./facts\` (import type) and the extraction kit (\`import { ... } from '${KIT_SPECIFIER}'\`)`;

/** The fix for a TypeScript diagnostic in the candidate, or undefined. */
function tsFix(d: ts.Diagnostic, sf: ts.SourceFile, checker: ts.TypeChecker, input: SyntaxInput, kitFiles: KitFile[]): string | undefined {
  if (d.start === undefined) return undefined;
  const node = nodeAt(sf, d.start, d.length ?? 0);
  const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  switch (d.code) {
    case 18047:
    case 18048:
    case 18049:
    case 2531:
    case 2532:
    case 2533:
      return node ? nullableFix(sf, checker, node, input.slot) : undefined;
    case 6133:
    case 6138:
    case 6192:
    case 6196:
    case 6198:
    case 6199:
    case 6205:
      return node ? unusedFix(sf, node, d.code, input) : undefined;
    case 2307:
      return IMPORTS_HINT;
    case 2305:
    case 2724: {
      if (!text.includes(KIT_SPECIFIER)) return undefined;
      const names = kitExportNames(kitFiles);
      if (!names) return undefined;
      const wanted = /has no exported member (?:named )?'([^']+)'/.exec(text)?.[1];
      const near = wanted ? closest(wanted, [...names]) : undefined;
      return `${near ? `did you mean \`${near}\`? ` : ''}import only names the kit exports: ${[...names].sort().join(', ')}`;
    }
    case 2304:
    case 2552: {
      const name = /Cannot find name '([^']+)'/.exec(text)?.[1];
      const names = kitExportNames(kitFiles);
      if (name && names?.has(name)) return `\`${name}\` is a kit function: add it to the kit import, \`import { ${name} } from '${KIT_SPECIFIER}'\``;
      return name ? `declare \`${name}\` in this file, or use only the parameters, the template types, the facts and the extraction kit` : undefined;
    }
  }
  return undefined;
}

/** Typecheck the candidate in memory. */
function typecheck(input: SyntaxInput, candidatePath: string): Diagnostic[] {
  const dir = dirname(candidatePath);
  const factsPath = join(dir, 'facts.ts').split('\\').join('/');
  const typesPath = `${VROOT}/templates/bounded-decision/types.ts`;
  const contractPath = join(dir, '__contract_check.ts').split('\\').join('/');
  const factsType = factsTypeName(input.spec);
  const fnType = input.slot === 'decision' ? 'DecideFn' : 'ExtractFn';
  const exportName = slotExport(input.slot);
  const contract = [
    `import type { ${fnType} } from '../../../templates/bounded-decision/types';`,
    `import type { ${factsType} } from './facts';`,
    `import { ${exportName} } from './${input.slot}';`,
    `export const __contract: ${fnType}<${factsType}> = ${exportName};`,
    '',
  ].join('\n');
  const files = new Map<string, string>([
    [candidatePath, input.code],
    [factsPath, renderFactsTypesOnly(input.spec)],
    [typesPath, readFileSync(input.templateDir ? join(input.templateDir, 'types.ts') : TEMPLATE_TYPES_FILE, 'utf8')],
    [contractPath, contract],
    [CONTRACT_TYPES_PATH, readFileSync(CONTRACT_TYPES_FILE, 'utf8')],
  ]);
  // The extraction kit, so `import { ... } from '../../../templates/bounded-decision/kit'` checks against its real API.
  const kitFiles = readKitFiles(input.templateDir ?? TEMPLATE_DIR);
  for (const f of kitFiles) files.set(`${KIT_ROOT}/${f.path}`, f.text);
  // Kit, template and contract sources change rarely: parsed once per content.
  const program = inMemoryProgram(files, [candidatePath, contractPath], COMPILER_OPTIONS, VROOT, (f) => f.startsWith(`${KIT_ROOT}/`) || f === CONTRACT_TYPES_PATH);
  const out: Diagnostic[] = [];
  // Diagnostics of our own files only: the kit is vetted code checked by the repo's build, not by this stage.
  const own = program.getSourceFiles().filter((sf) => files.has(sf.fileName) && !sf.fileName.startsWith(`${KIT_ROOT}/kit/`));
  const all = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]),
  ];
  const seen = new Set<string>();
  const checker = program.getTypeChecker();
  const candidateSf = program.getSourceFile(candidatePath);
  const { signature } = slotSignature(input.spec, input.slot);
  for (const d of all) {
    // The prompt gives one kit import line with every reader; a slot that needs fewer is fine.
    if (d.file && d.start !== undefined && [6133, 6192, 6196, 6198].includes(d.code) && inKitImport(d.file, d.start)) continue;
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const fileName = d.file?.fileName;
    let rule = TS_RULES[d.code] ?? 'type-error';
    let message = `TS${d.code}: ${text}`;
    let line = 0;
    let column = 0;
    let fix: string | undefined;
    let source: string | undefined;
    if (d.file && d.start !== undefined && fileName === candidatePath) ({ line, column } = position(d.file, d.start));
    if (fileName === contractPath) {
      if (d.code === 2305 || d.code === 2614 || d.code === 2724 || d.code === 2459) {
        rule = 'required-export';
        message = `the file must export a function named \`${exportName}\` with the signature \`${signature}\``;
        fix = requiredExportFix(input);
        ({ line, column } = exportPosition(input.code, exportName));
      } else {
        rule = 'signature';
        message = `\`${exportName}\` does not match the required signature ${fnType}<${factsType}>: ${text.replace(/\n\s*/g, ' ').replace(/\.$/, '')}; expected exactly \`${signature}\``;
        fix = signatureFix(input.spec, input.slot);
        ({ line, column } = exportPosition(input.code, exportName));
      }
    } else if (fileName && fileName !== candidatePath) {
      message = `${fileName.replace(`${VROOT}/`, '')}: ${text}`;
    } else if (fileName === candidatePath && candidateSf) {
      if (d.code >= 1000 && d.code < 2000 && line > 0) {
        const explained = explainParseError(input.code, text, line);
        message = `${message} ${explained.message.charAt(0).toUpperCase()}${explained.message.slice(1)}`;
        fix = explained.fix;
        source = explained.source;
      } else fix = tsFix(d, candidateSf, checker, input, kitFiles);
    }
    const key = `${rule}|${line}|${column}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...diag(rule, message, line, column, fix), ...(source ? { source } : {}) });
  }
  return out;
}

/** How to provide the required export: add `export` to an existing function, or declare it. */
function requiredExportFix(input: SyntaxInput): string {
  const name = slotExport(input.slot);
  const sf = ts.createSourceFile('x.ts', input.code, ts.ScriptTarget.ES2022, true);
  for (const s of sf.statements) {
    const exported = ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported && ts.isFunctionDeclaration(s) && s.name?.text === name) return `add \`export\` before \`function ${name}\``;
  }
  const { signature } = slotSignature(input.spec, input.slot);
  const other = sf.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.name && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword));
  if (other?.name) return `rename the exported function \`${other.name.text}\` to \`${name}\`: \`${signature} { ... }\``;
  return `add \`${signature} { ... }\``;
}

/** The file must export the slot function (a missing or misnamed export is the most common small-model error). */
function requiredExport(sf: ts.SourceFile, input: SyntaxInput): Diagnostic[] {
  const name = slotExport(input.slot);
  const exported = sf.statements.some((s) => {
    const isExported = ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(s)) return isExported && s.name?.text === name;
    if (ts.isVariableStatement(s)) return isExported && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause))
      return s.exportClause.elements.some((e) => e.name.text === name);
    return false;
  });
  if (exported) return [];
  const p = exportPosition(sf.text, name);
  return [diag('required-export', `the file must export the slot function with the signature \`${slotSignature(input.spec, input.slot).signature}\``, p.line, p.column, requiredExportFix(input))];
}

type FunctionLike = ts.FunctionLikeDeclaration;

function functionName(fn: FunctionLike, sf: ts.SourceFile): string {
  if (fn.name) return fn.name.getText(sf);
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  return '(anonymous function)';
}

/** The innermost function whose head (its start up to its body) holds `pos`: where ESLint puts a complexity finding. */
function functionWithHeadAt(sf: ts.SourceFile, pos: number): FunctionLike | undefined {
  let best: FunctionLike | undefined;
  const visit = (n: ts.Node): void => {
    if (n.getStart(sf) > pos || n.end < pos) return;
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const fn = n as FunctionLike;
      if (fn.getStart(sf) <= pos && pos <= fn.body!.getStart(sf)) best = fn;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return best;
}

/** The `==` / `!=` expression whose operator starts at `pos`. */
function looseEqualityAt(sf: ts.SourceFile, pos: number): ts.BinaryExpression | undefined {
  let found: ts.BinaryExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.getStart(sf) > pos || n.end < pos) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.getStart(sf) === pos) found = n;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** ESLint's findings (lint.ts) as the stage's diagnostics, each with the smallest concrete fix. */
function lintDiagnostics(sf: ts.SourceFile, slot: Slot): Diagnostic[] {
  const offset = (line: number, column: number) => sf.getPositionOfLineAndCharacter(line - 1, column - 1);
  return lintSlot(sf.text, slot).map((f): Diagnostic => {
    switch (f.rule) {
      case 'no-any':
        return diag('no-any', 'do not use `any`; use the declared types or `unknown` with a type guard', f.line, f.column, 'replace `any` with the declared type (e.g. the facts type, `string`, `number | null`) or `unknown`');
      case 'no-var':
        return diag('no-var', 'use `const` or `let` instead of `var`', f.line, f.column, 'replace `var` with `const` (or `let` if it is reassigned)');
      case 'eqeqeq': {
        const node = looseEqualityAt(sf, offset(f.line, f.column));
        const loose = node?.operatorToken.getText(sf) ?? (/saw '(!?==?)'/.exec(f.message)?.[1] ?? '==');
        const strict = loose.startsWith('!') ? '!==' : '===';
        const written = node ? `write \`${node.left.getText(sf)} ${strict} ${node.right.getText(sf)}\`` : undefined;
        return diag('eqeqeq', `use \`${strict}\` instead of \`${loose}\``, f.line, f.column, written && written.length <= 160 ? written : `replace \`${loose}\` with \`${strict}\``);
      }
      case 'complexity': {
        // Located like before: at the start of the function's declaration (`export function f`, `const f = (`).
        const fn = functionWithHeadAt(sf, offset(f.endLine ?? f.line, f.endColumn ?? f.column));
        const name = fn ? functionName(fn, sf) : f.message.replace(/ has a complexity.*$/, '').toLowerCase();
        const at = fn ? position(sf, fn.getStart(sf)) : { line: f.line, column: f.column };
        const limit = COMPLEXITY_LIMITS[slot];
        return diag('complexity', `${name} has cyclomatic complexity ${f.value} (limit ${limit} for the ${slot} slot); split it into smaller helper functions or use a lookup table`, at.line, at.column);
      }
      case 'max-lines':
        return diag('max-lines', `the file has ${f.value} lines of code (limit ${MAX_LINES[slot]} for the ${slot} slot, blank and comment-only lines not counted); simplify it`);
    }
  });
}

/** Run the syntax stage on one candidate. Never throws. */
export function runSyntaxStage(input: SyntaxInput): StageResult {
  const started = performance.now();
  const candidatePath = `${VROOT}/workflows-generated/${input.spec.name}/v${input.spec.version}/${input.slot}.ts`;
  let diagnostics: Diagnostic[];
  try {
    const sf = ts.createSourceFile(candidatePath, input.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    diagnostics = [...typecheck(input, candidatePath), ...requiredExport(sf, input), ...lintDiagnostics(sf, input.slot)];
    const hasExportProblem = diagnostics.some((d) => d.rule === 'required-export');
    if (hasExportProblem) diagnostics = diagnostics.filter((d, i) => d.rule !== 'required-export' || diagnostics.findIndex((x) => x.rule === 'required-export') === i);
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    // Every located diagnostic quotes its line; a known fix is stated (both also in the message, for prompts).
    diagnostics = diagnostics.map((d) => withCode(d, input.code));
  } catch (e) {
    diagnostics = [diag('internal-error', `the syntax stage failed: ${(e as Error).message}`)];
  }
  return { stage: 'syntax', passed: diagnostics.length === 0, diagnostics, durationMs: Math.round(performance.now() - started) };
}
