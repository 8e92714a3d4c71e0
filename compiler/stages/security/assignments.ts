// Assignments and deletes: writes to built-ins, dynamic aliases of them, nested dynamic writes (pollution).
import * as ts from 'typescript';
import { unwrap } from './ast';
import { PASSWORD_NAME } from './secret-patterns';
import type { Analyzer } from './analyzer';

export class AssignmentChecks {
  constructor(private readonly a: Analyzer) {}

  checkBinary(n: ts.BinaryExpression): void {
    const k = n.operatorToken.kind;
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) {
      this.checkMutationTarget(n.left, n);
      // password = "..."
      const target = unwrap(n.left);
      const nm = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : undefined;
      if (nm) this.a.secrets.checkNamedValue(n, nm, n.right);
    }
    if (k === ts.SyntaxKind.EqualsEqualsEqualsToken || k === ts.SyntaxKind.EqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsToken) {
      for (const [a, b] of [[n.left, n.right], [n.right, n.left]] as const) {
        const t = unwrap(a);
        const nm = ts.isIdentifier(t) ? t.text : ts.isPropertyAccessExpression(t) ? t.name.text : undefined;
        const v = unwrap(b);
        if (nm && PASSWORD_NAME.test(nm) && (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) && v.text.length > 0) {
          this.a.report(n, 'no-hardcoded-secret', `comparing '${nm}' with a hard-coded literal embeds a credential in code; credentials must come from a secret store, never from compiled logic`);
        }
      }
    }
  }

  checkMutationTarget(target: ts.Expression, at: ts.Node): void {
    const t = unwrap(target);
    if (!(ts.isPropertyAccessExpression(t) || ts.isElementAccessExpression(t))) return;
    // Writes through .prototype / __proto__
    let cur: ts.Expression = t;
    for (;;) {
      const c = unwrap(cur);
      if (!(ts.isPropertyAccessExpression(c) || ts.isElementAccessExpression(c))) break;
      const nm = this.a.memberName(c);
      if (nm === 'prototype' || nm === '__proto__') {
        this.a.report(at, 'no-prototype-mutation', 'writing to a prototype changes the behaviour of every object of that type; add a method to your own class or use a plain function');
        return;
      }
      cur = c.expression;
    }
    const root = this.a.rootIdentifier(t);
    if (root && this.a.resolve(root) === undefined) {
      this.a.report(at, 'no-global-mutation', `modifying '${root.text}' changes a built-in shared with all other code; keep changes to your own objects`);
      return;
    }
    // obj[a][b] = v with dynamic keys: prototype pollution shape
    if (ts.isElementAccessExpression(t)) {
      const inner = unwrap(t.expression);
      if (ts.isElementAccessExpression(inner) && this.a.fold(inner.argumentExpression) === undefined && !this.a.members.isNumericKey(inner.argumentExpression) &&
          this.a.fold(t.argumentExpression) === undefined && !this.a.members.isNumericKey(t.argumentExpression)) {
        this.a.report(at, 'no-prototype-pollution', "obj[a][b] = v with keys from data can write Object.prototype when a is '__proto__'; use a Map or check keys against an allow-list");
      } else if (ts.isIdentifier(inner) && this.a.fold(t.argumentExpression) === undefined && !this.a.members.isNumericKey(t.argumentExpression) && this.isDynamicAlias(inner)) {
        // The same shape through a variable: `cur = cur[k] = cur[k] || {}` ... `cur[last] = v`.
        this.a.report(at, 'no-prototype-pollution', `'${inner.text}' walks into an object by keys from data and is then written with another such key; a '__proto__' key makes that write change Object.prototype. Use a Map or check keys against an allow-list`);
      }
    }
  }

  /** Whether a local variable is ever bound to a member of an object selected by a data key. */
  private isDynamicAlias(id: ts.Identifier): boolean {
    const decl = this.a.resolve(id);
    if (!decl || !ts.isVariableDeclaration(decl)) return false;
    const sources: ts.Expression[] = decl.initializer ? [decl.initializer] : [];
    const walk = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const l = unwrap(n.left);
        if (ts.isIdentifier(l) && l.text === id.text && this.a.resolve(l) === decl) sources.push(n.right);
      }
      ts.forEachChild(n, walk);
    };
    walk(this.a.sf);
    return sources.some((e) => this.derivesFromDynamicMember(e, 0));
  }

  private derivesFromDynamicMember(e: ts.Expression, depth: number): boolean {
    if (depth > 6) return false;
    const x = unwrap(e);
    if (ts.isElementAccessExpression(x)) return this.a.fold(x.argumentExpression) === undefined && !this.a.members.isNumericKey(x.argumentExpression);
    if (ts.isBinaryExpression(x)) {
      const k = x.operatorToken.kind;
      if (k === ts.SyntaxKind.EqualsToken) return this.derivesFromDynamicMember(x.left, depth + 1) || this.derivesFromDynamicMember(x.right, depth + 1);
      if (k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken) return this.derivesFromDynamicMember(x.left, depth + 1);
    }
    if (ts.isConditionalExpression(x)) return this.derivesFromDynamicMember(x.whenTrue, depth + 1) || this.derivesFromDynamicMember(x.whenFalse, depth + 1);
    return false;
  }
}
