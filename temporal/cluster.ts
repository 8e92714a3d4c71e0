// The local production topology (scripts/cluster.sh: a real Temporal server on PostgreSQL, no dev mode),
// driven from Node for the cluster benchmark and its CI run. Neutral ground: no product imports.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const execFileP = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts', 'cluster.sh');

export type ClusterCommand = 'up' | 'down' | 'reset' | 'status' | 'pg-restart' | 'server-restart' | 'server-stop' | 'server-start';

/** Where the cluster's frontend listens (CAI_CLUSTER_PORT, as scripts/cluster-env.sh defaults it). */
export function clusterAddress(env: NodeJS.ProcessEnv = process.env): string {
  return `127.0.0.1:${env.CAI_CLUSTER_PORT ?? '17233'}`;
}

/** The server and schema tool built by scripts/cluster-install.sh. */
export function clusterBinariesPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  const bin = join(env.CAI_TOOLS_DIR ?? join(ROOT, '.tools'), 'temporal-server', 'bin');
  return existsSync(join(bin, 'server')) && existsSync(join(bin, 'sql'));
}

/** Run one cluster.sh command; its output is returned (it never holds case data), its failure thrown with it. */
export async function cluster(command: ClusterCommand): Promise<string> {
  try {
    const { stdout } = await execFileP('bash', [SCRIPT, command], { cwd: ROOT, maxBuffer: 4 * 1024 * 1024 });
    return stdout.trim();
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`cluster.sh ${command} failed: ${(e.stderr || e.stdout || e.message).trim()}`);
  }
}
