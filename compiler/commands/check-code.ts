// `compiled-ai check-code <file>`: run the SECURITY stage on one TypeScript/JavaScript file.
// Exit codes: 0 safe, 1 findings, 2 the file cannot be read or analysed.
import { readFile } from 'node:fs/promises';
import { checkCode, CodeUnreadableError } from '../stages/security';

export interface CheckCodeIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export async function checkCodeCommand(
  file: string,
  opts: { json: boolean },
  io: CheckCodeIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    io.stderr.write(`error: cannot read ${file}: ${why}; pass the path of a .ts or .js file\n`);
    return 2;
  }
  let report: ReturnType<typeof checkCode>;
  try {
    report = checkCode(source, file);
  } catch (err) {
    if (err instanceof CodeUnreadableError) {
      io.stderr.write(`error: cannot analyse ${file}: ${err.message}\n`);
      for (const d of err.details.slice(1)) io.stderr.write(`  ${d}\n`);
      io.stderr.write('the security stage only judges code it can parse completely; fix the file and run check-code again\n');
      return 2;
    }
    throw err;
  }
  if (opts.json) {
    const out = {
      safe: report.safe,
      findings: report.findings.map((f) => ({ rule: f.rule, message: f.message, line: f.line, column: f.column })),
    };
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const f of report.findings) io.stdout.write(`${file}:${f.line}:${f.column} ${f.rule} ${f.message}\n`);
    if (report.safe) {
      io.stdout.write(`${file}: safe (no security findings)\n`);
    } else {
      const rules = [...new Set(report.findings.map((f) => f.rule))].sort();
      io.stdout.write(`${file}: UNSAFE, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${rules.join(', ')})\n`);
    }
  }
  return report.safe ? 0 : 1;
}
