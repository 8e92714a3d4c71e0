// `compiled-ai compile [spec...]`: compile specs into artifacts under workflows-generated/. A spec whose hash
// matches its packaged version is skipped (0 tokens, no file touched); a changed spec must bump its version
// (packaged versions are immutable so running workflows replay). A rejected candidate writes nothing there.
// With `io.temporal` every compilation runs as a compile workflow (compiler/service) instead of in-process.
// Returns the exit code; never calls process.exit.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { candidateFileGenerator, CandidateArgError, createOpenAIGenerator, REPO_ROOT, resolveCandidateArgs, type CandidateFiles, type Generator } from '../generators';
import { checkTarget, GENERATED_DIR, writeArtifact } from '../package';
import { compileSpec, type CompileProgress, type CompileReport, type StageOptions } from '../pipeline';
import { PromptBlockError } from '../prompt';
import { ReleasedVersionError } from '../releases';
import type { CompileWorkflowInput, CompileWorkflowRunner } from '../service/types';
import { listSpecFiles, loadSpec, SpecError, type LoadedSpec } from '../spec';
import { compileToolSpecFile, isToolSpecFile } from './compile-tool';
import { resolveModelConfig } from './model-config';
import { reportsDirOf, writeRejectionReport } from './rejection-report';

export interface CompileCommandOptions {
  /** `--candidate` values: decision=FILE, extractor=FILE, a directory, or decision.ts / extractor.ts. */
  candidate?: string[];
  watch?: boolean;
  json?: boolean;
  maxRegenerations?: number;
  specsDir?: string;
  outDir?: string;
  /** Where rejection reports go (default .data/compile-reports under cwd); false: do not write them. */
  reportsDir?: string | false;
  stageOptions?: StageOptions;
  /** Debounce of --watch, ms (default 300). */
  debounceMs?: number;
}

export interface CompileIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Stops --watch. */
  signal?: AbortSignal;
  now?: () => Date;
  /** Use this generator instead of the environment's model or --candidate (tests). */
  generator?: Generator;
  /**
   * Compile through Temporal (`compile --temporal`): each compilation is a compile workflow on the compile
   * worker, which reads the spec, calls the model and writes the artifact. Without it, compile in-process.
   */
  temporal?: CompileWorkflowRunner;
}

export type SpecOutcome =
  | { spec: string; version?: number; file: string; status: 'up-to-date'; dir: string; artifactHash: string; tokens: number }
  | { spec: string; version: number; file: string; status: 'compiled'; dir: string; artifactHash: string; tokens: number; provenance: unknown; workflowId?: string }
  | { spec: string; version: number; file: string; status: 'rejected'; reason: string; tokens: number; reportFile?: string; report: CompileReport; workflowId?: string }
  | { spec: string; version?: number; file: string; status: 'error'; reason: string; tokens: 0 };

const EXIT = { ok: 0, rejected: 1, error: 2 } as const;

function stageLine(e: Extract<CompileProgress, { type: 'stage' }>): string {
  const r = e.result;
  const mark = r.passed ? 'ok' : `FAILED (${r.diagnostics.length} diagnostic${r.diagnostics.length === 1 ? '' : 's'})`;
  return `  ${e.slot} #${e.attempt} ${r.stage.padEnd(9)} ${mark} ${r.durationMs} ms\n`;
}

function progressLine(e: CompileProgress): string | undefined {
  switch (e.type) {
    case 'generating':
      return `  ${e.slot} #${e.attempt} generating…\n`;
    case 'generated':
      return e.tokens ? `  ${e.slot} #${e.attempt} generated (${e.tokens.total} tokens${e.model ? `, ${e.model}` : ''})\n` : undefined;
    case 'generation-failed':
      return `  ${e.slot} #${e.attempt} generation failed: ${e.message}\n`;
    case 'stage':
      return stageLine(e);
    case 'attempt-failed': {
      const shown = e.diagnostics.slice(0, 3).map((d) => `      ${d.stage}/${d.rule}${d.line ? ` ${d.line}:${d.column}` : ''}: ${oneLine(d.message)}\n`);
      const more = e.diagnostics.length > 3 ? [`      … ${e.diagnostics.length - 3} more\n`] : [];
      return [...shown, ...more, e.willRetry ? `    regenerating with these diagnostics\n` : ''].join('');
    }
    case 'slot-accepted':
      return `  ${e.slot} accepted (attempt ${e.attempt})\n`;
    case 'slot-rejected':
      return `  ${e.slot} rejected after ${e.attempts} attempt(s)\n`;
  }
}

function oneLine(s: string, max = 240): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function formatReport(report: CompileReport): string {
  const lines = [`REJECTED ${report.spec} v${report.specVersion}: ${report.reason}`];
  for (const a of report.attempts) {
    const failed = a.stages.find((s) => !s.passed);
    lines.push(`  ${a.slot} attempt ${a.attempt}: ${a.passed ? 'passed' : `failed at ${failed ? failed.stage : 'generation'}`}`);
    for (const d of a.diagnostics) lines.push(`    ${d.stage}/${d.rule}${d.line ? ` line ${d.line}:${d.column}` : ''}: ${oneLine(d.message, 400)}`);
  }
  lines.push(`  tokens used: ${report.tokens.total}`, `  nothing was written to workflows-generated/`);
  return `${lines.join('\n')}\n`;
}

/** Compile one spec file. */
export async function compileOneSpec(
  file: string,
  opts: CompileCommandOptions,
  io: CompileIo,
  makeGenerator: () => Promise<Generator | string>,
  candidates?: CandidateFiles,
): Promise<SpecOutcome> {
  const cwd = io.cwd ?? process.cwd();
  const outDir = opts.outDir ? resolve(cwd, opts.outDir) : GENERATED_DIR;
  const say = (s: string) => {
    if (!opts.json) io.stdout.write(s);
  };
  const rel = (p: string) => relative(cwd, p) || '.';
  if (isToolSpecFile(file)) return compileToolSpecFile(file, opts, io, candidates);
  let loaded: LoadedSpec;
  try {
    loaded = loadSpec(file);
  } catch (e) {
    if (e instanceof SpecError) {
      io.stderr.write(`error: ${e.message}\n`);
      return { spec: file, file, status: 'error', reason: e.message, tokens: 0 };
    }
    throw e;
  }
  const { spec } = loaded;
  const generator = io.temporal ? undefined : await makeGenerator();
  const kind = generator === undefined ? (candidates ? 'candidate-file' : 'openai-compatible') : typeof generator === 'string' ? 'openai-compatible' : generator.kind;
  const target = checkTarget(loaded, outDir, kind, rel, file);
  if (target.status === 'up-to-date') {
    const { existing } = target;
    say(`${spec.name} v${spec.version}: up to date — 0 tokens (${rel(existing.dir)}, artifact ${existing.manifest.artifactHash.slice(0, 12)})\n`);
    return { spec: spec.name, version: spec.version, file, status: 'up-to-date', dir: existing.dir, artifactHash: existing.manifest.artifactHash, tokens: 0 };
  }
  if (target.status !== 'new') {
    io.stderr.write(`error: ${target.reason}\n`);
    return { spec: spec.name, version: spec.version, file, status: 'error', reason: target.reason, tokens: 0 };
  }
  if (generator === undefined) return compileViaTemporal(loaded, file, outDir, opts, io, io.temporal!, candidates);
  if (typeof generator === 'string') {
    io.stderr.write(`error: ${spec.name} v${spec.version} needs compiling, but ${generator}\n`);
    return { spec: spec.name, version: spec.version, file, status: 'error', reason: generator, tokens: 0 };
  }
  say(`${spec.name} v${spec.version}: compiling with ${generator.kind === 'candidate-file' ? 'candidate files' : `model ${generator.provenance().model}`}\n`);
  let result;
  try {
    result = await compileSpec(loaded, {
      generator,
      ...(opts.maxRegenerations !== undefined ? { maxRegenerations: opts.maxRegenerations } : {}),
      ...(opts.stageOptions ? { stageOptions: opts.stageOptions } : {}),
      onProgress: (e) => {
        const line = progressLine(e);
        if (line) say(line);
      },
    });
  } catch (e) {
    if (e instanceof PromptBlockError) {
      io.stderr.write(`error: ${spec.name}: ${e.message}\n`);
      return { spec: spec.name, version: spec.version, file, status: 'error', reason: e.message, tokens: 0 };
    }
    throw e;
  }
  if (!result.success) {
    const { report } = result;
    const reportFile = writeRejectionReport(reportsDirOf(opts.reportsDir, cwd), spec.name, spec.version, report, (io.now ?? (() => new Date()))());
    if (!opts.json) io.stderr.write(formatReport(report) + (reportFile ? `  report: ${rel(reportFile)}\n` : ''));
    return { spec: spec.name, version: spec.version, file, status: 'rejected', reason: report.reason, tokens: report.tokens.total, report, ...(reportFile ? { reportFile } : {}) };
  }
  let packaged;
  try {
    packaged = writeArtifact({ loaded, ...result.artifact, outDir });
  } catch (e) {
    if (e instanceof ReleasedVersionError) {
      io.stderr.write(`error: ${e.message}\n`);
      return { spec: spec.name, version: spec.version, file, status: 'error', reason: e.message, tokens: 0 };
    }
    throw e;
  }
  say(
    `${spec.name} v${spec.version}: compiled → ${rel(packaged.dir)} (artifact ${packaged.manifest.artifactHash.slice(0, 12)}, ` +
      `${result.artifact.tokens.total} tokens, ${result.artifact.provenance.generator}${result.artifact.provenance.model ? ` ${result.artifact.provenance.model}` : ''})\n`,
  );
  return {
    spec: spec.name,
    version: spec.version,
    file,
    status: 'compiled',
    dir: packaged.dir,
    artifactHash: packaged.manifest.artifactHash,
    tokens: result.artifact.tokens.total,
    provenance: result.artifact.provenance,
  };
}

/** One spec as a compile workflow: progress is streamed from the workflow, the worker writes the artifact. */
async function compileViaTemporal(
  loaded: LoadedSpec,
  file: string,
  outDir: string,
  opts: CompileCommandOptions,
  io: CompileIo,
  runner: CompileWorkflowRunner,
  candidates?: CandidateFiles,
): Promise<SpecOutcome> {
  const cwd = io.cwd ?? process.cwd();
  const { spec } = loaded;
  const say = (s: string) => {
    if (!opts.json) io.stdout.write(s);
  };
  const rel = (p: string) => relative(cwd, p) || '.';
  const input: CompileWorkflowInput = {
    specFile: resolve(file),
    specHash: loaded.specHash,
    spec: spec.name,
    specVersion: spec.version,
    generator: candidates ? { kind: 'candidate-file', files: candidates } : { kind: 'openai-compatible' },
    outDir,
    reportsDir: reportsDirOf(opts.reportsDir, cwd),
    ...(opts.maxRegenerations !== undefined ? { maxRegenerations: opts.maxRegenerations } : {}),
    ...(opts.stageOptions ? { stageOptions: opts.stageOptions } : {}),
  };
  say(`${spec.name} v${spec.version}: compiling through Temporal with ${candidates ? 'candidate files' : 'the compile worker\'s model'}\n`);
  let workflowId = '';
  const result = await runner.run(input, {
    onStarted: (w) => {
      workflowId = w.workflowId;
      say(`  workflow ${w.workflowId}${w.link ? ` ${w.link}` : ''}\n`);
    },
    onProgress: (e) => {
      const line = progressLine(e);
      if (line) say(line);
    },
  });
  switch (result.status) {
    case 'up-to-date':
      say(`${spec.name} v${spec.version}: up to date — 0 tokens (${rel(result.dir)}, artifact ${result.artifactHash.slice(0, 12)})\n`);
      return { spec: spec.name, version: spec.version, file, status: 'up-to-date', dir: result.dir, artifactHash: result.artifactHash, tokens: 0 };
    case 'error':
      io.stderr.write(`error: ${result.reason}\n`);
      return { spec: spec.name, version: spec.version, file, status: 'error', reason: result.reason, tokens: 0 };
    case 'rejected':
      if (!opts.json) io.stderr.write(formatReport(result.report) + (result.reportFile ? `  report: ${rel(result.reportFile)}\n` : ''));
      return {
        spec: spec.name,
        version: spec.version,
        file,
        status: 'rejected',
        reason: result.report.reason,
        tokens: result.report.tokens.total,
        report: result.report,
        ...(result.reportFile ? { reportFile: result.reportFile } : {}),
        workflowId,
      };
    case 'compiled':
      say(
        `${spec.name} v${spec.version}: compiled → ${rel(result.dir)} (artifact ${result.artifactHash.slice(0, 12)}, ` +
          `${result.tokens.total} tokens, ${result.provenance.generator}${result.provenance.model ? ` ${result.provenance.model}` : ''})\n`,
      );
      return {
        spec: spec.name,
        version: spec.version,
        file,
        status: 'compiled',
        dir: result.dir,
        artifactHash: result.artifactHash,
        tokens: result.tokens.total,
        provenance: result.provenance,
        workflowId,
      };
  }
}

/** --json: one line per pass; rejection reports are summarised by their reason and attempts. */
function emitJson(io: CompileIo, outcomes: SpecOutcome[]): void {
  const results = outcomes.map((o) => {
    if (o.status !== 'rejected') return o;
    const { report, ...rest } = o;
    return { ...rest, attempts: report.attempts.map((a) => ({ slot: a.slot, attempt: a.attempt, passed: a.passed, diagnostics: a.diagnostics })) };
  });
  io.stdout.write(`${JSON.stringify({ results })}\n`);
}

function exitCodeOf(outcomes: SpecOutcome[]): number {
  if (outcomes.some((o) => o.status === 'error')) return EXIT.error;
  if (outcomes.some((o) => o.status === 'rejected')) return EXIT.rejected;
  return EXIT.ok;
}

async function modelGenerator(env: Record<string, string | undefined>): Promise<Generator | string> {
  const config = await resolveModelConfig(env);
  return typeof config === 'string' ? config : createOpenAIGenerator(config);
}

/** One pass over the given specs (or every spec under specsDir). */
async function compileOnce(specPaths: string[], opts: CompileCommandOptions, io: CompileIo, candidates?: CandidateFiles): Promise<SpecOutcome[]> {
  const cwd = io.cwd ?? process.cwd();
  const specsDir = opts.specsDir ? resolve(cwd, opts.specsDir) : join(REPO_ROOT, 'specs');
  // Without paths: every spec of the folder, then the function-call specs under its tools/ folder.
  const files = specPaths.length ? specPaths.map((p) => resolve(cwd, p)) : [...listSpecFiles(specsDir), ...listSpecFiles(join(specsDir, 'tools'))];
  if (files.length === 0) {
    const reason = `no spec files (*.yaml) found in ${relative(cwd, specsDir) || '.'}; pass a spec path, e.g. specs/prior-auth-glp1.yaml`;
    io.stderr.write(`error: ${reason}\n`);
    return [{ spec: '', file: specsDir, status: 'error', reason, tokens: 0 }];
  }
  let made: Generator | string | undefined;
  const makeGenerator = async (): Promise<Generator | string> => {
    if (io.generator) return io.generator;
    if (candidates) return candidateFileGenerator(candidates);
    made ??= await modelGenerator(io.env ?? process.env);
    return made;
  };
  const outcomes: SpecOutcome[] = [];
  for (const file of files) outcomes.push(await compileOneSpec(file, opts, io, makeGenerator, candidates));
  return outcomes;
}

/** `compiled-ai compile`: returns the exit code (0 ok / up to date, 1 rejected, 2 usage or configuration error). */
export async function compileCommand(specPaths: string[], opts: CompileCommandOptions, io: CompileIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  let candidates: CandidateFiles | undefined;
  if (opts.candidate && opts.candidate.length) {
    try {
      candidates = resolveCandidateArgs(opts.candidate, cwd);
    } catch (e) {
      if (e instanceof CandidateArgError) {
        io.stderr.write(`error: ${e.message}\n`);
        return EXIT.error;
      }
      throw e;
    }
    const specsDir = opts.specsDir ? resolve(cwd, opts.specsDir) : join(REPO_ROOT, 'specs');
    const count = specPaths.length || listSpecFiles(specsDir).length;
    if (count !== 1) {
      io.stderr.write(`error: --candidate holds code for one spec; name that spec, e.g. compiled-ai compile specs/prior-auth-glp1.yaml --candidate DIR\n`);
      return EXIT.error;
    }
  }
  const first = await compileOnce(specPaths, opts, io, candidates);
  if (opts.json) emitJson(io, first);
  if (!opts.watch) return exitCodeOf(first);
  return watchSpecs(specPaths, opts, io, candidates);
}

/** --watch: recompile on changes under specsDir (and its golden/ folder) until io.signal aborts. */
async function watchSpecs(specPaths: string[], opts: CompileCommandOptions, io: CompileIo, candidates?: CandidateFiles): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const specsDir = opts.specsDir ? resolve(cwd, opts.specsDir) : join(REPO_ROOT, 'specs');
  const dirs = [specsDir, join(specsDir, 'golden')].filter((d) => existsSync(d));
  if (!opts.json) io.stdout.write(`watching ${relative(cwd, specsDir) || '.'} for changes (Ctrl-C to stop)\n`);
  return new Promise<number>((resolvePromise) => {
    const watchers: FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    let pending = false;
    const stop = () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      void running.then(() => resolvePromise(EXIT.ok));
    };
    const trigger = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (pending) return;
        pending = true;
        running = running
          .then(async () => {
            pending = false;
            if (io.signal?.aborted) return;
            const outcomes = await compileOnce(specPaths, opts, io, candidates);
            if (opts.json) emitJson(io, outcomes);
          })
          .catch((e: unknown) => io.stderr.write(`error: ${(e as Error).message}\n`));
      }, opts.debounceMs ?? 300);
    };
    for (const d of dirs) watchers.push(watch(d, (_event, name) => (!name || /\.(ya?ml|jsonl)$/.test(String(name)) ? trigger() : undefined)));
    if (io.signal?.aborted) stop();
    else io.signal?.addEventListener('abort', stop, { once: true });
  });
}
