// `compiled-ai` command line (bin/compiled-ai.js loads this file): the program and its commands, one file per
// command in cli/commands/. The only place that sets exit codes (cli/helpers.ts `fail`). Commands load their
// modules lazily (require, so the tsx CommonJS hook applies) to keep start-up fast: the Temporal SDK
// (worker/connection) is loaded only by commands that connect, so usage errors and --help answer in a fraction
// of a second. Nothing imports cli/: it is the composition root of every folder.
import { Command } from 'commander';
import { fail } from './helpers';
import * as worker from './commands/worker';
import * as compile from './commands/compile';
import * as run from './commands/run';
import * as call from './commands/call';
import * as review from './commands/review';
import * as audit from './commands/audit';
import * as codecServer from './commands/codec-server';
import * as serve from './commands/serve';
import * as scanInput from './commands/scan-input';
import * as checkCode from './commands/check-code';
import * as replay from './commands/replay';
import * as drift from './commands/drift';
import * as model from './commands/model';

/** The commands in `--help` order. */
export const COMMANDS: { register(program: Command): void }[] = [worker, compile, run, call, review, audit, codecServer, serve, scanInput, checkCode, replay, drift, model];

export function createProgram(): Command {
  const program = new Command();
  program
    .name('compiled-ai')
    .description('Compile workflow specs into audited code once; run it durably on Temporal.')
    .version((require('../package.json') as { version: string }).version)
    // Usage errors (unknown command/option, missing argument, bad option value) exit 2 via `fail`.
    // Set before the commands are added: subcommands inherit these settings.
    .exitOverride()
    .showHelpAfterError('(run `compiled-ai --help` for the commands, `compiled-ai <command> --help` for their options)');
  for (const c of COMMANDS) c.register(program);
  return program;
}

/** Runs the command line (bin/compiled-ai.js calls this with process.argv). */
export function main(argv: string[] = process.argv): Promise<unknown> {
  return createProgram().parseAsync(argv).catch(fail);
}
