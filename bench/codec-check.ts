// The codec server against a server's stored history: without it the CLI sees only ciphertext (what
// PostgreSQL holds), through it the decoded input. Returns verdicts only; the history is never printed.
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { ENCODING } from '../worker/codec/encryption-codec';
import { startWorkerPool } from './worker-pool';

const execFileP = promisify(execFile);

export interface CodecCheck {
  ciphertextAtRest: boolean;
  decodedThroughCodecServer: boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

interface InputPayload {
  encoding: string;
  data: unknown;
}

/** The workflow input as `temporal workflow show --output json` prints it (metadata and data base64). */
function firstInput(historyJson: string): InputPayload | undefined {
  const history = JSON.parse(historyJson) as { events?: { workflowExecutionStartedEventAttributes?: { input?: { payloads?: { metadata?: Record<string, string>; data?: unknown }[] } } }[] };
  const p = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  if (!p) return undefined;
  return { encoding: Buffer.from(p.metadata?.encoding ?? '', 'base64').toString('utf8'), data: p.data };
}

function hasField(p: InputPayload, field: string): boolean {
  try {
    const value = typeof p.data === 'string' ? JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) : p.data;
    return typeof value === 'object' && value !== null && field in value;
  } catch {
    return false;
  }
}

export async function checkCodecServer(opts: { root: string; cli: string; address: string; namespace: string; workflowId: string; keysEnv: string; logDir: string; field: string }): Promise<CodecCheck> {
  const token = randomBytes(18).toString('base64url');
  const port = await freePort();
  const codec = await startWorkerPool({
    name: 'codec-server',
    count: 1,
    args: [join(opts.root, 'bin', 'compiled-ai.js'), 'codec-server', '--port', String(port)],
    env: { ...process.env, CAI_CODEC_TOKEN: token, CAI_ENCRYPTION_KEYS: opts.keysEnv },
    cwd: opts.root,
    logDir: opts.logDir,
    readyMarker: '"msg":"codec server listening"',
    readyTimeoutMs: 60_000,
  });
  try {
    const show = async (extra: string[]): Promise<InputPayload | undefined> => {
      const { stdout } = await execFileP(opts.cli, ['workflow', 'show', '--address', opts.address, '--namespace', opts.namespace, '--workflow-id', opts.workflowId, '--output', 'json', ...extra], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
      return firstInput(stdout);
    };
    const raw = await show([]);
    // A codec server that cannot decode (wrong keys) makes the CLI retry until its deadline: that is a failed check.
    const decoded = await show(['--codec-endpoint', `http://127.0.0.1:${port}`, '--codec-auth', `Bearer ${token}`]).catch(() => undefined);
    return {
      ciphertextAtRest: raw?.encoding === ENCODING && !hasField(raw, opts.field),
      decodedThroughCodecServer: decoded?.encoding === 'json/plain' && hasField(decoded, opts.field),
    };
  } finally {
    await codec.stop();
  }
}
