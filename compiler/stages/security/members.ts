// Member access: forbidden members, restricted globals' members, computed and obfuscated keys, destructuring.
import * as ts from 'typescript';
import { RESTRICTED_GLOBALS, ALLOWED_MEMBERS, DENIED_GLOBALS, FORBIDDEN_MEMBERS, EVAL_LIKE_NAMES, WELL_KNOWN_SYMBOLS } from './globals';
import { unwrap } from './ast';
import type { Analyzer } from './analyzer';

export class MemberChecks {
  constructor(private readonly a: Analyzer) {}

  private reportForbiddenMember(node: ts.Node, name: string): boolean {
    const f = Object.prototype.hasOwnProperty.call(FORBIDDEN_MEMBERS, name) ? FORBIDDEN_MEMBERS[name] : undefined;
    if (!f) return false;
    this.a.report(node, f.rule, `'${name}': ${f.what}; ${f.fix}`);
    return true;
  }

  checkMember(n: ts.PropertyAccessExpression): void {
    const name = n.name.text;
    if (this.reportForbiddenMember(n.name, name)) return;
    this.checkGlobalMember(n, name);
  }

  private checkGlobalMember(n: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string | undefined): void {
    const obj = unwrap(n.expression);
    if (!ts.isIdentifier(obj) || this.a.resolve(obj) !== undefined) return;
    const g = obj.text;
    if (name === undefined) {
      if (RESTRICTED_GLOBALS.has(g)) this.a.report(n, 'no-global-alias', `computed member access on '${g}' hides which member is used; access members by name`);
      return;
    }
    if (g === 'Math' && name === 'random') {
      this.a.report(n, 'no-nondeterminism', "'Math.random' makes results non-reproducible (and is not a secure token source); take randomness as an input or remove it");
      return;
    }
    if (g === 'Date' && name === 'now') {
      this.a.report(n, 'no-nondeterminism', "'Date.now()' reads the clock; take the reference date as an input field");
      return;
    }
    if (g === 'Symbol' && name === 'for' && !this.isPlainSymbolKey(n)) {
      this.a.report(n, 'no-symbol-tricks', `'Symbol.${name}' reaches the global symbol registry, whose keys are host hooks (e.g. 'nodejs.util.inspect.custom' runs code when the result is logged); use plain string keys`);
      return;
    }
    if (g === 'Symbol' && WELL_KNOWN_SYMBOLS.has(name)) {
      this.a.report(n, 'no-symbol-tricks', `'Symbol.${name}' hooks language protocols (coercion, iteration, instanceof); use plain methods and arrays`);
      return;
    }
    const allowed = ALLOWED_MEMBERS[g];
    if (allowed && !allowed.has(name)) {
      const rule = g === 'Object' && /Descriptor|OwnPropertyNames|OwnPropertySymbols/.test(name) ? 'no-reflection' : g === 'Object' && /[pP]rototype/.test(name) ? 'no-prototype-mutation' : 'no-global-alias';
      this.a.report(n, rule, `'${g}.${name}' is not on the allow-list for compiled slots; use ${[...allowed].filter((m) => m !== 'prototype').slice(0, 6).join(', ')}`);
    }
  }

  /**
   * `Symbol.for('tag')` with a plain constant key is an ordinary symbol; dotted or computed keys reach host
   * hooks in the registry ('nodejs.util.inspect.custom', 'nodejs.rejection', 'Deno.customInspect', ...).
   */
  private isPlainSymbolKey(n: ts.Node): boolean {
    const call = n.parent;
    if (!ts.isCallExpression(call) || call.expression !== n || call.arguments.length !== 1) return false;
    const key = this.a.fold(call.arguments[0]);
    return key !== undefined && /^[A-Za-z_][\w-]*$/.test(key) && !/inspect|nodejs|deno|bun/i.test(key);
  }

  checkElementAccess(n: ts.ElementAccessExpression): void {
    const arg = n.argumentExpression;
    const key = this.a.fold(arg);
    if (key !== undefined) {
      if (this.reportForbiddenMember(n.argumentExpression, key)) return;
      if (key === 'prototype' || Object.prototype.hasOwnProperty.call(DENIED_GLOBALS, key)) {
        this.a.report(n.argumentExpression, 'no-obfuscated-access', `computed access to '${key}' by string hides a dangerous name; remove it`);
        return;
      }
      this.checkGlobalMember(n, key);
      return;
    }
    if (this.isObfuscatedKey(arg)) {
      this.a.report(arg, 'no-obfuscated-access', 'the member key is assembled from fragments of a dangerous name or decoded at run time; use a plain property name');
      return;
    }
    this.checkGlobalMember(n, undefined);
    // obj[a][b](...) with both keys dynamic: a classic route to Function via 'constructor'.
    const parent = n.parent;
    const inner = unwrap(n.expression);
    if (ts.isCallExpression(parent) && parent.expression === n && ts.isElementAccessExpression(inner) && !this.isNumericKey(inner.argumentExpression) && this.a.fold(inner.argumentExpression) === undefined) {
      this.a.report(n, 'no-function-constructor', 'calling obj[a][b](...) with two dynamic keys can reach the Function constructor; use an explicit lookup table of functions');
    }
  }

  private isObfuscatedKey(arg: ts.Expression): boolean {
    let bad = false;
    const followed = new Set<ts.Node>();
    const visit = (x: ts.Node): void => {
      if (bad) return;
      // Follow constants: const k = String.fromCharCode(...); o[k]
      if (ts.isIdentifier(x) && followed.size < 10) {
        const d = this.a.resolve(x);
        if (d && ts.isVariableDeclaration(d) && d.initializer && this.a.isConstDecl(d) && !followed.has(d)) {
          followed.add(d);
          visit(d.initializer);
        }
      }
      if (ts.isCallExpression(x)) {
        const c = unwrap(x.expression);
        const nm = ts.isPropertyAccessExpression(c) ? c.name.text : ts.isIdentifier(c) ? c.text : '';
        if (['fromCharCode', 'fromCodePoint', 'atob', 'btoa', 'reverse', 'unescape', 'decodeURIComponent', 'decodeURI'].includes(nm)) bad = true;
      }
      if (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) || ts.isTemplateHead(x) || ts.isTemplateMiddle(x) || ts.isTemplateTail(x)) {
        const t = x.text;
        if (t.length >= 2) {
          for (const dn of EVAL_LIKE_NAMES) {
            if (dn !== t && (dn.startsWith(t) || dn.endsWith(t) || (t.length >= 3 && dn.includes(t)))) bad = true;
          }
        }
      }
      ts.forEachChild(x, visit);
    };
    visit(arg);
    return bad;
  }

  isNumericKey(e: ts.Expression): boolean {
    const x = unwrap(e);
    if (ts.isNumericLiteral(x)) return true;
    if (ts.isPrefixUnaryExpression(x) || ts.isPostfixUnaryExpression(x)) return true;
    if (ts.isBinaryExpression(x)) {
      const k = x.operatorToken.kind;
      return k === ts.SyntaxKind.MinusToken || k === ts.SyntaxKind.AsteriskToken || k === ts.SyntaxKind.SlashToken || k === ts.SyntaxKind.PercentToken ||
        (k === ts.SyntaxKind.PlusToken && (this.isNumericKey(x.left) || this.isNumericKey(x.right)) && this.a.fold(x) === undefined && !ts.isStringLiteral(unwrap(x.left)) && !ts.isStringLiteral(unwrap(x.right)));
    }
    if (ts.isIdentifier(x)) {
      const d = this.a.resolve(x);
      // A classic counter: for (let i = 0; ...)
      if (d && ts.isVariableDeclaration(d) && d.initializer && ts.isNumericLiteral(unwrap(d.initializer))) return true;
      if (d && ts.isVariableDeclaration(d) && d.initializer && ts.isPropertyAccessExpression(unwrap(d.initializer)) && (unwrap(d.initializer) as ts.PropertyAccessExpression).name.text === 'length') return true;
      if (d && ts.isParameter(d) && d.type && d.type.kind === ts.SyntaxKind.NumberKeyword) return true;
      if (d && ts.isVariableDeclaration(d) && d.type && d.type.kind === ts.SyntaxKind.NumberKeyword) return true;
    }
    if (ts.isCallExpression(x)) {
      const c = unwrap(x.expression);
      if (ts.isPropertyAccessExpression(c) && ts.isIdentifier(c.expression) && (c.expression.text === 'Math' || c.expression.text === 'Number')) return true;
      if (ts.isIdentifier(c) && (c.text === 'Number' || c.text === 'parseInt')) return true;
    }
    return false;
  }

  checkBindingElement(b: ts.BindingElement): void {
    const key = b.propertyName
      ? ts.isIdentifier(b.propertyName) || ts.isStringLiteral(b.propertyName)
        ? b.propertyName.text
        : ts.isComputedPropertyName(b.propertyName)
          ? this.a.fold(b.propertyName.expression)
          : undefined
      : ts.isIdentifier(b.name)
        ? b.name.text
        : undefined;
    if (key !== undefined) this.reportForbiddenMember(b, key);
    // Destructuring members out of a global: const { random } = Math
    if (ts.isObjectBindingPattern(b.parent) && ts.isVariableDeclaration(b.parent.parent)) {
      // handled by no-global-alias on the initializer identifier
    }
  }
}
