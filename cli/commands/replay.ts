import type { Command } from 'commander';
import { createLogger } from '../../worker/logger';
import { connect } from '../helpers';

export function register(program: Command): void {
  program
    .command('replay [dir]')
    .description('replay stored histories (a folder of JSON files) or server histories (--query) against the current bundle')
    .option('--query <query>', 'visibility query, e.g. \'CaiSpec = "prior-auth-glp1"\'')
    .option('--json', 'print one JSON line per history')
    .action(async (dir: string | undefined, opts: { query?: string; json?: boolean }) => {
      const { replayCommand } = require('../../worker/commands/replay') as typeof import('../../worker/commands/replay');
      const { codecFromEnv } = require('../../worker/codec/encryption-codec') as typeof import('../../worker/codec/encryption-codec');
      const { installRuntime } = require('../../worker/worker') as typeof import('../../worker/worker');
      installRuntime(createLogger('replay', process.env.CAI_LOG_LEVEL ?? 'warn')); // no SDK INFO chatter in the report
      process.exitCode = await replayCommand(dir, opts, { client: async () => (await connect()).client, codec: () => codecFromEnv() }, { stdout: process.stdout, stderr: process.stderr });
    });
}
