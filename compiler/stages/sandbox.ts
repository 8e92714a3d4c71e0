// Runs candidate code in isolation: transpiled to CommonJS, evaluated in a fresh `node:vm` context (no process,
// no code generation from strings) inside a worker thread with a small heap, a per-call time limit and an
// overall wall-clock limit. Inputs and outputs cross as JSON strings: only plain data comes back.
//
// The only module the candidate can load is the extraction kit: its `require` (a function of the VM context, not
// of the host) resolves exactly KIT_SPECIFIER to the kit's entry, and each kit module's `require` resolves only
// its relative imports among the kit's files (type-only imports are erased by the transpile). Kit modules are
// transpiled on the host (once per content hash) and evaluated lazily inside the same context, so kit code runs
// under the same time limits; any other specifier throws.
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { KIT_SPECIFIER, kitModules, readKitFiles, TEMPLATE_DIR, type KitModules } from './kit';

export interface SandboxLimits {
  /** Time limit of one call (and of module initialisation), enforced by the VM. */
  callTimeoutMs?: number;
  /** Limit for the whole run; the worker is terminated when it is exceeded. */
  wallTimeMs?: number;
  /** Old-generation heap of the worker, in MB. */
  heapMb?: number;
  /** Call every input twice and compare the outputs (default true). */
  repeat?: boolean;
}

export const DEFAULT_LIMITS: Required<SandboxLimits> = { callTimeoutMs: 1000, wallTimeMs: 30_000, heapMb: 64, repeat: true };

/** The outcome of one call. `value` is the JSON-decoded result (non-finite numbers, undefined and functions are tagged). */
export type CallOutcome =
  | { index: number; ok: true; value: unknown; json: string; repeatedJson?: string; mutated: boolean }
  | { index: number; ok: false; error: string; timeout: boolean };

export type SandboxRun =
  | { ok: true; calls: CallOutcome[] }
  | { ok: false; kind: 'transpile-error' | 'load-error' | 'missing-export' | 'wall-timeout' | 'memory-limit' | 'worker-crash'; message: string; calls: CallOutcome[] };

export interface SandboxOptions {
  /** Folder holding kit/ and types.ts (default: the repo's templates/bounded-decision). */
  templateDir?: string;
  /** The specifier the candidate imports the kit with (default KIT_SPECIFIER; './kit' for the function-call template). */
  kitSpecifier?: string;
}

/** Transpile TypeScript to CommonJS JavaScript (type-only imports are erased). */
export function transpileCandidate(code: string): { js: string; errors: string[] } {
  const out = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, strict: true, sourceMap: false, ignoreDeprecations: '6.0' },
    reportDiagnostics: true,
    fileName: 'candidate.ts',
  });
  const errors = (out.diagnostics ?? [])
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { js: out.outputText, errors };
}

// The worker: plain JavaScript, evaluated from a string so it works the same under ts-jest, tsx and compiled JS.
const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const vm = require('node:vm');
const { js, exportName, inputs, callTimeoutMs, repeat, kit } = workerData;
const post = (m) => parentPort.postMessage(m);
const context = vm.createContext({}, { name: 'candidate', codeGeneration: { strings: false, wasm: false }, microtaskMode: 'afterEvaluate' });
// The harness is installed before the candidate runs, as a non-writable global, with its own references to JSON.
vm.runInContext(` + '`' + String.raw`
'use strict';
(function () {
  const stringify = JSON.stringify;
  const parse = JSON.parse;
  const isFinite = Number.isFinite;
  const replacer = function (key, value) {
    if (typeof value === 'number' && !isFinite(value)) return { __nonFinite: String(value) };
    if (value === undefined) return { __undefined: true };
    if (typeof value === 'function') return { __function: true };
    if (typeof value === 'bigint') return { __bigint: String(value) };
    if (typeof value === 'symbol') return { __symbol: true };
    return value;
  };
  const hasOwn = Object.prototype.hasOwnProperty;
  const state = { exports: {}, module: null, fn: null, inputs: [] };
  state.module = { exports: state.exports };
  // Kit modules: id -> { factory, module }; resolutions: importing module id ('' = candidate) -> specifier -> id.
  const modules = Object.create(null);
  let resolutions = Object.create(null);
  const makeRequire = function (from) {
    return function require(specifier) {
      const table = hasOwn.call(resolutions, from) ? resolutions[from] : undefined;
      const id = table && typeof specifier === 'string' && hasOwn.call(table, specifier) ? table[specifier] : undefined;
      const entry = id !== undefined && hasOwn.call(modules, id) ? modules[id] : undefined;
      if (!entry) {
        throw new Error("Cannot find module '" + String(specifier) + "'" + (from ? ' (imported from ' + from + ')' : '') +
          ": compiled slots may import only '${KIT_SPECIFIER}' (named imports)");
      }
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
  Object.defineProperty(globalThis, '__cai', {
    value: Object.freeze({
      state: state,
      require: makeRequire(''),
      defineModule: function (id, factory) { modules[id] = { factory: factory, module: null }; },
      setResolutions: function (json) { resolutions = parse(json); },
      setInputs: function (list) { state.inputs = parse(list); },
      bind: function (name) {
        const ex = state.module.exports;
        const f = ex && ex[name];
        if (typeof f !== 'function') return false;
        state.fn = f;
        return true;
      },
      call: function (i) {
        const raw = state.inputs[i];
        const input = parse(raw);
        const out = state.fn(input);
        const json = stringify(out === undefined ? { __undefined: true } : out, replacer);
        return stringify({ json: json, mutated: stringify(input) !== raw });
      },
    }),
    writable: false,
    configurable: false,
    enumerable: false,
  });
})();
` + '`' + String.raw`, context, { timeout: callTimeoutMs });
function describe(e) {
  if (e && typeof e === 'object' && typeof e.message === 'string') return (typeof e.name === 'string' ? e.name + ': ' : '') + e.message;
  try { return 'threw ' + String(e); } catch (_) { return 'threw a non-error value'; }
}
function once(i) {
  try {
    const r = JSON.parse(vm.runInContext('__cai.call(' + i + ')', context, { timeout: callTimeoutMs, filename: 'harness.js' }));
    return { ok: true, json: r.json, mutated: r.mutated };
  } catch (e) {
    const timeout = e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    return { ok: false, error: timeout ? 'timed out after ' + callTimeoutMs + ' ms' : describe(e), timeout: !!timeout };
  }
}
function main() {
  try {
    vm.runInContext('__cai.setResolutions(' + JSON.stringify(JSON.stringify(kit.resolutions)) + ')', context, { timeout: callTimeoutMs });
    for (const m of kit.modules) {
      vm.runInContext('__cai.defineModule(' + JSON.stringify(m.id) + ', (function (exports, module, require) {' + m.js + '\n}));', context, { timeout: callTimeoutMs, filename: m.id + '.js' });
    }
  } catch (e) {
    post({ type: 'fatal', kind: 'load-error', message: 'the extraction kit could not be loaded: ' + describe(e) });
    return;
  }
  const wrapped = '(function (exports, module, require) {' + js + '\n})(__cai.state.exports, __cai.state.module, __cai.require);';
  try {
    vm.runInContext(wrapped, context, { timeout: callTimeoutMs, filename: 'candidate.js' });
  } catch (e) {
    const timeout = e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
    post({ type: 'fatal', kind: 'load-error', message: timeout ? 'module initialisation timed out after ' + callTimeoutMs + ' ms' : describe(e) });
    return;
  }
  if (!vm.runInContext('__cai.bind(' + JSON.stringify(exportName) + ')', context, { timeout: callTimeoutMs })) {
    post({ type: 'fatal', kind: 'missing-export', message: 'the module does not export a function named ' + exportName });
    return;
  }
  vm.runInContext('__cai.setInputs(' + JSON.stringify(JSON.stringify(inputs)) + ')', context, { timeout: callTimeoutMs });
  for (let i = 0; i < inputs.length; i++) {
    const first = once(i);
    if (!first.ok) { post({ type: 'call', index: i, ok: false, error: first.error, timeout: first.timeout }); if (first.timeout) break; continue; }
    let repeatedJson;
    if (repeat) {
      const second = once(i);
      repeatedJson = second.ok ? second.json : 'error: ' + second.error;
      if (!second.ok && second.timeout) { post({ type: 'call', index: i, ok: false, error: second.error, timeout: true }); break; }
    }
    post({ type: 'call', index: i, ok: true, json: first.json, repeatedJson, mutated: first.mutated });
  }
  post({ type: 'done' });
}
main();
`;

function decodeTagged(json: string): unknown {
  return JSON.parse(json);
}

/**
 * Run `exportName` of the candidate on each input (plain JSON data) in a sandboxed worker. Never throws.
 * Stops at the first call that times out.
 */
export function runInSandbox(code: string, exportName: string, inputs: unknown[], limits: SandboxLimits = {}, options: SandboxOptions = {}): Promise<SandboxRun> {
  const l = { ...DEFAULT_LIMITS, ...limits };
  const { js, errors } = transpileCandidate(code);
  if (errors.length) return Promise.resolve({ ok: false, kind: 'transpile-error', message: errors.join('; '), calls: [] });
  let kit: Pick<KitModules, 'modules' | 'resolutions'> = { modules: [], resolutions: { '': {} } };
  const specifier = options.kitSpecifier ?? KIT_SPECIFIER;
  if (js.includes(`'${specifier}'`) || js.includes(`"${specifier}"`)) {
    try {
      const loaded = kitModules(readKitFiles(options.templateDir ?? TEMPLATE_DIR), specifier);
      if (loaded.errors.length)
        return Promise.resolve({ ok: false, kind: 'load-error', message: `the extraction kit does not transpile: ${loaded.errors.join('; ')}`, calls: [] });
      kit = loaded;
    } catch (e) {
      return Promise.resolve({ ok: false, kind: 'load-error', message: `the extraction kit could not be read: ${(e as Error).message}`, calls: [] });
    }
  }
  const serialised = inputs.map((i) => JSON.stringify(i));
  return new Promise<SandboxRun>((resolve) => {
    const calls: CallOutcome[] = [];
    let settled = false;
    let worker: Worker;
    const finish = (run: SandboxRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(wall);
      void worker?.terminate();
      resolve(run);
    };
    const wall = setTimeout(
      () => finish({ ok: false, kind: 'wall-timeout', message: `the run exceeded the overall limit of ${l.wallTimeMs} ms`, calls }),
      l.wallTimeMs,
    );
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { js, exportName, inputs: serialised, callTimeoutMs: l.callTimeoutMs, repeat: l.repeat, kit: { modules: kit.modules, resolutions: kit.resolutions } },
        resourceLimits: { maxOldGenerationSizeMb: l.heapMb, maxYoungGenerationSizeMb: Math.max(4, Math.round(l.heapMb / 4)), stackSizeMb: 4 },
        env: {},
        stdout: true,
        stderr: true,
        execArgv: [],
      });
    } catch (e) {
      finish({ ok: false, kind: 'worker-crash', message: `cannot start the sandbox: ${(e as Error).message}`, calls });
      return;
    }
    worker.on('message', (m: { type: string; index: number; ok: boolean; json: string; repeatedJson?: string; mutated: boolean; error: string; timeout: boolean; kind: string; message: string }) => {
      if (m.type === 'call') {
        if (m.ok) {
          let value: unknown;
          try {
            value = decodeTagged(m.json);
          } catch {
            value = { __unserialisable: true };
          }
          calls.push({ index: m.index, ok: true, value, json: m.json, ...(m.repeatedJson !== undefined ? { repeatedJson: m.repeatedJson } : {}), mutated: m.mutated });
        } else calls.push({ index: m.index, ok: false, error: m.error, timeout: m.timeout });
      } else if (m.type === 'fatal') finish({ ok: false, kind: m.kind as 'load-error', message: m.message, calls });
      else if (m.type === 'done') finish({ ok: true, calls });
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
        finish({ ok: false, kind: 'memory-limit', message: `the code exceeded the sandbox heap limit of ${l.heapMb} MB`, calls });
      else finish({ ok: false, kind: 'worker-crash', message: `the sandbox crashed: ${e.message}`, calls });
    });
    worker.on('exit', (code) => finish({ ok: false, kind: 'worker-crash', message: `the sandbox exited unexpectedly (code ${code})`, calls }));
  });
}
