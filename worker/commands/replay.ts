// `compiled-ai replay DIR | --query Q`: replay stored or server histories against the current workflow bundle
// and report any nondeterminism (a change that would break runs in flight).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { Worker, type ReplayResult } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import type { temporal } from '@temporalio/proto';
import { workflowBundle } from '../worker';
import type { Io } from './run';

type History = temporal.api.history.v1.IHistory;

export interface StoredHistory {
  workflowId: string;
  history: History;
}

/** Read `*.json` histories: `temporal workflow show --output json` files, or `{ workflowId, history }`. */
export function readHistoryDir(dir: string): StoredHistory[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`${dir}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read it (${code ?? (e as Error).message})`}; pass a folder of history JSON files (\`temporal workflow show -w ID --output json\`) or --query`);
  }
  const files = isDir ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [dir];
  if (files.length === 0) throw new Error(`${dir}: no *.json histories in this folder; export some with \`temporal workflow show -w ID --output json > ${join(dir, 'ID.json')}\` or use --query`);
  return files.map((file) => {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not a JSON history (${(e as Error).message})`);
    }
    const obj = value as { workflowId?: string; history?: History; events?: unknown[] };
    const history = (obj.history ?? obj) as History;
    if (!Array.isArray((history as { events?: unknown[] }).events)) throw new Error(`${file}: no "events" array; export with \`temporal workflow show -w ID --output json\``);
    return { workflowId: obj.workflowId ?? basename(file, '.json'), history };
  });
}

/** Which compiled artifact a history ran: its workflow type and the spec, version and artifact hash it upserted. */
export interface HistoryArtifact {
  workflowType?: string;
  spec?: string;
  specVersion?: number;
  artifactHash?: string;
}

interface RawEvent {
  workflowExecutionStartedEventAttributes?: { workflowType?: { name?: string }; searchAttributes?: { indexedFields?: Record<string, { data?: unknown }> } };
  upsertWorkflowSearchAttributesEventAttributes?: { searchAttributes?: { indexedFields?: Record<string, { data?: unknown }> } };
}

function searchAttributeValue(field: { data?: unknown } | undefined): string | undefined {
  const data = field?.data;
  if (data === undefined || data === null) return undefined;
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : Buffer.from(data as Uint8Array);
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The artifact of a stored history (`temporal workflow show --output json` form): the workflow's own search
 * attribute upserts (CaiSpec, CaiSpecVersion, CaiArtifactHash) win over those the client set at start.
 * Search attributes are not encrypted by the payload codec, so no key is needed.
 */
export function historyArtifact(history: History | unknown): HistoryArtifact {
  const events = ((history as { events?: RawEvent[] }).events ?? []) as RawEvent[];
  const out: HistoryArtifact = {};
  const fields: Record<string, string> = {};
  const take = (indexed: Record<string, { data?: unknown }> | undefined, overwrite: boolean) => {
    for (const key of ['CaiSpec', 'CaiSpecVersion', 'CaiArtifactHash']) {
      const v = searchAttributeValue(indexed?.[key]);
      if (v !== undefined && (overwrite || !(key in fields))) fields[key] = v;
    }
  };
  const started = events[0]?.workflowExecutionStartedEventAttributes;
  if (started?.workflowType?.name) out.workflowType = started.workflowType.name;
  const upsert = events.find((e) => e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.CaiSpec);
  take(upsert?.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields, true);
  take(started?.searchAttributes?.indexedFields, false);
  if (fields.CaiSpec) out.spec = fields.CaiSpec;
  if (fields.CaiSpecVersion && /^\d+$/.test(fields.CaiSpecVersion)) out.specVersion = Number(fields.CaiSpecVersion);
  if (fields.CaiArtifactHash) out.artifactHash = fields.CaiArtifactHash;
  return out;
}

export interface ReplayReport {
  workflowId: string;
  ok: boolean;
  error?: string;
}

export async function replayHistories(histories: AsyncIterable<{ workflowId: string; history: History | unknown }> | Iterable<StoredHistory>, codec?: PayloadCodec): Promise<ReplayReport[]> {
  const reports: ReplayReport[] = [];
  const results: AsyncIterableIterator<ReplayResult> = Worker.runReplayHistories(
    { workflowBundle: await workflowBundle(), ...(codec ? { dataConverter: { payloadCodecs: [codec] } } : {}) },
    histories as AsyncIterable<StoredHistory>,
  );
  for await (const r of results) {
    const error = r.error;
    reports.push({
      workflowId: r.workflowId,
      ok: !error,
      ...(error ? { error: `${error instanceof DeterminismViolationError ? 'nondeterminism' : 'replay failure'}: ${(error as Error).message}` } : {}),
    });
  }
  return reports;
}

export async function replayCommand(
  target: string | undefined,
  opts: { query?: string; json?: boolean },
  deps: { client: () => Promise<Client>; codec: () => PayloadCodec },
  io: Io,
): Promise<number> {
  if (!target === !opts.query) {
    io.stderr.write('error: pass a directory (or file) of histories, or --query "<visibility query>"\n');
    return 2;
  }
  let reports: ReplayReport[];
  try {
    if (target) {
      reports = await replayHistories(readHistoryDir(target), deps.codec());
    } else {
      const client = await deps.client();
      const histories = client.workflow.list({ query: opts.query }).intoHistories();
      reports = await replayHistories(histories, deps.codec());
    }
  } catch (e) {
    const err = e as Error & { cause?: Error };
    if (err.name === 'TemporalUnavailableError' || err.name === 'KeyConfigError') throw err;
    const cause = err.cause?.message && !err.message.includes(err.cause.message) ? `: ${err.cause.message}` : '';
    const hint = opts.query && !target ? `; check the --query syntax, e.g. 'CaiSpec = "prior-auth-glp1"' (custom attributes need \`npm run temporal:start\`)` : '';
    io.stderr.write(`error: ${err.message}${cause}${hint}\n`);
    return 2;
  }
  const bad = reports.filter((r) => !r.ok);
  if (opts.json) for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    for (const r of reports) io.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.workflowId}${r.error ? `  ${r.error}` : ''}\n`);
    io.stdout.write(`${reports.length} replayed, ${bad.length} nondeterministic or failing\n`);
  }
  return bad.length ? 1 : 0;
}
