import type { Command } from 'commander';
import { fail, listenError, usageError, wholeNumber } from '../helpers';

export function register(program: Command): void {
  program
    .command('serve')
    .description('HTTP API with roles, FHIR PAS Claim/$submit + $inquire, the reviewer console and metrics (Ctrl-C to stop)')
    .option('--port <port>', 'port (0: a free one)', wholeNumber(0, 65535), Number(process.env.CAI_API_PORT ?? 8280))
    .option('--host <host>', 'address to bind', process.env.CAI_API_HOST ?? '127.0.0.1')
    .option('--config <file>', 'API config: principals, limits, item codes (default $CAI_API_CONFIG or $CAI_DATA_DIR/api.json)')
    .option('--dev', 'create a development config with fresh keys (one principal per role) when the file is missing')
    .action(async (opts: { port: number; host: string; config?: string; dev?: boolean }) => {
      const { serveCommand } = require('../../api/serve') as typeof import('../../api/serve');
      const server = await serveCommand(opts).catch((e: NodeJS.ErrnoException) => {
        if (e.name === 'ApiConfigError') fail(usageError(e.message));
        listenError(e, opts.host, opts.port);
        throw e;
      });
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
