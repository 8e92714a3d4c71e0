// The security stage's rule names (one line each, for the compile prompt, docs and tests) and its report.
import type { Diagnostic } from '../diagnostics';
import { KIT_SPECIFIER } from '../kit';

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
