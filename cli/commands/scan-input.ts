import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('scan-input <file>')
    .description('screen a document for prompt injection and PHI (file or - for stdin)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { scanInputCommand } = (require('../../worker/commands/scan-input') as typeof import('../../worker/commands/scan-input'));
      process.exitCode = await scanInputCommand(file, { json: Boolean(opts.json) });
    });
}
