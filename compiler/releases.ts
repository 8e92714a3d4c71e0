// Immutable releases: releases.lock.json beside the generated indexes (workflows-generated/ or a compile's
// --out-dir) records, for every packaged spec version, the sha256 of each file of its folder. Packaging adds a
// new version to the lock and refuses to rewrite a locked one with different bytes; test/releases-lock.test.ts
// recomputes every hash in CI. Re-packaging after a change means a new version (bump `version:` in the spec).
// The indexes (workflows.ts, registry.ts) change whenever a version is added: they are not locked.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'releases.lock.json';
export const LOCK_SCHEMA = 'compiled-ai/releases-lock@1';

/** One released spec version: the identity it was released with and the sha256 of every file of its folder. */
export interface ReleaseEntry {
  workflowType: string;
  specFile: string;
  specHash: string;
  artifactHash: string;
  /** File name (in <spec>/v<N>/) → sha256 of its bytes, every file of the folder, manifest.json included. */
  files: Record<string, string>;
}

export interface ReleasesLock {
  schema: typeof LOCK_SCHEMA;
  comment?: string;
  /** spec name → "v<N>" → entry. */
  releases: Record<string, Record<string, ReleaseEntry>>;
}

const COMMENT =
  'Released artifacts are immutable. compiled-ai compile adds each newly packaged version here and refuses to rewrite a listed one; ' +
  'test/releases-lock.test.ts fails when a file of a listed version changes. To change a released artifact, bump `version:` in its spec and compile a new version.';

/** A packaging request that would change a released version. */
export class ReleasedVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleasedVersionError';
  }
}

export function lockPath(root: string): string {
  return join(root, LOCK_FILE);
}

export function emptyLock(): ReleasesLock {
  return { schema: LOCK_SCHEMA, comment: COMMENT, releases: {} };
}

/** The lock of an output root; an empty lock when there is none yet. Throws on a malformed file. */
export function readLock(root: string): ReleasesLock {
  const file = lockPath(root);
  if (!existsSync(file)) return emptyLock();
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message}); restore it from version control`);
  }
  const lock = value as Partial<ReleasesLock>;
  if (lock.schema !== LOCK_SCHEMA || !lock.releases || typeof lock.releases !== 'object')
    throw new Error(`${file}: not a ${LOCK_SCHEMA} file (expected { "schema": "${LOCK_SCHEMA}", "releases": { spec: { "v<N>": … } } })`);
  return { schema: LOCK_SCHEMA, comment: lock.comment ?? COMMENT, releases: lock.releases };
}

function sortedObject<T>(o: Record<string, T>, compare?: (a: string, b: string) => number): Record<string, T> {
  return Object.fromEntries(Object.keys(o).sort(compare).map((k) => [k, o[k]!]));
}

const byVersion = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

/** Stable text of a lock (specs and file names sorted, versions in numeric order). */
export function renderLock(lock: ReleasesLock): string {
  const releases = sortedObject(
    Object.fromEntries(
      Object.entries(lock.releases).map(([spec, versions]) => [
        spec,
        sortedObject(
          Object.fromEntries(Object.entries(versions).map(([v, e]) => [v, { ...e, files: sortedObject(e.files) }])),
          byVersion,
        ),
      ]),
    ),
  );
  return `${JSON.stringify({ schema: LOCK_SCHEMA, comment: lock.comment ?? COMMENT, releases }, null, 2)}\n`;
}

/** Write the lock atomically (a reader never sees half a file). */
export function writeLock(root: string, lock: ReleasesLock): void {
  const file = lockPath(root);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, renderLock(lock));
  renameSync(tmp, file);
}

export function sha256Bytes(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function lockedEntry(lock: ReleasesLock, spec: string, version: number): ReleaseEntry | undefined {
  return lock.releases[spec]?.[`v${version}`];
}

/**
 * Hashes of every file of a version folder on disk, subfolders included (a vendored kit/): posix paths relative to
 * the folder, as packaging names them (`kit/index.ts`), sorted.
 */
export function hashFolder(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) Object.assign(out, hashFolder(p, `${prefix}${name}/`));
    else if (st.isFile()) out[`${prefix}${name}`] = sha256Bytes(readFileSync(p));
  }
  return prefix ? out : sortedObject(out);
}

interface ManifestLike {
  spec: string;
  specVersion: number;
  specFile: string;
  specHash: string;
  workflowType: string;
  artifactHash: string;
}

/** The lock entry of a rendered (or packaged) artifact. */
export function entryFor(manifest: ManifestLike, files: Record<string, string>): ReleaseEntry {
  return {
    workflowType: manifest.workflowType,
    specFile: manifest.specFile,
    specHash: manifest.specHash,
    artifactHash: manifest.artifactHash,
    files: sortedObject(files),
  };
}

function bumpHint(version: number, specFile: string): string {
  return `released versions are immutable: bump \`version:\` in ${specFile} (to ${version + 1} or later) and compile a new version`;
}

/** How two file-hash maps of one version differ, as `name changed since release (sha …)` phrases. */
export function describeChanges(released: Record<string, string>, now: Record<string, string>): string[] {
  const out: string[] = [];
  for (const name of Object.keys(released).sort()) {
    if (!(name in now)) out.push(`${name} removed since release`);
    else if (now[name] !== released[name]) out.push(`${name} changed since release (sha ${now[name]!.slice(0, 12)}, released ${released[name]!.slice(0, 12)})`);
  }
  for (const name of Object.keys(now).sort()) if (!(name in released)) out.push(`${name} added since release`);
  return out;
}

/**
 * Before writing a version folder: undefined when the version is not released yet or its rendered files are
 * byte-identical to the release; else the reason the write is refused.
 */
export function releaseConflict(lock: ReleasesLock, manifest: ManifestLike, renderedHashes: Record<string, string>): string | undefined {
  const entry = lockedEntry(lock, manifest.spec, manifest.specVersion);
  if (!entry) return undefined;
  const changes = describeChanges(entry.files, renderedHashes);
  if (changes.length === 0) return undefined;
  return (
    `${manifest.spec} v${manifest.specVersion} is released (${LOCK_FILE}) and packaging it again would change it: ${changes.join('; ')}; ` +
    bumpHint(manifest.specVersion, entry.specFile)
  );
}

export interface LockProblem {
  spec: string;
  version: string;
  message: string;
}

/**
 * Check every packaged version under an output root against its lock: each version folder must be in the lock
 * with the same bytes, and each locked version must still be on disk. [] when all is well.
 * `versions` lists the packaged version folders: spec → "v<N>" → folder.
 */
export function verifyReleases(root: string, versions: { spec: string; version: number; dir: string }[]): LockProblem[] {
  const lock = readLock(root);
  const problems: LockProblem[] = [];
  const seen = new Set<string>();
  for (const { spec, version, dir } of versions) {
    const v = `v${version}`;
    seen.add(`${spec}/${v}`);
    const entry = lock.releases[spec]?.[v];
    if (!entry) {
      problems.push({
        spec,
        version: v,
        message:
          `${spec} ${v}: packaged in ${spec}/${v}/ but missing from ${LOCK_FILE}; every packaged version is released: ` +
          `run \`npm run release:lock\` and commit ${LOCK_FILE} with the version`,
      });
      continue;
    }
    for (const change of describeChanges(entry.files, hashFolder(dir)))
      problems.push({ spec, version: v, message: `${spec} ${v}: ${change}; ${bumpHint(version, entry.specFile)}` });
  }
  for (const [spec, byVersion] of Object.entries(lock.releases))
    for (const v of Object.keys(byVersion))
      if (!seen.has(`${spec}/${v}`))
        problems.push({
          spec,
          version: v,
          message: `${spec} ${v}: released (${LOCK_FILE}) but its folder ${spec}/${v}/ is gone; restore it from version control (runs in flight replay on it)`,
        });
  return problems;
}

/** Add every packaged version missing from the lock (never changes a locked entry). Returns the versions added. */
export function lockNewVersions(root: string, versions: { spec: string; version: number; dir: string }[]): string[] {
  const lock = readLock(root);
  const added: string[] = [];
  for (const { spec, version, dir } of versions) {
    if (lockedEntry(lock, spec, version)) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
    (lock.releases[spec] ??= {})[`v${version}`] = entryFor(manifest, hashFolder(dir));
    added.push(`${spec}@v${version}`);
  }
  if (added.length || !existsSync(lockPath(root))) writeLock(root, lock);
  return added;
}
