// Loop-termination proofs: a for / while / do-while loop is admitted only when it is provably bounded (a
// comparison bound that the update moves towards, a counted loop, or a regex scan that always advances).
import * as ts from 'typescript';
import { ALLOWED_GLOBALS, MUTATING_ARRAY_METHODS } from './globals';
import { isFunctionLike, unwrap } from './ast';
import { RegexAnalyzer } from './redos';
import { parseRegex } from './regex-parser';
import type { Analyzer } from './analyzer';

export class LoopProofs {
  constructor(private readonly a: Analyzer) {}

  checkFor(n: ts.ForStatement): void {
    const cond = n.condition;
    const bounded = !!cond && this.hasComparison(cond) && !!n.incrementor;
    if (!bounded) {
      this.a.report(n, 'no-unbounded-loop', "'for' loops need a comparison bound and an update (for (let i = 0; i < n; i++)); 'for (;;)' and open-ended loops are not allowed");
      return;
    }
    const problem = this.forProgressProblem(cond!, n.incrementor!, n.statement, n);
    if (problem) this.a.report(n, 'no-unbounded-loop', `'for' loop ${problem}; count towards the bound, e.g. for (let i = 0; i < n; i++) or for (let i = n - 1; i >= 0; i--)`);
  }

  /**
   * A counted loop must make progress: some counter compared in the condition is stepped towards its bound
   * by the update (i++ / i += k for < and <=; i-- / i -= k for > and >=; k a positive literal), the bound is
   * not a literal Infinity, and the body never writes that counter.
   */
  private forProgressProblem(cond: ts.Expression, incrementor: ts.Expression, body: ts.Statement, loop: ts.ForStatement): string | undefined {
    const steps = new Map<string, number>(); // counter -> +1 (up) / -1 (down)
    const collect = (e: ts.Expression): void => {
      const x = unwrap(e);
      if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.CommaToken) {
        collect(x.left);
        collect(x.right);
        return;
      }
      if ((ts.isPostfixUnaryExpression(x) || ts.isPrefixUnaryExpression(x)) && ts.isIdentifier(x.operand)) {
        if (x.operator === ts.SyntaxKind.PlusPlusToken) steps.set(x.operand.text, 1);
        if (x.operator === ts.SyntaxKind.MinusMinusToken) steps.set(x.operand.text, -1);
        return;
      }
      if (ts.isBinaryExpression(x) && ts.isIdentifier(x.left)) {
        const name = x.left.text;
        const k = x.operatorToken.kind;
        // A step must be provably positive: a positive constant, Math.max(k, ...) with k > 0, or a name the
        // code checks before the loop (`if (size <= 0) return ...`) and never reassigns. An input-controlled
        // step can be 0 (or negative) and then the counter never reaches its bound.
        const lit = (v: ts.Expression) => this.isPositiveStep(v, loop, 0);
        if (k === ts.SyntaxKind.PlusEqualsToken && lit(x.right)) steps.set(name, 1);
        if (k === ts.SyntaxKind.MinusEqualsToken && lit(x.right)) steps.set(name, -1);
        if (k === ts.SyntaxKind.EqualsToken) {
          const r = unwrap(x.right);
          if (ts.isBinaryExpression(r) && ts.isIdentifier(r.left) && r.left.text === name && lit(r.right)) {
            if (r.operatorToken.kind === ts.SyntaxKind.PlusToken) steps.set(name, 1);
            if (r.operatorToken.kind === ts.SyntaxKind.MinusToken) steps.set(name, -1);
          }
        }
      }
    };
    collect(incrementor);
    if (steps.size === 0) return 'has no counter update (i++, i--, i += k, i -= k)';
    const isInfinity = (e: ts.Expression) => {
      const u = unwrap(e);
      return ts.isIdentifier(u) && u.text === 'Infinity';
    };
    // The counter side is the counter itself or the counter plus/minus a term (`c + size <= row.length`).
    const counterOf = (side: ts.Expression): { name: string; rest: ts.Expression[] } | undefined => {
      const x = unwrap(side);
      if (ts.isIdentifier(x)) return steps.has(x.text) ? { name: x.text, rest: [] } : undefined;
      if (ts.isBinaryExpression(x) && (x.operatorToken.kind === ts.SyntaxKind.PlusToken || x.operatorToken.kind === ts.SyntaxKind.MinusToken)) {
        const l = unwrap(x.left);
        const r = unwrap(x.right);
        if (ts.isIdentifier(l) && steps.has(l.text) && !this.mentions(r, l.text)) return { name: l.text, rest: [r] };
        if (x.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isIdentifier(r) && steps.has(r.text) && !this.mentions(l, r.text)) return { name: r.text, rest: [l] };
      }
      return undefined;
    };
    const progressing: { counter: string; bound: ts.Expression[] }[] = [];
    for (const c of this.conjuncts(cond)) {
      const k = c.operatorToken.kind;
      const lt = k === ts.SyntaxKind.LessThanToken || k === ts.SyntaxKind.LessThanEqualsToken;
      const gt = k === ts.SyntaxKind.GreaterThanToken || k === ts.SyntaxKind.GreaterThanEqualsToken;
      if (!lt && !gt) continue;
      // counter < bound needs +1; bound > counter too; counter > bound and bound < counter need -1.
      const l = counterOf(c.left);
      const r = l ? undefined : counterOf(c.right);
      if (l && !isInfinity(c.right) && steps.get(l.name) === (lt ? 1 : -1)) progressing.push({ counter: l.name, bound: [c.right, ...l.rest] });
      if (r && !isInfinity(c.left) && steps.get(r.name) === (gt ? 1 : -1)) progressing.push({ counter: r.name, bound: [c.left, ...r.rest] });
    }
    if (progressing.length === 0) return 'does not step a compared counter towards its bound';
    const writtenIn = (name: string): boolean => {
      let written = false;
      const visit = (node: ts.Node): void => {
        if (written) return;
        if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
          const t = unwrap(node.left);
          if (ts.isIdentifier(t) && t.text === name) written = true;
        }
        if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && ts.isIdentifier(node.operand) && node.operand.text === name &&
          (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) written = true;
        ts.forEachChild(node, visit);
      };
      visit(body);
      return written;
    };
    // One progressing comparison whose counter the body leaves alone and whose bound the loop cannot move
    // suffices (other conjuncts can only end the loop earlier).
    let problem = '';
    for (const p of progressing) {
      if (writtenIn(p.counter)) {
        problem ||= `changes its counter '${p.counter}' inside the body`;
        continue;
      }
      const moving = this.movingBound(p.bound, loop);
      if (moving) {
        problem ||= moving;
        continue;
      }
      return undefined;
    }
    return problem;
  }

  /** Does `e` mention the identifier `name`? */
  private mentions(e: ts.Node, name: string): boolean {
    let found = false;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isIdentifier(n) && n.text === name) found = true;
      else ts.forEachChild(n, visit);
    };
    visit(e);
    return found;
  }

  /**
   * Why the bound of a counted `for` loop could move while it runs (undefined when it cannot): a name in it
   * is written inside the loop or by a nested function, or an array whose `.length` it reads grows in the
   * loop (push/unshift/splice/... , writes at an index other than the loop's counters, `.length =`, or the
   * array handed to other code or aliased).
   */
  private movingBound(bound: ts.Expression[], loop: ts.ForStatement): string | undefined {
    const counters = new Set<string>();
    if (loop.initializer && ts.isVariableDeclarationList(loop.initializer)) for (const d of loop.initializer.declarations) if (ts.isIdentifier(d.name)) counters.add(d.name.text);
    const names: ts.Identifier[] = [];
    const lengthBases: ts.Expression[] = [];
    const collect = (n: ts.Node): void => {
      if (isFunctionLike(n)) return;
      if (ts.isIdentifier(n) && this.a.isReference(n)) names.push(n);
      if (ts.isPropertyAccessExpression(n) && n.name.text === 'length') lengthBases.push(unwrap(n.expression));
      if (ts.isPropertyAccessExpression(n)) {
        collect(n.expression);
        return;
      }
      ts.forEachChild(n, collect);
    };
    for (const b of bound) collect(b);
    for (const id of names) {
      const d = this.a.resolve(id);
      if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) continue;
      if (ts.isVariableDeclaration(d) && d.parent === loop.initializer) continue; // another counter of this loop
      const scope = ts.isParameter(d) ? d.parent : this.a.nearestScope(d, true);
      for (const w of this.writesTo(d, scope)) {
        if (w.pos >= loop.pos && w.end <= loop.end) return `changes its bound '${id.text}' inside the loop`;
        for (let cur: ts.Node | undefined = w.parent; cur && cur !== scope; cur = cur.parent) {
          if (isFunctionLike(cur)) return `has a bound '${id.text}' that a nested function can change`;
        }
      }
    }
    const same = (a: ts.Node, b: ts.Node): boolean => {
      const x = unwrap(a as ts.Expression);
      const y = unwrap(b as ts.Expression);
      if (ts.isIdentifier(x) && ts.isIdentifier(y)) return x.text === y.text && this.a.resolve(x) === this.a.resolve(y);
      if (ts.isPropertyAccessExpression(x) && ts.isPropertyAccessExpression(y)) return x.name.text === y.name.text && same(x.expression, y.expression);
      if (ts.isElementAccessExpression(x) && ts.isElementAccessExpression(y)) return x.argumentExpression.getText(this.a.sf) === y.argumentExpression.getText(this.a.sf) && same(x.expression, y.expression);
      return false;
    };
    for (const base of lengthBases) {
      const text = base.getText(this.a.sf);
      if (this.isStringTyped(base)) continue; // a string's length is fixed
      let grows: string | undefined;
      const visit = (n: ts.Node): void => {
        if (grows) return;
        if (ts.isExpression(n) && n !== base && (!ts.isIdentifier(n) || this.a.isReference(n)) && n.getText(this.a.sf) === text && same(n, base)) {
          let top: ts.Node = n;
          while (ts.isParenthesizedExpression(top.parent) || ts.isNonNullExpression(top.parent) || ts.isAsExpression(top.parent)) top = top.parent;
          const p = top.parent;
          const isAssignTarget = (x: ts.Node) => ts.isBinaryExpression(x.parent) && x.parent.left === x &&
            x.parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && x.parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
          if (ts.isPropertyAccessExpression(p) && p.expression === top) {
            if (MUTATING_ARRAY_METHODS.has(p.name.text) && ts.isCallExpression(p.parent) && p.parent.expression === p) grows = `${p.name.text}()`;
            else if (p.name.text === 'length' && isAssignTarget(p)) grows = 'a length write';
            else if (['push', 'unshift', 'splice', 'concat', 'length'].includes(p.name.text) || !ts.isCallExpression(p.parent) || p.parent.expression !== p) {
              // reads (x.length, x.foo) and calls of non-mutating methods are fine
            }
          } else if (ts.isElementAccessExpression(p) && p.expression === top) {
            const idx = unwrap(p.argumentExpression);
            const deleteOrWrite = isAssignTarget(p) || (ts.isPrefixUnaryExpression(p.parent) || ts.isPostfixUnaryExpression(p.parent)) || ts.isDeleteExpression(p.parent);
            if (deleteOrWrite && !(ts.isIdentifier(idx) && counters.has(idx.text))) grows = 'a write at an index other than the counter';
          } else if (ts.isSpreadElement(p) || ts.isSpreadAssignment(p)) {
            // a copy
          } else if (ts.isBinaryExpression(p) && p.operatorToken.kind !== ts.SyntaxKind.EqualsToken || ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken) {
            // a comparison or arithmetic operand
          } else if (ts.isCallExpression(p) && p.expression !== top && this.readsOnlyArguments(p)) {
            // an argument of a built-in that does not mutate it (String(x), Math.max(...), re.exec(x))
          } else if (!(ts.isForOfStatement(p) && p.expression === top)) {
            grows = 'it being handed to other code or aliased';
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(loop.statement);
      if (loop.incrementor) visit(loop.incrementor);
      if (grows) return `reads the length of '${text}', which can grow inside the loop (${grows})`;
    }
    return undefined;
  }

  /** A name declared as `string` (or initialised with a string literal): its length cannot change. */
  private isStringTyped(e: ts.Expression): boolean {
    const x = unwrap(e);
    if (!ts.isIdentifier(x)) return false;
    const d = this.a.resolve(x);
    if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) return false;
    if (d.type && d.type.kind === ts.SyntaxKind.StringKeyword) return true;
    const init = d.initializer ? unwrap(d.initializer) : undefined;
    return !!init && ts.isVariableDeclaration(d) && this.a.isConstDecl(d) && (ts.isStringLiteralLike(init) || ts.isTemplateExpression(init));
  }

  /** Calls that only read their arguments: global built-ins (String(x), Math.max(...x)) and regex exec/test. */
  private readsOnlyArguments(call: ts.CallExpression): boolean {
    let root: ts.Expression = unwrap(call.expression);
    if (ts.isPropertyAccessExpression(root) && ['exec', 'test'].includes(root.name.text)) return true;
    while (ts.isPropertyAccessExpression(root)) root = unwrap(root.expression);
    return ts.isIdentifier(root) && this.a.resolve(root) === undefined && ALLOWED_GLOBALS.has(root.text) && root.text !== 'Object' && root.text !== 'Reflect';
  }

  /** A `for` step that is provably positive (see forProgressProblem). */
  private isPositiveStep(v: ts.Expression, loop: ts.ForStatement, depth: number): boolean {
    if (depth > 4) return false;
    const u = unwrap(v);
    const k = this.numericConst(u);
    if (k !== undefined) return k > 0;
    if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && this.a.isGlobalRef(u.expression.expression, 'Math') && u.expression.name.text === 'max') {
      return u.arguments.some((a) => {
        const c = this.numericConst(a);
        return c !== undefined && c > 0;
      });
    }
    if (!ts.isIdentifier(u)) return false;
    const d = this.a.resolve(u);
    if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) return false;
    const scope = ts.isParameter(d) ? d.parent : this.a.nearestScope(d, true);
    if (this.writesTo(d, scope).length > 0) return false;
    if (ts.isVariableDeclaration(d) && d.initializer && this.a.isConstDecl(d) && this.isPositiveStep(d.initializer, loop, depth + 1)) return true;
    // a guard before the loop: if (... || step <= 0 || ...) return/throw
    const guards = (cond: ts.Expression): boolean => {
      const x = unwrap(cond);
      if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.BarBarToken) return guards(x.left) || guards(x.right);
      if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) {
        const y = unwrap(x.operand);
        if (!ts.isBinaryExpression(y)) return false;
        const lim = (e: ts.Expression) => this.numericConst(e);
        const isU = (e: ts.Expression) => ts.isIdentifier(unwrap(e)) && this.a.resolve(unwrap(e) as ts.Identifier) === d;
        if (y.operatorToken.kind === ts.SyntaxKind.GreaterThanToken && isU(y.left) && (lim(y.right) ?? -1) >= 0) return true; // !(s > 0)
        if (y.operatorToken.kind === ts.SyntaxKind.GreaterThanEqualsToken && isU(y.left) && (lim(y.right) ?? -1) > 0) return true; // !(s >= 1)
        if (y.operatorToken.kind === ts.SyntaxKind.LessThanToken && isU(y.right) && (lim(y.left) ?? -1) >= 0) return true; // !(0 < s)
        return false;
      }
      if (!ts.isBinaryExpression(x)) return false;
      const isU = (e: ts.Expression) => ts.isIdentifier(unwrap(e)) && this.a.resolve(unwrap(e) as ts.Identifier) === d;
      const lim = (e: ts.Expression) => this.numericConst(e);
      const op = x.operatorToken.kind;
      if (isU(x.left) && op === ts.SyntaxKind.LessThanEqualsToken && (lim(x.right) ?? -1) >= 0) return true; // s <= 0
      if (isU(x.left) && op === ts.SyntaxKind.LessThanToken && (lim(x.right) ?? -1) > 0) return true; // s < 1
      if (isU(x.right) && op === ts.SyntaxKind.GreaterThanEqualsToken && (lim(x.left) ?? -1) >= 0) return true; // 0 >= s
      if (isU(x.right) && op === ts.SyntaxKind.GreaterThanToken && (lim(x.left) ?? -1) > 0) return true; // 1 > s
      return false;
    };
    const exits = (st: ts.Statement): boolean => {
      if (ts.isReturnStatement(st) || ts.isThrowStatement(st)) return true;
      return ts.isBlock(st) && st.statements.length > 0 && exits(st.statements[st.statements.length - 1]);
    };
    for (let cur: ts.Node = loop; cur.parent && cur !== scope; cur = cur.parent) {
      const parent = cur.parent;
      if (isFunctionLike(parent)) break;
      if (!ts.isBlock(parent) && !ts.isSourceFile(parent)) continue;
      for (const st of parent.statements) {
        if (st === cur) break;
        if (ts.isIfStatement(st) && !st.elseStatement && exits(st.thenStatement) && guards(st.expression)) return true;
      }
    }
    return false;
  }

  /** Comparisons joined by && in a loop condition (any one of them ends the loop). */
  private conjuncts(e: ts.Expression, out: ts.BinaryExpression[] = []): ts.BinaryExpression[] {
    const x = unwrap(e);
    if (ts.isBinaryExpression(x)) {
      if (x.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
        this.conjuncts(x.left, out);
        this.conjuncts(x.right, out);
      } else out.push(x);
    }
    return out;
  }

  private numericConst(e: ts.Expression): number | undefined {
    const x = unwrap(e);
    if (ts.isNumericLiteral(x)) return Number(x.text);
    if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(unwrap(x.operand))) return -Number((unwrap(x.operand) as ts.NumericLiteral).text);
    if (ts.isIdentifier(x)) {
      const d = this.a.resolve(x);
      if (d && ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) && d.initializer && this.a.isConstDecl(d)) return this.numericConst(d.initializer);
    }
    return undefined;
  }

  /** `continue` statements in `body` that jump to `loop` (they could skip the counter update). */
  private continuesTo(loop: ts.IterationStatement): boolean {
    const label = ts.isLabeledStatement(loop.parent) ? loop.parent.label.text : undefined;
    let found = false;
    const visit = (n: ts.Node, nested: boolean): void => {
      if (found || isFunctionLike(n)) return;
      if (ts.isContinueStatement(n)) {
        if (n.label ? n.label.text === label : !nested) found = true;
        return;
      }
      const inner = nested || (n !== loop.statement && ts.isIterationStatement(n, false));
      ts.forEachChild(n, (c) => visit(c, inner));
    };
    visit(loop.statement, false);
    return found;
  }

  /** Every write to the binding `decl` within `scope` (assignments, ++/--, excluding its declaration). */
  private writesTo(decl: ts.Node, scope: ts.Node): ts.Node[] {
    const out: ts.Node[] = [];
    const isTarget = (e: ts.Expression): boolean => {
      const x = unwrap(e);
      if (ts.isIdentifier(x)) return this.a.resolve(x) === decl;
      if (ts.isArrayLiteralExpression(x)) return x.elements.some((el) => isTarget(ts.isSpreadElement(el) ? el.expression : el));
      if (ts.isObjectLiteralExpression(x)) {
        return x.properties.some((p) => (ts.isPropertyAssignment(p) ? isTarget(p.initializer) : ts.isShorthandPropertyAssignment(p) ? isTarget(p.name) : ts.isSpreadAssignment(p) ? isTarget(p.expression) : false));
      }
      return false;
    };
    const visit = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isTarget(n.left)) out.push(n);
      if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
          (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && isTarget(n.operand)) out.push(n);
      if ((ts.isForOfStatement(n) || ts.isForInStatement(n)) && !ts.isVariableDeclarationList(n.initializer) && isTarget(n.initializer)) out.push(n);
      ts.forEachChild(n, visit);
    };
    visit(scope);
    return out;
  }

  /**
   * A while / do-while loop with a visible iteration bound: its condition has a conjunct `i < N` (or
   * <=, >, >=, either side) where N is a numeric constant, `i` is a local `let` initialised with an integer
   * literal, the body's own statement list updates `i` towards N by an integer step (i++, i += 2, ...) and
   * nothing else writes `i`, and no `continue` can skip the update. At most |N - init| / step iterations.
   */
  isCountedLoop(n: ts.WhileStatement | ts.DoStatement): boolean {
    if (!ts.isBlock(n.statement) || this.continuesTo(n)) return false;
    for (const c of this.conjuncts(n.expression)) {
      const k = c.operatorToken.kind;
      const less = k === ts.SyntaxKind.LessThanToken || k === ts.SyntaxKind.LessThanEqualsToken;
      const greater = k === ts.SyntaxKind.GreaterThanToken || k === ts.SyntaxKind.GreaterThanEqualsToken;
      if (!less && !greater) continue;
      for (const [side, other, up] of [[c.left, c.right, less], [c.right, c.left, greater]] as const) {
        const v = unwrap(side);
        const lengthBound = this.isFrozenLength(other, n);
        const bound = lengthBound ? 0 : this.numericConst(other);
        if (!ts.isIdentifier(v) || bound === undefined || !Number.isFinite(bound)) continue;
        const d = this.a.resolve(v);
        if (!d || !ts.isVariableDeclaration(d) || !ts.isIdentifier(d.name) || !d.initializer) continue;
        if (!ts.isVariableDeclarationList(d.parent) || (d.parent.flags & ts.NodeFlags.Let) === 0 || ts.isSourceFile(d.parent.parent.parent)) continue;
        const init = this.numericConst(d.initializer);
        if (init === undefined || !Number.isSafeInteger(init) || Math.abs(init) > 1e9 || Math.abs(bound) > 1e9) continue;
        const scope = this.a.nearestScope(d, true);
        const writes = this.writesTo(d, scope);
        if (writes.length !== 1) continue;
        const w = writes[0];
        const stmt = w.parent;
        if (!ts.isExpressionStatement(stmt) || stmt.parent !== n.statement) continue;
        let step: number | undefined;
        if ((ts.isPrefixUnaryExpression(w) || ts.isPostfixUnaryExpression(w))) step = w.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1;
        else if (ts.isBinaryExpression(w)) {
          const amount = this.numericConst(w.right);
          if (amount !== undefined && w.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) step = amount;
          else if (amount !== undefined && w.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) step = -amount;
        }
        if (step === undefined || !Number.isSafeInteger(step) || step === 0) continue;
        if (lengthBound && !up) continue; // counting down towards a length is not a bound
        if (up ? step > 0 : step < 0) return true;
      }
    }
    return false;
  }

  /**
   * `x.length` where the loop only reads `x` (`x.length`, `x[i]`): a string's length is fixed and an
   * array the loop does not write, mutate or hand to other code keeps its length.
   */
  private isFrozenLength(e: ts.Expression, loop: ts.Node): boolean {
    const x = unwrap(e);
    if (!ts.isPropertyAccessExpression(x) || x.name.text !== 'length') return false;
    const obj = unwrap(x.expression);
    if (!ts.isIdentifier(obj)) return false;
    const d = this.a.resolve(obj);
    if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) return false;
    let ok = true;
    const visit = (n: ts.Node): void => {
      if (!ok) return;
      if (ts.isIdentifier(n) && n.text === obj.text && this.a.resolve(n) === d) {
        const p = n.parent;
        const read =
          (ts.isPropertyAccessExpression(p) && p.expression === n && p.name.text === 'length') ||
          (ts.isElementAccessExpression(p) && p.expression === n);
        const written = ts.isBinaryExpression(p.parent) && p.parent.left === p && p.parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          p.parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
        if (!read || written) ok = false;
      }
      ts.forEachChild(n, visit);
    };
    visit(loop);
    return ok && this.writesTo(d, ts.isParameter(d) ? d.parent : this.a.nearestScope(d, true)).length === 0;
  }

  /**
   * `while ((m = re.exec(s)) !== null)` over a global or sticky regex that cannot match the empty string:
   * each match moves re.lastIndex forward by at least one character, so the loop ends within |s| + 1
   * rounds. The regex must be a constant regex literal referenced nowhere else (nothing can reset its
   * lastIndex) and `s` a name the loop does not reassign.
   */
  isRegexScanLoop(n: ts.WhileStatement): boolean {
    let cond = unwrap(n.expression);
    if (ts.isBinaryExpression(cond) && [ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(cond.operatorToken.kind)) {
      const l = unwrap(cond.left);
      const r = unwrap(cond.right);
      if (r.kind === ts.SyntaxKind.NullKeyword) cond = l;
      else if (l.kind === ts.SyntaxKind.NullKeyword) cond = r;
      else return false;
    }
    if (ts.isBinaryExpression(cond) && cond.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(unwrap(cond.left))) cond = unwrap(cond.right);
    if (!ts.isCallExpression(cond) || cond.arguments.length !== 1 || !ts.isPropertyAccessExpression(cond.expression) || cond.expression.name.text !== 'exec') return false;
    const reId = unwrap(cond.expression.expression);
    const subject = unwrap(cond.arguments[0]);
    if (!ts.isIdentifier(reId) || !ts.isIdentifier(subject)) return false;
    const d = this.a.resolve(reId);
    if (!d || !ts.isVariableDeclaration(d) || !d.initializer || !this.a.isConstDecl(d)) return false;
    const lit = unwrap(d.initializer);
    if (!ts.isRegularExpressionLiteral(lit)) return false;
    const slash = lit.text.lastIndexOf('/');
    const flags = lit.text.slice(slash + 1);
    if (!/[gy]/.test(flags)) return false;
    try {
      const pattern = lit.text.slice(1, slash);
      if (new RegexAnalyzer(pattern, flags).canBeEmpty(parseRegex(pattern))) return false;
    } catch {
      return false;
    }
    let refs = 0;
    const countRefs = (x: ts.Node): void => {
      if (ts.isIdentifier(x) && x !== d.name && x.text === reId.text && this.a.resolve(x) === d) refs++;
      ts.forEachChild(x, countRefs);
    };
    countRefs(this.a.sf);
    if (refs !== 1) return false;
    // The subject is read afresh (ToString) on every exec: it must not change. No writes inside the loop or
    // from a nested function, and no object that could convert itself to a different string each time.
    const sd = this.a.resolve(subject);
    if (!sd || !(ts.isParameter(sd) || ts.isVariableDeclaration(sd))) return false;
    if (ts.isVariableDeclaration(sd) && sd.initializer) {
      const init = unwrap(sd.initializer);
      if (ts.isObjectLiteralExpression(init) || ts.isNewExpression(init) || ts.isClassExpression(init)) return false;
    }
    const scope = ts.isParameter(sd) ? sd.parent : this.a.nearestScope(sd, true);
    return this.writesTo(sd, scope).every((w) => {
      if (w.pos >= n.pos && w.end <= n.end) return false;
      for (let cur: ts.Node | undefined = w.parent; cur && cur !== scope; cur = cur.parent) if (isFunctionLike(cur)) return false;
      return true;
    });
  }

  private hasComparison(e: ts.Expression): boolean {
    const x = unwrap(e);
    if (!ts.isBinaryExpression(x)) return false;
    const k = x.operatorToken.kind;
    if (k === ts.SyntaxKind.LessThanToken || k === ts.SyntaxKind.LessThanEqualsToken || k === ts.SyntaxKind.GreaterThanToken || k === ts.SyntaxKind.GreaterThanEqualsToken) return true;
    if (k === ts.SyntaxKind.AmpersandAmpersandToken) return this.hasComparison(x.left) || this.hasComparison(x.right);
    return false;
  }
}
