// The analysis context shared by every check: the findings, the lexical scope model (free identifiers are
// resolved against it), constant folding and helpers on global references.
import * as ts from 'typescript';
import { KIT_SPECIFIER } from '../kit';
import type { Diagnostic } from '../diagnostics';
import { MUTATING_ARRAY_METHODS } from './globals';
import { isFunctionLike, isScopeNode, unwrap, bindingNames } from './ast';

export interface ScopeInfo {
  names: Map<string, ts.Node>; // name -> declaration node
}

export class Context {
  readonly findings: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly scopes = new Map<ts.Node, ScopeInfo>();
  private readonly mutatedArrays = new Set<ts.Node>();

  constructor(
    readonly sf: ts.SourceFile,
    readonly kitExports: ReadonlySet<string> | undefined,
    /** The one run-time import a slot may have (the bounded-decision kit by default; './kit' for function-call). */
    readonly kitSpecifier: string = KIT_SPECIFIER,
  ) {}

  report(node: ts.Node, rule: string, message: string): void {
    const pos = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const key = `${rule}:${pos.line}:${pos.character}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push({ stage: 'security', rule, message, line: pos.line + 1, column: pos.character + 1 });
  }

  private scopeOf(n: ts.Node): ScopeInfo {
    let s = this.scopes.get(n);
    if (!s) {
      s = { names: new Map() };
      this.scopes.set(n, s);
    }
    return s;
  }

  nearestScope(from: ts.Node, functionOnly: boolean): ts.Node {
    let cur: ts.Node | undefined = from;
    while (cur) {
      if (functionOnly ? ts.isSourceFile(cur) || isFunctionLike(cur) || ts.isModuleBlock(cur) || ts.isClassStaticBlockDeclaration(cur) : isScopeNode(cur)) return cur;
      cur = cur.parent;
    }
    return this.sf;
  }

  private declare(scope: ts.Node, id: ts.Identifier, decl: ts.Node): void {
    this.scopeOf(scope).names.set(id.text, decl);
  }

  protected collectDeclarations(root: ts.Node): void {
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n)) {
        const list = n.parent;
        const ids: ts.Identifier[] = [];
        bindingNames(n.name, ids);
        let scope: ts.Node;
        if (ts.isCatchClause(list)) scope = list;
        else {
          const isVar = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) === 0;
          scope = isVar ? this.nearestScope(list, true) : this.nearestScope(list.parent, false);
          if (ts.isVariableDeclarationList(list) && (ts.isForStatement(list.parent) || ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent)) && !isVar) {
            scope = list.parent;
          }
        }
        for (const id of ids) this.declare(scope, id, n);
      } else if (ts.isParameter(n)) {
        const ids: ts.Identifier[] = [];
        bindingNames(n.name, ids);
        for (const id of ids) this.declare(n.parent, id, n);
      } else if (ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isEnumDeclaration(n) || ts.isModuleDeclaration(n)) {
        if (n.name && ts.isIdentifier(n.name)) this.declare(this.nearestScope(n.parent, false), n.name, n);
        if (ts.isEnumDeclaration(n)) for (const m of n.members) if (ts.isIdentifier(m.name)) this.declare(n, m.name, m);
      } else if ((ts.isFunctionExpression(n) || ts.isClassExpression(n)) && n.name) {
        this.declare(n, n.name, n);
      } else if (ts.isImportClause(n) && n.name) {
        this.declare(this.sf, n.name, n);
      } else if (ts.isNamespaceImport(n) || ts.isImportSpecifier(n) || ts.isImportEqualsDeclaration(n)) {
        this.declare(this.sf, n.name, n);
      }
      // Record arrays that are mutated (so their contents are not treated as constants).
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && MUTATING_ARRAY_METHODS.has(n.expression.name.text)) {
        const obj = unwrap(n.expression.expression);
        if (ts.isIdentifier(obj)) this.mutatedArrays.add(obj);
      }
      ts.forEachChild(n, visit);
    };
    visit(root);
  }

  /** The declaration a name refers to at `at`, or undefined when it is a free (global) name. */
  resolve(id: ts.Identifier): ts.Node | undefined {
    let cur: ts.Node | undefined = id.parent;
    while (cur) {
      const s = this.scopes.get(cur);
      const d = s?.names.get(id.text);
      if (d) return d;
      cur = cur.parent;
    }
    return undefined;
  }

  /** Folds an expression to a constant string when it is built only from literals and constants. */
  fold(e: ts.Expression, depth = 0): string | undefined {
    if (depth > 20) return undefined;
    const x = unwrap(e);
    if (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) return x.text;
    if (ts.isNumericLiteral(x)) return String(Number(x.text));
    if (ts.isTemplateExpression(x)) {
      let s = x.head.text;
      for (const span of x.templateSpans) {
        const v = this.fold(span.expression, depth + 1);
        if (v === undefined) return undefined;
        s += v + span.literal.text;
      }
      return s;
    }
    if (ts.isTaggedTemplateExpression(x) && ts.isNoSubstitutionTemplateLiteral(x.template) && this.isGlobalMember(x.tag, 'String', 'raw')) {
      return x.template.rawText ?? x.template.text;
    }
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = this.fold(x.left, depth + 1);
      const r = this.fold(x.right, depth + 1);
      return l !== undefined && r !== undefined ? l + r : undefined;
    }
    if (ts.isIdentifier(x)) {
      const d = this.resolve(x);
      if (d && ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) && d.initializer && this.isConstDecl(d)) {
        return this.fold(d.initializer, depth + 1);
      }
      return undefined;
    }
    if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && x.expression.name.text === 'join') {
      const arr = this.constArray(x.expression.expression, depth);
      if (!arr) return undefined;
      const sep = x.arguments.length === 0 ? ',' : this.fold(x.arguments[0], depth + 1);
      return sep === undefined ? undefined : arr.join(sep);
    }
    return undefined;
  }

  /** Every value a string expression can take when it is built from constants and elements of constant lists (at most 64). */
  foldAll(e: ts.Expression, depth: number): string[] | undefined {
    if (depth > 10) return undefined;
    const one = this.fold(e);
    if (one !== undefined) return [one];
    const x = unwrap(e);
    const product = (parts: (string[] | undefined)[]): string[] | undefined => {
      let acc = [''];
      for (const p of parts) {
        if (!p) return undefined;
        acc = acc.flatMap((a) => p.map((v) => a + v));
        if (acc.length > 64) return undefined;
      }
      return acc;
    };
    if (ts.isTemplateExpression(x)) {
      const parts: (string[] | undefined)[] = [[x.head.text]];
      for (const span of x.templateSpans) parts.push(this.foldAll(span.expression, depth + 1), [span.literal.text]);
      return product(parts);
    }
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return product([this.foldAll(x.left, depth + 1), this.foldAll(x.right, depth + 1)]);
    }
    if (ts.isIdentifier(x)) {
      const d = this.resolve(x);
      // First parameter of a callback iterating a constant list: LIST.some((w) => ...)
      if (d && ts.isParameter(d) && ts.isIdentifier(d.name) && d.parent.parameters[0] === d && (ts.isArrowFunction(d.parent) || ts.isFunctionExpression(d.parent))) {
        const call = d.parent.parent;
        if (call && ts.isCallExpression(call) && call.arguments[0] === d.parent && ts.isPropertyAccessExpression(call.expression) &&
            ['some', 'every', 'map', 'filter', 'find', 'findIndex', 'findLast', 'forEach', 'flatMap'].includes(call.expression.name.text)) {
          return this.constArray(call.expression.expression, depth);
        }
      }
      // for (const w of LIST)
      if (d && ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) && ts.isVariableDeclarationList(d.parent) && ts.isForOfStatement(d.parent.parent) &&
          (d.parent.flags & ts.NodeFlags.Const) !== 0) {
        return this.constArray(d.parent.parent.expression, depth);
      }
    }
    return undefined;
  }

  private constArray(e: ts.Expression, depth: number): string[] | undefined {
    const x = unwrap(e);
    let lit: ts.Expression = x;
    if (ts.isIdentifier(x)) {
      const d = this.resolve(x);
      if (!d || !ts.isVariableDeclaration(d) || !d.initializer || !this.isConstDecl(d)) return undefined;
      for (const m of this.mutatedArrays) if (m.getText(this.sf) === x.text && this.resolve(m as ts.Identifier) === d) return undefined;
      lit = unwrap(d.initializer);
    }
    if (!ts.isArrayLiteralExpression(lit)) return undefined;
    const out: string[] = [];
    for (const el of lit.elements) {
      const v = this.fold(el, depth + 1);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }

  isConstDecl(d: ts.VariableDeclaration): boolean {
    return ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const) !== 0;
  }

  isGlobalRef(e: ts.Expression, name?: string): e is ts.Identifier {
    const x = unwrap(e);
    return ts.isIdentifier(x) && (name === undefined || x.text === name) && this.resolve(x) === undefined;
  }

  private isGlobalMember(e: ts.Expression, obj: string, member: string): boolean {
    const x = unwrap(e);
    return ts.isPropertyAccessExpression(x) && x.name.text === member && this.isGlobalRef(x.expression, obj);
  }

  memberName(n: ts.Node): string | undefined {
    if (ts.isPropertyAccessExpression(n)) return n.name.text;
    if (ts.isElementAccessExpression(n)) return this.fold(n.argumentExpression);
    return undefined;
  }

  rootIdentifier(e: ts.Expression): ts.Identifier | undefined {
    let cur = unwrap(e);
    for (;;) {
      if (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur)) cur = unwrap(cur.expression);
      else if (ts.isCallExpression(cur)) cur = unwrap(cur.expression);
      else break;
    }
    return ts.isIdentifier(cur) ? cur : undefined;
  }

  isReference(id: ts.Identifier): boolean {
    const p = id.parent;
    if (!p) return false;
    if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
    if (ts.isQualifiedName(p)) return false;
    if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) ||
         ts.isSetAccessorDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p) || ts.isEnumMember(p)) && p.name === id) return false;
    if (ts.isBindingElement(p)) return false; // name is a declaration; propertyName is a key
    if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isFunctionExpression(p) ||
         ts.isClassDeclaration(p) || ts.isClassExpression(p) || ts.isEnumDeclaration(p) || ts.isInterfaceDeclaration(p) ||
         ts.isTypeAliasDeclaration(p) || ts.isModuleDeclaration(p) || ts.isImportClause(p) || ts.isNamespaceImport(p) ||
         ts.isImportSpecifier(p) || ts.isTypeParameterDeclaration(p) || ts.isImportEqualsDeclaration(p) || ts.isNamespaceExport(p)) && p.name === id) return false;
    if (ts.isImportSpecifier(p)) return false;
    if (ts.isExportSpecifier(p)) return p.propertyName ? p.propertyName === id : p.name === id;
    if ((ts.isLabeledStatement(p) || ts.isBreakStatement(p) || ts.isContinueStatement(p)) && p.label === id) return false;
    if (ts.isMetaProperty(p)) return false;
    if (ts.isJsxAttribute(p)) return false;
    return true;
  }
}
