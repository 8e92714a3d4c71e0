import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('check-code <file>')
    .description('run the security stage on a TypeScript/JavaScript file')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { checkCodeCommand } = (require('../../compiler/commands/check-code') as typeof import('../../compiler/commands/check-code'));
      process.exitCode = await checkCodeCommand(file, { json: Boolean(opts.json) });
    });
}
