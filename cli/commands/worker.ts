import type { Command } from 'commander';
import { temporalSettings } from '../../worker/config';
import { createLogger } from '../../worker/logger';

export function register(program: Command): void {
  program
    .command('worker')
    .description('run a worker for every generated workflow (Ctrl-C to stop)')
    .option('--compiler', 'also run the compile worker (compile workflows, task queue compiled-ai-compiler)')
    .action(async (opts: { compiler?: boolean }) => {
      const { createWorker, installRuntime } = (require('../../worker/worker') as typeof import('../../worker/worker'));
      const logger = createLogger('worker');
      installRuntime(logger);
      const settings = temporalSettings();
      const worker = await createWorker({ settings, logger });
      logger.info({ taskQueue: settings.taskQueue, namespace: settings.namespace, address: settings.address }, 'worker started');
      const runs = [worker.run()];
      if (opts.compiler) {
        const { startCompileWorker } = require('../../worker/commands/compile-temporal') as typeof import('../../worker/commands/compile-temporal');
        const compiler = await startCompileWorker(settings, createLogger('compiler'));
        logger.info({ taskQueue: compiler.worker.options.taskQueue }, 'compile worker started');
        runs.push(compiler.running);
      }
      await Promise.all(runs);
    });
}
