// Helpers shared by the command files: the exit-code policy (`fail`), usage errors, option parsers and the
// lazily loaded Temporal connection.
import { CommanderError, InvalidArgumentError } from 'commander';
import { temporalSettings } from '../worker/config';

/** A usage error found by an action (conflicting or blank options): exit 2, no stack. */
export function usageError(message: string): Error {
  return Object.assign(new Error(message), { name: 'UsageError' });
}

export function fail(err: unknown): never {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2); // commander printed the message
  const e = err as Error & { cause?: Error };
  const known = ['TemporalUnavailableError', 'SpecError', 'CandidateArgError', 'UnknownWorkflowError', 'InvalidCaseInputError', 'KeyConfigError', 'UsageError', 'UnknownToolError'].includes(e?.name);
  const cause = e?.cause?.message && !e.message?.includes(e.cause.message) ? `: ${e.cause.message}` : '';
  process.stderr.write(`error: ${e?.message ?? String(err)}${cause}\n`);
  if (!known) process.stderr.write(process.env.CAI_DEBUG ? `${e?.stack}\n` : '(an unexpected error; run again with CAI_DEBUG=1 for the stack trace and report it)\n');
  process.exit(known ? 2 : 1);
}

export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < min || n > max) throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `expected a whole number >= ${min}` : `expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** Connects to Temporal; the SDK (worker/connection) loads only here, so usage errors and --help stay fast. */
export async function connect() {
  const settings = temporalSettings();
  const { connectClient } = require('../worker/connection') as typeof import('../worker/connection');
  return { client: await connectClient(settings), settings };
}

/** Error messages of a server that cannot listen (shared by codec-server, serve, model serve). */
export function listenError(e: NodeJS.ErrnoException, host: string, port: number, codes: string[] = ['EADDRNOTAVAIL', 'EACCES']): void {
  if (e.code === 'EADDRINUSE') fail(usageError(`port ${port} on ${host} is already in use; stop what listens there or pass another --port`));
  if (codes.includes(e.code ?? '')) fail(usageError(`cannot listen on ${host}:${port} (${e.code}); pass another --host or --port`));
}
