import type { Command } from 'commander';
import { createLogger } from '../../worker/logger';
import { fail, listenError, wholeNumber } from '../helpers';

export function register(program: Command): void {
  program
    .command('codec-server')
    .description('serve /encode and /decode for the Temporal Web UI and CLI (needs CAI_CODEC_TOKEN and the payload keys)')
    .option('--port <port>', 'port', wholeNumber(0, 65535), 8888)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--origin <origins>', 'Temporal UI origin(s) allowed by CORS, comma-separated', 'http://127.0.0.1:8233,http://localhost:8233')
    .action(async (opts: { port: number; host: string; origin: string }) => {
      const { codecFromEnv } = (require('../../worker/codec/encryption-codec') as typeof import('../../worker/codec/encryption-codec'));
      const { startCodecServer } = (require('../../worker/codec-server') as typeof import('../../worker/codec-server'));
      const tokenFile = process.env.CAI_CODEC_TOKEN_FILE;
      let token = process.env.CAI_CODEC_TOKEN?.trim();
      if (!token && tokenFile) {
        try {
          token = require('node:fs').readFileSync(tokenFile, 'utf8').trim() as string;
        } catch {
          fail(Object.assign(new Error(`CAI_CODEC_TOKEN_FILE ${tokenFile} cannot be read`), { name: 'KeyConfigError' }));
        }
      }
      if (!token) fail(Object.assign(new Error('set CAI_CODEC_TOKEN or CAI_CODEC_TOKEN_FILE (the bearer token clients must send); `bash scripts/create-dev-keys.sh` writes a dev token to .data/codec-token'), { name: 'KeyConfigError' }));
      const logger = createLogger('codec-server');
      const codec = codecFromEnv();
      const server = await startCodecServer({ codec, token, origins: opts.origin.split(',').map((o) => o.trim()).filter(Boolean), port: opts.port, host: opts.host, logger }).catch((e: NodeJS.ErrnoException) => {
        listenError(e, opts.host, opts.port);
        throw e;
      });
      logger.info({ url: server.url, origins: opts.origin }, 'codec server listening');
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
