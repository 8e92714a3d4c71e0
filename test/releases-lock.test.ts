// Immutable releases: every packaged spec version under workflows-generated/ is in releases.lock.json with the
// sha256 of each of its files, and one changed byte fails here with a message that says to bump the version.
// Packaging (compiler/package.ts writeArtifact) adds new versions to the lock of its output root and refuses to
// rewrite a released one; `compile` refuses to re-create a released version whose folder is gone.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCommand, type CompileIo } from '../compiler/commands/compile';
import { GENERATED_DIR, listArtifacts, writeArtifact, type PackageRequest } from '../compiler/package';
import { hashFolder, LOCK_FILE, readLock, ReleasedVersionError, verifyReleases } from '../compiler/releases';
import { loadSpec } from '../compiler/spec';

const ROOT = join(__dirname, '..');
const versionsOf = (root: string) => listArtifacts(root).map((a) => ({ spec: a.spec, version: a.version, dir: a.dir }));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'cai-releases-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of workflows-generated/ (version folders and the lock) to tamper with. */
function copyGenerated(name: string): string {
  const dir = join(tmp, name);
  cpSync(GENERATED_DIR, dir, { recursive: true });
  return dir;
}

describe('the committed releases', () => {
  test('every packaged version is in releases.lock.json, byte for byte', () => {
    const versions = versionsOf(GENERATED_DIR);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    // On failure this prints e.g. "prior-auth-glp1 v1: extractor.ts changed since release (sha …); released
    // versions are immutable: bump `version:` in specs/prior-auth-glp1.yaml … and compile a new version".
    expect(verifyReleases(GENERATED_DIR, versions).map((p) => p.message)).toEqual([]);
  });

  test('each lock entry carries the identity of its manifest', () => {
    const lock = readLock(GENERATED_DIR);
    for (const a of listArtifacts(GENERATED_DIR)) {
      const entry = lock.releases[a.spec]?.[`v${a.version}`];
      expect({ id: `${a.spec}@v${a.version}`, ...entry, files: undefined }).toEqual({
        id: `${a.spec}@v${a.version}`,
        workflowType: a.manifest.workflowType,
        specFile: a.manifest.specFile,
        specHash: a.manifest.specHash,
        artifactHash: a.manifest.artifactHash,
        files: undefined,
      });
      expect(Object.keys(entry!.files)).toEqual(expect.arrayContaining(['manifest.json', 'extractor.ts', 'decision.ts', 'artifact.ts', 'facts.ts', 'workflow.ts']));
    }
  });
});

describe('a change to a released version fails the check', () => {
  test('one changed byte of an extractor names the file and says to bump the version', () => {
    const root = copyGenerated('one-byte');
    const file = join(root, 'prior-auth-glp1', 'v1', 'extractor.ts');
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    writeFileSync(file, bytes);
    const problems = verifyReleases(root, versionsOf(root));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /^prior-auth-glp1 v1: extractor\.ts changed since release \(sha [0-9a-f]{12}, released [0-9a-f]{12}\); released versions are immutable: bump `version:` in specs\/prior-auth-glp1\.yaml \(to 2 or later\) and compile a new version$/,
    );
  });

  test('a manifest edit, an added file and a removed file are each reported', () => {
    const root = copyGenerated('edits');
    const dir = join(root, 'prior-auth-sleep-study', 'v1');
    writeFileSync(join(dir, 'manifest.json'), readFileSync(join(dir, 'manifest.json'), 'utf8').replace('"attempts"', '"attempts" '));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    rmSync(join(dir, 'facts.ts'));
    const messages = verifyReleases(root, versionsOf(root)).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^prior-auth-sleep-study v1: facts\.ts removed since release; released versions are immutable: bump `version:`/),
      expect.stringMatching(/^prior-auth-sleep-study v1: manifest\.json changed since release/),
      expect.stringMatching(/^prior-auth-sleep-study v1: notes\.txt added since release/),
    ]);
  });

  test('a packaged version missing from the lock, and a locked version whose folder is gone, fail', () => {
    const root = copyGenerated('unlocked');
    const v9 = join(root, 'prior-auth-glp1', 'v9');
    cpSync(join(root, 'prior-auth-glp1', 'v1'), v9, { recursive: true });
    writeFileSync(join(v9, 'manifest.json'), readFileSync(join(v9, 'manifest.json'), 'utf8').replace('"specVersion": 1', '"specVersion": 9'));
    rmSync(join(root, 'prior-auth-sleep-study', 'v1'), { recursive: true });
    const messages = verifyReleases(root, versionsOf(root)).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^prior-auth-glp1 v9: packaged in prior-auth-glp1\/v9\/ but missing from releases\.lock\.json; .*npm run release:lock/),
      expect.stringMatching(/^prior-auth-sleep-study v1: released \(releases\.lock\.json\) but its folder prior-auth-sleep-study\/v1\/ is gone/),
    ]);
  });
});

describe('packaging keeps the lock', () => {
  // The workspace's own copy of the GLP-1 spec (v1, whatever version the repository's spec is at).
  function workspaceSpec(name: string, version: number) {
    const specsDir = join(tmp, name, 'specs');
    mkdirSync(specsDir, { recursive: true });
    cpSync(join(ROOT, 'specs', 'golden'), join(specsDir, 'golden'), { recursive: true });
    if (readdirSync(join(ROOT, 'specs')).includes('policies')) cpSync(join(ROOT, 'specs', 'policies'), join(specsDir, 'policies'), { recursive: true });
    const file = join(specsDir, 'prior-auth-glp1.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'specs', 'prior-auth-glp1.yaml'), 'utf8').replace(/^version: \d+$/m, `version: ${version}`));
    return { file, specsDir, loaded: loadSpec(file) };
  }
  const code = {
    decision: readFileSync(join(GENERATED_DIR, 'prior-auth-glp1', 'v1', 'decision.ts'), 'utf8'),
    extractor: readFileSync(join(GENERATED_DIR, 'prior-auth-glp1', 'v1', 'extractor.ts'), 'utf8'),
  };
  const request = (loaded: PackageRequest['loaded'], outDir: string, extractor = code.extractor): PackageRequest => ({
    loaded,
    code: { ...code, extractor },
    provenance: { generator: 'candidate-file', candidateFiles: ['decision.ts', 'extractor.ts'] },
    outDir,
  });

  test('a new version is added to the lock of its output root; re-packaging it byte-identically is allowed', () => {
    const outDir = join(tmp, 'pkg-out');
    const { loaded } = workspaceSpec('pkg', 1);
    const first = writeArtifact(request(loaded, outDir));
    const lock = readLock(outDir);
    expect(lock.releases['prior-auth-glp1']?.v1?.files).toEqual(hashFolder(first.dir));
    expect(lock.releases['prior-auth-glp1']?.v1?.artifactHash).toBe(first.manifest.artifactHash);
    expect(() => writeArtifact(request(loaded, outDir))).not.toThrow();
    expect(verifyReleases(outDir, versionsOf(outDir))).toEqual([]);

    // Another version joins the lock; the released one is untouched.
    const v2 = workspaceSpec('pkg-v2', 2);
    writeArtifact(request(v2.loaded, outDir, `${code.extractor}// v2\n`));
    const after = readLock(outDir);
    expect(Object.keys(after.releases['prior-auth-glp1']!)).toEqual(['v1', 'v2']);
    expect(after.releases['prior-auth-glp1']!.v1).toEqual(lock.releases['prior-auth-glp1']!.v1);
    expect(verifyReleases(outDir, versionsOf(outDir))).toEqual([]);
    expect(readFileSync(join(outDir, 'registry.ts'), 'utf8')).toContain('prior-auth-glp1/v2/extractor');
  });

  test('a vendored kit (kit-using extractor) is locked file by file, and a changed kit byte fails', () => {
    const outDir = join(tmp, 'kit-out');
    const { loaded } = workspaceSpec('kit', 1);
    const kitExtractor = `import { extractFacts, bmi } from '../../../templates/bounded-decision/kit';\nexport function extract(text: string) {\n  return extractFacts(text, { bmi: bmi() });\n}\n`;
    const packaged = writeArtifact(request(loaded, outDir, kitExtractor));
    const locked = readLock(outDir).releases['prior-auth-glp1']!.v1!.files;
    expect(Object.keys(locked).filter((f) => f.startsWith('kit/')).length).toBeGreaterThan(2);
    expect(locked).toEqual(hashFolder(packaged.dir));
    expect(verifyReleases(outDir, versionsOf(outDir))).toEqual([]);
    const kitFile = Object.keys(locked).find((f) => f.startsWith('kit/') && f !== 'kit/index.ts')!;
    writeFileSync(join(packaged.dir, kitFile), `${readFileSync(join(packaged.dir, kitFile), 'utf8')} `);
    expect(verifyReleases(outDir, versionsOf(outDir)).map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^prior-auth-glp1 v1: ${kitFile.replace(/[./]/g, '\\$&')} changed since release .*bump \`version:\``)),
    ]);
  });

  test('packaging a released version with other bytes is refused and writes nothing', () => {
    const outDir = join(tmp, 'refuse-out');
    const { loaded } = workspaceSpec('refuse', 1);
    const first = writeArtifact(request(loaded, outDir));
    const before = hashFolder(first.dir);
    const lockBefore = readFileSync(join(outDir, LOCK_FILE), 'utf8');
    expect(() => writeArtifact(request(loaded, outDir, `${code.extractor}// changed\n`))).toThrow(ReleasedVersionError);
    expect(() => writeArtifact(request(loaded, outDir, `${code.extractor}// changed\n`))).toThrow(
      /^prior-auth-glp1 v1 is released \(releases\.lock\.json\) and packaging it again would change it: .*extractor\.ts changed since release.*; released versions are immutable: bump `version:` in specs\/prior-auth-glp1\.yaml/,
    );
    expect(hashFolder(first.dir)).toEqual(before);
    expect(readFileSync(join(outDir, LOCK_FILE), 'utf8')).toBe(lockBefore);
  });

  test('compile refuses (exit 2) to re-create a released version whose folder is gone', async () => {
    const outDir = join(tmp, 'gone-out');
    const ws = workspaceSpec('gone', 1);
    writeArtifact(request(ws.loaded, outDir));
    rmSync(join(outDir, 'prior-auth-glp1'), { recursive: true });
    let err = '';
    const io: CompileIo = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) }, env: { CAI_LOCAL_MODEL: 'off' }, cwd: ROOT };
    const cand = join(tmp, 'gone', 'cand');
    mkdirSync(cand, { recursive: true });
    writeFileSync(join(cand, 'decision.ts'), code.decision);
    writeFileSync(join(cand, 'extractor.ts'), code.extractor);
    expect(await compileCommand([ws.file], { outDir, candidate: [cand], reportsDir: false }, io)).toBe(2);
    expect(err).toMatch(/prior-auth-glp1 v1 is released \(.*releases\.lock\.json.*\) but its folder .* is missing: restore it from version control.*bump `version:` to 2/);
  });
});
