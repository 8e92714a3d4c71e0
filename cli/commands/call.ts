import type { Command } from 'commander';
import { connect } from '../helpers';

export function register(program: Command): void {
  program
    .command('call <tool> <query...>')
    .description('run one request through a compiled tool parser (function-call template) and print the call')
    .option('--id <requestId>', 'request id (the workflow id is derived from it: a repeated id never runs twice)')
    .option('--json', 'print the result as JSON')
    .action(async (tool: string, query: string[], opts: { id?: string; json?: boolean }) => {
      const { resolveTool, callTool } = require('../../worker/tool-client') as typeof import('../../worker/tool-client');
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
}
