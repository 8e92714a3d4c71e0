import { Option, type Command } from 'commander';
import { connect, wholeNumber } from '../helpers';

export function register(program: Command): void {
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
        const { runDirectCommand } = require('../../worker/commands/run-direct') as typeof import('../../worker/commands/run-direct');
        process.exitCode = await runDirectCommand(workflow, opts, io);
        return;
      }
      const { runCommand } = (require('../../worker/commands/run') as typeof import('../../worker/commands/run'));
      process.exitCode = await runCommand(workflow, opts, connect, io);
    });
}
