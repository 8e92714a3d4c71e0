import type { Command } from 'commander';
import { connect } from '../helpers';

export function register(program: Command): void {
  program
    .command('audit <workflowId>')
    .description("a case's audit trail from its (decoded) history: input digest, gate, facts, checks, rule, review, outcome, artifact")
    .option('--run <runId>', 'a specific run (default: the latest)')
    .option('--json', 'print JSON')
    .action(async (workflowId: string, opts: { json?: boolean; run?: string }) => {
      const { auditCommand } = (require('../../worker/commands/audit') as typeof import('../../worker/commands/audit'));
      const { client } = await connect();
      process.exitCode = await auditCommand(client, workflowId, { json: Boolean(opts.json), runId: opts.run }, { stdout: process.stdout, stderr: process.stderr });
    });
}
