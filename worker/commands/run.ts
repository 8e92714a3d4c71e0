// `compiled-ai run <workflow> --input FILE | --cases FILE.jsonl [--json]`: start cases, report outcomes.
import { readFileSync } from 'node:fs';
import type { Client } from '@temporalio/client';
import type { ArtifactInfo } from '../../templates/bounded-decision/types';
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
    return { id: c.id, line: c.line, status: 'ERROR', reason: `${where}: ${err.message}${err.cause?.message ? `: ${err.cause.message}` : ''}` };
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
  const file = (opts.input ?? opts.cases)!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    io.stderr.write(`error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Check the path.\n`);
    return 2;
  }
  let cases: CaseLine[];
  if (opts.input) {
    try {
      const value = JSON.parse(utf8.decode(bytes)) as Record<string, unknown>;
      // Accept either the input object itself or a case line {"id", "input"}.
      const input = value && typeof value === 'object' && 'input' in value ? value.input : value;
      cases = [{ id: String((value as { id?: unknown }).id ?? 'case'), line: 1, input }];
    } catch (e) {
      io.stderr.write(`error: ${file}: not valid UTF-8 JSON (${(e as Error).message}); expected {"${info.input.field}": "..."}\n`);
      return 2;
    }
  } else {
    cases = parseCasesFile(bytes, file);
  }
  const { client, settings } = await connect();
  const reports = await runCases(client, settings, info, cases, file, {
    concurrency: opts.concurrency,
    onReport: (r) => {
      if (r.status === 'INVALID_INPUT' || r.status === 'ERROR') io.stderr.write(`error: ${r.reason}\n`);
    },
  });
  // Input order, so batch outputs diff cleanly between runs.
  if (opts.json) for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
  else io.stdout.write(`${formatTable(reports)}\n`);
  return reports.some((r) => r.status === 'INVALID_INPUT' || r.status === 'ERROR') ? 1 : 0;
}
