// Packaging: an accepted candidate (code for the template's slots) + its spec → the artifact folder
// workflows-generated/<spec>/v<version>/ and the regenerated indexes. Byte-identical for the same inputs.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ArtifactInfo, FactDeclaration, Provenance } from '../contract/bounded-decision';
import { entryFor, LOCK_FILE, lockedEntry, readLock, releaseConflict, ReleasedVersionError, sha256Bytes, writeLock } from './releases';
import { canonicalJson, sha256, workflowTypeName, type LoadedSpec, type Spec } from './spec';
import { vendorKit } from './vendor-kit';

export const GENERATED_DIR = join(__dirname, '..', 'workflows-generated');

/** The code slots of the bounded-decision template. */
export interface SlotCode {
  decision: string;
  extractor: string;
}

export interface StageSummary {
  stage: string;
  passed: boolean;
  durationMs: number;
  diagnostics: number;
}

export interface AttemptSummary {
  attempt: number;
  slot: string;
  passed: boolean;
  stages: StageSummary[];
  diagnostics: { stage: string; rule: string; message: string; line: number; column: number }[];
  tokens?: { prompt: number; completion: number; total: number };
  /** What the readers-form composer did on this attempt (the model's choices and the compiler's changes to them). */
  rationale?: string;
}

export interface Manifest {
  schema: 'compiled-ai/manifest@1';
  spec: string;
  specVersion: number;
  specFile: string;
  specHash: string;
  template: string;
  workflowType: string;
  logicVersion: string;
  artifactHash: string;
  files: Record<string, string>;
  provenance: Provenance;
  promptHash?: string;
  attempts?: AttemptSummary[];
  tokens?: { prompt: number; completion: number; total: number };
}

export function pascal(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

export function factsTypeName(spec: Spec): string {
  return `${pascal(spec.name)}Facts`;
}

function tsType(f: Spec['facts'][number]): string {
  return f.nullable ? `${f.type} | null` : f.type;
}

function zodType(f: Spec['facts'][number]): string {
  const base = `z.${f.type}()`;
  return f.nullable ? `${base}.nullable()` : base;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
}

/** facts.ts: the spec's fact record as a TypeScript type and a zod schema. */
export function renderFactsTs(spec: Spec): string {
  const type = factsTypeName(spec);
  const lines = [
    `// Generated from specs/${spec.name}.yaml (facts). Do not edit: change the spec and recompile.`,
    `import { z } from 'zod';`,
    ``,
    `export interface ${type} {`,
    `  [fact: string]: boolean | number | string | null;`,
    ...spec.facts.flatMap((f) => [`  /** ${oneLine(f.description)} */`, `  ${f.name}: ${tsType(f)};`]),
    `}`,
    ``,
    `export const factsSchema = z`,
    `  .object({`,
    ...spec.facts.map((f) => `    ${f.name}: ${zodType(f)},`),
    `  })`,
    `  .strict();`,
    ``,
  ];
  return lines.join('\n');
}

/** workflow.ts: the template wired to this artifact's decision slot. */
export function renderWorkflowTs(spec: Spec): string {
  const wfType = workflowTypeName(spec.name, spec.version);
  return [
    `// Generated wiring of ${spec.name} v${spec.version} into the bounded-decision template. Do not edit.`,
    `import { defineBoundedDecisionWorkflow } from '../../../templates/bounded-decision/workflow';`,
    `import { artifact } from './artifact';`,
    `import { decide } from './decision';`,
    ``,
    `export const ${wfType} = defineBoundedDecisionWorkflow(artifact, decide);`,
    ``,
  ].join('\n');
}

export function artifactInfo(loaded: LoadedSpec, artifactHash: string, provenance: Provenance): ArtifactInfo {
  const { spec } = loaded;
  const facts: FactDeclaration[] = spec.facts.map((f) => ({
    name: f.name,
    type: f.type,
    nullable: f.nullable,
    ...(f.unit ? { unit: f.unit } : {}),
    description: oneLine(f.description),
  }));
  return {
    spec: spec.name,
    specVersion: spec.version,
    workflowType: workflowTypeName(spec.name, spec.version),
    logicVersion: `${spec.name}@v${spec.version}+${artifactHash.slice(0, 12)}`,
    specHash: loaded.specHash,
    artifactHash,
    provenance,
    rules: Object.fromEntries(spec.rules.map((r) => [r.id, `${r.when} → ${r.outcome} (${r.reason})`])),
    checks: {
      ranges: spec.facts
        .filter((f) => f.range)
        .map((f) => ({ fact: f.name, ...f.range! })),
      requireAnyFound: spec.checks.requireAnyFound,
    },
    review: { slaSeconds: Math.round(spec.review.slaHours * 3600) },
    input: { field: spec.input.field, maxLength: spec.input.maxLength },
    facts,
    llm: { allowPhi: spec.llm.allowPhi, ...(spec.llm.fallback !== undefined ? { fallback: spec.llm.fallback } : {}) },
  };
}

/** artifact.ts: identity and declarative checks, known to workflow code. */
export function renderArtifactTs(info: ArtifactInfo): string {
  return [
    `// Generated identity of ${info.spec} v${info.specVersion}. Do not edit.`,
    `import type { ArtifactInfo } from '../../../templates/bounded-decision/types';`,
    ``,
    `export const artifact: ArtifactInfo = ${JSON.stringify(info, null, 2)};`,
    ``,
  ].join('\n');
}

/** The artifact hash covers every code file of the artifact (not the identity file that holds it). */
export function computeArtifactHash(specHash: string, files: Record<string, string>): string {
  const names = Object.keys(files).sort();
  return sha256(canonicalJson({ specHash, files: Object.fromEntries(names.map((n) => [n, sha256(files[n]!)])) }));
}

export interface PackageRequest {
  loaded: LoadedSpec;
  code: SlotCode;
  provenance: Provenance;
  promptHash?: string;
  attempts?: AttemptSummary[];
  tokens?: Manifest['tokens'];
  outDir?: string;
}

export interface PackagedArtifact {
  dir: string;
  manifest: Manifest;
  files: Record<string, string>;
}

/** Render every file of the artifact in memory (no I/O): the single source of packaging truth. */
export function renderArtifact(req: PackageRequest): { files: Record<string, string>; manifest: Manifest } {
  const { loaded, code } = req;
  const { spec } = loaded;
  const kit = vendorKit(ensureTrailingNewline(code.extractor));
  const codeFiles: Record<string, string> = {
    'facts.ts': renderFactsTs(spec),
    'decision.ts': ensureTrailingNewline(code.decision),
    'extractor.ts': kit.extractor,
    'workflow.ts': renderWorkflowTs(spec),
    ...kit.files,
  };
  const artifactHash = computeArtifactHash(loaded.specHash, codeFiles);
  const info = artifactInfo(loaded, artifactHash, req.provenance);
  const files: Record<string, string> = { ...codeFiles, 'artifact.ts': renderArtifactTs(info) };
  const manifest = sealManifest(
    { spec: spec.name, specVersion: spec.version, specFile: `specs/${spec.name}.yaml`, specHash: loaded.specHash, template: spec.template, workflowType: info.workflowType, logicVersion: info.logicVersion, artifactHash },
    files,
    req,
  );
  return { files, manifest };
}

export type ManifestIdentity = Pick<Manifest, 'spec' | 'specVersion' | 'specFile' | 'specHash' | 'template' | 'workflowType' | 'logicVersion' | 'artifactHash'>;

/**
 * The manifest of a rendered version folder (every template): identity, the sha256 of every file, provenance and
 * the compile record; added to `files` as manifest.json. Field order is fixed (released manifests are locked).
 */
export function sealManifest(id: ManifestIdentity, files: Record<string, string>, record: Pick<PackageRequest, 'provenance' | 'promptHash' | 'attempts' | 'tokens'>): Manifest {
  const manifest: Manifest = {
    schema: 'compiled-ai/manifest@1',
    spec: id.spec,
    specVersion: id.specVersion,
    specFile: id.specFile,
    specHash: id.specHash,
    template: id.template,
    workflowType: id.workflowType,
    logicVersion: id.logicVersion,
    artifactHash: id.artifactHash,
    files: Object.fromEntries(Object.keys(files).sort().map((n) => [n, sha256(files[n]!)])),
    provenance: record.provenance,
    ...(record.promptHash ? { promptHash: record.promptHash } : {}),
    ...(record.attempts ? { attempts: record.attempts } : {}),
    ...(record.tokens ? { tokens: record.tokens } : {}),
  };
  files['manifest.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  return manifest;
}

function ensureTrailingNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

/**
 * Write the artifact folder, record it in the output root's releases.lock.json and regenerate the indexes.
 * A version already in the lock is never rewritten with other bytes: ReleasedVersionError (bump the version).
 */
export function writeArtifact(req: PackageRequest): PackagedArtifact {
  const root = req.outDir ?? GENERATED_DIR;
  const { files, manifest } = renderArtifact(req);
  const dir = writeReleasedFolder(root, manifest, files);
  writeIndexes(root);
  return { dir, manifest, files };
}

/**
 * Write one version folder (<root>/<spec>/v<version>/) and record it in the root's releases.lock.json. Shared by
 * every template. A version already in the lock is never rewritten with other bytes: ReleasedVersionError.
 */
export function writeReleasedFolder(root: string, manifest: Manifest, files: Record<string, string>): string {
  const dir = join(root, manifest.spec, `v${manifest.specVersion}`);
  const hashes = Object.fromEntries(Object.keys(files).map((n) => [n, sha256Bytes(files[n]!)]));
  const lock = readLock(root);
  const conflict = releaseConflict(lock, manifest, hashes);
  if (conflict) throw new ReleasedVersionError(conflict);
  mkdirSync(dir, { recursive: true });
  for (const name of Object.keys(files).sort()) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), files[name]!);
  }
  if (!lockedEntry(lock, manifest.spec, manifest.specVersion)) {
    // Re-read right before writing: another compile may have released a different spec meanwhile.
    const latest = readLock(root);
    (latest.releases[manifest.spec] ??= {})[`v${manifest.specVersion}`] = entryFor(manifest, hashes);
    writeLock(root, latest);
  }
  return dir;
}

export interface IndexedArtifact {
  spec: string;
  version: number;
  dir: string;
  manifest: Manifest;
}

/** Every packaged artifact under a generated folder, sorted by spec then version. */
export function listArtifacts(root = GENERATED_DIR): IndexedArtifact[] {
  if (!existsSync(root)) return [];
  const out: IndexedArtifact[] = [];
  for (const spec of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const v of readdirSync(join(root, spec))) {
      const manifestFile = join(root, spec, v, 'manifest.json');
      if (!/^v\d+$/.test(v) || !existsSync(manifestFile)) continue;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      out.push({ spec, version: manifest.specVersion, dir: join(root, spec, v), manifest });
    }
  }
  return out.sort((a, b) => (a.spec === b.spec ? a.version - b.version : a.spec < b.spec ? -1 : 1));
}

/** workflows.ts (the worker's workflow bundle entry) and registry.ts (activities' artifact lookup). */
export function writeIndexes(root = GENERATED_DIR): void {
  const artifacts = listArtifacts(root);
  const rel = (a: IndexedArtifact) => `./${relative(root, a.dir).split('\\').join('/')}`;
  const workflows = [
    `// Generated index of every compiled workflow (the worker bundles this file). Do not edit.`,
    ...artifacts.map((a) => `export { ${a.manifest.workflowType} } from '${rel(a)}/workflow';`),
    // Function-call workflows (compiler/function-call/package.ts keeps their own index): one worker serves both.
    ...(existsSync(join(root, 'tools', 'workflows.ts')) ? [`export * from './tools/workflows';`] : []),
    ``,
  ].join('\n');
  const segments = (a: IndexedArtifact) => relative(root, a.dir).split('\\').join('/').split('/').map((p) => `'${p}'`).join(', ');
  const registry = [
    `// Generated registry of compiled artifacts for activities and clients (Node side). Do not edit.`,
    `// The worker runs each extractor in the slot sandbox from its packaged folder (\`dir\`, checked against the`,
    `// artifact hash); \`extract\` loads the extractor module in-process only when called (tools, benchmarks).`,
    `import { join } from 'node:path';`,
    `import type { RegisteredArtifact } from '../activities/registry-types';`,
    `import type { ExtractFn } from '../templates/bounded-decision/types';`,
    ...artifacts.flatMap((a, i) => [`import { artifact as a${i} } from '${rel(a)}/artifact';`, `import { factsSchema as s${i} } from '${rel(a)}/facts';`]),
    ``,
    `const inProcess = (load: () => { extract: ExtractFn }): ExtractFn => {`,
    `  let fn: ExtractFn | undefined;`,
    `  return (text) => (fn ??= load().extract)(text);`,
    `};`,
    ``,
    `export const artifacts: RegisteredArtifact[] = [`,
    ...artifacts.map((a, i) => `  { info: a${i}, dir: join(__dirname, ${segments(a)}), extract: inProcess(() => require('${rel(a)}/extractor')), factsSchema: s${i} },`),
    `];`,
    ``,
  ].join('\n');
  writeFileSync(join(root, 'workflows.ts'), workflows);
  writeFileSync(join(root, 'registry.ts'), registry);
}

export type TargetCheck =
  | { status: 'up-to-date'; existing: IndexedArtifact }
  | { status: 'version-conflict'; existing: IndexedArtifact; reason: string }
  | { status: 'released'; reason: string }
  | { status: 'unpackaged-code'; reason: string }
  | { status: 'new' };

/**
 * Before compiling a spec into an output root: is its version packaged already (same spec hash: up to date;
 * another hash: packaged versions are immutable, bump `version:`), or does the target folder hold
 * never-packaged code that only a candidate-file compile may take over? Shared by the in-process command
 * and the compile workflow's checkSpec activity. `rel` shortens paths in messages.
 */
export function checkTarget(
  loaded: LoadedSpec,
  outDir: string,
  generatorKind: Provenance['generator'],
  rel: (path: string) => string = (p) => p,
  specFileLabel = loaded.file,
): TargetCheck {
  const { spec } = loaded;
  const existing = listArtifacts(outDir).find((a) => a.spec === spec.name && a.version === spec.version);
  if (existing && existing.manifest.specHash === loaded.specHash) return { status: 'up-to-date', existing };
  // A released version whose folder is gone: recompiling would not give the same bytes (and runs replay on them).
  const released = existing ? undefined : lockedEntry(readLock(outDir), spec.name, spec.version);
  if (released)
    return {
      status: 'released',
      reason:
        `${spec.name} v${spec.version} is released (${rel(join(outDir, LOCK_FILE))}, artifact ${released.artifactHash.slice(0, 12)}) but its folder ` +
        `${rel(join(outDir, spec.name, `v${spec.version}`))} is missing: restore it from version control (runs in flight replay on it). ` +
        `Released versions are immutable: to change it, bump \`version:\` to ${spec.version + 1} in ${rel(specFileLabel)} and compile a new version.`,
    };
  if (existing)
    return {
      status: 'version-conflict',
      existing,
      reason:
        `${spec.name} v${spec.version}: the spec changed (spec hash ${loaded.specHash.slice(0, 12)}) but version ${spec.version} is already compiled ` +
        `from a different spec (spec hash ${existing.manifest.specHash.slice(0, 12)}, ${rel(existing.dir)}). Packaged versions are immutable so running ` +
        `workflows replay: bump \`version:\` to ${spec.version + 1} in ${rel(specFileLabel)} and compile again.`,
    };
  const targetDir = join(outDir, spec.name, `v${spec.version}`);
  const unpackaged = ['decision.ts', 'extractor.ts'].filter((f) => existsSync(join(targetDir, f)));
  if (unpackaged.length && generatorKind !== 'candidate-file')
    return {
      status: 'unpackaged-code',
      reason:
        `${rel(targetDir)} holds code that was never packaged (${unpackaged.join(', ')}, no manifest.json); compiling would overwrite it. ` +
        `Package it with --candidate ${rel(targetDir)}, or move it away and compile again.`,
    };
  return { status: 'new' };
}
