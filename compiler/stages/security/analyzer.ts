// SECURITY stage: an allow-list-minded static analyzer over the TypeScript AST.
//
// Compiled slots (decision and extractor functions) are small, pure, synchronous, deterministic
// business logic. This analyzer admits only what such code needs: declarations, expressions over
// local bindings and a short list of pure built-ins, safe regexes, bounded loops. Everything else
// (I/O, module loading, dynamic code, reflection, prototype tricks, nondeterminism, recursion,
// unbounded loops, backtracking-prone regexes, hard-coded secrets, top-level side effects) is a
// finding. Free identifiers are resolved with a lexical scope model; a free identifier that is not
// an allowed pure global is itself a finding (`unknown-global`), so unknown capabilities fail closed.
//
// The walk lives here; each concern is one module in this folder (see index.ts).
import * as ts from 'typescript';
import type { SecurityReport } from './rules';
import { ALLOWED_GLOBALS, RESTRICTED_GLOBALS, DENIED_GLOBALS } from './globals';
import { isFunctionLike } from './ast';
import { KIT_SPECIFIER, kitExportNames } from '../kit';
import { parseCandidate } from './parse';
import { Context } from './context';
import { LoadTimeChecks } from './load-time';
import { MemberChecks } from './members';
import { CallChecks } from './calls';
import { LoopProofs } from './loops';
import { AssignmentChecks } from './assignments';
import { SecretChecks } from './secret-checks';
import { RecursionCheck } from './recursion';

export class Analyzer extends Context {
  readonly loadTime = new LoadTimeChecks(this);
  readonly members = new MemberChecks(this);
  readonly calls = new CallChecks(this);
  readonly loops = new LoopProofs(this);
  readonly assignments = new AssignmentChecks(this);
  readonly secrets = new SecretChecks(this);
  readonly recursion = new RecursionCheck(this);

  run(): void {
    this.collectDeclarations(this.sf);
    this.loadTime.checkTopLevel();
    this.visit(this.sf);
    this.recursion.checkRecursion();
  }

  private visit(n: ts.Node): void {
    // Type-only syntax has no run-time effect.
    if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isTypeParameterDeclaration(n)) return;
    if (ts.isHeritageClause(n) && n.token === ts.SyntaxKind.ImplementsKeyword) return;
    if (ts.isImportDeclaration(n) || ts.isImportEqualsDeclaration(n)) return;
    if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return;
    if (ts.isExpressionWithTypeArguments(n) && !(ts.isHeritageClause(n.parent) && n.parent.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(n.parent.parent))) return;

    this.checkNode(n);
    ts.forEachChild(n, (c) => this.visit(c));
  }

  private checkNode(n: ts.Node): void {
    switch (n.kind) {
      case ts.SyntaxKind.Identifier:
        this.checkIdentifier(n as ts.Identifier);
        return;
      case ts.SyntaxKind.PropertyAccessExpression:
        this.members.checkMember(n as ts.PropertyAccessExpression);
        return;
      case ts.SyntaxKind.ElementAccessExpression:
        this.members.checkElementAccess(n as ts.ElementAccessExpression);
        return;
      case ts.SyntaxKind.CallExpression:
        this.calls.checkCall(n as ts.CallExpression);
        return;
      case ts.SyntaxKind.NewExpression:
        this.calls.checkNew(n as ts.NewExpression);
        return;
      case ts.SyntaxKind.WithStatement:
        this.report(n, 'no-with', "'with' changes name resolution at run time; use explicit property access");
        return;
      case ts.SyntaxKind.DebuggerStatement:
        this.report(n, 'no-debugger', "remove the 'debugger' statement");
        return;
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
        if (this.loops.isCountedLoop(n as ts.WhileStatement | ts.DoStatement)) return;
        if (ts.isWhileStatement(n) && this.loops.isRegexScanLoop(n)) return;
        this.report(n, 'no-unbounded-loop', `'${n.kind === ts.SyntaxKind.WhileStatement ? 'while' : 'do...while'}' loops have no visible bound; use 'for (let i = 0; i < n; i++)', 'for...of' or array methods`);
        return;
      case ts.SyntaxKind.ForStatement:
        this.loops.checkFor(n as ts.ForStatement);
        return;
      case ts.SyntaxKind.ForOfStatement:
        if ((n as ts.ForOfStatement).awaitModifier) this.report(n, 'no-async', "'for await' is asynchronous; compiled slots are synchronous");
        return;
      case ts.SyntaxKind.AwaitExpression:
        this.report(n, 'no-async', "'await' is asynchronous; compiled slots are synchronous (return the value directly)");
        return;
      case ts.SyntaxKind.YieldExpression:
        this.report(n, 'no-async', "generators ('yield') are not allowed; return an array instead");
        return;
      case ts.SyntaxKind.Decorator:
        this.report(n, 'no-decorator', 'decorators run code when the class is defined; remove the decorator');
        return;
      case ts.SyntaxKind.ImportKeyword:
        return;
      case ts.SyntaxKind.MetaProperty: {
        const mp = n as ts.MetaProperty;
        if (mp.keywordToken === ts.SyntaxKind.ImportKeyword) this.report(n, 'no-require', "'import.meta' exposes module-system data; remove it");
        return;
      }
      case ts.SyntaxKind.ThisKeyword:
        this.checkThis(n);
        return;
      case ts.SyntaxKind.RegularExpressionLiteral:
        this.calls.checkRegexLiteral(n as ts.RegularExpressionLiteral);
        return;
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail:
        this.secrets.checkSecretText(n, (n as ts.LiteralLikeNode).text);
        return;
      case ts.SyntaxKind.PropertyAssignment: {
        const pa = n as ts.PropertyAssignment;
        if ((ts.isIdentifier(pa.name) || ts.isStringLiteral(pa.name)) && pa.name.text === '__proto__') {
          this.report(pa, 'no-prototype-mutation', "a '__proto__:' entry in an object literal sets the object's prototype; use a plain key or Object.create(null)");
          return;
        }
        this.secrets.checkNamedSecret(pa);
        return;
      }
      case ts.SyntaxKind.VariableDeclaration:
      case ts.SyntaxKind.PropertyDeclaration:
      case ts.SyntaxKind.Parameter:
        this.secrets.checkNamedSecret(n as ts.VariableDeclaration | ts.PropertyAssignment | ts.PropertyDeclaration | ts.ParameterDeclaration);
        return;
      case ts.SyntaxKind.BinaryExpression:
        this.assignments.checkBinary(n as ts.BinaryExpression);
        return;
      case ts.SyntaxKind.DeleteExpression:
        this.assignments.checkMutationTarget((n as ts.DeleteExpression).expression, n);
        return;
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const u = n as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken) this.assignments.checkMutationTarget(u.operand, n);
        return;
      }
      case ts.SyntaxKind.BindingElement:
        this.members.checkBindingElement(n as ts.BindingElement);
        return;
      default:
        break;
    }
    if (isFunctionLike(n)) {
      const fn = n as ts.FunctionLikeDeclaration;
      const mods = ts.canHaveModifiers(fn) ? ts.getModifiers(fn) ?? [] : [];
      if (mods.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
        this.report(fn, 'no-async', "async functions are not allowed: compiled slots are synchronous; remove 'async' and return the value directly");
      }
      if (fn.asteriskToken) this.report(fn, 'no-async', 'generator functions are not allowed; return an array instead');
    }
  }

  private checkIdentifier(id: ts.Identifier): void {
    if (!this.isReference(id)) return;
    const name = id.text;
    const decl = this.resolve(id);
    if (decl) return;
    const denied = Object.prototype.hasOwnProperty.call(DENIED_GLOBALS, name) ? DENIED_GLOBALS[name] : undefined;
    if (denied) {
      this.report(id, denied.rule, `'${name}': ${denied.what}; ${denied.fix}`);
      return;
    }
    if (!ALLOWED_GLOBALS.has(name)) {
      this.report(id, 'unknown-global', `'${name}' is not declared in this file and is not an allowed pure built-in; declare it locally, take it as a parameter, or use an allowed built-in (Math, JSON, Number, String, Array, Object, Map, Set, Date, RegExp, ...)`);
      return;
    }
    if (RESTRICTED_GLOBALS.has(name)) {
      const p = id.parent;
      const ok =
        ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === id) ||
        ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.expression === id) ||
        (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && p.right === id) ||
        (ts.isTypeOfExpression(p)) ||
        ts.isExpressionWithTypeArguments(p);
      if (!ok) {
        this.report(id, 'no-global-alias', `'${name}' may not be aliased or passed around (member checks would be bypassed); call its members directly, e.g. ${name}.${name === 'Math' ? 'max' : 'x'}(...)`);
      }
    }
  }

  private checkThis(n: ts.Node): void {
    let cur: ts.Node | undefined = n.parent;
    while (cur) {
      if (ts.isArrowFunction(cur)) {
        cur = cur.parent;
        continue;
      }
      if (ts.isMethodDeclaration(cur) || ts.isConstructorDeclaration(cur) || ts.isGetAccessorDeclaration(cur) ||
          ts.isSetAccessorDeclaration(cur) || ts.isPropertyDeclaration(cur) || ts.isClassStaticBlockDeclaration(cur)) {
        if (ts.isClassLike(cur.parent)) return;
        if (ts.isObjectLiteralExpression(cur.parent)) return; // object-literal method: this is the object
      }
      if (ts.isFunctionDeclaration(cur) || ts.isFunctionExpression(cur) || ts.isSourceFile(cur)) break;
      cur = cur.parent;
    }
    this.report(n, 'no-unbound-this', "'this' outside a class member can be the global object; use a parameter or a class method");
  }
}

/** Runs the security analysis. Throws CodeUnreadableError when the source cannot be analysed. */
export function checkCode(source: string, fileName = 'candidate.ts', options: { kitExports?: ReadonlySet<string>; kitSpecifier?: string } = {}): SecurityReport {
  const sf = parseCandidate(source, fileName);
  const a = new Analyzer(sf, options.kitExports ?? (source.includes(KIT_SPECIFIER) ? kitExportNames() : undefined), options.kitSpecifier ?? KIT_SPECIFIER);
  a.run();
  const findings = a.findings.sort((x, y) => x.line - y.line || x.column - y.column || x.rule.localeCompare(y.rule));
  return { safe: findings.length === 0, findings };
}
