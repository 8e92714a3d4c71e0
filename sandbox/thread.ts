// The code of one sandbox thread: plain JavaScript, evaluated from a string so it runs the same under ts-jest,
// tsx and compiled JS. The thread keeps one `node:vm` context per slot program (created on the first call that
// brings the program): no require but the kit-only one, no process, no timers, no code generation from strings.
// Only strings cross into a context (the call's argument) and out of it (the result, JSON-encoded inside the
// context by a harness installed before the slot's own code runs). A call has no time limit inside the thread:
// the host terminates the whole thread when a call exceeds its limit, and the heap limit is the thread's.
export const THREAD_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
// Replies go on their own port, so the host can read one that has arrived before it acts on a time limit.
const replies = workerData.replies;
const vm = require('node:vm');
const HARNESS = ` + '`' + String.raw`
'use strict';
(function () {
  const stringify = JSON.stringify;
  const isFinite = Number.isFinite;
  const hasOwn = Object.prototype.hasOwnProperty;
  const replacer = function (key, value) {
    if (typeof value === 'number' && !isFinite(value)) return { __nonFinite: String(value) };
    if (value === undefined) return { __undefined: true };
    if (typeof value === 'function') return { __function: true };
    if (typeof value === 'bigint') return { __bigint: String(value) };
    if (typeof value === 'symbol') return { __symbol: true };
    return value;
  };
  const state = { exports: {}, module: null, fn: null };
  state.module = { exports: state.exports };
  const modules = Object.create(null);
  let resolutions = Object.create(null);
  const makeRequire = function (from) {
    return function require(specifier) {
      const table = hasOwn.call(resolutions, from) ? resolutions[from] : undefined;
      const id = table && typeof specifier === 'string' && hasOwn.call(table, specifier) ? table[specifier] : undefined;
      const entry = id !== undefined && hasOwn.call(modules, id) ? modules[id] : undefined;
      if (!entry) throw new Error("Cannot find module '" + String(specifier) + "': compiled slots may import only the extraction kit");
      if (entry.module) return entry.module.exports;
      const module = { exports: {} };
      entry.module = module;
      try {
        entry.factory.call(undefined, module.exports, module, makeRequire(id));
      } catch (e) {
        entry.module = null;
        throw e;
      }
      return module.exports;
    };
  };
  const errorName = function (e) {
    try {
      return e && typeof e === 'object' && typeof e.name === 'string' ? e.name.slice(0, 60) : 'a non-error value';
    } catch (_) {
      return 'an unreadable error';
    }
  };
  Object.defineProperty(globalThis, '__cai', {
    value: Object.freeze({
      state: state,
      require: makeRequire(''),
      defineModule: function (id, factory) { modules[id] = { factory: factory, module: null }; },
      setResolutions: function (json) { resolutions = JSON.parse(json); },
      bind: function (name) {
        const ex = state.module.exports;
        const f = ex && ex[name];
        if (typeof f !== 'function') return false;
        state.fn = f;
        return true;
      },
      // 'R' + JSON of the result, or 'E' + the name of what the slot threw.
      call: function (arg) {
        try {
          const out = state.fn(arg);
          return 'R' + stringify(out === undefined ? { __undefined: true } : out, replacer);
        } catch (e) {
          return 'E' + errorName(e);
        }
      },
    }),
    writable: false,
    configurable: false,
    enumerable: false,
  });
})();
` + '`' + String.raw`;
const programs = new Map();
function describe(e) {
  if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timed out';
  try {
    if (e && typeof e === 'object' && typeof e.message === 'string') return (typeof e.name === 'string' ? e.name + ': ' : '') + e.message.slice(0, 300);
  } catch (_) {}
  return 'threw a non-error value';
}
function load(p) {
  const context = vm.createContext({}, { name: 'slot', codeGeneration: { strings: false, wasm: false }, microtaskMode: 'afterEvaluate' });
  const opts = (filename) => ({ timeout: p.loadTimeoutMs, filename: filename });
  vm.runInContext(HARNESS, context, opts('harness.js'));
  vm.runInContext('__cai.setResolutions(' + JSON.stringify(JSON.stringify(p.kit.resolutions)) + ')', context, opts('harness.js'));
  for (const m of p.kit.modules) {
    vm.runInContext('__cai.defineModule(' + JSON.stringify(m.id) + ', (function (exports, module, require) {' + m.js + '\n}));', context, opts(m.id + '.js'));
  }
  vm.runInContext('(function (exports, module, require) {' + p.js + '\n})(__cai.state.exports, __cai.state.module, __cai.require);', context, opts('slot.js'));
  if (!vm.runInContext('__cai.bind(' + JSON.stringify(p.exportName) + ')', context, opts('harness.js'))) {
    throw new Error('the slot does not export a function named ' + p.exportName);
  }
  // The harness's own function (frozen, installed before the slot ran): called with a string, returns a string.
  const call = vm.runInContext('__cai.call', context, opts('harness.js'));
  programs.set(p.key, call);
  return call;
}
parentPort.on('message', (m) => {
  let call = programs.get(m.key);
  if (!call) {
    if (!m.program) { replies.postMessage({ id: m.id, kind: 'not-loaded' }); return; }
    try {
      call = load(m.program);
    } catch (e) {
      replies.postMessage({ id: m.id, kind: 'load-error', message: describe(e) });
      return;
    }
    // The host starts the call's own time limit now (loading had its own).
    replies.postMessage({ id: m.id, kind: 'loaded' });
  }
  let out;
  try {
    out = call(m.arg);
  } catch (e) {
    // Only a failure of the harness itself lands here (e.g. the stack was exhausted); its properties are not read.
    replies.postMessage({ id: m.id, kind: 'threw', name: 'Error' });
    return;
  }
  if (typeof out === 'string' && out[0] === 'R') replies.postMessage({ id: m.id, kind: 'ok', json: out.slice(1) });
  else replies.postMessage({ id: m.id, kind: 'threw', name: typeof out === 'string' ? out.slice(1) : 'Error' });
});
`;
