// `compiled-ai serve`: the HTTP API, FHIR PAS endpoints, reviewer console and metrics on one port. Connects
// to Temporal with the same client and payload codec as the CLI, reads the audit store the workers write.
import { join } from 'node:path';
import { createFileAuditStore } from '../activities/audit-store';
import { connectClient } from '../worker/connection';
import { dataDir, temporalSettings } from '../worker/config';
import { createLogger } from '../worker/logger';
import { defaultConfigPath, loadApiConfig, writeDevConfig } from './config';
import { buildApiServer } from './server';

export interface ServeOptions {
  port: number;
  host: string;
  config?: string;
  dev?: boolean;
}

export async function serveCommand(opts: ServeOptions): Promise<{ close: () => Promise<void>; url: string }> {
  const env = process.env;
  const file = opts.config ?? defaultConfigPath(env, dataDir(env));
  const logger = createLogger('api');
  if (opts.dev && writeDevConfig(file).created) logger.warn({ file }, 'created a development API config with fresh keys (one principal per role)');
  const config = loadApiConfig(file);
  const settings = temporalSettings(env);
  const client = await connectClient(settings);
  const app = await buildApiServer({ client, settings, config, audit: createFileAuditStore(join(dataDir(env), 'audit')), logger });
  await app.listen({ port: opts.port, host: opts.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  logger.info({ url, config: file, principals: config.principals.length, namespace: settings.namespace }, 'API server listening');
  process.stdout.write(`API server: ${url}  (console ${url}/console/, OpenAPI ${url}/api/v1/openapi.json, FHIR ${url}/fhir)\n`);
  return {
    url,
    close: async () => {
      await app.close();
      await client.connection.close();
    },
  };
}
