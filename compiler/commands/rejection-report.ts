// Where a rejected compile's report goes (both templates): `--reports-dir`, default .data/compile-reports under the
// working directory, or nowhere (`false`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The reports folder for the options' `reportsDir`, or false when reports are off. */
export function reportsDirOf(reportsDir: string | false | undefined, cwd: string): string | false {
  return reportsDir === false ? false : reportsDir ? resolve(cwd, reportsDir) : join(cwd, '.data', 'compile-reports');
}

/** Write one rejection report as <spec>-v<version>-<timestamp>.json; returns its path (undefined when reports are off). */
export function writeRejectionReport(dir: string | false, spec: string, version: number, report: unknown, now: Date): string | undefined {
  if (dir === false) return undefined;
  const file = join(dir, `${spec}-v${version}-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
