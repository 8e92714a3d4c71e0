// Determinism: the compiled extractor + checks + decision on 1,000 identical inputs give one distinct output
// (entropy 0), for every committed artifact; and byte-identical packaging of the committed artifacts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../templates/bounded-decision/evaluate';
import type { DecideFn } from '../templates/bounded-decision/types';
import { artifacts } from '../workflows-generated/registry';
import { listArtifacts, computeArtifactHash } from '../compiler/package';
import { loadSpec } from '../compiler/spec';
import { entropy } from '../bench/stats';

const ROOT = join(__dirname, '..');

describe.each(artifacts.map((a) => [`${a.info.spec}@v${a.info.specVersion}`, a] as const))('%s', (_id, artifact) => {
  const dir = join(ROOT, 'workflows-generated', artifact.info.spec, `v${artifact.info.specVersion}`);
  const { decide } = require(join(dir, 'decision')) as { decide: DecideFn };

  test('1,000 identical inputs give one distinct output (entropy 0)', () => {
    const loaded = loadSpec(join(ROOT, 'specs', `${artifact.info.spec}.yaml`));
    for (const golden of loaded.extraction.slice(0, 5)) {
      const outputs: string[] = [];
      for (let i = 0; i < 1000; i++) {
        const x = artifact.extract(golden.text);
        outputs.push(JSON.stringify([x, evaluate(artifact.info.checks, decide, x.facts, x.found)]));
      }
      expect(new Set(outputs).size).toBe(1);
      expect(entropy(outputs)).toBe(0);
    }
  });

  test('the manifest hash matches the committed files (nothing edited after packaging)', () => {
    const manifest = listArtifacts().find((a) => a.spec === artifact.info.spec && a.version === artifact.info.specVersion)!.manifest;
    // A kit-using version carries its vendored kit (kit/*.ts), hashed with the slots.
    const kitFiles = existsSync(join(dir, 'kit')) ? readdirSync(join(dir, 'kit')).map((f) => `kit/${f}`) : [];
    const code = Object.fromEntries(['facts.ts', 'decision.ts', 'extractor.ts', 'workflow.ts', ...kitFiles].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    expect(computeArtifactHash(manifest.specHash, code)).toBe(manifest.artifactHash);
    expect(artifact.info.artifactHash).toBe(manifest.artifactHash);
    const loaded = loadSpec(join(ROOT, 'specs', `${artifact.info.spec}.yaml`));
    if (loaded.spec.version === artifact.info.specVersion) expect(manifest.specHash).toBe(loaded.specHash);
  });
});
