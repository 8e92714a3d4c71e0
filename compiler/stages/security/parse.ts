// Reading a candidate. "Cannot be analysed" (CodeUnreadableError) means one of:
//   - the input is not a string, or is larger than MAX_SOURCE_CHARS;
//   - it is not text: it contains NUL characters or a significant share of control characters
//     (a binary file or a wrong encoding);
//   - the TypeScript parser reports syntax errors (the AST would be partial, so a verdict on it
//     would be unreliable).
// Anything the parser accepts is analysed, even if the type checker would reject it.
import * as ts from 'typescript';

export const MAX_SOURCE_CHARS = 512 * 1024;

export class CodeUnreadableError extends Error {
  constructor(
    message: string,
    readonly fileName: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CodeUnreadableError';
  }
}

function scriptKindFor(fileName: string): ts.ScriptKind {
  if (/\.(m|c)?js$/i.test(fileName)) return ts.ScriptKind.JS;
  if (/\.jsx$/i.test(fileName)) return ts.ScriptKind.JSX;
  if (/\.tsx$/i.test(fileName)) return ts.ScriptKind.TSX;
  return ts.ScriptKind.TS;
}

/** Parses the source, throwing CodeUnreadableError when it cannot be analysed (see the header). */
export function parseCandidate(source: string, fileName = 'candidate.ts'): ts.SourceFile {
  if (typeof source !== 'string') throw new CodeUnreadableError(`${fileName}: expected source text, got ${typeof source}`, fileName);
  if (source.length > MAX_SOURCE_CHARS) {
    throw new CodeUnreadableError(`${fileName}: ${source.length} characters is more than the ${MAX_SOURCE_CHARS} a compiled slot may have; split or shorten the code`, fileName);
  }
  if (source.includes('\u0000')) throw new CodeUnreadableError(`${fileName}: contains NUL characters, so it is not text (binary file or wrong encoding?)`, fileName);
  const controls = (source.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls > 0 && controls > source.length * 0.01) {
    throw new CodeUnreadableError(`${fileName}: ${controls} control characters, so it is not source text (binary file or wrong encoding?)`, fileName);
  }
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, scriptKindFor(fileName));
  const parseDiagnostics = (sf as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ??
    ts.transpileModule(source, { fileName, reportDiagnostics: true }).diagnostics ?? [];
  if (parseDiagnostics.length > 0) {
    const details = parseDiagnostics.slice(0, 5).map((d) => {
      const pos = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
      return `${fileName}:${pos.line + 1}:${pos.character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    throw new CodeUnreadableError(
      `${fileName}: the code does not parse (${parseDiagnostics.length} syntax error${parseDiagnostics.length === 1 ? '' : 's'}), so it cannot be checked; fix the syntax first: ${details[0]}`,
      fileName,
      details,
    );
  }
  return sf;
}
