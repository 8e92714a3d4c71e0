// Recursion: direct or mutual (a call graph of the module's functions and methods, strongly connected parts).
import * as ts from 'typescript';
import { unwrap } from './ast';
import type { Analyzer } from './analyzer';

export class RecursionCheck {
  constructor(private readonly a: Analyzer) {}

  checkRecursion(): void {
    // Graph nodes: named function-likes (declarations, consts bound to functions, class methods).
    const nodes = new Map<ts.Node, string>();
    const edges = new Map<ts.Node, Set<ts.Node>>();
    const fnTarget = (d: ts.Node | undefined): ts.Node | undefined => {
      if (!d) return undefined;
      if (ts.isFunctionDeclaration(d) || ts.isFunctionExpression(d) || ts.isMethodDeclaration(d)) return d;
      if (ts.isVariableDeclaration(d) && d.initializer) {
        const init = unwrap(d.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
      }
      return undefined;
    };
    const nameOf = (f: ts.Node): string => {
      if ((ts.isFunctionDeclaration(f) || ts.isFunctionExpression(f) || ts.isMethodDeclaration(f)) && f.name) return f.name.getText(this.a.sf);
      if (ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name)) return f.parent.name.text;
      if (ts.isPropertyAssignment(f.parent)) return f.parent.name.getText(this.a.sf);
      return '<anonymous>';
    };
    const enclosingNamed = (n: ts.Node): ts.Node | undefined => {
      let cur: ts.Node | undefined = n.parent;
      while (cur) {
        if (ts.isFunctionDeclaration(cur) || ts.isMethodDeclaration(cur) || (ts.isFunctionExpression(cur) && cur.name)) return cur;
        if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isVariableDeclaration(cur.parent) && cur.parent.initializer === cur) return cur;
        // a function stored in an object literal (`{ even: (n) => ... }`): a node of its own
        if ((ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) && ts.isPropertyAssignment(cur.parent) && cur.parent.initializer === cur) return cur;
        cur = cur.parent;
      }
      return undefined;
    };
    const addEdge = (from: ts.Node, to: ts.Node): void => {
      nodes.set(from, nameOf(from));
      nodes.set(to, nameOf(to));
      let s = edges.get(from);
      if (!s) edges.set(from, (s = new Set()));
      s.add(to);
    };
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && this.a.isReference(n)) {
        const target = fnTarget(this.a.resolve(n));
        const from = enclosingNamed(n);
        if (target && from) addEdge(from, target);
      }
      // table.fn() / table['fn']() where `table` is a const object literal of functions (dispatch tables)
      if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && ts.isIdentifier(unwrap(n.expression))) {
        const key = ts.isPropertyAccessExpression(n) ? n.name.text : this.a.fold(n.argumentExpression);
        const d = this.a.resolve(unwrap(n.expression) as ts.Identifier);
        const init = d && ts.isVariableDeclaration(d) && d.initializer ? unwrap(d.initializer) : undefined;
        if (key !== undefined && init && ts.isObjectLiteralExpression(init)) {
          for (const p of init.properties) {
            if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) || p.name.text !== key) continue;
            let target: ts.Node | undefined;
            if (ts.isMethodDeclaration(p)) target = p;
            else if (ts.isPropertyAssignment(p)) {
              const v = unwrap(p.initializer);
              if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) target = v;
              else if (ts.isIdentifier(v)) target = fnTarget(this.a.resolve(v));
            } else if (ts.isShorthandPropertyAssignment(p)) target = fnTarget(this.a.resolve(p.name));
            const from = enclosingNamed(n);
            if (target && from) addEdge(from, target);
          }
        }
      }
      // this.method() / ClassName.method() inside a class
      if (ts.isPropertyAccessExpression(n) && (n.expression.kind === ts.SyntaxKind.ThisKeyword || ts.isIdentifier(n.expression))) {
        const cls = findClass(n);
        if (cls && (n.expression.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(n.expression) && cls.name && n.expression.text === cls.name.text))) {
          const m = cls.members.find((x) => ts.isMethodDeclaration(x) && x.name && ts.isIdentifier(x.name) && x.name.text === n.name.text);
          const from = enclosingNamed(n);
          if (m && from) addEdge(from, m);
        }
      }
      ts.forEachChild(n, visit);
    };
    const findClass = (n: ts.Node): ts.ClassLikeDeclaration | undefined => {
      let cur: ts.Node | undefined = n.parent;
      while (cur) {
        if (ts.isClassLike(cur)) return cur;
        cur = cur.parent;
      }
      return undefined;
    };
    visit(this.a.sf);

    // Find cycles (Tarjan's SCC).
    let index = 0;
    const idx = new Map<ts.Node, number>();
    const low = new Map<ts.Node, number>();
    const onStack = new Set<ts.Node>();
    const stack: ts.Node[] = [];
    const strong = (v: ts.Node): void => {
      idx.set(v, index);
      low.set(v, index);
      index++;
      stack.push(v);
      onStack.add(v);
      for (const w of edges.get(v) ?? []) {
        if (!idx.has(w)) {
          strong(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, idx.get(w)!));
        }
      }
      if (low.get(v) === idx.get(v)) {
        const comp: ts.Node[] = [];
        let w: ts.Node;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        const selfLoop = comp.length === 1 && (edges.get(v)?.has(v) ?? false);
        if (comp.length > 1 || selfLoop) {
          comp.sort((a, b) => a.getStart(this.a.sf) - b.getStart(this.a.sf));
          const names = comp.map((c) => nodes.get(c) ?? '<anonymous>');
          const at = comp[0];
          const reportAt = ts.isArrowFunction(at) || ts.isFunctionExpression(at) ? at.parent : at;
          this.a.report(reportAt, 'no-recursion', comp.length > 1
            ? `mutual recursion between ${names.join(' -> ')}; recursion depth depends on input and can exhaust the stack: use a bounded loop over an explicit list`
            : `'${names[0]}' calls itself; recursion depth depends on input and can exhaust the stack: use a bounded loop over an explicit list`);
        }
      }
    };
    for (const v of nodes.keys()) if (!idx.has(v)) strong(v);
  }
}
