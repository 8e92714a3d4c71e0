// Small TypeScript AST helpers shared by the checks.
import * as ts from 'typescript';

export function isFunctionLike(n: ts.Node): n is ts.SignatureDeclaration {
  return (
    ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n)
  );
}

export function isScopeNode(n: ts.Node): boolean {
  return (
    ts.isSourceFile(n) || isFunctionLike(n) || ts.isBlock(n) || ts.isForStatement(n) || ts.isForInStatement(n) ||
    ts.isForOfStatement(n) || ts.isCatchClause(n) || ts.isCaseBlock(n) || ts.isClassExpression(n) ||
    ts.isEnumDeclaration(n) || ts.isModuleBlock(n) || ts.isClassStaticBlockDeclaration(n)
  );
}

export function unwrap(e: ts.Expression): ts.Expression {
  let cur = e;
  for (;;) {
    if (ts.isParenthesizedExpression(cur) || ts.isAsExpression(cur) || ts.isNonNullExpression(cur) ||
        ts.isTypeAssertionExpression(cur) || ts.isSatisfiesExpression(cur)) {
      cur = cur.expression;
    } else {
      return cur;
    }
  }
}

export function bindingNames(name: ts.BindingName, out: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) out.push(name);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}
