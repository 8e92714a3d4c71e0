// `compiled-ai run <workflow> --input FILE | --cases FILE.jsonl [--json]`: start cases, report outcomes.
import { readFileSync } from 'node:fs';
import type { Client } from '@temporalio/client';
import type { ArtifactInfo } from '../../contract/bounded-decision';
import { resolveWorkflow, runCase, validateCaseInput, newWorkflowId, workflowUiLink } from '../client';
import type { TemporalSettings } from '../config';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface CaseLine {
  id: string;
  line: number;
  input?: unknown;
  error?: string;
}

export interface CaseReport {
  id: string;
  status: 'APPROVED' | 'DENIED' | 'NEEDS_REVIEW' | 'INVALID_INPUT' | 'ERROR';
  reason: string;
  workflowId?: string;
  runId?: string;
  ruleId?: string;
  reviewReasons?: string[];
  findings?: { rule: string; message: string }[];
  url?: string;
  line?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parse a cases file: one `{"id", "input"}` object a line; bad lines become errors, not exceptions. */
export function parseCasesFile(content: string | Buffer, file: string): CaseLine[] {
  const out: CaseLine[] = [];
  const lines: (string | Buffer)[] = typeof content === 'string' ? content.split('\n') : splitBuffer(content);
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    let raw: string;
    try {
      raw = typeof rawLine === 'string' ? rawLine : utf8.decode(rawLine);
    } catch {
      out.push({ id: `line-${line}`, line, error: `${file}:${line}: not valid UTF-8 text; re-encode the file as UTF-8 (e.g. iconv -t UTF-8)` });
      return;
    }
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const why = e instanceof RangeError ? 'nested too deeply' : (e as Error).message;
      out.push({ id: `line-${line}`, line, error: `${file}:${line}: invalid JSON (${why}); each line must be {"id": ..., "input": {...}}` });
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      out.push({ id: `line-${line}`, line, error: `${file}:${line}: expected an object {"id": ..., "input": {...}}` });
      return;
    }
    const obj = value as Record<string, unknown>;
    const id = obj.id === undefined || obj.id === null ? `line-${line}` : String(obj.id);
    if (!('input' in obj)) {
      out.push({ id, line, error: `${file}:${line}: missing "input" (expected {"id": ..., "input": {...}})` });
      return;
    }
    out.push({ id, line, input: obj.input });
  });
  return out;
}

async function runOne(client: Client, settings: TemporalSettings, info: ArtifactInfo, c: CaseLine, where: string): Promise<CaseReport> {
  if (c.error) return { id: c.id, line: c.line, status: 'INVALID_INPUT', reason: c.error };
  let input: Record<string, string>;
  try {
    input = validateCaseInput(info, c.input);
  } catch (e) {
    return { id: c.id, line: c.line, status: 'INVALID_INPUT', reason: `${where}: ${(e as Error).message}` };
  }
  try {
    const { outcome, ...started } = await runCase(client, settings, info, input, newWorkflowId(info, c.id));
    return {
      id: c.id,
      status: outcome.status,
      reason: outcome.reason,
      workflowId: started.workflowId,
      runId: started.runId,
      ...(outcome.ruleId ? { ruleId: outcome.ruleId } : {}),
      ...(outcome.reviewReasons ? { reviewReasons: outcome.reviewReasons } : {}),
      ...(outcome.findings?.length ? { findings: outcome.findings.map((f) => ({ rule: f.rule, message: f.message })) } : {}),
      url: workflowUiLink(settings, started.workflowId, started.runId),
    };
  } catch (e) {
    const err = e as Error & { cause?: Error };
    const detail = `${err.message}${err.cause?.message ? `: ${err.cause.message}` : ''}`;
    const hint = /no mapping defined for search attribute/i.test(detail)
      ? '; this server lacks the project\'s search attributes: start the dev server with `npm run temporal:start` (it registers them), or create them with `temporal operator search-attribute create --name CaiSpec --type Keyword ...` (see scripts/temporal-env.sh)'
      : '';
    return { id: c.id, line: c.line, status: 'ERROR', reason: `${where}: ${detail}${hint}` };
  }
}

/** Run cases with bounded concurrency, reporting each as it finishes (JSON) or as a table at the end. */
export async function runCases(
  client: Client,
  settings: TemporalSettings,
  info: ArtifactInfo,
  cases: CaseLine[],
  file: string,
  opts: { concurrency?: number; onReport?: (r: CaseReport) => void } = {},
): Promise<CaseReport[]> {
  const reports: CaseReport[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i]!;
      reports[i] = await runOne(client, settings, info, c, `${file}:${c.line}`);
      opts.onReport?.(reports[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 16, cases.length) }, worker));
  return reports;
}

export function formatTable(reports: CaseReport[]): string {
  const rows = reports.map((r) => [r.id, r.status, truncate(r.reason, 58), r.url ?? '']);
  const header = ['case', 'status', 'reason', 'Temporal UI'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const counts = reports.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt), '', `totals: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`].join('\n');
}

function splitBuffer(buf: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
    parts.push(buf.subarray(start, i));
    start = i + 1;
  }
  parts.push(buf.subarray(start));
  return parts;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export interface RunOptions {
  input?: string;
  cases?: string;
  json?: boolean;
  concurrency?: number;
}

/** Returns the exit code: 0 all ran, 1 some cases had invalid input or errors, 2 nothing could run. */
export async function runCommand(workflow: string, opts: RunOptions, connect: () => Promise<{ client: Client; settings: TemporalSettings }>, io: Io): Promise<number> {
  if (!opts.input === !opts.cases) {
    io.stderr.write('error: pass exactly one of --input FILE (one case) or --cases FILE.jsonl (a batch)\n');
    return 2;
  }
  let info: ArtifactInfo;
  try {
    info = resolveWorkflow(workflow);
  } catch (e) {
    io.stderr.write(`error: ${(e as Error).message}\n`);
    return 2;
  }
  const concurrency = opts.concurrency ?? 16;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    io.stderr.write(`error: --concurrency must be a whole number >= 1 (got ${opts.concurrency}); e.g. --concurrency 16\n`);
    return 2;
  }
  const flag = opts.input ? '--input' : '--cases';
  const file = (opts.input ?? opts.cases)!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    const expected = opts.input ? `a JSON file like {"${info.input.field}": "..."}` : 'a JSONL file, one {"id": ..., "input": {...}} a line';
    io.stderr.write(`error: ${flag} ${file}: cannot read it: ${why}. Pass the path of ${expected}.\n`);
    return 2;
  }
  let cases: CaseLine[];
  if (opts.input) {
    const example = `{"${info.input.field}": "..."}`;
    let value: unknown;
    try {
      const text = utf8.decode(bytes);
      if (!text.trim()) {
        io.stderr.write(`error: --input ${file}: the file is empty; write the case as ${example}\n`);
        return 2;
      }
      value = JSON.parse(text);
    } catch (e) {
      const why = e instanceof TypeError ? 'not valid UTF-8 text; re-encode it as UTF-8' : `invalid JSON: ${(e as Error).message}`;
      io.stderr.write(`error: --input ${file}: ${why}; expected ${example}\n`);
      return 2;
    }
    // Accept either the input object itself or a case line {"id", "input"}.
    const obj = value as Record<string, unknown> | null;
    const input = obj && typeof obj === 'object' && 'input' in obj ? obj.input : value;
    const id = obj && typeof obj === 'object' && obj.id !== undefined && obj.id !== null ? String(obj.id) : 'case';
    // One case: bad input is a usage error, reported before any connection (nothing is started).
    try {
      validateCaseInput(info, input);
    } catch (e) {
      io.stderr.write(`error: --input ${file}: ${(e as Error).message}; expected ${example}\n`);
      return 2;
    }
    cases = [{ id, line: 1, input }];
  } else {
    cases = parseCasesFile(bytes, file);
    if (cases.length === 0) {
      io.stderr.write(`error: --cases ${file}: no cases (the file is empty); write one {"id": ..., "input": {"${info.input.field}": "..."}} a line\n`);
      return 2;
    }
  }
  const { client, settings } = await connect();
  const reports = await runCases(client, settings, info, cases, file, {
    concurrency,
    onReport: (r) => {
      if (r.status === 'INVALID_INPUT' || r.status === 'ERROR') io.stderr.write(`error: ${r.reason}\n`);
    },
  });
  // Input order, so batch outputs diff cleanly between runs.
  if (opts.json) for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
  else io.stdout.write(`${formatTable(reports)}\n`);
  return reports.some((r) => r.status === 'INVALID_INPUT' || r.status === 'ERROR') ? 1 : 0;
}
