// Security stage as a pipeline stage: wraps the static analyzer (compiler/stages/security.ts) into a
// StageResult, each finding with its source line. Code the analyzer cannot read (e.g. it does not parse) fails
// the stage with that reason; a parse error is located and explained (a missing `}`: how many, which blocks).
import type { Slot } from '../prompt';
import type { Spec } from '../spec';
import { explainParseError, parseErrors, withCode } from './actionable';
import type { Diagnostic, StageResult } from './diagnostics';
import { checkCode, CodeUnreadableError } from './security';

export interface SecurityInput {
  spec: Spec;
  slot: Slot;
  code: string;
}

/** The parse-error diagnostic: the first syntax error, located, with the failing line and (for a missing `}`) how to close it. */
function unparsableDiagnostic(code: string, fileName: string, e: CodeUnreadableError): Diagnostic | undefined {
  const errors = parseErrors(code, fileName);
  const first = errors[0];
  if (!first) return undefined;
  const count = /\((\d+) syntax errors?\)/.exec(e.message)?.[1] ?? String(errors.length);
  const explained = explainParseError(code, first.text, first.line);
  const d: Diagnostic = {
    stage: 'security',
    rule: 'code-unreadable',
    message: `the code does not parse (${count} syntax error${count === '1' ? '' : 's'}), so it cannot be checked; fix the syntax first: line ${first.line}, column ${first.column}: ${first.text.replace(/\.$/, '')}; ${explained.message}`,
    line: first.line,
    column: first.column,
  };
  return withCode(d, code, { ...(explained.source ? { source: explained.source } : {}), ...(explained.fix ? { fix: explained.fix } : {}) });
}

/** Run the security stage on one candidate. Never throws. */
export function runSecurityStage(input: SecurityInput): StageResult {
  const started = performance.now();
  const fileName = `workflows-generated/${input.spec.name}/v${input.spec.version}/${input.slot}.ts`;
  let diagnostics: Diagnostic[];
  try {
    diagnostics = checkCode(input.code, fileName).findings.map((f) => withCode({ ...f, stage: 'security' as const }, input.code));
  } catch (e) {
    if (e instanceof CodeUnreadableError) {
      const parsed = /does not parse/.test(e.message) ? unparsableDiagnostic(input.code, fileName, e) : undefined;
      const loc = /:(\d+):(\d+) /.exec(e.details[0] ?? '');
      diagnostics = [
        parsed ?? {
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
