// Security stage as a pipeline stage: wraps the static analyzer (compiler/stages/security.ts) into a
// StageResult. Code the analyzer cannot read (e.g. it does not parse) fails the stage with that reason.
import type { Slot } from '../prompt';
import type { Spec } from '../spec';
import type { Diagnostic, StageResult } from './diagnostics';
import { checkCode, CodeUnreadableError } from './security';

export interface SecurityInput {
  spec: Spec;
  slot: Slot;
  code: string;
}

/** Run the security stage on one candidate. Never throws. */
export function runSecurityStage(input: SecurityInput): StageResult {
  const started = performance.now();
  const fileName = `workflows-generated/${input.spec.name}/v${input.spec.version}/${input.slot}.ts`;
  let diagnostics: Diagnostic[];
  try {
    diagnostics = checkCode(input.code, fileName).findings.map((f) => ({ ...f, stage: 'security' as const }));
  } catch (e) {
    if (e instanceof CodeUnreadableError) {
      const loc = /:(\d+):(\d+) /.exec(e.details[0] ?? '');
      diagnostics = [
        {
          stage: 'security',
          rule: 'code-unreadable',
          message: [e.message, ...e.details.slice(1)].join('; '),
          line: loc ? Number(loc[1]) : 0,
          column: loc ? Number(loc[2]) : 0,
        },
      ];
    } else diagnostics = [{ stage: 'security', rule: 'internal-error', message: `the security stage failed: ${(e as Error).message}`, line: 0, column: 0 }];
  }
  return { stage: 'security', passed: diagnostics.length === 0, diagnostics, durationMs: Math.round(performance.now() - started) };
}
