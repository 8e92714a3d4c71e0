// How the extractCompiled activity runs a compiled extractor: in the slot sandbox (sandbox/), isolated from the
// worker's process, environment and modules, with a time and a heap limit per call. The code it runs is the
// packaged extractor.ts of the artifact's folder, checked once against the artifact hash (the released bytes,
// not whatever a file on this machine says now), transpiled and loaded into a sandbox thread.
// `inProcessExtractors` calls the registry's in-process function instead (tools and benchmarks only).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSlotSandbox, prepareSlot, type SlotProgram, type SlotSandbox, type SlotSandboxOptions } from '../sandbox';
import type { ExtractorResult } from '../contract/bounded-decision';
import { artifactId, type RegisteredArtifact } from './registry-types';

export interface CompiledExtractors {
  run(artifact: RegisteredArtifact, text: string): Promise<ExtractorResult>;
  /** Prepare the artifacts' programs ahead of the first case (transpile, hash check); errors surface on run. */
  warm?(artifacts: RegisteredArtifact[]): void;
}

/** The extractor's code cannot be run: no source, not the released bytes, or it does not load. */
export class ExtractorUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractorUnavailableError';
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The code files the artifact hash covers (compiler/package.ts computeArtifactHash: same canonical form). */
const CODE_FILES = ['decision.ts', 'extractor.ts', 'facts.ts', 'workflow.ts'];

export function artifactHashOfFolder(dir: string, specHash: string): string {
  // A kit-using version also carries its vendored kit/ (covered by the artifact hash like the slots).
  const kit = existsSync(join(dir, 'kit')) ? readdirSync(join(dir, 'kit')).filter((f) => f.endsWith('.ts')).map((f) => `kit/${f}`) : [];
  const names = [...CODE_FILES, ...kit].sort();
  const files = Object.fromEntries(names.map((n) => [n, sha256(readFileSync(join(dir, n), 'utf8'))]));
  return sha256(JSON.stringify({ files, specHash }));
}

/** The extractor source of a registered artifact: its explicit source, or its packaged folder's extractor.ts. */
export function extractorSource(artifact: RegisteredArtifact): string {
  if (artifact.extractorSource !== undefined) return artifact.extractorSource;
  if (!artifact.dir) throw new ExtractorUnavailableError(`${artifactId(artifact.info)} carries no extractor source (no packaged folder); recompile`);
  let actual: string;
  try {
    actual = artifactHashOfFolder(artifact.dir, artifact.info.specHash);
  } catch (e) {
    throw new ExtractorUnavailableError(`${artifactId(artifact.info)}: the packaged folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (actual !== artifact.info.artifactHash)
    throw new ExtractorUnavailableError(
      `${artifactId(artifact.info)}: the packaged code does not match the artifact hash (${actual.slice(0, 12)}, released ${artifact.info.artifactHash.slice(0, 12)}); released versions are immutable`,
    );
  return readFileSync(join(artifact.dir, 'extractor.ts'), 'utf8');
}

/** Compiled extractors in the slot sandbox; programs are prepared once per artifact. */
export function sandboxedExtractors(sandbox: SlotSandbox): CompiledExtractors {
  const programs = new Map<string, SlotProgram>();
  const programOf = (artifact: RegisteredArtifact): SlotProgram => {
    const key = `${artifactId(artifact.info)}#${artifact.info.artifactHash}#${artifact.extractorSource === undefined ? 'dir' : sha256(artifact.extractorSource)}`;
    let program = programs.get(key);
    if (!program) {
      try {
        program = prepareSlot(extractorSource(artifact), 'extract', { fileName: 'extractor.ts', ...(artifact.dir && artifact.extractorSource === undefined ? { artifactDir: artifact.dir } : {}) });
      } catch (e) {
        if (e instanceof ExtractorUnavailableError) throw e;
        throw new ExtractorUnavailableError(`${artifactId(artifact.info)}: ${(e as Error).message}`);
      }
      programs.set(key, program);
    }
    return program;
  };
  return {
    async run(artifact, text) {
      return (await sandbox.call(programOf(artifact), text)) as ExtractorResult;
    },
    warm(list) {
      for (const a of list) {
        try {
          programOf(a);
        } catch {
          // reported by the first case of that artifact (review with the reason)
        }
      }
    },
  };
}

/** The registry's in-process functions: no isolation, no limits. Not for the worker. */
export const inProcessExtractors: CompiledExtractors = {
  async run(artifact, text) {
    return artifact.extract(text);
  },
};

let shared: CompiledExtractors | undefined;
/** One sandbox per process, created on first use, for activities built without their own. */
export function sharedSandboxedExtractors(options?: SlotSandboxOptions): CompiledExtractors {
  shared ??= sandboxedExtractors(createSlotSandbox(options));
  return shared;
}

/** Sandbox settings from the environment: CAI_SLOT_TIMEOUT_MS, CAI_SLOT_HEAP_MB, CAI_SLOT_THREADS. */
export function slotSandboxOptionsFromEnv(env: Record<string, string | undefined>): SlotSandboxOptions {
  const num = (name: string, min: number, max: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})`);
    return n;
  };
  const callTimeoutMs = num('CAI_SLOT_TIMEOUT_MS', 10, 8000);
  const heapMb = num('CAI_SLOT_HEAP_MB', 16, 4096);
  const threads = num('CAI_SLOT_THREADS', 1, 64);
  return {
    ...(threads !== undefined ? { threads } : {}),
    limits: { ...(callTimeoutMs !== undefined ? { callTimeoutMs } : {}), ...(heapMb !== undefined ? { heapMb } : {}) },
  };
}
