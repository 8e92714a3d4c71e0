// Global name tables: the pure built-ins a compiled slot may use, and the denied ones with their rule and fix.
import { KIT_SPECIFIER } from '../kit';

/** Pure globals a decision or extractor function may use. */
export const ALLOWED_GLOBALS = new Set([
  'Math', 'JSON', 'Number', 'String', 'Boolean', 'Array', 'Object', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'Date', 'RegExp', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'URIError',
  'EvalError', 'AggregateError', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'NaN', 'Infinity',
  'undefined', 'BigInt', 'Symbol', 'Intl', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI',
  'decodeURI', 'structuredClone', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'ArrayBuffer',
  'DataView', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'arguments',
]);

/** Allowed globals whose members are restricted, so they may not be aliased. */
export const RESTRICTED_GLOBALS = new Set(['Math', 'Date', 'Object', 'Symbol', 'RegExp', 'Error', 'Intl', 'Array']);

/** Allowed members per restricted global (anything else is a finding). */
export const ALLOWED_MEMBERS: Record<string, Set<string>> = {
  Object: new Set([
    'keys', 'values', 'entries', 'fromEntries', 'assign', 'freeze', 'isFrozen', 'seal', 'isSealed',
    'create', 'hasOwn', 'is', 'groupBy', 'prototype', 'isExtensible', 'preventExtensions',
  ]),
  Date: new Set(['UTC', 'parse', 'prototype']),
  Array: new Set(['isArray', 'from', 'of', 'prototype']),
  Intl: new Set(['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'Segmenter']),
  Symbol: new Set(['for', 'keyFor', 'prototype']),
};

export type GlobalRule = { rule: string; what: string; fix: string };

export const DENIED_GLOBALS: Record<string, GlobalRule> = {};
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
export const FORBIDDEN_MEMBERS: Record<string, GlobalRule> = {
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

export const EVAL_LIKE_NAMES = new Set([
  'eval', 'Function', 'constructor', '__proto__', 'prototype', 'globalThis', 'process', 'require', 'import',
  'mainModule', 'child_process', 'execSync', 'setTimeout', 'setInterval', 'fetch', 'defineProperty',
  'setPrototypeOf', 'getPrototypeOf', 'callee', 'caller', 'window', 'global', 'Reflect', 'Proxy',
]);

export const WELL_KNOWN_SYMBOLS = new Set([
  'iterator', 'asyncIterator', 'toPrimitive', 'hasInstance', 'species', 'toStringTag', 'unscopables',
  'isConcatSpreadable', 'match', 'matchAll', 'replace', 'search', 'split', 'dispose', 'asyncDispose',
]);

/** Methods of built-in values that are pure and may run at module load (e.g. `[...].map(f)`). */
export const PURE_METHODS = new Set([
  'map', 'filter', 'reduce', 'reduceRight', 'slice', 'concat', 'join', 'sort', 'toSorted', 'flat', 'flatMap',
  'includes', 'indexOf', 'find', 'findIndex', 'some', 'every', 'reverse', 'toReversed', 'split', 'trim',
  'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'padStart', 'padEnd', 'repeat', 'keys', 'values',
  'entries', 'forEach', 'at', 'toFixed', 'get', 'has', 'fill',
]);

export const MUTATING_ARRAY_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

export const NODE_MODULE_HINT = /^(node:)?(fs|fs\/promises|path|child_process|net|http|https|http2|dgram|dns|tls|vm|os|v8|worker_threads|cluster|inspector|process|module|crypto|url|util)$/;
