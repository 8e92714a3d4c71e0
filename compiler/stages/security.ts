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
// "Cannot be analysed" (CodeUnreadableError) means one of:
//   - the input is not a string, or is larger than MAX_SOURCE_CHARS;
//   - it is not text: it contains NUL characters or a significant share of control characters
//     (a binary file or a wrong encoding);
//   - the TypeScript parser reports syntax errors (the AST would be partial, so a verdict on it
//     would be unreliable).
// Anything the parser accepts is analysed, even if the type checker would reject it.

import * as ts from 'typescript';
import type { Diagnostic } from './diagnostics';
import { KIT_SPECIFIER, kitExportNames } from './kit';

export { KIT_SPECIFIER };

export const MAX_SOURCE_CHARS = 512 * 1024;

export class CodeUnreadableError extends Error {
  constructor(
    message: string,
    readonly fileName: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CodeUnreadableError';
  }
}

export interface SecurityReport {
  safe: boolean;
  findings: Diagnostic[];
}

/** Every rule this stage can report, with a one-line description (for docs and tests). */
export const SECURITY_RULES: Record<string, string> = {
  'no-eval': 'eval in any form',
  'no-function-constructor': 'Function constructor and every route to it (.constructor, ["constructor"], destructuring)',
  'no-import': `runtime imports other than the extraction kit: the only run-time import allowed is named imports from exactly '${KIT_SPECIFIER}' (import { a, b } from '${KIT_SPECIFIER}'; no default, namespace or side-effect import, no other path); otherwise only 'import type' of the template types or ./facts`,
  'no-reexport': 'export ... from another module',
  'no-dynamic-import': 'import() expressions',
  'no-require': 'require, module, exports, __dirname, __filename, import.meta',
  'no-global-object': 'process, global, globalThis, window, self, document, Deno, Bun, ...',
  'no-arguments-callee': 'arguments.callee / .caller',
  'no-network': 'fetch, XMLHttpRequest, WebSocket, http/net modules, ...',
  'no-filesystem': 'fs / path modules',
  'no-node-api': 'Buffer, child_process, vm, os, worker_threads and other host APIs',
  'no-timers': 'setTimeout, setInterval, setImmediate, queueMicrotask, ...',
  'no-dynamic-code': 'WebAssembly, Worker, vm and other code-loading APIs',
  'no-prototype-mutation': '__proto__, setPrototypeOf/getPrototypeOf, writes to X.prototype',
  'no-define-property': 'Object.defineProperty(ies), __defineGetter__ and friends',
  'no-reflection': 'property descriptors, own-property-name enumeration, stack-trace hooks',
  'no-proxy-reflect': 'Proxy and Reflect',
  'no-with': 'with statements',
  'no-nondeterminism': 'Date.now, new Date(), Date(), Math.random, performance, crypto, host locale / time zone (Intl or toLocale*String without an explicit locale)',
  'no-unbounded-loop': 'while / do-while / for without a comparison bound and an update',
  'no-recursion': 'direct or mutual recursion',
  'no-unsafe-regex': 'regexes prone to catastrophic backtracking',
  'no-dynamic-regex': 'RegExp built from a non-constant pattern',
  'no-hardcoded-secret': 'API keys, private keys, passwords and high-entropy secrets in literals',
  'no-debugger': 'debugger statements',
  'no-async': 'async functions, await, generators, Promise',
  'no-symbol-tricks': 'well-known symbols (Symbol.toPrimitive, Symbol.iterator, ...) and registry symbols (Symbol.for: host hooks such as nodejs.util.inspect.custom)',
  'no-shared-memory': 'Atomics, SharedArrayBuffer',
  'no-top-level-side-effect': 'top-level statements or load-time calls other than pure built-ins',
  'no-module-state': 'top-level let/var (mutable state shared across calls)',
  'no-global-mutation': 'assigning to or deleting members of built-in globals',
  'no-global-alias': 'aliasing restricted built-ins (Math, Date, Object, ...) to bypass member checks',
  'no-unbound-this': 'this outside class members',
  'no-decorator': 'decorators (run code at class definition)',
  'no-ambient-declaration': 'declare / namespace blocks (invisible bindings, load-time code)',
  'no-console': 'console output (a side effect)',
  'no-obfuscated-access': 'member keys built from fragments of dangerous names or decoded strings',
  'no-prototype-pollution': 'nested dynamic writes obj[a][b] = v',
  'unknown-global': 'free identifiers that are not allowed pure built-ins',
};

// ---------------------------------------------------------------------------------------------
// Global name tables

/** Pure globals a decision or extractor function may use. */
const ALLOWED_GLOBALS = new Set([
  'Math', 'JSON', 'Number', 'String', 'Boolean', 'Array', 'Object', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'Date', 'RegExp', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError',
  'EvalError', 'AggregateError', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'NaN', 'Infinity',
  'undefined', 'BigInt', 'Symbol', 'Intl', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI',
  'decodeURI', 'structuredClone', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'ArrayBuffer',
  'DataView', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'arguments',
]);

/** Allowed globals whose members are restricted, so they may not be aliased. */
const RESTRICTED_GLOBALS = new Set(['Math', 'Date', 'Object', 'Symbol', 'RegExp', 'Error', 'Intl', 'Array']);

/** Allowed members per restricted global (anything else is a finding). */
const ALLOWED_MEMBERS: Record<string, Set<string>> = {
  Object: new Set([
    'keys', 'values', 'entries', 'fromEntries', 'assign', 'freeze', 'isFrozen', 'seal', 'isSealed',
    'create', 'hasOwn', 'is', 'groupBy', 'prototype', 'isExtensible', 'preventExtensions',
  ]),
  Date: new Set(['UTC', 'parse', 'prototype']),
  Array: new Set(['isArray', 'from', 'of', 'prototype']),
  Intl: new Set(['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'Segmenter']),
  Symbol: new Set(['for', 'keyFor', 'prototype']),
};

type GlobalRule = { rule: string; what: string; fix: string };

const DENIED_GLOBALS: Record<string, GlobalRule> = {};
function deny(names: string[], rule: string, what: string, fix: string): void {
  for (const n of names) DENIED_GLOBALS[n] = { rule, what, fix };
}
deny(['eval'], 'no-eval', 'eval executes arbitrary code', 'compute the result directly with ordinary expressions');
deny(['Function'], 'no-function-constructor', 'the Function constructor compiles code from strings', 'write the function as ordinary code');
deny(['require', 'module', 'exports', '__dirname', '__filename'], 'no-require',
  'module loading and module-system objects are not available to compiled slots', `remove it; compiled slots may only import types and named functions of the extraction kit ('${KIT_SPECIFIER}')`);
deny(['process', 'global', 'globalThis', 'window', 'self', 'document', 'Deno', 'Bun', 'top', 'parent', 'frames', 'opener', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'postMessage', 'importScripts', 'caches'],
  'no-global-object', 'host and global objects give access to the environment', 'use only the function parameters');
deny(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'navigator', 'Request', 'Response', 'Headers', 'http', 'https', 'net', 'dgram', 'dns', 'tls', 'http2', 'axios'],
  'no-network', 'network access is not allowed in compiled slots', 'pass the needed data in as input instead');
deny(['fs', 'path', 'fsPromises'], 'no-filesystem', 'file-system access is not allowed in compiled slots', 'pass the needed data in as input instead');
deny(['Buffer', 'child_process', 'cluster', 'os', 'v8', 'inspector', 'worker_threads', 'spawn', 'exec', 'execSync', 'execFile'],
  'no-node-api', 'host (Node.js) APIs are not available to compiled slots', 'use plain JavaScript values and built-ins');
deny(['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback'],
  'no-timers', 'timers schedule code outside the synchronous call', 'compute the result synchronously');
deny(['WebAssembly', 'Worker', 'SharedWorker', 'vm'], 'no-dynamic-code', 'this API loads or runs code dynamically', 'write the logic as ordinary code');
deny(['Proxy', 'Reflect'], 'no-proxy-reflect', 'Proxy/Reflect enable meta-programming that defeats static checks', 'use plain objects and direct property access');
deny(['Atomics', 'SharedArrayBuffer'], 'no-shared-memory', 'shared memory and atomics are not needed by pure functions', 'use ordinary arrays');
deny(['performance', 'crypto'], 'no-nondeterminism', 'this API is a source of time or randomness, so results would not be reproducible', 'take any time or random value as an input');
deny(['Promise'], 'no-async', 'compiled slots are synchronous', 'return the value directly');
deny(['console'], 'no-console', 'console output is a side effect', 'return information in the result instead of logging it');

/** Member names that lead to the Function constructor, prototypes or other reflective escapes. */
const FORBIDDEN_MEMBERS: Record<string, GlobalRule> = {
  constructor: { rule: 'no-function-constructor', what: "'.constructor' reaches the Function constructor (x.constructor.constructor is Function)", fix: 'use instanceof or typeof checks instead' },
  // Computed key: a plain `__proto__:` entry in an object literal would set the prototype instead.
  ['__proto__']: { rule: 'no-prototype-mutation', what: "'__proto__' reads or changes an object's prototype", fix: 'use plain objects (Object.create(null) or Map for dynamic keys)' },
  __defineGetter__: { rule: 'no-define-property', what: 'legacy accessor definition', fix: 'use a class getter or a plain function' },
  __defineSetter__: { rule: 'no-define-property', what: 'legacy accessor definition', fix: 'use a class setter or a plain function' },
  __lookupGetter__: { rule: 'no-define-property', what: 'legacy accessor lookup', fix: 'read the property directly' },
  __lookupSetter__: { rule: 'no-define-property', what: 'legacy accessor lookup', fix: 'read the property directly' },
  callee: { rule: 'no-arguments-callee', what: "'.callee' exposes the running function (and enables anonymous recursion)", fix: 'use named parameters and no recursion' },
  caller: { rule: 'no-arguments-callee', what: "'.caller' exposes the calling function", fix: 'pass what you need as parameters' },
  prepareStackTrace: { rule: 'no-reflection', what: 'stack-trace hooks expose call-site objects', fix: 'do not customise stack traces' },
  captureStackTrace: { rule: 'no-reflection', what: 'stack-trace hooks expose call-site objects', fix: 'throw a plain Error' },
  setPrototypeOf: { rule: 'no-prototype-mutation', what: 'changing prototypes', fix: 'use classes or plain objects' },
  getPrototypeOf: { rule: 'no-prototype-mutation', what: 'prototype access reaches AsyncFunction/GeneratorFunction constructors', fix: 'use instanceof or typeof checks' },
  defineProperty: { rule: 'no-define-property', what: 'defining properties/accessors can hijack built-ins', fix: 'assign plain properties on your own objects' },
  defineProperties: { rule: 'no-define-property', what: 'defining properties/accessors can hijack built-ins', fix: 'assign plain properties on your own objects' },
};

const EVAL_LIKE_NAMES = new Set([
  'eval', 'Function', 'constructor', '__proto__', 'prototype', 'globalThis', 'process', 'require', 'import',
  'mainModule', 'child_process', 'execSync', 'setTimeout', 'setInterval', 'fetch', 'defineProperty',
  'setPrototypeOf', 'getPrototypeOf', 'callee', 'caller', 'window', 'global', 'Reflect', 'Proxy',
]);

const WELL_KNOWN_SYMBOLS = new Set([
  'iterator', 'asyncIterator', 'toPrimitive', 'hasInstance', 'species', 'toStringTag', 'unscopables',
  'isConcatSpreadable', 'match', 'matchAll', 'replace', 'search', 'split', 'dispose', 'asyncDispose',
]);

/** Methods of built-in values that are pure and may run at module load (e.g. `[...].map(f)`). */
const PURE_METHODS = new Set([
  'map', 'filter', 'reduce', 'reduceRight', 'slice', 'concat', 'join', 'sort', 'toSorted', 'flat', 'flatMap',
  'includes', 'indexOf', 'find', 'findIndex', 'some', 'every', 'reverse', 'toReversed', 'split', 'trim',
  'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'padStart', 'padEnd', 'repeat', 'keys', 'values',
  'entries', 'forEach', 'at', 'toFixed', 'get', 'has', 'fill',
]);

const MUTATING_ARRAY_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

const NODE_MODULE_HINT = /^(node:)?(fs|fs\/promises|path|child_process|net|http|https|http2|dgram|dns|tls|vm|os|v8|worker_threads|cluster|inspector|process|module|crypto|url|util)$/;

// ---------------------------------------------------------------------------------------------
// Helpers

function isFunctionLike(n: ts.Node): n is ts.SignatureDeclaration {
  return (
    ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n)
  );
}

function isScopeNode(n: ts.Node): boolean {
  return (
    ts.isSourceFile(n) || isFunctionLike(n) || ts.isBlock(n) || ts.isForStatement(n) || ts.isForInStatement(n) ||
    ts.isForOfStatement(n) || ts.isCatchClause(n) || ts.isCaseBlock(n) || ts.isClassExpression(n) ||
    ts.isEnumDeclaration(n) || ts.isModuleBlock(n) || ts.isClassStaticBlockDeclaration(n)
  );
}

function unwrap(e: ts.Expression): ts.Expression {
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

function bindingNames(name: ts.BindingName, out: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) out.push(name);
  else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, out);
}

function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// ---------------------------------------------------------------------------------------------
// Regex analysis: a small parser into an AST, then structural checks for catastrophic backtracking.

type RNode =
  | { k: 'alt'; alts: RNode[] }
  | { k: 'seq'; items: RNode[] }
  | { k: 'group'; body: RNode; look: boolean }
  | { k: 'atom'; src: string }
  | { k: 'assert' }
  | { k: 'backref' }
  | { k: 'quant'; item: RNode; min: number; max: number };

class RegexParseError extends Error {}

function parseRegex(p: string): RNode {
  let i = 0;
  const parseAlt = (): RNode => {
    const alts: RNode[] = [parseSeq()];
    while (p[i] === '|') {
      i++;
      alts.push(parseSeq());
    }
    return alts.length === 1 ? alts[0] : { k: 'alt', alts };
  };
  const parseSeq = (): RNode => {
    const items: RNode[] = [];
    while (i < p.length && p[i] !== '|' && p[i] !== ')') {
      let atom = parseAtom();
      // quantifiers
      for (;;) {
        const c = p[i];
        let min = -1;
        let max = -1;
        if (c === '*') { min = 0; max = Infinity; i++; }
        else if (c === '+') { min = 1; max = Infinity; i++; }
        else if (c === '?') { min = 0; max = 1; i++; }
        else if (c === '{') {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
          if (!m) break;
          min = Number(m[1]);
          max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
          i += m[0].length;
        } else break;
        if (p[i] === '?') i++; // lazy
        atom = { k: 'quant', item: atom, min, max };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  };
  const parseAtom = (): RNode => {
    const c = p[i];
    if (c === '(') {
      i++;
      let look = false;
      if (p[i] === '?') {
        if (p.startsWith('?:', i)) i += 2;
        else if (p.startsWith('?=', i) || p.startsWith('?!', i)) { i += 2; look = true; }
        else if (p.startsWith('?<=', i) || p.startsWith('?<!', i)) { i += 3; look = true; }
        else if (p.startsWith('?<', i)) { const end = p.indexOf('>', i); if (end < 0) throw new RegexParseError('bad group'); i = end + 1; }
        else throw new RegexParseError('bad group');
      }
      const body = parseAlt();
      if (p[i] !== ')') throw new RegexParseError('unclosed group');
      i++;
      return look ? { k: 'assert' } : { k: 'group', body, look };
    }
    if (c === '[') {
      const start = i;
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') {
        if (p[i] === '\\') i++;
        i++;
      }
      if (p[i] !== ']') throw new RegexParseError('unclosed class');
      i++;
      return { k: 'atom', src: p.slice(start, i) };
    }
    if (c === '\\') {
      const start = i;
      i++;
      const e = p[i];
      if (e === undefined) throw new RegexParseError('trailing backslash');
      if (e === 'b' || e === 'B') { i++; return { k: 'assert' }; }
      if (/[1-9]/.test(e)) { while (/\d/.test(p[i] ?? '')) i++; return { k: 'backref' }; }
      if (e === 'k' && p[i + 1] === '<') { const end = p.indexOf('>', i); i = end < 0 ? p.length : end + 1; return { k: 'backref' }; }
      if (e === 'u' && p[i + 1] === '{') { const end = p.indexOf('}', i); i = end < 0 ? p.length : end + 1; return { k: 'atom', src: p.slice(start, i) }; }
      if (e === 'u') { i += 5; return { k: 'atom', src: p.slice(start, i) }; }
      if (e === 'x') { i += 3; return { k: 'atom', src: p.slice(start, i) }; }
      if (e === 'c') { i += 2; return { k: 'atom', src: p.slice(start, i) }; }
      if ((e === 'p' || e === 'P') && p[i + 1] === '{') { const end = p.indexOf('}', i); i = end < 0 ? p.length : end + 1; return { k: 'atom', src: p.slice(start, i) }; }
      i++;
      return { k: 'atom', src: p.slice(start, i) };
    }
    if (c === '^' || c === '$') { i++; return { k: 'assert' }; }
    if (c === '*' || c === '+' || c === '?') throw new RegexParseError('nothing to repeat');
    const cp = p.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const src = p.slice(i, i + len);
    i += len;
    return { k: 'atom', src };
  };
  const ast = parseAlt();
  if (i < p.length) throw new RegexParseError('unbalanced )');
  return ast;
}

const SAMPLE_BASE = [
  'a', 'b', 'e', 'z', 'A', 'Z', '0', '5', '9', '_', ' ', '\t', '\n', '.', ',', '-', '/', ':', ';', '@', '#', '$',
  '%', '(', ')', '"', "'", '+', '=', '?', '!', '&', '*', '<', '>', '[', ']', '\\', '|', '~', 'é', '€', '\u00a0', 'x', 'q',
];

class RegexAnalyzer {
  private readonly samples: string[];
  private readonly cache = new Map<string, Set<number>>();
  constructor(pattern: string, private readonly flags: string) {
    const extra = new Set<string>();
    for (const ch of pattern) if (!SAMPLE_BASE.includes(ch)) extra.add(ch);
    this.samples = [...SAMPLE_BASE, ...extra];
  }

  /** Which sample characters an atom can match (over-approximated: unknown = all). */
  private atomSet(src: string): Set<number> {
    const hit = this.cache.get(src);
    if (hit) return hit;
    const out = new Set<number>();
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^(?:${src})$`, this.flags.replace(/[gy]/g, '') + (this.flags.includes('s') ? '' : 's'));
    } catch {
      re = undefined;
    }
    this.samples.forEach((ch, idx) => {
      if (!re || re.test(ch)) out.add(idx);
    });
    this.cache.set(src, out);
    return out;
  }

  canBeEmpty(n: RNode): boolean {
    switch (n.k) {
      case 'atom': return false;
      case 'assert': case 'backref': return true;
      case 'group': return this.canBeEmpty(n.body);
      case 'quant': return n.min === 0 || this.canBeEmpty(n.item);
      case 'seq': return n.items.every((x) => this.canBeEmpty(x));
      case 'alt': return n.alts.some((x) => this.canBeEmpty(x));
    }
  }

  /** All characters a node can consume anywhere. */
  allChars(n: RNode): Set<number> {
    switch (n.k) {
      case 'atom': return this.atomSet(n.src);
      case 'assert': return new Set();
      case 'backref': return new Set(this.samples.map((_, i) => i));
      case 'group': return this.allChars(n.body);
      case 'quant': return this.allChars(n.item);
      case 'seq': return union(n.items.map((x) => this.allChars(x)));
      case 'alt': return union(n.alts.map((x) => this.allChars(x)));
    }
  }

  /** Characters a node can start with. */
  firstChars(n: RNode): Set<number> {
    switch (n.k) {
      case 'atom': return this.atomSet(n.src);
      case 'assert': return new Set();
      case 'backref': return new Set(this.samples.map((_, i) => i));
      case 'group': return this.firstChars(n.body);
      case 'quant': return this.firstChars(n.item);
      case 'alt': return union(n.alts.map((x) => this.firstChars(x)));
      case 'seq': {
        const sets: Set<number>[] = [];
        for (const it of n.items) {
          sets.push(this.firstChars(it));
          if (!this.canBeEmpty(it)) break;
        }
        return union(sets);
      }
    }
  }

  /** Returns a description of the first backtracking hazard found, or undefined. */
  findHazard(n: RNode): string | undefined {
    if (n.k === 'quant') {
      const unbounded = n.max > 10;
      if (unbounded) {
        const body = n.item;
        if (body.k === 'group' || body.k === 'quant') {
          const inner = body.k === 'group' ? body.body : body;
          if (this.canBeEmpty(inner) && this.hasQuant(inner)) return 'a repeated group whose body can match the empty string';
          const nested = this.nestedHazard(inner);
          if (nested) return nested;
          if (inner.k === 'alt') {
            for (let a = 0; a < inner.alts.length; a++) {
              for (let b = a + 1; b < inner.alts.length; b++) {
                if (intersects(this.firstChars(inner.alts[a]), this.firstChars(inner.alts[b]))) {
                  return 'a repeated group whose alternatives can match the same input (overlapping alternation)';
                }
              }
            }
          }
        }
      }
      return this.findHazard(n.item);
    }
    if (n.k === 'group') return this.findHazard(n.body);
    if (n.k === 'seq') {
      for (const it of n.items) {
        const h = this.findHazard(it);
        if (h) return h;
      }
      return undefined;
    }
    if (n.k === 'alt') {
      for (const it of n.alts) {
        const h = this.findHazard(it);
        if (h) return h;
      }
    }
    return undefined;
  }

  private hasQuant(n: RNode): boolean {
    switch (n.k) {
      case 'quant': return true;
      case 'group': return this.hasQuant(n.body);
      case 'seq': return n.items.some((x) => this.hasQuant(x));
      case 'alt': return n.alts.some((x) => this.hasQuant(x));
      default: return false;
    }
  }

  /** Body of an unbounded repetition: is an inner unbounded quantifier ambiguous across iterations? */
  private nestedHazard(body: RNode): string | undefined {
    const alts = body.k === 'alt' ? body.alts : [body];
    for (const alt of alts) {
      const items = alt.k === 'seq' ? alt.items : [alt];
      for (let idx = 0; idx < items.length; idx++) {
        const inners = this.unboundedQuants(items[idx]);
        for (const q of inners) {
          const qChars = this.allChars(q.item);
          // Safe only if some other mandatory element of this iteration can never be matched by q.
          const separated = items.some((other, j) => j !== idx && !this.canBeEmpty(other) && !intersects(this.allChars(other), qChars));
          if (!separated) return 'nested quantifiers: an unbounded repetition inside another unbounded repetition';
        }
      }
    }
    return undefined;
  }

  private unboundedQuants(n: RNode): Extract<RNode, { k: 'quant' }>[] {
    const out: Extract<RNode, { k: 'quant' }>[] = [];
    const walk = (x: RNode): void => {
      if (x.k === 'quant') {
        if (x.max > 10) out.push(x);
        walk(x.item);
      } else if (x.k === 'group') walk(x.body);
      else if (x.k === 'seq') x.items.forEach(walk);
      else if (x.k === 'alt') x.alts.forEach(walk);
    };
    walk(n);
    return out;
  }
}

function union(sets: Set<number>[]): Set<number> {
  const out = new Set<number>();
  for (const s of sets) for (const v of s) out.add(v);
  return out;
}

function intersects(a: Set<number>, b: Set<number>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}

/** Checks one regex pattern; returns a hazard description or undefined when it looks safe. */
export function regexHazard(pattern: string, flags = ''): string | undefined {
  let ast: RNode;
  try {
    ast = parseRegex(pattern);
  } catch {
    return 'the pattern could not be parsed for a backtracking check';
  }
  return new RegexAnalyzer(pattern, flags).findHazard(ast);
}

// ---------------------------------------------------------------------------------------------
// Secrets

const SECRET_PATTERNS: { re: RegExp; what: string }[] = [
  { re: /\bsk-(?:proj-|live-|ant-)?[A-Za-z0-9_-]{20,}/, what: 'an API secret key (sk-...)' },
  { re: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/, what: 'a Stripe-style secret key' },
  { re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/, what: 'an AWS access key id' },
  { re: /\bgh[pousr]_[A-Za-z0-9]{30,}/, what: 'a GitHub token' },
  { re: /\bgithub_pat_[A-Za-z0-9_]{30,}/, what: 'a GitHub fine-grained token' },
  { re: /\bglpat-[A-Za-z0-9_-]{20,}/, what: 'a GitLab token' },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key' },
  { re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/, what: 'a SendGrid API key' },
  { re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, what: 'a private key block' },
  { re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, what: 'a JSON Web Token' },
  { re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s:/@]{3,}@/i, what: 'a URL with embedded credentials' },
];

const PASSWORD_NAME = /(?:^|[^a-z]|[a-z])(?:password|passwd|passphrase|pwd)$/i;
/** Short credential field names (`pass`, `db_pass`, `dbPass`, `passcode`, `passkey`): need a credential-like value. */
const SHORT_PASS_NAME = /(?:^|_|-|[a-z0-9](?=P))(?:pass|Pass|PASS)(?:code|Code|key|Key)?$/;
/** Sibling keys that make an object literal a connection / login configuration. */
const CREDENTIAL_CONTEXT = /^(?:user|username|user_?name|login|host|hostname|server|database|db|dbname|uri|url|port|account|email)$/i;
const SECRET_NAME = /(?:secret|token|api_?key|apikey|access_?key|private_?key|client_?secret|credential|auth_?key|signing_?key|bearer)s?$/i;

function looksHighEntropySecret(v: string): boolean {
  if (v.length < 16 || /\s/.test(v)) return false;
  if (/^[0-9a-f]{32,}$/i.test(v)) return true;
  if (!/^[A-Za-z0-9+/=_.-]+$/.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  return shannonEntropy(v) >= 3.5;
}

// ---------------------------------------------------------------------------------------------
// The analyzer

interface ScopeInfo {
  names: Map<string, ts.Node>; // name -> declaration node
}

class Analyzer {
  readonly findings: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly scopes = new Map<ts.Node, ScopeInfo>();
  private readonly mutatedArrays = new Set<ts.Node>();

  constructor(
    private readonly sf: ts.SourceFile,
    private readonly kitExports: ReadonlySet<string> | undefined,
    /** The one run-time import a slot may have (the bounded-decision kit by default; './kit' for function-call). */
    private readonly kitSpecifier: string = KIT_SPECIFIER,
  ) {}

  run(): void {
    this.collectDeclarations(this.sf);
    this.checkTopLevel();
    this.visit(this.sf);
    this.checkRecursion();
  }

  report(node: ts.Node, rule: string, message: string): void {
    const pos = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const key = `${rule}:${pos.line}:${pos.character}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push({ stage: 'security', rule, message, line: pos.line + 1, column: pos.character + 1 });
  }

  // ---- scopes ---------------------------------------------------------------------------------

  private scopeOf(n: ts.Node): ScopeInfo {
    let s = this.scopes.get(n);
    if (!s) {
      s = { names: new Map() };
      this.scopes.set(n, s);
    }
    return s;
  }

  private nearestScope(from: ts.Node, functionOnly: boolean): ts.Node {
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

  private collectDeclarations(root: ts.Node): void {
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

  // ---- constants ------------------------------------------------------------------------------

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
  private foldAll(e: ts.Expression, depth: number): string[] | undefined {
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

  private isConstDecl(d: ts.VariableDeclaration): boolean {
    return ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const) !== 0;
  }

  // ---- global helpers -------------------------------------------------------------------------

  private isGlobalRef(e: ts.Expression, name?: string): e is ts.Identifier {
    const x = unwrap(e);
    return ts.isIdentifier(x) && (name === undefined || x.text === name) && this.resolve(x) === undefined;
  }

  private isGlobalMember(e: ts.Expression, obj: string, member: string): boolean {
    const x = unwrap(e);
    return ts.isPropertyAccessExpression(x) && x.name.text === member && this.isGlobalRef(x.expression, obj);
  }

  private memberName(n: ts.Node): string | undefined {
    if (ts.isPropertyAccessExpression(n)) return n.name.text;
    if (ts.isElementAccessExpression(n)) return this.fold(n.argumentExpression);
    return undefined;
  }

  private rootIdentifier(e: ts.Expression): ts.Identifier | undefined {
    let cur = unwrap(e);
    for (;;) {
      if (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur)) cur = unwrap(cur.expression);
      else if (ts.isCallExpression(cur)) cur = unwrap(cur.expression);
      else break;
    }
    return ts.isIdentifier(cur) ? cur : undefined;
  }

  // ---- top level ------------------------------------------------------------------------------

  private checkTopLevel(): void {
    for (const st of this.sf.statements) {
      if (ts.isImportDeclaration(st)) {
        this.checkImport(st);
        continue;
      }
      if (ts.isImportEqualsDeclaration(st)) {
        this.report(st, 'no-import', "'import x = require(...)' loads a module at run time; compiled slots may only use 'import type' from the template types or './facts'");
        continue;
      }
      if (ts.isExportDeclaration(st)) {
        if (st.moduleSpecifier) {
          this.report(st, 'no-reexport', "'export ... from' re-exports another module; export only what this file declares");
        }
        continue;
      }
      const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) ?? [] : [];
      if (mods.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
        this.report(st, 'no-ambient-declaration', "'declare' introduces a binding with no code behind it (at run time the name resolves elsewhere); remove it");
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
        this.report(st, 'no-ambient-declaration', 'namespaces run code at load time and hide bindings; use top-level functions and consts');
        continue;
      }
      if (ts.isVariableStatement(st)) {
        if ((st.declarationList.flags & ts.NodeFlags.Const) === 0) {
          this.report(st, 'no-module-state', "top-level 'let'/'var' is mutable state shared between calls; use 'const' (or move it inside the function)");
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
      this.report(st, 'no-top-level-side-effect', 'top-level statements run when the module is loaded; only imports of types and declarations (functions, consts, classes, types, enums) are allowed at top level');
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
      const d = this.resolve(x);
      return d && ts.isVariableDeclaration(d) && d.initializer && this.isConstDecl(d) && ts.isSourceFile(d.parent.parent.parent) ? d : undefined;
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
      const isTable = (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && ['Map', 'Set'].includes(init.expression.text) && this.resolve(init.expression) === undefined) ||
        (ts.isArrayLiteralExpression(init) && init.elements.length === 0);
      if (!isTable) return false;
    }
    this.checkLoadTime(st.expression);
    for (const s of body) for (const a of ((s as ts.ExpressionStatement).expression as ts.CallExpression).arguments) this.checkLoadTime(a);
    return true;
  }

  private checkImport(st: ts.ImportDeclaration): void {
    const spec = ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : '';
    if (spec === this.kitSpecifier) {
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
    const kitHint = /(^|\/)kit(\/|$)/.test(spec) ? ` (the extraction kit is imported with exactly '${this.kitSpecifier}', never a file inside it or another relative path)` : '';
    if (!clause) {
      this.report(st, 'no-import', `side-effect import of '${spec}' runs module code${kitHint}; compiled slots may only use 'import type' from the template types or './facts', and 'import { a, b } from '${this.kitSpecifier}''`);
    } else if (!typeOnly) {
      const hint = NODE_MODULE_HINT.test(spec) ? ` ('${spec}' is a host module: I/O is not allowed)` : kitHint;
      this.report(st, 'no-import', `runtime import of '${spec}'${hint}; the only run-time import allowed is 'import { a, b } from '${this.kitSpecifier}'' (the extraction kit); anything else only as 'import type { ... }' from the template types or './facts'`);
    } else if (!allowedPath) {
      this.report(st, 'no-import', `type import from '${spec}' is not allowed; import types only from the template types (relative path ending in 'types') or './facts'`);
    }
  }

  /** `import { a, b } from KIT_SPECIFIER` (or `import type`): named imports of names the kit exports, nothing else. */
  private checkKitImport(st: ts.ImportDeclaration): void {
    const clause = st.importClause;
    const example = `import { normalizeText } from '${this.kitSpecifier}'`;
    if (!clause) {
      this.report(st, 'no-import', `side-effect import of the extraction kit imports nothing; import the functions you call by name: ${example}`);
      return;
    }
    if (clause.name) {
      this.report(st, 'no-import', `default import of the extraction kit ('${clause.name.text}'); the kit has no default export: import the functions you call by name, ${example}`);
      return;
    }
    const nb = clause.namedBindings;
    if (!nb || ts.isNamespaceImport(nb)) {
      this.report(st, 'no-import', `namespace import of the extraction kit${nb ? ` ('* as ${nb.name.text}')` : ''}; import the functions you call by name: ${example}`);
      return;
    }
    if (nb.elements.length === 0) {
      this.report(st, 'no-import', `empty import of the extraction kit; import the functions you call by name: ${example}`);
      return;
    }
    const known = this.kitExports;
    for (const el of nb.elements) {
      const imported = el.propertyName ?? el.name;
      if (!ts.isIdentifier(imported)) {
        this.report(el, 'no-import', `kit imports must name an exported function with a plain identifier, e.g. ${example}`);
        continue;
      }
      const name = imported.text;
      if (name === 'default' || name === '__esModule' || name === 'prototype' || Object.prototype.hasOwnProperty.call(FORBIDDEN_MEMBERS, name)) {
        this.report(el, 'no-import', `'${name}' is not a kit function; import only the kit's exported names, e.g. ${example}`);
        continue;
      }
      if (known && !known.has(name)) {
        const list = [...known].sort().slice(0, 40).join(', ');
        this.report(el, 'no-import', `the extraction kit does not export '${name}'; it exports: ${list}`);
        continue;
      }
      const local = el.name.text;
      if (Object.prototype.hasOwnProperty.call(DENIED_GLOBALS, local) || ALLOWED_GLOBALS.has(local)) {
        this.report(el, 'no-import', `'${local}' would shadow a global name; import the kit function under its own name ('${name}') or another local name`);
      }
    }
  }

  /** Whether an identifier is bound by a named import of the extraction kit (a vetted, pure function). */
  private isKitBinding(id: ts.Identifier): boolean {
    const d = this.resolve(id);
    if (!d || !ts.isImportSpecifier(d)) return false;
    const decl = d.parent.parent.parent;
    return ts.isImportDeclaration(decl) && ts.isStringLiteral(decl.moduleSpecifier) && decl.moduleSpecifier.text === this.kitSpecifier;
  }

  private checkClassLoadTime(c: ts.ClassLikeDeclaration): void {
    const ext = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
    if (ext) for (const t of ext.types) this.checkLoadTime(t.expression);
    for (const m of c.members) {
      const isStatic = ts.canHaveModifiers(m) && (ts.getModifiers(m) ?? []).some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (ts.isClassStaticBlockDeclaration(m)) {
        this.report(m, 'no-top-level-side-effect', 'static blocks run when the module is loaded; initialise static data with constant expressions');
      } else if (ts.isPropertyDeclaration(m) && isStatic && m.initializer) {
        this.checkLoadTime(m.initializer);
      }
      if (m.name && ts.isComputedPropertyName(m.name)) this.checkLoadTime(m.name.expression);
    }
  }

  /** Expressions evaluated at module load may not run local code or mutate anything. */
  private checkLoadTime(e: ts.Node): void {
    for (const { node, kind } of this.loadTimeIssues(e, new Set())) {
      this.report(node, 'no-top-level-side-effect', kind === 'call'
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
        const root = this.rootIdentifier(callee);
        const pureBuiltin = !!root && this.resolve(root) === undefined && ALLOWED_GLOBALS.has(root.text);
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
    const d = this.resolve(id);
    let fn: ts.Node | undefined;
    if (d && ts.isFunctionDeclaration(d)) fn = d;
    else if (d && ts.isVariableDeclaration(d) && d.initializer && this.isConstDecl(d)) fn = unwrap(d.initializer);
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
    const d = this.resolve(id);
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
    const d = this.resolve(id);
    if (!d) return false;
    if (ts.isFunctionDeclaration(d)) return true;
    if (ts.isVariableDeclaration(d) && d.initializer) {
      const init = unwrap(d.initializer);
      return ts.isArrowFunction(init) || ts.isFunctionExpression(init);
    }
    return false;
  }

  // ---- main walk ------------------------------------------------------------------------------

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
        this.checkMember(n as ts.PropertyAccessExpression);
        return;
      case ts.SyntaxKind.ElementAccessExpression:
        this.checkElementAccess(n as ts.ElementAccessExpression);
        return;
      case ts.SyntaxKind.CallExpression:
        this.checkCall(n as ts.CallExpression);
        return;
      case ts.SyntaxKind.NewExpression:
        this.checkNew(n as ts.NewExpression);
        return;
      case ts.SyntaxKind.WithStatement:
        this.report(n, 'no-with', "'with' changes name resolution at run time; use explicit property access");
        return;
      case ts.SyntaxKind.DebuggerStatement:
        this.report(n, 'no-debugger', "remove the 'debugger' statement");
        return;
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
        if (this.isCountedLoop(n as ts.WhileStatement | ts.DoStatement)) return;
        if (ts.isWhileStatement(n) && this.isRegexScanLoop(n)) return;
        this.report(n, 'no-unbounded-loop', `'${n.kind === ts.SyntaxKind.WhileStatement ? 'while' : 'do...while'}' loops have no visible bound; use 'for (let i = 0; i < n; i++)', 'for...of' or array methods`);
        return;
      case ts.SyntaxKind.ForStatement:
        this.checkFor(n as ts.ForStatement);
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
        this.checkRegexLiteral(n as ts.RegularExpressionLiteral);
        return;
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail:
        this.checkSecretText(n, (n as ts.LiteralLikeNode).text);
        return;
      case ts.SyntaxKind.PropertyAssignment: {
        const pa = n as ts.PropertyAssignment;
        if ((ts.isIdentifier(pa.name) || ts.isStringLiteral(pa.name)) && pa.name.text === '__proto__') {
          this.report(pa, 'no-prototype-mutation', "a '__proto__:' entry in an object literal sets the object's prototype; use a plain key or Object.create(null)");
          return;
        }
        this.checkNamedSecret(pa);
        return;
      }
      case ts.SyntaxKind.VariableDeclaration:
      case ts.SyntaxKind.PropertyDeclaration:
      case ts.SyntaxKind.Parameter:
        this.checkNamedSecret(n as ts.VariableDeclaration | ts.PropertyAssignment | ts.PropertyDeclaration | ts.ParameterDeclaration);
        return;
      case ts.SyntaxKind.BinaryExpression:
        this.checkBinary(n as ts.BinaryExpression);
        return;
      case ts.SyntaxKind.DeleteExpression:
        this.checkMutationTarget((n as ts.DeleteExpression).expression, n);
        return;
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const u = n as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken) this.checkMutationTarget(u.operand, n);
        return;
      }
      case ts.SyntaxKind.BindingElement:
        this.checkBindingElement(n as ts.BindingElement);
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

  // ---- identifiers ----------------------------------------------------------------------------

  private isReference(id: ts.Identifier): boolean {
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

  // ---- members --------------------------------------------------------------------------------

  private reportForbiddenMember(node: ts.Node, name: string): boolean {
    const f = Object.prototype.hasOwnProperty.call(FORBIDDEN_MEMBERS, name) ? FORBIDDEN_MEMBERS[name] : undefined;
    if (!f) return false;
    this.report(node, f.rule, `'${name}': ${f.what}; ${f.fix}`);
    return true;
  }

  private checkMember(n: ts.PropertyAccessExpression): void {
    const name = n.name.text;
    if (this.reportForbiddenMember(n.name, name)) return;
    this.checkGlobalMember(n, name);
  }

  private checkGlobalMember(n: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string | undefined): void {
    const obj = unwrap(n.expression);
    if (!ts.isIdentifier(obj) || this.resolve(obj) !== undefined) return;
    const g = obj.text;
    if (name === undefined) {
      if (RESTRICTED_GLOBALS.has(g)) this.report(n, 'no-global-alias', `computed member access on '${g}' hides which member is used; access members by name`);
      return;
    }
    if (g === 'Math' && name === 'random') {
      this.report(n, 'no-nondeterminism', "'Math.random' makes results non-reproducible (and is not a secure token source); take randomness as an input or remove it");
      return;
    }
    if (g === 'Date' && name === 'now') {
      this.report(n, 'no-nondeterminism', "'Date.now()' reads the clock; take the reference date as an input field");
      return;
    }
    if (g === 'Symbol' && name === 'for' && !this.isPlainSymbolKey(n)) {
      this.report(n, 'no-symbol-tricks', `'Symbol.${name}' reaches the global symbol registry, whose keys are host hooks (e.g. 'nodejs.util.inspect.custom' runs code when the result is logged); use plain string keys`);
      return;
    }
    if (g === 'Symbol' && WELL_KNOWN_SYMBOLS.has(name)) {
      this.report(n, 'no-symbol-tricks', `'Symbol.${name}' hooks language protocols (coercion, iteration, instanceof); use plain methods and arrays`);
      return;
    }
    const allowed = ALLOWED_MEMBERS[g];
    if (allowed && !allowed.has(name)) {
      const rule = g === 'Object' && /Descriptor|OwnPropertyNames|OwnPropertySymbols/.test(name) ? 'no-reflection' : g === 'Object' && /[pP]rototype/.test(name) ? 'no-prototype-mutation' : 'no-global-alias';
      this.report(n, rule, `'${g}.${name}' is not on the allow-list for compiled slots; use ${[...allowed].filter((m) => m !== 'prototype').slice(0, 6).join(', ')}`);
    }
  }

  /**
   * `Symbol.for('tag')` with a plain constant key is an ordinary symbol; dotted or computed keys reach host
   * hooks in the registry ('nodejs.util.inspect.custom', 'nodejs.rejection', 'Deno.customInspect', ...).
   */
  private isPlainSymbolKey(n: ts.Node): boolean {
    const call = n.parent;
    if (!ts.isCallExpression(call) || call.expression !== n || call.arguments.length !== 1) return false;
    const key = this.fold(call.arguments[0]);
    return key !== undefined && /^[A-Za-z_][\w-]*$/.test(key) && !/inspect|nodejs|deno|bun/i.test(key);
  }

  private checkElementAccess(n: ts.ElementAccessExpression): void {
    const arg = n.argumentExpression;
    const key = this.fold(arg);
    if (key !== undefined) {
      if (this.reportForbiddenMember(n.argumentExpression, key)) return;
      if (key === 'prototype' || Object.prototype.hasOwnProperty.call(DENIED_GLOBALS, key)) {
        this.report(n.argumentExpression, 'no-obfuscated-access', `computed access to '${key}' by string hides a dangerous name; remove it`);
        return;
      }
      this.checkGlobalMember(n, key);
      return;
    }
    if (this.isObfuscatedKey(arg)) {
      this.report(arg, 'no-obfuscated-access', 'the member key is assembled from fragments of a dangerous name or decoded at run time; use a plain property name');
      return;
    }
    this.checkGlobalMember(n, undefined);
    // obj[a][b](...) with both keys dynamic: a classic route to Function via 'constructor'.
    const parent = n.parent;
    const inner = unwrap(n.expression);
    if (ts.isCallExpression(parent) && parent.expression === n && ts.isElementAccessExpression(inner) && !this.isNumericKey(inner.argumentExpression) && this.fold(inner.argumentExpression) === undefined) {
      this.report(n, 'no-function-constructor', 'calling obj[a][b](...) with two dynamic keys can reach the Function constructor; use an explicit lookup table of functions');
    }
  }

  private isObfuscatedKey(arg: ts.Expression): boolean {
    let bad = false;
    const followed = new Set<ts.Node>();
    const visit = (x: ts.Node): void => {
      if (bad) return;
      // Follow constants: const k = String.fromCharCode(...); o[k]
      if (ts.isIdentifier(x) && followed.size < 10) {
        const d = this.resolve(x);
        if (d && ts.isVariableDeclaration(d) && d.initializer && this.isConstDecl(d) && !followed.has(d)) {
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

  private isNumericKey(e: ts.Expression): boolean {
    const x = unwrap(e);
    if (ts.isNumericLiteral(x)) return true;
    if (ts.isPrefixUnaryExpression(x) || ts.isPostfixUnaryExpression(x)) return true;
    if (ts.isBinaryExpression(x)) {
      const k = x.operatorToken.kind;
      return k === ts.SyntaxKind.MinusToken || k === ts.SyntaxKind.AsteriskToken || k === ts.SyntaxKind.SlashToken || k === ts.SyntaxKind.PercentToken ||
        (k === ts.SyntaxKind.PlusToken && (this.isNumericKey(x.left) || this.isNumericKey(x.right)) && this.fold(x) === undefined && !ts.isStringLiteral(unwrap(x.left)) && !ts.isStringLiteral(unwrap(x.right)));
    }
    if (ts.isIdentifier(x)) {
      const d = this.resolve(x);
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

  private checkBindingElement(b: ts.BindingElement): void {
    const key = b.propertyName
      ? ts.isIdentifier(b.propertyName) || ts.isStringLiteral(b.propertyName)
        ? b.propertyName.text
        : ts.isComputedPropertyName(b.propertyName)
          ? this.fold(b.propertyName.expression)
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

  // ---- calls ----------------------------------------------------------------------------------

  private checkCall(n: ts.CallExpression): void {
    const callee = unwrap(n.expression);
    if (callee.kind === ts.SyntaxKind.ImportKeyword) {
      this.report(n, 'no-dynamic-import', "dynamic 'import()' loads code at run time; compiled slots cannot import modules");
      return;
    }
    if (this.isGlobalRef(callee, 'Date')) {
      this.report(n, 'no-nondeterminism', "'Date()' returns the current time as a string; take the reference date as an input field");
      return;
    }
    if (this.isGlobalRef(callee, 'RegExp')) {
      this.checkRegexCtor(n, n.arguments);
      return;
    }
    this.checkLocaleDependence(n, callee, n.arguments);
    // Object.assign(X.prototype, ...) / Object.assign(Math, ...)
    if (ts.isPropertyAccessExpression(callee) && this.isGlobalRef(callee.expression, 'Object') && ['assign', 'freeze', 'seal', 'preventExtensions'].includes(callee.name.text) && n.arguments.length > 0) {
      const target = unwrap(n.arguments[0]);
      if (this.touchesPrototypeOrGlobal(target)) {
        this.report(n, 'no-prototype-mutation', `'Object.${callee.name.text}' on a built-in or a prototype changes shared behaviour; build a new object instead`);
      }
    }
    // String patterns passed to match/search/matchAll are compiled as regexes.
    if (ts.isPropertyAccessExpression(callee) && ['match', 'matchAll', 'search'].includes(callee.name.text) && n.arguments.length > 0) {
      const v = unwrap(n.arguments[0]);
      if (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) this.checkPattern(v, v.text, '');
    }
    // Calling a function with itself as argument (anonymous recursion, e.g. Y-combinator style).
    if (ts.isIdentifier(callee) && n.arguments.some((a) => ts.isIdentifier(unwrap(a)) && (unwrap(a) as ts.Identifier).text === callee.text)) {
      this.report(n, 'no-recursion', 'a function applied to itself enables recursion; use a bounded loop');
    }
  }

  private touchesPrototypeOrGlobal(e: ts.Expression): boolean {
    const x = unwrap(e);
    if (ts.isIdentifier(x)) return this.resolve(x) === undefined;
    if (ts.isPropertyAccessExpression(x) && (x.name.text === 'prototype' || x.name.text === '__proto__')) return true;
    if (ts.isElementAccessExpression(x) && ['prototype', '__proto__'].includes(this.fold(x.argumentExpression) ?? '')) return true;
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) return this.touchesPrototypeOrGlobal(x.expression);
    return false;
  }

  private checkNew(n: ts.NewExpression): void {
    const callee = unwrap(n.expression);
    if (this.isGlobalRef(callee, 'Date') && (!n.arguments || n.arguments.length === 0)) {
      this.report(n, 'no-nondeterminism', "'new Date()' without an argument reads the clock; pass the date from the input (new Date(input.date))");
      return;
    }
    if (this.isGlobalRef(callee, 'RegExp')) {
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
      return this.fold(x) !== undefined && (this.fold(x) ?? '').length > 0;
    };
    const hasTimeZone = (a: ts.Expression | undefined): boolean => {
      if (!a) return false;
      const x = unwrap(a);
      return ts.isObjectLiteralExpression(x) && x.properties.some((p) => p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === 'timeZone');
    };
    if (ts.isPropertyAccessExpression(callee) && this.isGlobalRef(callee.expression, 'Intl')) {
      const ctor = callee.name.text;
      if (ctor === 'getCanonicalLocales' || ctor === 'supportedValuesOf') return;
      if (!isLocale(args[0])) {
        this.report(n, 'no-nondeterminism', `'Intl.${ctor}' without an explicit locale uses the host's locale; pass one, e.g. new Intl.${ctor}('en-US', ...)`);
      } else if (ctor === 'DateTimeFormat' && !hasTimeZone(args[1])) {
        this.report(n, 'no-nondeterminism', "'Intl.DateTimeFormat' without a 'timeZone' option uses the host's time zone; pass { timeZone: 'UTC' } (or the zone from the input)");
      }
      return;
    }
    if (!ts.isPropertyAccessExpression(callee)) return;
    const method = callee.name.text;
    if (!/^toLocale(?:|Date|Time)String$|^toLocale(?:Upper|Lower)Case$/.test(method)) return;
    if (!isLocale(args[0])) {
      this.report(n, 'no-nondeterminism', `'.${method}()' without an explicit locale depends on the host's locale; pass one, e.g. .${method}('en-US'${/Date|Time/.test(method) ? ", { timeZone: 'UTC' }" : ''})`);
    } else if (/Date|Time/.test(method) && !hasTimeZone(args[1])) {
      this.report(n, 'no-nondeterminism', `'.${method}()' without a 'timeZone' option uses the host's time zone; pass { timeZone: 'UTC' }`);
    }
  }

  private checkRegexCtor(n: ts.Node, args: ts.NodeArray<ts.Expression>): void {
    if (args.length === 0) return;
    const first = unwrap(args[0]);
    if (ts.isRegularExpressionLiteral(first)) return; // checked as a literal
    const pattern = this.fold(first);
    const flags = args.length > 1 ? this.fold(args[1]) : '';
    // A pattern built from an element of a constant list (`WORDS.some((w) => new RegExp(`\\b${w}\\b`))`)
    // takes finitely many constant values: check each of them.
    const finite = pattern === undefined && flags !== undefined ? this.foldAll(first, 0) : undefined;
    if (finite && flags !== undefined) {
      for (const p of finite) this.checkPattern(n, p, flags);
      return;
    }
    if (pattern === undefined || flags === undefined) {
      this.report(n, 'no-dynamic-regex', 'RegExp built from a non-constant pattern can be made to backtrack catastrophically (or inject syntax); use a regex literal or a constant pattern string');
      return;
    }
    this.checkPattern(n, pattern, flags);
  }

  private checkRegexLiteral(n: ts.RegularExpressionLiteral): void {
    const text = n.text;
    const slash = text.lastIndexOf('/');
    this.checkPattern(n, text.slice(1, slash), text.slice(slash + 1));
  }

  private checkPattern(n: ts.Node, pattern: string, flags: string): void {
    const hazard = regexHazard(pattern, flags);
    if (hazard) {
      this.report(n, 'no-unsafe-regex', `regex /${pattern.length > 60 ? pattern.slice(0, 57) + '...' : pattern}/ is prone to catastrophic backtracking (${hazard}); make the repeated parts unambiguous, e.g. (\\w+\\s)* -> [\\w\\s]*, or bound the repetition`);
    }
  }

  // ---- loops ----------------------------------------------------------------------------------

  private checkFor(n: ts.ForStatement): void {
    const cond = n.condition;
    const bounded = !!cond && this.hasComparison(cond) && !!n.incrementor;
    if (!bounded) {
      this.report(n, 'no-unbounded-loop', "'for' loops need a comparison bound and an update (for (let i = 0; i < n; i++)); 'for (;;)' and open-ended loops are not allowed");
      return;
    }
    const problem = this.forProgressProblem(cond!, n.incrementor!, n.statement, n);
    if (problem) this.report(n, 'no-unbounded-loop', `'for' loop ${problem}; count towards the bound, e.g. for (let i = 0; i < n; i++) or for (let i = n - 1; i >= 0; i--)`);
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
      if (ts.isIdentifier(n) && this.isReference(n)) names.push(n);
      if (ts.isPropertyAccessExpression(n) && n.name.text === 'length') lengthBases.push(unwrap(n.expression));
      if (ts.isPropertyAccessExpression(n)) {
        collect(n.expression);
        return;
      }
      ts.forEachChild(n, collect);
    };
    for (const b of bound) collect(b);
    for (const id of names) {
      const d = this.resolve(id);
      if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) continue;
      if (ts.isVariableDeclaration(d) && d.parent === loop.initializer) continue; // another counter of this loop
      const scope = ts.isParameter(d) ? d.parent : this.nearestScope(d, true);
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
      if (ts.isIdentifier(x) && ts.isIdentifier(y)) return x.text === y.text && this.resolve(x) === this.resolve(y);
      if (ts.isPropertyAccessExpression(x) && ts.isPropertyAccessExpression(y)) return x.name.text === y.name.text && same(x.expression, y.expression);
      if (ts.isElementAccessExpression(x) && ts.isElementAccessExpression(y)) return x.argumentExpression.getText(this.sf) === y.argumentExpression.getText(this.sf) && same(x.expression, y.expression);
      return false;
    };
    for (const base of lengthBases) {
      const text = base.getText(this.sf);
      if (this.isStringTyped(base)) continue; // a string's length is fixed
      let grows: string | undefined;
      const visit = (n: ts.Node): void => {
        if (grows) return;
        if (ts.isExpression(n) && n !== base && (!ts.isIdentifier(n) || this.isReference(n)) && n.getText(this.sf) === text && same(n, base)) {
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
    const d = this.resolve(x);
    if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) return false;
    if (d.type && d.type.kind === ts.SyntaxKind.StringKeyword) return true;
    const init = d.initializer ? unwrap(d.initializer) : undefined;
    return !!init && ts.isVariableDeclaration(d) && this.isConstDecl(d) && (ts.isStringLiteralLike(init) || ts.isTemplateExpression(init));
  }

  /** Calls that only read their arguments: global built-ins (String(x), Math.max(...x)) and regex exec/test. */
  private readsOnlyArguments(call: ts.CallExpression): boolean {
    let root: ts.Expression = unwrap(call.expression);
    if (ts.isPropertyAccessExpression(root) && ['exec', 'test'].includes(root.name.text)) return true;
    while (ts.isPropertyAccessExpression(root)) root = unwrap(root.expression);
    return ts.isIdentifier(root) && this.resolve(root) === undefined && ALLOWED_GLOBALS.has(root.text) && root.text !== 'Object' && root.text !== 'Reflect';
  }

  /** A `for` step that is provably positive (see forProgressProblem). */
  private isPositiveStep(v: ts.Expression, loop: ts.ForStatement, depth: number): boolean {
    if (depth > 4) return false;
    const u = unwrap(v);
    const k = this.numericConst(u);
    if (k !== undefined) return k > 0;
    if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && this.isGlobalRef(u.expression.expression, 'Math') && u.expression.name.text === 'max') {
      return u.arguments.some((a) => {
        const c = this.numericConst(a);
        return c !== undefined && c > 0;
      });
    }
    if (!ts.isIdentifier(u)) return false;
    const d = this.resolve(u);
    if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) return false;
    const scope = ts.isParameter(d) ? d.parent : this.nearestScope(d, true);
    if (this.writesTo(d, scope).length > 0) return false;
    if (ts.isVariableDeclaration(d) && d.initializer && this.isConstDecl(d) && this.isPositiveStep(d.initializer, loop, depth + 1)) return true;
    // a guard before the loop: if (... || step <= 0 || ...) return/throw
    const guards = (cond: ts.Expression): boolean => {
      const x = unwrap(cond);
      if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.BarBarToken) return guards(x.left) || guards(x.right);
      if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) {
        const y = unwrap(x.operand);
        if (!ts.isBinaryExpression(y)) return false;
        const lim = (e: ts.Expression) => this.numericConst(e);
        const isU = (e: ts.Expression) => ts.isIdentifier(unwrap(e)) && this.resolve(unwrap(e) as ts.Identifier) === d;
        if (y.operatorToken.kind === ts.SyntaxKind.GreaterThanToken && isU(y.left) && (lim(y.right) ?? -1) >= 0) return true; // !(s > 0)
        if (y.operatorToken.kind === ts.SyntaxKind.GreaterThanEqualsToken && isU(y.left) && (lim(y.right) ?? -1) > 0) return true; // !(s >= 1)
        if (y.operatorToken.kind === ts.SyntaxKind.LessThanToken && isU(y.right) && (lim(y.left) ?? -1) >= 0) return true; // !(0 < s)
        return false;
      }
      if (!ts.isBinaryExpression(x)) return false;
      const isU = (e: ts.Expression) => ts.isIdentifier(unwrap(e)) && this.resolve(unwrap(e) as ts.Identifier) === d;
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
      const d = this.resolve(x);
      if (d && ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) && d.initializer && this.isConstDecl(d)) return this.numericConst(d.initializer);
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
      if (ts.isIdentifier(x)) return this.resolve(x) === decl;
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
  private isCountedLoop(n: ts.WhileStatement | ts.DoStatement): boolean {
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
        const d = this.resolve(v);
        if (!d || !ts.isVariableDeclaration(d) || !ts.isIdentifier(d.name) || !d.initializer) continue;
        if (!ts.isVariableDeclarationList(d.parent) || (d.parent.flags & ts.NodeFlags.Let) === 0 || ts.isSourceFile(d.parent.parent.parent)) continue;
        const init = this.numericConst(d.initializer);
        if (init === undefined || !Number.isSafeInteger(init) || Math.abs(init) > 1e9 || Math.abs(bound) > 1e9) continue;
        const scope = this.nearestScope(d, true);
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
    const d = this.resolve(obj);
    if (!d || !(ts.isParameter(d) || ts.isVariableDeclaration(d))) return false;
    let ok = true;
    const visit = (n: ts.Node): void => {
      if (!ok) return;
      if (ts.isIdentifier(n) && n.text === obj.text && this.resolve(n) === d) {
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
    return ok && this.writesTo(d, ts.isParameter(d) ? d.parent : this.nearestScope(d, true)).length === 0;
  }

  /**
   * `while ((m = re.exec(s)) !== null)` over a global or sticky regex that cannot match the empty string:
   * each match moves re.lastIndex forward by at least one character, so the loop ends within |s| + 1
   * rounds. The regex must be a constant regex literal referenced nowhere else (nothing can reset its
   * lastIndex) and `s` a name the loop does not reassign.
   */
  private isRegexScanLoop(n: ts.WhileStatement): boolean {
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
    const d = this.resolve(reId);
    if (!d || !ts.isVariableDeclaration(d) || !d.initializer || !this.isConstDecl(d)) return false;
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
      if (ts.isIdentifier(x) && x !== d.name && x.text === reId.text && this.resolve(x) === d) refs++;
      ts.forEachChild(x, countRefs);
    };
    countRefs(this.sf);
    if (refs !== 1) return false;
    // The subject is read afresh (ToString) on every exec: it must not change. No writes inside the loop or
    // from a nested function, and no object that could convert itself to a different string each time.
    const sd = this.resolve(subject);
    if (!sd || !(ts.isParameter(sd) || ts.isVariableDeclaration(sd))) return false;
    if (ts.isVariableDeclaration(sd) && sd.initializer) {
      const init = unwrap(sd.initializer);
      if (ts.isObjectLiteralExpression(init) || ts.isNewExpression(init) || ts.isClassExpression(init)) return false;
    }
    const scope = ts.isParameter(sd) ? sd.parent : this.nearestScope(sd, true);
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

  // ---- assignments ----------------------------------------------------------------------------

  private checkBinary(n: ts.BinaryExpression): void {
    const k = n.operatorToken.kind;
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) {
      this.checkMutationTarget(n.left, n);
      // password = "..."
      const target = unwrap(n.left);
      const nm = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : undefined;
      if (nm) this.checkNamedValue(n, nm, n.right);
    }
    if (k === ts.SyntaxKind.EqualsEqualsEqualsToken || k === ts.SyntaxKind.EqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsToken) {
      for (const [a, b] of [[n.left, n.right], [n.right, n.left]] as const) {
        const t = unwrap(a);
        const nm = ts.isIdentifier(t) ? t.text : ts.isPropertyAccessExpression(t) ? t.name.text : undefined;
        const v = unwrap(b);
        if (nm && PASSWORD_NAME.test(nm) && (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)) && v.text.length > 0) {
          this.report(n, 'no-hardcoded-secret', `comparing '${nm}' with a hard-coded literal embeds a credential in code; credentials must come from a secret store, never from compiled logic`);
        }
      }
    }
  }

  private checkMutationTarget(target: ts.Expression, at: ts.Node): void {
    const t = unwrap(target);
    if (!(ts.isPropertyAccessExpression(t) || ts.isElementAccessExpression(t))) return;
    // Writes through .prototype / __proto__
    let cur: ts.Expression = t;
    for (;;) {
      const c = unwrap(cur);
      if (!(ts.isPropertyAccessExpression(c) || ts.isElementAccessExpression(c))) break;
      const nm = this.memberName(c);
      if (nm === 'prototype' || nm === '__proto__') {
        this.report(at, 'no-prototype-mutation', 'writing to a prototype changes the behaviour of every object of that type; add a method to your own class or use a plain function');
        return;
      }
      cur = c.expression;
    }
    const root = this.rootIdentifier(t);
    if (root && this.resolve(root) === undefined) {
      this.report(at, 'no-global-mutation', `modifying '${root.text}' changes a built-in shared with all other code; keep changes to your own objects`);
      return;
    }
    // obj[a][b] = v with dynamic keys: prototype pollution shape
    if (ts.isElementAccessExpression(t)) {
      const inner = unwrap(t.expression);
      if (ts.isElementAccessExpression(inner) && this.fold(inner.argumentExpression) === undefined && !this.isNumericKey(inner.argumentExpression) &&
          this.fold(t.argumentExpression) === undefined && !this.isNumericKey(t.argumentExpression)) {
        this.report(at, 'no-prototype-pollution', "obj[a][b] = v with keys from data can write Object.prototype when a is '__proto__'; use a Map or check keys against an allow-list");
      } else if (ts.isIdentifier(inner) && this.fold(t.argumentExpression) === undefined && !this.isNumericKey(t.argumentExpression) && this.isDynamicAlias(inner)) {
        // The same shape through a variable: `cur = cur[k] = cur[k] || {}` ... `cur[last] = v`.
        this.report(at, 'no-prototype-pollution', `'${inner.text}' walks into an object by keys from data and is then written with another such key; a '__proto__' key makes that write change Object.prototype. Use a Map or check keys against an allow-list`);
      }
    }
  }

  /** Whether a local variable is ever bound to a member of an object selected by a data key. */
  private isDynamicAlias(id: ts.Identifier): boolean {
    const decl = this.resolve(id);
    if (!decl || !ts.isVariableDeclaration(decl)) return false;
    const sources: ts.Expression[] = decl.initializer ? [decl.initializer] : [];
    const walk = (n: ts.Node): void => {
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        const l = unwrap(n.left);
        if (ts.isIdentifier(l) && l.text === id.text && this.resolve(l) === decl) sources.push(n.right);
      }
      ts.forEachChild(n, walk);
    };
    walk(this.sf);
    return sources.some((e) => this.derivesFromDynamicMember(e, 0));
  }

  private derivesFromDynamicMember(e: ts.Expression, depth: number): boolean {
    if (depth > 6) return false;
    const x = unwrap(e);
    if (ts.isElementAccessExpression(x)) return this.fold(x.argumentExpression) === undefined && !this.isNumericKey(x.argumentExpression);
    if (ts.isBinaryExpression(x)) {
      const k = x.operatorToken.kind;
      if (k === ts.SyntaxKind.EqualsToken) return this.derivesFromDynamicMember(x.left, depth + 1) || this.derivesFromDynamicMember(x.right, depth + 1);
      if (k === ts.SyntaxKind.BarBarToken || k === ts.SyntaxKind.QuestionQuestionToken) return this.derivesFromDynamicMember(x.left, depth + 1);
    }
    if (ts.isConditionalExpression(x)) return this.derivesFromDynamicMember(x.whenTrue, depth + 1) || this.derivesFromDynamicMember(x.whenFalse, depth + 1);
    return false;
  }

  // ---- secrets --------------------------------------------------------------------------------

  private checkSecretText(n: ts.Node, text: string): void {
    for (const p of SECRET_PATTERNS) {
      if (p.re.test(text)) {
        this.report(n, 'no-hardcoded-secret', `string literal looks like ${p.what}; never embed credentials in compiled logic (remove it and rotate the secret)`);
        return;
      }
    }
    if (text.length >= 40 && !/\s/.test(text) && looksHighEntropySecret(text) && shannonEntropy(text) >= 4.3) {
      this.report(n, 'no-hardcoded-secret', 'long high-entropy string literal looks like a key or token; never embed credentials in compiled logic');
    }
  }

  private checkNamedSecret(n: ts.VariableDeclaration | ts.PropertyAssignment | ts.PropertyDeclaration | ts.ParameterDeclaration): void {
    if (!n.name || !n.initializer) return;
    const nm = ts.isIdentifier(n.name) || ts.isStringLiteral(n.name) ? n.name.text : undefined;
    if (nm) this.checkNamedValue(n, nm, n.initializer);
  }

  private checkNamedValue(n: ts.Node, name: string, value: ts.Expression): void {
    const v = unwrap(value);
    if (!(ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v))) return;
    const text = v.text;
    if (PASSWORD_NAME.test(name) && text.length > 0) {
      this.report(n, 'no-hardcoded-secret', `'${name}' is assigned a hard-coded password; credentials must come from a secret store, never from compiled logic`);
      return;
    }
    if (SHORT_PASS_NAME.test(name) && this.looksLikeCredentialValue(n, text)) {
      this.report(n, 'no-hardcoded-secret', `'${name}' is assigned a hard-coded credential; credentials must come from a secret store, never from compiled logic`);
      return;
    }
    if (SECRET_NAME.test(name) && looksHighEntropySecret(text)) {
      this.report(n, 'no-hardcoded-secret', `'${name}' is assigned a high-entropy literal that looks like a key or token; never embed credentials in compiled logic`);
    }
  }

  /**
   * A `pass`-like field holds a credential when its literal is a single token that is not a plain status
   * word, and either it mixes letters with digits/symbols or the object also names a user, host or database.
   */
  private looksLikeCredentialValue(n: ts.Node, text: string): boolean {
    if (text.length < 4 || /\s/.test(text)) return false;
    if (/^(?:pass|passed|fail|failed|true|false|yes|no|none|null|ok|skip|skipped|pending|n\/a|unknown)$/i.test(text)) return false;
    if (/[A-Za-z]/.test(text) && /[^A-Za-z]/.test(text)) return true;
    const obj = n.parent;
    if (ts.isPropertyAssignment(n) && obj && ts.isObjectLiteralExpression(obj)) {
      return obj.properties.some((p) => p !== n && p.name !== undefined && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && CREDENTIAL_CONTEXT.test(p.name.text));
    }
    return false;
  }

  // ---- recursion ------------------------------------------------------------------------------

  private checkRecursion(): void {
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
      if ((ts.isFunctionDeclaration(f) || ts.isFunctionExpression(f) || ts.isMethodDeclaration(f)) && f.name) return f.name.getText(this.sf);
      if (ts.isVariableDeclaration(f.parent) && ts.isIdentifier(f.parent.name)) return f.parent.name.text;
      if (ts.isPropertyAssignment(f.parent)) return f.parent.name.getText(this.sf);
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
      if (ts.isIdentifier(n) && this.isReference(n)) {
        const target = fnTarget(this.resolve(n));
        const from = enclosingNamed(n);
        if (target && from) addEdge(from, target);
      }
      // table.fn() / table['fn']() where `table` is a const object literal of functions (dispatch tables)
      if ((ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) && ts.isIdentifier(unwrap(n.expression))) {
        const key = ts.isPropertyAccessExpression(n) ? n.name.text : this.fold(n.argumentExpression);
        const d = this.resolve(unwrap(n.expression) as ts.Identifier);
        const init = d && ts.isVariableDeclaration(d) && d.initializer ? unwrap(d.initializer) : undefined;
        if (key !== undefined && init && ts.isObjectLiteralExpression(init)) {
          for (const p of init.properties) {
            if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) || p.name.text !== key) continue;
            let target: ts.Node | undefined;
            if (ts.isMethodDeclaration(p)) target = p;
            else if (ts.isPropertyAssignment(p)) {
              const v = unwrap(p.initializer);
              if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) target = v;
              else if (ts.isIdentifier(v)) target = fnTarget(this.resolve(v));
            } else if (ts.isShorthandPropertyAssignment(p)) target = fnTarget(this.resolve(p.name));
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
    visit(this.sf);

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
          comp.sort((a, b) => a.getStart(this.sf) - b.getStart(this.sf));
          const names = comp.map((c) => nodes.get(c) ?? '<anonymous>');
          const at = comp[0];
          const reportAt = ts.isArrowFunction(at) || ts.isFunctionExpression(at) ? at.parent : at;
          this.report(reportAt, 'no-recursion', comp.length > 1
            ? `mutual recursion between ${names.join(' -> ')}; recursion depth depends on input and can exhaust the stack: use a bounded loop over an explicit list`
            : `'${names[0]}' calls itself; recursion depth depends on input and can exhaust the stack: use a bounded loop over an explicit list`);
        }
      }
    };
    for (const v of nodes.keys()) if (!idx.has(v)) strong(v);
  }
}

function scriptKindFor(fileName: string): ts.ScriptKind {
  if (/\.(m|c)?js$/i.test(fileName)) return ts.ScriptKind.JS;
  if (/\.jsx$/i.test(fileName)) return ts.ScriptKind.JSX;
  if (/\.tsx$/i.test(fileName)) return ts.ScriptKind.TSX;
  return ts.ScriptKind.TS;
}

/** Parses the source, throwing CodeUnreadableError when it cannot be analysed (see the header). */
export function parseCandidate(source: string, fileName = 'candidate.ts'): ts.SourceFile {
  if (typeof source !== 'string') throw new CodeUnreadableError(`${fileName}: expected source text, got ${typeof source}`, fileName);
  if (source.length > MAX_SOURCE_CHARS) {
    throw new CodeUnreadableError(`${fileName}: ${source.length} characters is more than the ${MAX_SOURCE_CHARS} a compiled slot may have; split or shorten the code`, fileName);
  }
  if (source.includes('\u0000')) throw new CodeUnreadableError(`${fileName}: contains NUL characters, so it is not text (binary file or wrong encoding?)`, fileName);
  const controls = (source.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls > 0 && controls > source.length * 0.01) {
    throw new CodeUnreadableError(`${fileName}: ${controls} control characters, so it is not source text (binary file or wrong encoding?)`, fileName);
  }
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, scriptKindFor(fileName));
  const parseDiagnostics = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ??
    ts.transpileModule(source, { fileName, reportDiagnostics: true }).diagnostics ?? [];
  if (parseDiagnostics.length > 0) {
    const details = parseDiagnostics.slice(0, 5).map((d) => {
      const pos = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
      return `${fileName}:${pos.line + 1}:${pos.character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    throw new CodeUnreadableError(
      `${fileName}: the code does not parse (${parseDiagnostics.length} syntax error${parseDiagnostics.length === 1 ? '' : 's'}), so it cannot be checked; fix the syntax first: ${details[0]}`,
      fileName,
      details,
    );
  }
  return sf;
}

/** Runs the security analysis. Throws CodeUnreadableError when the source cannot be analysed. */
export function checkCode(source: string, fileName = 'candidate.ts', options: { kitExports?: ReadonlySet<string>; kitSpecifier?: string } = {}): SecurityReport {
  const sf = parseCandidate(source, fileName);
  const a = new Analyzer(sf, options.kitExports ?? (source.includes(KIT_SPECIFIER) ? kitExportNames() : undefined), options.kitSpecifier ?? KIT_SPECIFIER);
  a.run();
  const findings = a.findings.sort((x, y) => x.line - y.line || x.column - y.column || x.rule.localeCompare(y.rule));
  return { safe: findings.length === 0, findings };
}
