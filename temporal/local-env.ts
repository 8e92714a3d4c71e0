// Local Temporal servers from the binaries installed by scripts/temporal-install.sh (.tools/py/bin, or PATH).
// Neutral ground (temporal/): tests, the fixture-history recorder and the benchmark start their servers here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { SA } from '../templates/bounded-decision/search-attributes';

process.env.TEMPORAL_VERSION_CHECK_DISABLED = '1';
const ROOT = join(__dirname, '..');

export function resolveBinary(envVar: string, name: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  const local = join(ROOT, '.tools', 'py', 'bin', name);
  if (existsSync(local)) return local;
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${name} not found: run \`npm run temporal:install\` (or set ${envVar})`);
  }
}

export const temporalCliPath = (): string => resolveBinary('TEMPORAL_CLI_PATH', 'temporal');
export const temporalTestServerPath = (): string => resolveBinary('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');

/** A fresh dev server (in-memory, random port) with the project's search attributes. */
export function startLocalEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCliPath() },
      searchAttributes: Object.values(SA),
      extraArgs: ['--log-level', 'error'],
    },
  });
}
