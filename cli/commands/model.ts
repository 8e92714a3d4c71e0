// The embedded default model (model/): `npm run model:install` puts it in .tools/model/.
import type { Command } from 'commander';
import { createLogger } from '../../worker/logger';
import { fail, listenError, usageError, wholeNumber } from '../helpers';

export function register(program: Command): void {
  const modelCommand = program
    .command('model')
    .description('the embedded default model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M on the CPU; install: npm run model:install)');

  modelCommand
    .command('serve')
    .description('serve the embedded model as an OpenAI-compatible endpoint: GET /v1/models, POST /v1/chat/completions (Ctrl-C to stop)')
    .option('--port <port>', 'port (0: a free one)', wholeNumber(0, 65535), 8765)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .action(async (opts: { port: number; host: string }) => {
      const { localModelInfo } = require('../../model/local-endpoint') as typeof import('../../model/local-endpoint');
      const { localModelSettings } = require('../../model/settings') as typeof import('../../model/settings');
      const { startModelServer } = require('../../model/server') as typeof import('../../model/server');
      if (!opts.host.trim()) fail(usageError('--host is blank; pass an address to bind, e.g. 127.0.0.1'));
      const info = localModelInfo(process.env);
      if (!info.installed) fail(usageError(`the embedded model is not installed (${info.problem}: ${info.file}); run \`npm run model:install\``));
      let settings: import('../../model/settings').LocalModelSettings;
      try {
        settings = localModelSettings(process.env);
      } catch (e) {
        fail(usageError((e as Error).message));
      }
      const logger = createLogger('model-server');
      const apiKey = process.env.CAI_LOCAL_MODEL_API_KEY?.trim();
      const server = await startModelServer({ port: opts.port, host: opts.host.trim(), settings, modelFile: info.file, logger, ...(apiKey ? { apiKey } : {}) }).catch((e: NodeJS.ErrnoException) => {
        listenError(e, opts.host, opts.port, ['EADDRNOTAVAIL', 'EACCES', 'ENOTFOUND', 'EAI_AGAIN', 'EINVAL']);
        throw e;
      });
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const loaded = await server.engine.load();
      logger.info({ url: server.baseURL, model: server.model, loadMs: loaded.loadMs, contextSize: loaded.contextSize, maxTokens: settings.maxTokens, timeoutMs: settings.timeoutMs, apiKey: Boolean(apiKey) }, 'model server listening');
      process.stdout.write(
        `model server: ${server.baseURL} (model ${server.model}, loaded in ${loaded.loadMs} ms, context ${loaded.contextSize} tokens, completion cap ${settings.maxTokens})\n` +
          `use it with: OPENAI_BASE_URL=${server.baseURL} CAI_MODEL=${server.model}${apiKey ? ' OPENAI_API_KEY=<CAI_LOCAL_MODEL_API_KEY>' : ''}\n`,
      );
    });

  modelCommand
    .command('info')
    .description('where the embedded model is, its size and pinned sha256 (exit 1 when it is not installed)')
    .option('--verify', 'also hash the file and compare with the pinned sha256 (reads 1.1 GB)')
    .option('--json', 'print JSON')
    .action(async (opts: { verify?: boolean; json?: boolean }) => {
      const { localModelInfo, hashModelFile } = require('../../model/local-endpoint') as typeof import('../../model/local-endpoint');
      const info = localModelInfo(process.env);
      const actual = opts.verify && info.bytes !== null ? await hashModelFile(info.file) : undefined;
      const ok = info.installed && (actual === undefined || actual === info.sha256);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ...info, ...(actual !== undefined ? { actualSha256: actual, verified: actual === info.sha256 } : {}) })}\n`);
      } else {
        const lines = [
          `model:     ${info.model}`,
          `installed: ${info.installed ? 'yes' : `no (${info.problem}); run \`npm run model:install\``}`,
          `file:      ${info.file}`,
          `size:      ${info.bytes === null ? '-' : `${info.bytes} bytes`} (expected ${info.expectedBytes})`,
          `sha256:    ${info.sha256} (pinned)`,
          ...(actual !== undefined ? [`verified:  ${actual === info.sha256 ? 'yes' : `NO: the file hashes to ${actual}`}`] : []),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      process.exitCode = ok ? 0 : 1;
    });
}
