// `compiled-ai compile specs/tools/<tool>.yaml`: a function-call spec (template: function-call). Same contract as
// the bounded-decision specs: an up-to-date version is skipped (0 tokens), a changed spec must bump its version,
// a rejection writes a report and nothing under workflows-generated/.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createModelClient } from '../llm-client';
import { compileTool } from '../function-call/compile';
import { TOOLS_DIR, writeToolArtifact } from '../function-call/package';
import { isToolSpecText, loadToolSpec, type LoadedToolSpec } from '../function-call/spec';
import { listArtifacts } from '../package';
import { lockedEntry, readLock, ReleasedVersionError } from '../releases';
import { SpecError } from '../spec';
import type { CandidateFiles } from '../generators';
import type { CompileCommandOptions, CompileIo, SpecOutcome } from './compile';
import { resolveModelConfig } from './model-config';
import { reportsDirOf, writeRejectionReport } from './rejection-report';

export function isToolSpecFile(file: string): boolean {
  try {
    return existsSync(file) && isToolSpecText(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

export async function compileToolSpecFile(file: string, opts: CompileCommandOptions, io: CompileIo, candidates?: CandidateFiles): Promise<SpecOutcome> {
  const cwd = io.cwd ?? process.cwd();
  const rel = (p: string) => relative(cwd, p) || '.';
  const say = (s: string) => {
    if (!opts.json) io.stdout.write(s);
  };
  const fail = (reason: string, spec = file, version?: number): SpecOutcome => {
    io.stderr.write(`error: ${reason}\n`);
    return { spec, ...(version !== undefined ? { version } : {}), file, status: 'error', reason, tokens: 0 };
  };
  let loaded: LoadedToolSpec;
  try {
    loaded = loadToolSpec(file);
  } catch (e) {
    if (e instanceof SpecError) return fail(e.message);
    throw e;
  }
  const { spec } = loaded;
  if (candidates) return fail(`${spec.name}: function-call specs are compiled by a model (their examples are model-written and checked); drop --candidate`, spec.name, spec.version);
  if (io.temporal) return fail(`${spec.name}: --temporal compiles bounded-decision specs only; compile function-call specs in-process`, spec.name, spec.version);
  const outDir = opts.outDir ? join(resolve(cwd, opts.outDir), 'tools') : TOOLS_DIR;
  const existing = listArtifacts(outDir).find((a) => a.spec === spec.name && a.version === spec.version);
  if (existing && existing.manifest.specHash === loaded.specHash) {
    say(`${spec.name} v${spec.version}: up to date — 0 tokens (${rel(existing.dir)}, artifact ${existing.manifest.artifactHash.slice(0, 12)})\n`);
    return { spec: spec.name, version: spec.version, file, status: 'up-to-date', dir: existing.dir, artifactHash: existing.manifest.artifactHash, tokens: 0 };
  }
  if (existing || lockedEntry(readLock(outDir), spec.name, spec.version))
    return fail(`${spec.name} v${spec.version} is released with another spec hash (or its folder is missing); released versions are immutable: bump \`version:\` to ${spec.version + 1} in ${rel(file)} and compile again`, spec.name, spec.version);
  const config = await resolveModelConfig(io.env ?? process.env);
  if (typeof config === 'string') return fail(`${spec.name} v${spec.version} needs compiling, but ${config}`, spec.name, spec.version);
  say(`${spec.name} v${spec.version}: compiling the ${spec.tool.name} parser with model ${config.model}\n`);
  const result = await compileTool(loaded, {
    client: createModelClient({ ...config, codeFormat: 'fenced' }),
    ...(config.weightsSha256 ? { weightsSha256: config.weightsSha256 } : {}),
    ...(opts.maxRegenerations !== undefined ? { maxRegenerations: opts.maxRegenerations } : {}),
    ...(opts.stageOptions?.limits ? { limits: opts.stageOptions.limits } : {}),
    onProgress: (e) => {
      if (e.type === 'examples') say(`  examples: ${e.accepted} checked, ${e.rejected} rejected (${e.tokens.total} tokens)\n`);
      else if (e.type === 'generated' && e.tokens) say(`  parse #${e.attempt} generated (${e.tokens.total} tokens)\n`);
      else if (e.type === 'stage') say(`  parse #${e.attempt} ${e.result.stage.padEnd(9)} ${e.result.passed ? 'ok' : `FAILED (${e.result.diagnostics.length})`} ${e.result.durationMs} ms\n`);
      else if (e.type === 'attempt-failed') for (const d of e.diagnostics.slice(0, 3)) say(`      ${d.stage}/${d.rule}: ${d.message.replace(/\s+/g, ' ').slice(0, 240)}\n`);
    },
  });
  if (!result.success) {
    const { report } = result;
    const reportFile = writeRejectionReport(reportsDirOf(opts.reportsDir, cwd), spec.name, spec.version, report, (io.now ?? (() => new Date()))());
    if (!opts.json) io.stderr.write(`REJECTED ${spec.name} v${spec.version}: ${report.reason}\n  tokens used: ${report.tokens.total}\n  nothing was written to workflows-generated/\n${reportFile ? `  report: ${rel(reportFile)}\n` : ''}`);
    return { spec: spec.name, version: spec.version, file, status: 'rejected', reason: report.reason, tokens: report.tokens.total, report: report as never, ...(reportFile ? { reportFile } : {}) };
  }
  let packaged;
  try {
    packaged = writeToolArtifact({ loaded, code: result.code, examples: result.examples, provenance: result.provenance, attempts: result.attempts, tokens: result.tokens, promptHash: result.promptHash, outDir });
  } catch (e) {
    if (e instanceof ReleasedVersionError) return fail(e.message, spec.name, spec.version);
    throw e;
  }
  say(`${spec.name} v${spec.version}: compiled → ${rel(packaged.dir)} (artifact ${packaged.manifest.artifactHash.slice(0, 12)}, ${result.tokens.total} tokens, ${result.provenance.model ?? ''})\n`);
  return { spec: spec.name, version: spec.version, file, status: 'compiled', dir: packaged.dir, artifactHash: packaged.manifest.artifactHash, tokens: result.tokens.total, provenance: result.provenance };
}
