// Package the hand-written GLP-1 slots (decision.ts, extractor.ts in place) with honest provenance.
// Used before the compiler existed; `compiled-ai compile --candidate` supersedes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArtifact } from '../compiler/package';
import { loadSpec } from '../compiler/spec';

const root = join(__dirname, '..');
const dir = join(root, 'workflows-generated', 'prior-auth-glp1', 'v1');
const loaded = loadSpec(join(root, 'specs', 'prior-auth-glp1.yaml'));
const out = writeArtifact({
  loaded,
  code: { decision: readFileSync(join(dir, 'decision.ts'), 'utf8'), extractor: readFileSync(join(dir, 'extractor.ts'), 'utf8') },
  provenance: { generator: 'hand-written', note: 'decision and extractor written by the engineers; no model was called' },
});
console.log(`${out.dir}: ${out.manifest.artifactHash}`);
