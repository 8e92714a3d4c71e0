// Generated registry of compiled artifacts for activities and clients (Node side). Do not edit.
import type { RegisteredArtifact } from '../activities/registry-types';
import { artifact as a0 } from './prior-auth-glp1/v1/artifact';
import { extract as x0 } from './prior-auth-glp1/v1/extractor';
import { factsSchema as s0 } from './prior-auth-glp1/v1/facts';
import { artifact as a1 } from './prior-auth-sleep-study/v1/artifact';
import { extract as x1 } from './prior-auth-sleep-study/v1/extractor';
import { factsSchema as s1 } from './prior-auth-sleep-study/v1/facts';

export const artifacts: RegisteredArtifact[] = [
  { info: a0, extract: x0, factsSchema: s0 },
  { info: a1, extract: x1, factsSchema: s1 },
];
