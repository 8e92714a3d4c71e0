// Generated registry of compiled artifacts for activities and clients (Node side). Do not edit.
// The worker runs each extractor in the slot sandbox from its packaged folder (`dir`, checked against the
// artifact hash); `extract` loads the extractor module in-process only when called (tools, benchmarks).
import { join } from 'node:path';
import type { RegisteredArtifact } from '../activities/registry-types';
import type { ExtractFn } from '../templates/bounded-decision/types';
import { artifact as a0 } from './prior-auth-glp1/v1/artifact';
import { factsSchema as s0 } from './prior-auth-glp1/v1/facts';
import { artifact as a1 } from './prior-auth-glp1/v2/artifact';
import { factsSchema as s1 } from './prior-auth-glp1/v2/facts';
import { artifact as a2 } from './prior-auth-glp1/v3/artifact';
import { factsSchema as s2 } from './prior-auth-glp1/v3/facts';
import { artifact as a3 } from './prior-auth-lumbar-mri/v1/artifact';
import { factsSchema as s3 } from './prior-auth-lumbar-mri/v1/facts';
import { artifact as a4 } from './prior-auth-lumbar-mri/v2/artifact';
import { factsSchema as s4 } from './prior-auth-lumbar-mri/v2/facts';
import { artifact as a5 } from './prior-auth-sleep-study/v1/artifact';
import { factsSchema as s5 } from './prior-auth-sleep-study/v1/facts';
import { artifact as a6 } from './prior-auth-sleep-study/v2/artifact';
import { factsSchema as s6 } from './prior-auth-sleep-study/v2/facts';
import { artifact as a7 } from './prior-auth-sleep-study/v3/artifact';
import { factsSchema as s7 } from './prior-auth-sleep-study/v3/facts';

const inProcess = (load: () => { extract: ExtractFn }): ExtractFn => {
  let fn: ExtractFn | undefined;
  return (text) => (fn ??= load().extract)(text);
};

export const artifacts: RegisteredArtifact[] = [
  { info: a0, dir: join(__dirname, 'prior-auth-glp1', 'v1'), extract: inProcess(() => require('./prior-auth-glp1/v1/extractor')), factsSchema: s0 },
  { info: a1, dir: join(__dirname, 'prior-auth-glp1', 'v2'), extract: inProcess(() => require('./prior-auth-glp1/v2/extractor')), factsSchema: s1 },
  { info: a2, dir: join(__dirname, 'prior-auth-glp1', 'v3'), extract: inProcess(() => require('./prior-auth-glp1/v3/extractor')), factsSchema: s2 },
  { info: a3, dir: join(__dirname, 'prior-auth-lumbar-mri', 'v1'), extract: inProcess(() => require('./prior-auth-lumbar-mri/v1/extractor')), factsSchema: s3 },
  { info: a4, dir: join(__dirname, 'prior-auth-lumbar-mri', 'v2'), extract: inProcess(() => require('./prior-auth-lumbar-mri/v2/extractor')), factsSchema: s4 },
  { info: a5, dir: join(__dirname, 'prior-auth-sleep-study', 'v1'), extract: inProcess(() => require('./prior-auth-sleep-study/v1/extractor')), factsSchema: s5 },
  { info: a6, dir: join(__dirname, 'prior-auth-sleep-study', 'v2'), extract: inProcess(() => require('./prior-auth-sleep-study/v2/extractor')), factsSchema: s6 },
  { info: a7, dir: join(__dirname, 'prior-auth-sleep-study', 'v3'), extract: inProcess(() => require('./prior-auth-sleep-study/v3/extractor')), factsSchema: s7 },
];
