// What runs when the module loads: top-level statements, imports (only the extraction kit at run time),
// load-time calls and class bodies. Compiled slots have no top-level side effects.
import * as ts from 'typescript';
import { ALLOWED_GLOBALS, DENIED_GLOBALS, FORBIDDEN_MEMBERS, PURE_METHODS, NODE_MODULE_HINT } from './globals';
import { isFunctionLike, unwrap } from './ast';
import type { Analyzer } from './analyzer';

export class LoadTimeChecks {
  constructor(private readonly a: Analyzer) {}

  checkTopLevel(): void {
    for (const st of this.a.sf.statements) {
      if (ts.isImportDeclaration(st)) {
        this.checkImport(st);
        continue;
      }
      if (ts.isImportEqualsDeclaration(st)) {
        this.a.report(st, 'no-import', "'import x = require(...)' loads a module at run time; compiled slots may only use 'import type' from the template types or './facts'");
        continue;
      }
      if (ts.isExportDeclaration(st)) {
        if (st.moduleSpecifier) {
          this.a.report(st, 'no-reexport', "'export ... from' re-exports another module; export only what this file declares");
        }
        continue;
      }
      const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) ?? [] : [];
      if (mods.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
        this.a.report(st, 'no-ambient-declaration', "'declare' introduces a binding with no code behind it (at run time the name resolves elsewhere); remove it");
        continue;
      }
      if (ts.isFunctionDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) continue;
      if (ts.isClassDeclaration(st)) {
        this.checkClassLoadTime(st);
        continue;
      }
      if (ts.isEnumDeclaration(st)) {
        for (const m of st.members) if (m.initializer) this.checkLoadTime(m.initializer);
        continue;
      }
      if (ts.isModuleDeclaration(st)) {
        this.a.report(st, 'no-ambient-declaration', 'namespaces run code at load time and hide bindings; use top-level functions and consts');
        continue;
      }
      if (ts.isVariableStatement(st)) {
        if ((st.declarationList.flags & ts.NodeFlags.Const) === 0) {
          this.a.report(st, 'no-module-state', "top-level 'let'/'var' is mutable state shared between calls; use 'const' (or move it inside the function)");
        }
        for (const d of st.declarationList.declarations) if (d.initializer) this.checkLoadTime(d.initializer);
        continue;
      }
      if (ts.isExportAssignment(st)) {
        this.checkLoadTime(st.expression);
        continue;
      }
      if (ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression) && st.expression.text === 'use strict') continue;
      if (ts.isEmptyStatement(st)) continue;
      if (ts.isForOfStatement(st) && this.isTableFill(st)) continue;
      this.a.report(st, 'no-top-level-side-effect', 'top-level statements run when the module is loaded; only imports of types and declarations (functions, consts, classes, types, enums) are allowed at top level');
    }
  }

  /**
   * A top-level `for (const row of ROWS) { INDEX.set(k, v); ... }` that fills a lookup table: it iterates a
   * module const array literal, and its body only calls set/add/push on other module consts created as
   * `new Map(...)`, `new Set(...)` or `[]`, with arguments held to the load-time rules (no local calls).
   */
  private isTableFill(st: ts.ForOfStatement): boolean {
    if (st.awaitModifier || !ts.isVariableDeclarationList(st.initializer) || (st.initializer.flags & ts.NodeFlags.Const) === 0) return false;
    const topConst = (e: ts.Expression): ts.VariableDeclaration | undefined => {
      const x = unwrap(e);
      if (!ts.isIdentifier(x)) return undefined;
      const d = this.a.resolve(x);
      return d && ts.isVariableDeclaration(d) && d.initializer && this.a.isConstDecl(d) && ts.isSourceFile(d.parent.parent.parent) ? d : undefined;
    };
    const iterated = unwrap(st.expression);
    const src = topConst(iterated);
    if (!(ts.isArrayLiteralExpression(iterated) || (src && ts.isArrayLiteralExpression(unwrap(src.initializer!))))) return false;
    const body = ts.isBlock(st.statement) ? st.statement.statements : ts.factory.createNodeArray([st.statement]);
    if (body.length === 0) return false;
    for (const s of body) {
      if (!ts.isExpressionStatement(s)) return false;
      const call = unwrap(s.expression);
      if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || !['set', 'add', 'push'].includes(call.expression.name.text)) return false;
      const target = topConst(call.expression.expression);
      if (!target || target === src) return false;
      const init = unwrap(target.initializer!);
      const isTable = (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && ['Map', 'Set'].includes(init.expression.text) && this.a.resolve(init.expression) === undefined) ||
        (ts.isArrayLiteralExpression(init) && init.elements.length === 0);
      if (!isTable) return false;
    }
    this.checkLoadTime(st.expression);
    for (const s of body) for (const a of ((s as ts.ExpressionStatement).expression as ts.CallExpression).arguments) this.checkLoadTime(a);
    return true;
  }

  private checkImport(st: ts.ImportDeclaration): void {
    const spec = ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : '';
    if (spec === this.a.kitSpecifier) {
      this.checkKitImport(st);
      return;
    }
    const clause = st.importClause;
    const typeOnly =
      !!clause &&
      (clause.isTypeOnly ||
        (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
    const allowedPath = /^\.\.?\//.test(spec) && /(^|\/)(types|facts)(\.d)?(\.ts|\.js)?$/.test(spec) && !spec.includes('node_modules');
    const kitHint = /(^|\/)kit(\/|$)/.test(spec) ? ` (the extraction kit is imported with exactly '${this.a.kitSpecifier}', never a file inside it or another relative path)` : '';
    if (!clause) {
      this.a.report(st, 'no-import', `side-effect import of '${spec}' runs module code${kitHint}; compiled slots may only use 'import type' from the template types or './facts', and 'import { a, b } from '${this.a.kitSpecifier}''`);
    } else if (!typeOnly) {
      const hint = NODE_MODULE_HINT.test(spec) ? ` ('${spec}' is a host module: I/O is not allowed)` : kitHint;
      this.a.report(st, 'no-import', `runtime import of '${spec}'${hint}; the only run-time import allowed is 'import { a, b } from '${this.a.kitSpecifier}'' (the extraction kit); anything else only as 'import type { ... }' from the template types or './facts'`);
    } else if (!allowedPath) {
      this.a.report(st, 'no-import', `type import from '${spec}' is not allowed; import types only from the template types (relative path ending in 'types') or './facts'`);
    }
  }

  /** `import { a, b } from KIT_SPECIFIER` (or `import type`): named imports of names the kit exports, nothing else. */
  private checkKitImport(st: ts.ImportDeclaration): void {
    const clause = st.importClause;
    const example = `import { normalizeText } from '${this.a.kitSpecifier}'`;
    if (!clause) {
      this.a.report(st, 'no-import', `side-effect import of the extraction kit imports nothing; import the functions you call by name: ${example}`);
      return;
    }
    if (clause.name) {
      this.a.report(st, 'no-import', `default import of the extraction kit ('${clause.name.text}'); the kit has no default export: import the functions you call by name, ${example}`);
      return;
    }
    const nb = clause.namedBindings;
    if (!nb || ts.isNamespaceImport(nb)) {
      this.a.report(st, 'no-import', `namespace import of the extraction kit${nb ? ` ('* as ${nb.name.text}')` : ''}; import the functions you call by name: ${example}`);
      return;
    }
    if (nb.elements.length === 0) {
      this.a.report(st, 'no-import', `empty import of the extraction kit; import the functions you call by name: ${example}`);
      return;
    }
    const known = this.a.kitExports;
    for (const el of nb.elements) {
      const imported = el.propertyName ?? el.name;
      if (!ts.isIdentifier(imported)) {
        this.a.report(el, 'no-import', `kit imports must name an exported function with a plain identifier, e.g. ${example}`);
        continue;
      }
      const name = imported.text;
      if (name === 'default' || name === '__esModule' || name === 'prototype' || Object.prototype.hasOwnProperty.call(FORBIDDEN_MEMBERS, name)) {
        this.a.report(el, 'no-import', `'${name}' is not a kit function; import only the kit's exported names, e.g. ${example}`);
        continue;
      }
      if (known && !known.has(name)) {
        const list = [...known].sort().slice(0, 40).join(', ');
        this.a.report(el, 'no-import', `the extraction kit does not export '${name}'; it exports: ${list}`);
        continue;
      }
      const local = el.name.text;
      if (Object.prototype.hasOwnProperty.call(DENIED_GLOBALS, local) || ALLOWED_GLOBALS.has(local)) {
        this.a.report(el, 'no-import', `'${local}' would shadow a global name; import the kit function under its own name ('${name}') or another local name`);
      }
    }
  }

  /** Whether an identifier is bound by a named import of the extraction kit (a vetted, pure function). */
  private isKitBinding(id: ts.Identifier): boolean {
    const d = this.a.resolve(id);
    if (!d || !ts.isImportSpecifier(d)) return false;
    const decl = d.parent.parent.parent;
    return ts.isImportDeclaration(decl) && ts.isStringLiteral(decl.moduleSpecifier) && decl.moduleSpecifier.text === this.a.kitSpecifier;
  }

  private checkClassLoadTime(c: ts.ClassLikeDeclaration): void {
    const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    if (ext) for (const t of ext.types) this.checkLoadTime(t.expression);
    for (const m of c.members) {
      const isStatic = ts.canHaveModifiers(m) && (ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (ts.isClassStaticBlockDeclaration(m)) {
        this.a.report(m, 'no-top-level-side-effect', 'static blocks run when the module is loaded; initialise static data with constant expressions');
      } else if (ts.isPropertyDeclaration(m) && isStatic && m.initializer) {
        this.checkLoadTime(m.initializer);
      }
      if (m.name && ts.isComputedPropertyName(m.name)) this.checkLoadTime(m.name.expression);
    }
  }

  /** Expressions evaluated at module load may not run local code or mutate anything. */
  private checkLoadTime(e: ts.Node): void {
    for (const { node, kind } of this.loadTimeIssues(e, new Set())) {
      this.a.report(node, 'no-top-level-side-effect', kind === 'call'
        ? 'this call runs when the module is loaded; top-level initialisers may only use literals, pure built-ins, closure factories and plain local classes (move the call inside a function)'
        : 'assignment at module load time; top-level initialisers must be side-effect free');
    }
  }

  /**
   * Calls and assignments in `e` that would run code at load time. Allowed: pure built-ins, pure
   * methods, calls of a local *closure factory* (a function whose only effect is to return a function:
   * `const atLeast = (n) => (x) => x >= n`, `function compose(f, g) { return (a) => g(f(a)); }`) and
   * `new C(...)` of a local *plain class* (field initialisers and constructor assignments only, themselves
   * held to these rules). Both create values without computing anything.
   */
  private loadTimeIssues(e: ts.Node, classes: Set<ts.Node>): { node: ts.Node; kind: 'call' | 'assign' }[] {
    const out: { node: ts.Node; kind: 'call' | 'assign' }[] = [];
    const visit = (n: ts.Node): void => {
      if (isFunctionLike(n)) return; // bodies run later, when called
      if (ts.isClassExpression(n)) {
        this.checkClassLoadTime(n);
        return;
      }
      if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n)) {
        const callee = unwrap(ts.isTaggedTemplateExpression(n) ? n.tag : n.expression);
        const root = this.a.rootIdentifier(callee);
        const pureBuiltin = !!root && this.a.resolve(root) === undefined && ALLOWED_GLOBALS.has(root.text);
        const pureMethod = ts.isPropertyAccessExpression(callee) && PURE_METHODS.has(callee.name.text) && !(root && this.isLocalFunction(root));
        const factory = ts.isCallExpression(n) && ts.isIdentifier(callee) && this.isClosureFactory(callee);
        const plainNew = ts.isNewExpression(n) && ts.isIdentifier(callee) && this.isPlainClass(callee, classes);
        const kitCall = ts.isCallExpression(n) && ts.isIdentifier(callee) && this.isKitBinding(callee);
        if (!pureBuiltin && !pureMethod && !factory && !plainNew && !kitCall) out.push({ node: n, kind: 'call' });
      }
      if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        out.push({ node: n, kind: 'assign' });
      }
      ts.forEachChild(n, visit);
    };
    visit(e);
    return out;
  }

  /** A local function whose body only returns a function expression (calling it runs no computation). */
  private isClosureFactory(id: ts.Identifier): boolean {
    const d = this.a.resolve(id);
    let fn: ts.Node | undefined;
    if (d && ts.isFunctionDeclaration(d)) fn = d;
    else if (d && ts.isVariableDeclaration(d) && d.initializer && this.a.isConstDecl(d)) fn = unwrap(d.initializer);
    if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return false;
    if (fn.asteriskToken || (ts.getModifiers(fn) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return false;
    // Parameter defaults run at call time.
    // Plain parameters only: destructuring and non-literal defaults run code at call time.
    if (fn.parameters.some((p) => !ts.isIdentifier(p.name) || (p.initializer && !ts.isLiteralExpression(unwrap(p.initializer))))) return false;
    const isFn = (x: ts.Node): boolean => ts.isArrowFunction(x) || ts.isFunctionExpression(x);
    const body = fn.body;
    if (!body) return false;
    if (!ts.isBlock(body)) return isFn(unwrap(body));
    return body.statements.length === 1 && ts.isReturnStatement(body.statements[0]) && !!body.statements[0].expression &&
      isFn(unwrap(body.statements[0].expression));
  }

  /**
   * A local class whose construction only stores values: no base class other than another plain local
   * class, instance field initialisers and constructor statements (`super(...)`, `this.x = ...`) that
   * pass the load-time rules themselves.
   */
  private isPlainClass(id: ts.Identifier, classes: Set<ts.Node>): boolean {
    const d = this.a.resolve(id);
    if (!d || !ts.isClassDeclaration(d) || classes.has(d) || classes.size > 8) return false;
    const inner = new Set(classes).add(d);
    const ext = d.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    if (ext) {
      const base = unwrap(ext.types[0].expression);
      if (!ts.isIdentifier(base) || !this.isPlainClass(base, inner)) return false;
    }
    for (const m of d.members) {
      const isStatic = ts.canHaveModifiers(m) && (ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (ts.isPropertyDeclaration(m) && !isStatic && m.initializer && this.loadTimeIssues(m.initializer, inner).length) return false;
      if (ts.isPropertyDeclaration(m) && m.name && ts.isComputedPropertyName(m.name)) return false;
      if (ts.isConstructorDeclaration(m)) {
        if (m.parameters.some((p) => p.initializer && this.loadTimeIssues(p.initializer, inner).length)) return false;
        for (const st of m.body?.statements ?? []) {
          if (!ts.isExpressionStatement(st)) return false;
          const x = unwrap(st.expression);
          if (ts.isCallExpression(x) && x.expression.kind === ts.SyntaxKind.SuperKeyword) {
            if (x.arguments.some((a) => this.loadTimeIssues(a, inner).length)) return false;
            continue;
          }
          if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(x.left) &&
              x.left.expression.kind === ts.SyntaxKind.ThisKeyword && !this.loadTimeIssues(x.right, inner).length) continue;
          return false;
        }
      }
    }
    return true;
  }

  private isLocalFunction(id: ts.Identifier): boolean {
    const d = this.a.resolve(id);
    if (!d) return false;
    if (ts.isFunctionDeclaration(d)) return true;
    if (ts.isVariableDeclaration(d) && d.initializer) {
      const init = unwrap(d.initializer);
      return ts.isArrowFunction(init) || ts.isFunctionExpression(init);
    }
    return false;
  }
}
