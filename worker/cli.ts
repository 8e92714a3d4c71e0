// `compiled-ai` command line. The only place that sets exit codes. Commands load their modules lazily
// (require, so the tsx CommonJS hook applies) to keep start-up fast: the Temporal SDK (./connection) is
// loaded only by commands that connect, so usage errors and --help answer in a fraction of a second.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { temporalSettings } from './config';
import { createLogger } from './logger';

const program = new Command();
program
  .name('compiled-ai')
  .description('Compile workflow specs into audited code once; run it durably on Temporal.')
  .version((require('../package.json') as { version: string }).version)
  // Usage errors (unknown command/option, missing argument, bad option value) exit 2 via the catch below.
  .exitOverride()
  .showHelpAfterError('(run `compiled-ai --help` for the commands, `compiled-ai <command> --help` for their options)');

/** A usage error found by an action (conflicting or blank options): exit 2, no stack. */
function usageError(message: string): Error {
  return Object.assign(new Error(message), { name: 'UsageError' });
}

function fail(err: unknown): never {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2); // commander printed the message
  const e = err as Error & { cause?: Error };
  const known = ['TemporalUnavailableError', 'SpecError', 'CandidateArgError', 'UnknownWorkflowError', 'InvalidCaseInputError', 'KeyConfigError', 'UsageError', 'UnknownToolError'].includes(e?.name);
  const cause = e?.cause?.message && !e.message?.includes(e.cause.message) ? `: ${e.cause.message}` : '';
  process.stderr.write(`error: ${e?.message ?? String(err)}${cause}\n`);
  if (!known) process.stderr.write(process.env.CAI_DEBUG ? `${e?.stack}\n` : '(an unexpected error; run again with CAI_DEBUG=1 for the stack trace and report it)\n');
  process.exit(known ? 2 : 1);
}

function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < min || n > max) throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `expected a whole number >= ${min}` : `expected a whole number from ${min} to ${max}`);
    return n;
  };
}

async function connect() {
  const settings = temporalSettings();
  const { connectClient } = require('./connection') as typeof import('./connection');
  return { client: await connectClient(settings), settings };
}

program
  .command('worker')
  .description('run a worker for every generated workflow (Ctrl-C to stop)')
  .option('--compiler', 'also run the compile worker (compile workflows, task queue compiled-ai-compiler)')
  .action(async (opts: { compiler?: boolean }) => {
    const { createWorker, installRuntime } = (require('./worker') as typeof import('./worker'));
    const logger = createLogger('worker');
    installRuntime(logger);
    const settings = temporalSettings();
    const worker = await createWorker({ settings, logger });
    logger.info({ taskQueue: settings.taskQueue, namespace: settings.namespace, address: settings.address }, 'worker started');
    const runs = [worker.run()];
    if (opts.compiler) {
      const { startCompileWorker } = require('./commands/compile-temporal') as typeof import('./commands/compile-temporal');
      const compiler = await startCompileWorker(settings, createLogger('compiler'));
      logger.info({ taskQueue: compiler.worker.options.taskQueue }, 'compile worker started');
      runs.push(compiler.running);
    }
    await Promise.all(runs);
  });

program
  .command('compile [specs...]')
  .description('compile specs (default: every specs/*.yaml) into workflows-generated/; unchanged specs are skipped (0 tokens)')
  .option('--candidate <values...>', 'person-written slot code: decision=FILE extractor=FILE, or a directory with decision.ts and extractor.ts')
  .option('--watch', 'recompile when specs or goldens change (Ctrl-C to stop)')
  .option('--json', 'print one JSON line per pass')
  .option('--max-regenerations <n>', 'regenerations per slot after the first attempt (model only)', wholeNumber(0))
  .option('--out-dir <dir>', 'artifact root (default workflows-generated/)')
  .option('--temporal', 'run each compilation as a Temporal workflow (auditable in the Web UI) with a compile worker in this process')
  .option('--no-local-worker', 'with --temporal: do not start a compile worker here (one runs `compiled-ai worker --compiler`)')
  .action(async (specs: string[], opts: { candidate?: string[]; watch?: boolean; json?: boolean; maxRegenerations?: number; outDir?: string; temporal?: boolean; localWorker: boolean }) => {
    const { compileCommand } = require('../compiler/commands/compile') as typeof import('../compiler/commands/compile');
    const ac = new AbortController();
    const stop = () => ac.abort();
    if (opts.watch) {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
    let setup: import('./commands/compile-temporal').TemporalCompileSetup | undefined;
    if (opts.temporal) {
      const { setUpTemporalCompile } = require('./commands/compile-temporal') as typeof import('./commands/compile-temporal');
      const { installRuntime } = require('./worker') as typeof import('./worker');
      const logger = createLogger('compiler', process.env.CAI_LOG_LEVEL ?? 'warn');
      installRuntime(logger);
      setup = await setUpTemporalCompile(temporalSettings(), logger, opts.localWorker);
    }
    try {
      process.exitCode = await compileCommand(
        specs,
        {
          ...(opts.candidate ? { candidate: opts.candidate } : {}),
          watch: Boolean(opts.watch),
          json: Boolean(opts.json),
          ...(opts.maxRegenerations !== undefined ? { maxRegenerations: opts.maxRegenerations } : {}),
          ...(opts.outDir ? { outDir: opts.outDir } : {}),
        },
        { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: ac.signal, ...(setup ? { temporal: setup.runner } : {}) },
      );
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await setup?.close();
    }
  });

program
  .command('run <workflow>')
  .description('start case(s): <workflow> is a spec name (latest version), <spec>@v<N>, or a workflow type')
  .option('--input <file>', 'one case: a JSON file with the spec input object')
  .option('--cases <file>', 'a batch: JSONL, one {"id", "input"} a line')
  .option('--json', 'print one JSON line per case')
  .option('--concurrency <n>', 'cases in flight at once', wholeNumber(1), 16)
  .addOption(new Option('--mode <mode>', 'compiled: the Temporal workflow; direct: the direct-LLM baseline').choices(['compiled', 'direct']).default('compiled'))
  .action(async (workflow: string, opts) => {
    const io = { stdout: process.stdout, stderr: process.stderr };
    if (opts.mode === 'direct') {
      const { runDirectCommand } = require('./commands/run-direct') as typeof import('./commands/run-direct');
      process.exitCode = await runDirectCommand(workflow, opts, io);
      return;
    }
    const { runCommand } = (require('./commands/run') as typeof import('./commands/run'));
    process.exitCode = await runCommand(workflow, opts, connect, io);
  });

program
  .command('call <tool> <query...>')
  .description('run one request through a compiled tool parser (function-call template) and print the call')
  .option('--id <requestId>', 'request id (the workflow id is derived from it: a repeated id never runs twice)')
  .option('--json', 'print the result as JSON')
  .action(async (tool: string, query: string[], opts: { id?: string; json?: boolean }) => {
    const { resolveTool, callTool } = require('./tool-client') as typeof import('./tool-client');
    const info = resolveTool(tool);
    const { client, settings } = await connect();
    const result = await callTool(client, settings, info, query.join(' '), opts.id);
    if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        result.call
          ? `${result.call.name}(${Object.entries(result.call.arguments).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')})  [${result.source}]\n`
          : `no call (${result.noCallReason ?? ''}; fallback ${result.fallback?.kind ?? 'none'}: ${result.fallback?.outcome ?? ''})\n`,
      );
    process.exitCode = result.call ? 0 : 1;
    await client.connection.close();
  });

program
  .command('review <workflowId>')
  .description('complete a case waiting for human review')
  .option('--approve', 'approve the request')
  .option('--deny', 'deny the request')
  .requiredOption('--reviewer <id>', 'reviewer id (recorded in the audit trail)')
  .option('--note <text>', 'note for the audit trail')
  .action(async (workflowId: string, opts: { approve?: boolean; deny?: boolean; reviewer: string; note?: string }) => {
    if (!opts.approve === !opts.deny) fail(usageError('pass exactly one of --approve or --deny'));
    if (!opts.reviewer.trim()) fail(usageError('--reviewer is blank; pass the reviewer\'s id (it is recorded in the audit trail)'));
    const { submitReview } = (require('./client') as typeof import('./client'));
    const { client } = await connect();
    try {
      const progress = await submitReview(client, workflowId, {
        outcome: opts.approve ? 'APPROVED' : 'DENIED',
        reviewer: opts.reviewer,
        ...(opts.note ? { note: opts.note } : {}),
      });
      process.stdout.write(`${workflowId}: ${progress.status} (${progress.reason})\n`);
    } catch (e) {
      const err = e as Error & { cause?: Error };
      const why = err.cause?.message ?? err.message;
      if (err.name === 'TemporalUnavailableError' || err.name === 'KeyConfigError') throw e;
      // A wrong target (unknown id, a closed case, a case not waiting for review) is bad input: exit 2.
      const hint = /already completed|already closed/i.test(why)
        ? `; the case is already closed: see its outcome with \`compiled-ai audit ${workflowId}\``
        : err.name === 'WorkflowNotFoundError' || /not found/i.test(why)
          ? '; check the workflow id (`run` prints it; the Web UI lists runs) and TEMPORAL_NAMESPACE'
          : err.name === 'WorkflowUpdateFailedError'
              ? ''
              : undefined;
      process.stderr.write(`error: review of ${workflowId} was not accepted: ${why}${hint ?? ''}\n`);
      process.exitCode = hint === undefined ? 1 : 2;
    }
  });

program
  .command('audit <workflowId>')
  .description("a case's audit trail from its (decoded) history: input digest, gate, facts, checks, rule, review, outcome, artifact")
  .option('--run <runId>', 'a specific run (default: the latest)')
  .option('--json', 'print JSON')
  .action(async (workflowId: string, opts: { json?: boolean; run?: string }) => {
    const { auditCommand } = (require('./commands/audit') as typeof import('./commands/audit'));
    const { client } = await connect();
    process.exitCode = await auditCommand(client, workflowId, { json: Boolean(opts.json), runId: opts.run }, { stdout: process.stdout, stderr: process.stderr });
  });

program
  .command('codec-server')
  .description('serve /encode and /decode for the Temporal Web UI and CLI (needs CAI_CODEC_TOKEN and the payload keys)')
  .option('--port <port>', 'port', wholeNumber(0, 65535), 8888)
  .option('--host <host>', 'address to bind', '127.0.0.1')
  .option('--origin <origins>', 'Temporal UI origin(s) allowed by CORS, comma-separated', 'http://127.0.0.1:8233,http://localhost:8233')
  .action(async (opts: { port: number; host: string; origin: string }) => {
    const { codecFromEnv } = (require('./codec/encryption-codec') as typeof import('./codec/encryption-codec'));
    const { startCodecServer } = (require('./codec-server') as typeof import('./codec-server'));
    const tokenFile = process.env.CAI_CODEC_TOKEN_FILE;
    let token = process.env.CAI_CODEC_TOKEN?.trim();
    if (!token && tokenFile) {
      try {
        token = require('node:fs').readFileSync(tokenFile, 'utf8').trim() as string;
      } catch {
        fail(Object.assign(new Error(`CAI_CODEC_TOKEN_FILE ${tokenFile} cannot be read`), { name: 'KeyConfigError' }));
      }
    }
    if (!token) fail(Object.assign(new Error('set CAI_CODEC_TOKEN or CAI_CODEC_TOKEN_FILE (the bearer token clients must send); `bash scripts/create-dev-keys.sh` writes a dev token to .data/codec-token'), { name: 'KeyConfigError' }));
    const logger = createLogger('codec-server');
    const codec = codecFromEnv();
    const server = await startCodecServer({ codec, token, origins: opts.origin.split(',').map((o) => o.trim()).filter(Boolean), port: opts.port, host: opts.host, logger }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') fail(usageError(`port ${opts.port} on ${opts.host} is already in use; stop what listens there or pass another --port`));
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'EACCES') fail(usageError(`cannot listen on ${opts.host}:${opts.port} (${e.code}); pass another --host or --port`));
      throw e;
    });
    logger.info({ url: server.url, origins: opts.origin }, 'codec server listening');
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('serve')
  .description('HTTP API with roles, FHIR PAS Claim/$submit + $inquire, the reviewer console and metrics (Ctrl-C to stop)')
  .option('--port <port>', 'port (0: a free one)', wholeNumber(0, 65535), Number(process.env.CAI_API_PORT ?? 8280))
  .option('--host <host>', 'address to bind', process.env.CAI_API_HOST ?? '127.0.0.1')
  .option('--config <file>', 'API config: principals, limits, item codes (default $CAI_API_CONFIG or $CAI_DATA_DIR/api.json)')
  .option('--dev', 'create a development config with fresh keys (one principal per role) when the file is missing')
  .action(async (opts: { port: number; host: string; config?: string; dev?: boolean }) => {
    const { serveCommand } = require('../api/serve') as typeof import('../api/serve');
    const server = await serveCommand(opts).catch((e: NodeJS.ErrnoException) => {
      if (e.name === 'ApiConfigError') fail(usageError(e.message));
      if (e.code === 'EADDRINUSE') fail(usageError(`port ${opts.port} on ${opts.host} is already in use; stop what listens there or pass another --port`));
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'EACCES') fail(usageError(`cannot listen on ${opts.host}:${opts.port} (${e.code}); pass another --host or --port`));
      throw e;
    });
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('scan-input <file>')
  .description('screen a document for prompt injection and PHI (file or - for stdin)')
  .option('--json', 'print JSON')
  .action(async (file: string, opts: { json?: boolean }) => {
    const { scanInputCommand } = (require('./commands/scan-input') as typeof import('./commands/scan-input'));
    process.exitCode = await scanInputCommand(file, { json: Boolean(opts.json) });
  });

program
  .command('check-code <file>')
  .description('run the security stage on a TypeScript/JavaScript file')
  .option('--json', 'print JSON')
  .action(async (file: string, opts: { json?: boolean }) => {
    const { checkCodeCommand } = (require('../compiler/commands/check-code') as typeof import('../compiler/commands/check-code'));
    process.exitCode = await checkCodeCommand(file, { json: Boolean(opts.json) });
  });

program
  .command('replay [dir]')
  .description('replay stored histories (a folder of JSON files) or server histories (--query) against the current bundle')
  .option('--query <query>', 'visibility query, e.g. \'CaiSpec = "prior-auth-glp1"\'')
  .option('--json', 'print one JSON line per history')
  .action(async (dir: string | undefined, opts: { query?: string; json?: boolean }) => {
    const { replayCommand } = require('./commands/replay') as typeof import('./commands/replay');
    const { codecFromEnv } = require('./codec/encryption-codec') as typeof import('./codec/encryption-codec');
    const { installRuntime } = require('./worker') as typeof import('./worker');
    installRuntime(createLogger('replay', process.env.CAI_LOG_LEVEL ?? 'warn')); // no SDK INFO chatter in the report
    process.exitCode = await replayCommand(dir, opts, { client: async () => (await connect()).client, codec: () => codecFromEnv() }, { stdout: process.stdout, stderr: process.stderr });
  });

program
  .command('drift')
  .description('share of cases per artifact version that the compiled extractor could not settle (exit 1 above the threshold)')
  .option('--spec <name>', 'only this spec')
  .option('--threshold <share>', 'recompile recommended above this share (0-1)', (v) => {
    const n = Number(v);
    if (!v.trim() || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a share between 0 and 1, e.g. 0.2');
    return n;
  }, 0.2)
  .option('--json', 'print one JSON line per artifact version')
  .action(async (opts: { spec?: string; threshold: number; json?: boolean }) => {
    const { driftCommand } = require('./commands/drift') as typeof import('./commands/drift');
    const { artifacts } = require('../workflows-generated/registry') as typeof import('../workflows-generated/registry');
    const { dataDir } = require('./config') as typeof import('./config');
    process.exitCode = await driftCommand(
      { ...opts, auditDir: require('node:path').join(dataDir(), 'audit') },
      { client: async () => (await connect()).client, artifacts },
      { stdout: process.stdout, stderr: process.stderr },
    );
  });

// The embedded default model (model/): `npm run model:install` puts it in .tools/model/.
const modelCommand = program
  .command('model')
  .description('the embedded default model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M on the CPU; install: npm run model:install)');

modelCommand
  .command('serve')
  .description('serve the embedded model as an OpenAI-compatible endpoint: GET /v1/models, POST /v1/chat/completions (Ctrl-C to stop)')
  .option('--port <port>', 'port (0: a free one)', wholeNumber(0, 65535), 8765)
  .option('--host <host>', 'address to bind', '127.0.0.1')
  .action(async (opts: { port: number; host: string }) => {
    const { localModelInfo } = require('../model/local-endpoint') as typeof import('../model/local-endpoint');
    const { localModelSettings } = require('../model/settings') as typeof import('../model/settings');
    const { startModelServer } = require('../model/server') as typeof import('../model/server');
    if (!opts.host.trim()) fail(usageError('--host is blank; pass an address to bind, e.g. 127.0.0.1'));
    const info = localModelInfo(process.env);
    if (!info.installed) fail(usageError(`the embedded model is not installed (${info.problem}: ${info.file}); run \`npm run model:install\``));
    let settings: import('../model/settings').LocalModelSettings;
    try {
      settings = localModelSettings(process.env);
    } catch (e) {
      fail(usageError((e as Error).message));
    }
    const logger = createLogger('model-server');
    const apiKey = process.env.CAI_LOCAL_MODEL_API_KEY?.trim();
    const server = await startModelServer({ port: opts.port, host: opts.host.trim(), settings, modelFile: info.file, logger, ...(apiKey ? { apiKey } : {}) }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') fail(usageError(`port ${opts.port} on ${opts.host} is already in use; stop what listens there or pass another --port`));
      if (['EADDRNOTAVAIL', 'EACCES', 'ENOTFOUND', 'EAI_AGAIN', 'EINVAL'].includes(e.code ?? '')) fail(usageError(`cannot listen on ${opts.host}:${opts.port} (${e.code}); pass another --host or --port`));
      throw e;
    });
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const loaded = await server.engine.load();
    logger.info({ url: server.baseURL, model: server.model, loadMs: loaded.loadMs, contextSize: loaded.contextSize, maxTokens: settings.maxTokens, timeoutMs: settings.timeoutMs, apiKey: Boolean(apiKey) }, 'model server listening');
    process.stdout.write(
      `model server: ${server.baseURL} (model ${server.model}, loaded in ${loaded.loadMs} ms, context ${loaded.contextSize} tokens, completion cap ${settings.maxTokens})\n` +
        `use it with: OPENAI_BASE_URL=${server.baseURL} CAI_MODEL=${server.model}${apiKey ? ' OPENAI_API_KEY=<CAI_LOCAL_MODEL_API_KEY>' : ''}\n`,
    );
  });

modelCommand
  .command('info')
  .description('where the embedded model is, its size and pinned sha256 (exit 1 when it is not installed)')
  .option('--verify', 'also hash the file and compare with the pinned sha256 (reads 1.1 GB)')
  .option('--json', 'print JSON')
  .action(async (opts: { verify?: boolean; json?: boolean }) => {
    const { localModelInfo, hashModelFile } = require('../model/local-endpoint') as typeof import('../model/local-endpoint');
    const info = localModelInfo(process.env);
    const actual = opts.verify && info.bytes !== null ? await hashModelFile(info.file) : undefined;
    const ok = info.installed && (actual === undefined || actual === info.sha256);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ ...info, ...(actual !== undefined ? { actualSha256: actual, verified: actual === info.sha256 } : {}) })}\n`);
    } else {
      const lines = [
        `model:     ${info.model}`,
        `installed: ${info.installed ? 'yes' : `no (${info.problem}); run \`npm run model:install\``}`,
        `file:      ${info.file}`,
        `size:      ${info.bytes === null ? '-' : `${info.bytes} bytes`} (expected ${info.expectedBytes})`,
        `sha256:    ${info.sha256} (pinned)`,
        ...(actual !== undefined ? [`verified:  ${actual === info.sha256 ? 'yes' : `NO: the file hashes to ${actual}`}`] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    process.exitCode = ok ? 0 : 1;
  });

program.parseAsync(process.argv).catch(fail);
