// Node-side view of a compiled artifact: identity, compiled extractor and fact schema.
import type { z } from 'zod';
import type { ArtifactInfo, ExtractFn } from '../templates/bounded-decision/types';

export interface RegisteredArtifact {
  info: ArtifactInfo;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  extract: ExtractFn<any>;
  factsSchema: z.ZodType;
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
