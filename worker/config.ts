// Connection and runtime settings, from the environment with local defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..');

export interface TemporalSettings {
  address: string;
  namespace: string;
  taskQueue: string;
  uiUrl: string;
  tls?: { clientCertPair?: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer; serverNameOverride?: string } | true;
  apiKey?: string;
}

function readPem(path: string | undefined, what: string): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch {
    throw new Error(`${what} file ${path} cannot be read; fix the path or unset the variable`);
  }
}

export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  const crt = readPem(env.TEMPORAL_TLS_CERT, 'TEMPORAL_TLS_CERT');
  const key = readPem(env.TEMPORAL_TLS_KEY, 'TEMPORAL_TLS_KEY');
  const ca = readPem(env.TEMPORAL_TLS_CA, 'TEMPORAL_TLS_CA');
  if ((crt && !key) || (key && !crt)) throw new Error('set both TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY for mTLS, or neither');
  const wantTls = env.TEMPORAL_TLS === 'true' || crt || ca || env.TEMPORAL_API_KEY;
  return {
    address: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    namespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.CAI_TASK_QUEUE ?? 'compiled-ai',
    uiUrl: (env.TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233').replace(/\/$/, ''),
    tls: wantTls
      ? {
          ...(crt && key ? { clientCertPair: { crt, key } } : {}),
          ...(ca ? { serverRootCACertificate: ca } : {}),
          ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
        }
      : undefined,
    apiKey: env.TEMPORAL_API_KEY,
  };
}

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CAI_DATA_DIR ?? join(REPO_ROOT, '.data');
}

export function workflowUiLink(settings: TemporalSettings, workflowId: string, runId?: string): string {
  const base = `${settings.uiUrl}/namespaces/${encodeURIComponent(settings.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
  return runId ? `${base}/${runId}/history` : base;
}
