import { InvalidArgumentError, type Command } from 'commander';
import { connect } from '../helpers';

export function register(program: Command): void {
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
      const { driftCommand } = require('../../worker/commands/drift') as typeof import('../../worker/commands/drift');
      const { artifacts } = require('../../workflows-generated/registry') as typeof import('../../workflows-generated/registry');
      const { dataDir } = require('../../worker/config') as typeof import('../../worker/config');
      process.exitCode = await driftCommand(
        { ...opts, auditDir: require('node:path').join(dataDir(), 'audit') },
        { client: async () => (await connect()).client, artifacts },
        { stdout: process.stdout, stderr: process.stderr },
      );
    });
}
