// Node-side view of a compiled artifact: identity, compiled extractor and fact schema.
import type { z } from 'zod';
import type { ArtifactInfo, ExtractFn } from '../contract/bounded-decision';

export interface RegisteredArtifact {
  info: ArtifactInfo;
  /**
   * The extractor as an in-process function (tools, benchmarks, tests). The worker does not call it: its
   * extractCompiled activity runs the packaged extractor.ts in the slot sandbox (activities/compiled-extractor.ts).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  extract: ExtractFn<any>;
  factsSchema: z.ZodType;
  /** The packaged folder (workflows-generated/<spec>/v<N>/): the sandbox runs its extractor.ts, checked against info.artifactHash. */
  dir?: string;
  /** Extractor source to run in the sandbox instead of the folder's (tests, tools); not checked against the hash. */
  extractorSource?: string;
}

/** Raised when a case names an artifact this worker does not carry. */
export class UnknownArtifactError extends Error {
  constructor(readonly artifactId: string, known: string[]) {
    super(`unknown artifact "${artifactId}"; this worker carries: ${known.join(', ') || '(none)'}. Recompile or restart the worker.`);
    this.name = 'UnknownArtifactError';
  }
}

export function artifactId(info: Pick<ArtifactInfo, 'spec' | 'specVersion'>): string {
  return `${info.spec}@v${info.specVersion}`;
}

export function findArtifact(artifacts: RegisteredArtifact[], id: string): RegisteredArtifact {
  const found = artifacts.find((a) => artifactId(a.info) === id);
  if (!found) throw new UnknownArtifactError(id, artifacts.map((a) => artifactId(a.info)));
  return found;
}
