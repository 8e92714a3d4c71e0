import type { Command } from 'commander';
import { connect, fail, usageError } from '../helpers';

export function register(program: Command): void {
  program
    .command('review <workflowId>')
    .description('complete a case waiting for human review')
    .option('--approve', 'approve the request')
    .option('--deny', 'deny the request')
    .requiredOption('--reviewer <id>', 'reviewer id (recorded in the audit trail)')
    .option('--note <text>', 'note for the audit trail')
    .action(async (workflowId: string, opts: { approve?: boolean; deny?: boolean; reviewer: string; note?: string }) => {
      if (!opts.approve === !opts.deny) fail(usageError('pass exactly one of --approve or --deny'));
      if (!opts.reviewer.trim()) fail(usageError('--reviewer is blank; pass the reviewer\'s id (it is recorded in the audit trail)'));
      const { submitReview } = (require('../../worker/client') as typeof import('../../worker/client'));
      const { client } = await connect();
      try {
        const progress = await submitReview(client, workflowId, {
          outcome: opts.approve ? 'APPROVED' : 'DENIED',
          reviewer: opts.reviewer,
          ...(opts.note ? { note: opts.note } : {}),
        });
        process.stdout.write(`${workflowId}: ${progress.status} (${progress.reason})\n`);
      } catch (e) {
        const err = e as Error & { cause?: Error };
        const why = err.cause?.message ?? err.message;
        if (err.name === 'TemporalUnavailableError' || err.name === 'KeyConfigError') throw e;
        // A wrong target (unknown id, a closed case, a case not waiting for review) is bad input: exit 2.
        const hint = /already completed|already closed/i.test(why)
          ? `; the case is already closed: see its outcome with \`compiled-ai audit ${workflowId}\``
          : err.name === 'WorkflowNotFoundError' || /not found/i.test(why)
            ? '; check the workflow id (`run` prints it; the Web UI lists runs) and TEMPORAL_NAMESPACE'
            : err.name === 'WorkflowUpdateFailedError'
                ? ''
                : undefined;
        process.stderr.write(`error: review of ${workflowId} was not accepted: ${why}${hint ?? ''}\n`);
        process.exitCode = hint === undefined ? 1 : 2;
      }
    });
}
