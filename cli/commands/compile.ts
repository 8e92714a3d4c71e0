import type { Command } from 'commander';
import { temporalSettings } from '../../worker/config';
import { createLogger } from '../../worker/logger';
import { wholeNumber } from '../helpers';

export function register(program: Command): void {
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
      const { compileCommand } = require('../../compiler/commands/compile') as typeof import('../../compiler/commands/compile');
      const ac = new AbortController();
      const stop = () => ac.abort();
      if (opts.watch) {
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }
      let setup: import('../../worker/commands/compile-temporal').TemporalCompileSetup | undefined;
      if (opts.temporal) {
        const { setUpTemporalCompile } = require('../../worker/commands/compile-temporal') as typeof import('../../worker/commands/compile-temporal');
        const { installRuntime } = require('../../worker/worker') as typeof import('../../worker/worker');
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
}
