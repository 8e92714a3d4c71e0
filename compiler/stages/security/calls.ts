// Calls and constructors: eval-like calls, prototype and global tampering, host-locale dependence, regexes
// built at run time and regex literals (checked for catastrophic backtracking).
import * as ts from 'typescript';
import { unwrap } from './ast';
import { regexHazard } from './redos';
import type { Analyzer } from './analyzer';

export class CallChecks {
  constructor(private readonly a: Analyzer) {}

  checkCall(n: ts.CallExpression): void {
    const callee = unwrap(n.expression);
    if (callee.kind === ts.SyntaxKind.ImportKeyword) {
      this.a.report(n, 'no-dynamic-import', "dynamic 'import()' loads code at run time; compiled slots cannot import modules");
      return;
    }
    if (this.a.isGlobalRef(callee, 'Date')) {
      this.a.report(n, 'no-nondeterminism', "'Date()' returns the current time as a string; take the reference date as an input field");
      return;
    }
    if (this.a.isGlobalRef(callee, 'RegExp')) {
      this.checkRegexCtor(n, n.arguments);
      return;
    }
    this.checkLocaleDependence(n, callee, n.arguments);
    // Object.assign(X.prototype, ...) / Object.assign(Math, ...)
    if (ts.isPropertyAccessExpression(callee) && this.a.isGlobalRef(callee.expression, 'Object') && ['assign', 'freeze', 'seal', 'preventExtensions'].includes(callee.name.text) && n.arguments.length > 0) {
      const target = unwrap(n.arguments[0]);
      if (this.touchesPrototypeOrGlobal(target)) {
        this.a.report(n, 'no-prototype-mutation', `'Object.${callee.name.text}' on a built-in or a prototype changes shared behaviour; build a new object instead`);
      }
    }
    // String patterns passed to match/search/matchAll are compiled as regexes.
    if (ts.isPropertyAccessExpression(callee) && ['match', 'matchAll', 'search'].includes(callee.name.text) && n.arguments.length > 0) {
      const v = unwrap(n.arguments[0]);
      if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) this.checkPattern(v, v.text, '');
    }
    // Calling a function with itself as argument (anonymous recursion, e.g. Y-combinator style).
    if (ts.isIdentifier(callee) && n.arguments.some((a) => ts.isIdentifier(unwrap(a)) && (unwrap(a) as ts.Identifier).text === callee.text)) {
      this.a.report(n, 'no-recursion', 'a function applied to itself enables recursion; use a bounded loop');
    }
  }

  private touchesPrototypeOrGlobal(e: ts.Expression): boolean {
    const x = unwrap(e);
    if (ts.isIdentifier(x)) return this.a.resolve(x) === undefined;
    if (ts.isPropertyAccessExpression(x) && (x.name.text === 'prototype' || x.name.text === '__proto__')) return true;
    if (ts.isElementAccessExpression(x) && ['prototype', '__proto__'].includes(this.a.fold(x.argumentExpression) ?? '')) return true;
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) return this.touchesPrototypeOrGlobal(x.expression);
    return false;
  }

  checkNew(n: ts.NewExpression): void {
    const callee = unwrap(n.expression);
    if (this.a.isGlobalRef(callee, 'Date') && (!n.arguments || n.arguments.length === 0)) {
      this.a.report(n, 'no-nondeterminism', "'new Date()' without an argument reads the clock; pass the date from the input (new Date(input.date))");
      return;
    }
    if (this.a.isGlobalRef(callee, 'RegExp')) {
      this.checkRegexCtor(n, n.arguments ?? ts.factory.createNodeArray());
    }
    this.checkLocaleDependence(n, callee, n.arguments ?? ts.factory.createNodeArray());
  }

  /**
   * Host locale and time zone are inputs the slot does not control: `Intl.*` formatters need an explicit
   * locale (a string literal or a list of them; date formatters also an explicit `timeZone`), and so do
   * `x.toLocaleString()` and friends (`toLocaleDateString` / `toLocaleTimeString` also a `timeZone`).
   */
  private checkLocaleDependence(n: ts.Node, callee: ts.Expression, args: ts.NodeArray<ts.Expression>): void {
    const isLocale = (a: ts.Expression | undefined): boolean => {
      if (!a) return false;
      const x = unwrap(a);
      if (ts.isArrayLiteralExpression(x)) return x.elements.length > 0 && x.elements.every((el) => isLocale(el));
      return this.a.fold(x) !== undefined && (this.a.fold(x) ?? '').length > 0;
    };
    const hasTimeZone = (a: ts.Expression | undefined): boolean => {
      if (!a) return false;
      const x = unwrap(a);
      return ts.isObjectLiteralExpression(x) && x.properties.some((p) => p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === 'timeZone');
    };
    if (ts.isPropertyAccessExpression(callee) && this.a.isGlobalRef(callee.expression, 'Intl')) {
      const ctor = callee.name.text;
      if (ctor === 'getCanonicalLocales' || ctor === 'supportedValuesOf') return;
      if (!isLocale(args[0])) {
        this.a.report(n, 'no-nondeterminism', `'Intl.${ctor}' without an explicit locale uses the host's locale; pass one, e.g. new Intl.${ctor}('en-US', ...)`);
      } else if (ctor === 'DateTimeFormat' && !hasTimeZone(args[1])) {
        this.a.report(n, 'no-nondeterminism', "'Intl.DateTimeFormat' without a 'timeZone' option uses the host's time zone; pass { timeZone: 'UTC' } (or the zone from the input)");
      }
      return;
    }
    if (!ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    if (!/^toLocale(?:|Date|Time)String$|^toLocale(?:Upper|Lower)Case$/.test(method)) return;
    if (!isLocale(args[0])) {
      this.a.report(n, 'no-nondeterminism', `'.${method}()' without an explicit locale depends on the host's locale; pass one, e.g. .${method}('en-US'${/Date|Time/.test(method) ? ", { timeZone: 'UTC' }" : ''})`);
    } else if (/Date|Time/.test(method) && !hasTimeZone(args[1])) {
      this.a.report(n, 'no-nondeterminism', `'.${method}()' without a 'timeZone' option uses the host's time zone; pass { timeZone: 'UTC' }`);
    }
  }

  private checkRegexCtor(n: ts.Node, args: ts.NodeArray<ts.Expression>): void {
    if (args.length === 0) return;
    const first = unwrap(args[0]);
    if (ts.isRegularExpressionLiteral(first)) return; // checked as a literal
    const pattern = this.a.fold(first);
    const flags = args.length > 1 ? this.a.fold(args[1]) : '';
    // A pattern built from an element of a constant list (`WORDS.some((w) => new RegExp(`\\b${w}\\b`))`)
    // takes finitely many constant values: check each of them.
    const finite = pattern === undefined && flags !== undefined ? this.a.foldAll(first, 0) : undefined;
    if (finite && flags !== undefined) {
      for (const p of finite) this.checkPattern(n, p, flags);
      return;
    }
    if (pattern === undefined || flags === undefined) {
      this.a.report(n, 'no-dynamic-regex', 'RegExp built from a non-constant pattern can be made to backtrack catastrophically (or inject syntax); use a regex literal or a constant pattern string');
      return;
    }
    this.checkPattern(n, pattern, flags);
  }

  checkRegexLiteral(n: ts.RegularExpressionLiteral): void {
    const text = n.text;
    const slash = text.lastIndexOf('/');
    this.checkPattern(n, text.slice(1, slash), text.slice(slash + 1));
  }

  private checkPattern(n: ts.Node, pattern: string, flags: string): void {
    const hazard = regexHazard(pattern, flags);
    if (hazard) {
      this.a.report(n, 'no-unsafe-regex', `regex /${pattern.length > 60 ? pattern.slice(0, 57) + '...' : pattern}/ is prone to catastrophic backtracking (${hazard}); make the repeated parts unambiguous, e.g. (\\w+\\s)* -> [\\w\\s]*, or bound the repetition`);
    }
  }
}
