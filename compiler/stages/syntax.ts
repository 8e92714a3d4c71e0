// Syntax stage: an in-memory strict typecheck of the candidate against the template's real types and the
// spec's rendered facts, a signature check of the required export, lint rules and complexity bounds.
// Inputs and outputs are plain data (callable as an activity).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { factsTypeName, renderFactsTs } from '../package';
import { slotExport, TEMPLATE_TYPES_FILE, type Slot } from '../prompt';
import type { Spec } from '../spec';
import type { Diagnostic, StageResult } from './diagnostics';
import { readKitFiles, TEMPLATE_DIR } from './kit';
import { COMPLEXITY_LIMITS, MAX_LINES } from './limits';

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

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  skipLibCheck: true,
  noLib: false,
  allowJs: false,
  ignoreDeprecations: '6.0',
};

// Standard-library declaration files are parsed once per process.
const libCache = new Map<string, ts.SourceFile>();

/** Render facts.ts for the typecheck without the zod part (the candidate may only import the type). */
export function renderFactsTypesOnly(spec: Spec): string {
  const full = renderFactsTs(spec);
  const start = full.indexOf('export interface');
  const end = full.indexOf('export const factsSchema');
  return `${full.slice(start, end === -1 ? undefined : end).trimEnd()}\n`;
}

function diag(rule: string, message: string, line = 0, column = 0): Diagnostic {
  return { stage: 'syntax', rule, message, line, column };
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
  for (const s of sf.statements)
    if (ts.isFunctionDeclaration(s) && s.name?.text === name) return position(sf, s.name.getStart(sf));
  return { line: 0, column: 0 };
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
  ]);
  // The extraction kit, so `import { ... } from '../../../templates/bounded-decision/kit'` checks against its real API.
  for (const f of readKitFiles(input.templateDir ?? TEMPLATE_DIR)) files.set(`${KIT_ROOT}/${f.path}`, f.text);
  const libDir = dirname(ts.getDefaultLibFilePath(COMPILER_OPTIONS));
  const host: ts.CompilerHost = {
    getSourceFile(fileName, languageVersion) {
      const text = files.get(fileName);
      if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
      if (fileName.startsWith(libDir)) {
        let sf = libCache.get(fileName);
        if (!sf) {
          const libText = ts.sys.readFile(fileName);
          if (libText === undefined) return undefined;
          sf = ts.createSourceFile(fileName, libText, languageVersion, true);
          libCache.set(fileName, sf);
        }
        return sf;
      }
      return undefined;
    },
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    writeFile: () => undefined,
    getCurrentDirectory: () => VROOT,
    getDirectories: () => [],
    fileExists: (f) => files.has(f) || (f.startsWith(libDir) && ts.sys.fileExists(f)),
    readFile: (f) => files.get(f) ?? (f.startsWith(libDir) ? ts.sys.readFile(f) : undefined),
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    directoryExists: (d) => d.startsWith(VROOT) || d.startsWith(libDir),
  };
  const program = ts.createProgram({ rootNames: [candidatePath, contractPath], options: COMPILER_OPTIONS, host });
  const out: Diagnostic[] = [];
  // Diagnostics of our own files only: the kit is vetted code checked by the repo's build, not by this stage.
  const own = program.getSourceFiles().filter((sf) => files.has(sf.fileName) && !sf.fileName.startsWith(`${KIT_ROOT}/kit/`));
  const all = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...own.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]),
  ];
  const seen = new Set<string>();
  for (const d of all) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const fileName = d.file?.fileName;
    let rule = TS_RULES[d.code] ?? 'type-error';
    let message = `TS${d.code}: ${text}`;
    let line = 0;
    let column = 0;
    if (d.file && d.start !== undefined && fileName === candidatePath) ({ line, column } = position(d.file, d.start));
    if (fileName === contractPath) {
      if (d.code === 2305 || d.code === 2614 || d.code === 2724) {
        rule = 'required-export';
        message = `the file must export a function named \`${exportName}\``;
      } else {
        rule = 'signature';
        message = `\`${exportName}\` does not match the required signature ${fnType}<${factsType}>: ${text}`;
        ({ line, column } = exportPosition(input.code, exportName));
      }
    } else if (fileName && fileName !== candidatePath) {
      message = `${fileName.replace(`${VROOT}/`, '')}: ${text}`;
    }
    const key = `${rule}|${line}|${column}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diag(rule, message, line, column));
  }
  return out;
}

/** Lint rules on the AST: no `any`, no `var`, `===` only, the required export. */
function lint(sf: ts.SourceFile, slot: Slot): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (node: ts.Node) => position(sf, node.getStart(sf));
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      const p = at(node);
      out.push(diag('no-any', 'do not use `any`; use the declared types or `unknown` with a type guard', p.line, p.column));
    }
    if (ts.isVariableDeclarationList(node) && (node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0) {
      const p = at(node);
      out.push(diag('no-var', 'use `const` or `let` instead of `var`', p.line, p.column));
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
        const p = position(sf, node.operatorToken.getStart(sf));
        const strict = op === ts.SyntaxKind.EqualsEqualsToken ? '===' : '!==';
        out.push(diag('eqeqeq', `use \`${strict}\` instead of \`${node.operatorToken.getText(sf)}\``, p.line, p.column));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  const name = slotExport(slot);
  const exported = sf.statements.some((s) => {
    const isExported = ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(s)) return isExported && s.name?.text === name;
    if (ts.isVariableStatement(s)) return isExported && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause))
      return s.exportClause.elements.some((e) => e.name.text === name);
    return false;
  });
  if (!exported)
    out.push(diag('required-export', `the file must export the slot function: \`export function ${name}(...)\``));
  return out;
}

type FunctionLike = ts.FunctionLikeDeclaration;

function functionName(fn: FunctionLike, sf: ts.SourceFile): string {
  if (fn.name) return fn.name.getText(sf);
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  return '(anonymous function)';
}

/** Cyclomatic complexity of every function (and of the module's top-level code), nested functions counted apart. */
export function cyclomaticComplexities(sf: ts.SourceFile): { name: string; complexity: number; line: number; column: number }[] {
  const results: { name: string; complexity: number; line: number; column: number }[] = [];
  const measure = (root: ts.Node, name: string, pos: number) => {
    let complexity = 1;
    const walk = (node: ts.Node): void => {
      if (node !== root && ts.isFunctionLike(node) && 'body' in node) {
        const fn = node as FunctionLike;
        measure(fn, functionName(fn, sf), fn.getStart(sf));
        return;
      }
      switch (node.kind) {
        case ts.SyntaxKind.IfStatement:
        case ts.SyntaxKind.ConditionalExpression:
        case ts.SyntaxKind.ForStatement:
        case ts.SyntaxKind.ForInStatement:
        case ts.SyntaxKind.ForOfStatement:
        case ts.SyntaxKind.WhileStatement:
        case ts.SyntaxKind.DoStatement:
        case ts.SyntaxKind.CatchClause:
        case ts.SyntaxKind.CaseClause:
          complexity++;
          break;
        case ts.SyntaxKind.BinaryExpression: {
          const op = (node as ts.BinaryExpression).operatorToken.kind;
          if (
            op === ts.SyntaxKind.AmpersandAmpersandToken ||
            op === ts.SyntaxKind.BarBarToken ||
            op === ts.SyntaxKind.QuestionQuestionToken ||
            op === ts.SyntaxKind.AmpersandAmpersandEqualsToken ||
            op === ts.SyntaxKind.BarBarEqualsToken ||
            op === ts.SyntaxKind.QuestionQuestionEqualsToken
          )
            complexity++;
          break;
        }
      }
      ts.forEachChild(node, walk);
    };
    ts.forEachChild(root, walk);
    const p = position(sf, pos);
    results.push({ name, complexity, line: p.line, column: p.column });
  };
  measure(sf, '(module top level)', 0);
  return results;
}

/** Lines holding code (not blank, not only comments), like ESLint's max-lines with skipBlankLines/skipComments. */
export function codeLineCount(sf: ts.SourceFile): number {
  const lines = new Set<number>();
  const visit = (node: ts.Node): void => {
    const children = node.getChildren(sf);
    if (children.length === 0 && node.kind !== ts.SyntaxKind.EndOfFileToken) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      for (let l = start; l <= end; l++) lines.add(l);
      return;
    }
    for (const c of children) visit(c);
  };
  visit(sf);
  return lines.size;
}

function complexity(sf: ts.SourceFile, slot: Slot): Diagnostic[] {
  const out: Diagnostic[] = [];
  const limit = COMPLEXITY_LIMITS[slot];
  for (const f of cyclomaticComplexities(sf))
    if (f.complexity > limit)
      out.push(
        diag(
          'complexity',
          `${f.name} has cyclomatic complexity ${f.complexity} (limit ${limit} for the ${slot} slot); split it into smaller helper functions or use a lookup table`,
          f.line,
          f.column,
        ),
      );
  const lines = codeLineCount(sf);
  if (lines > MAX_LINES[slot])
    out.push(diag('max-lines', `the file has ${lines} lines of code (limit ${MAX_LINES[slot]} for the ${slot} slot, blank and comment-only lines not counted); simplify it`));
  return out;
}

/** Run the syntax stage on one candidate. Never throws. */
export function runSyntaxStage(input: SyntaxInput): StageResult {
  const started = performance.now();
  const candidatePath = `${VROOT}/workflows-generated/${input.spec.name}/v${input.spec.version}/${input.slot}.ts`;
  let diagnostics: Diagnostic[];
  try {
    const sf = ts.createSourceFile(candidatePath, input.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    diagnostics = [...typecheck(input, candidatePath), ...lint(sf, input.slot), ...complexity(sf, input.slot)];
    const hasExportProblem = diagnostics.some((d) => d.rule === 'required-export');
    if (hasExportProblem) diagnostics = diagnostics.filter((d, i) => d.rule !== 'required-export' || diagnostics.findIndex((x) => x.rule === 'required-export') === i);
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  } catch (e) {
    diagnostics = [diag('internal-error', `the syntax stage failed: ${(e as Error).message}`)];
  }
  return { stage: 'syntax', passed: diagnostics.length === 0, diagnostics, durationMs: Math.round(performance.now() - started) };
}
