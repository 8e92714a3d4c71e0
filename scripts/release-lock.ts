// `npm run release:lock [-- DIR]`: add every packaged version under workflows-generated/ (or DIR) that is missing
// from its releases.lock.json. `compiled-ai compile` does this itself when it packages a version; this is for
// versions packaged before the lock existed (bootstrap) or by hand. It never changes an entry already in the lock:
// a released version is immutable (bump `version:` in the spec and compile a new one).
import { resolve } from 'node:path';
import { GENERATED_DIR, listArtifacts } from '../compiler/package';
import { LOCK_FILE, lockNewVersions, verifyReleases } from '../compiler/releases';

function main(argv: string[]): number {
  const root = argv[0] ? resolve(argv[0]) : GENERATED_DIR;
  const versions = listArtifacts(root).map((a) => ({ spec: a.spec, version: a.version, dir: a.dir }));
  const added = lockNewVersions(root, versions);
  console.log(added.length ? `${LOCK_FILE}: added ${added.join(', ')}` : `${LOCK_FILE}: every packaged version is already released`);
  const problems = verifyReleases(root, versions);
  for (const p of problems) console.error(`error: ${p.message}`);
  return problems.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
