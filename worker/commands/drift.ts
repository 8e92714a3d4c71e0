// `compiled-ai drift [--spec S] [--threshold 0.2] [--json]`: per artifact version, the share of cases the
// compiled extractor could not settle (out-of-distribution inputs), from the server's visibility data
// (search attribute CaiExtractionPath), with the most common reasons from the local audit store.
// Above the threshold a recompile is recommended (new golden cases from reviewed charts, a better extractor).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { RegisteredArtifact } from '../../activities/registry-types';
import type { AuditRecord } from '../../contract/activities';
import type { Io } from './run';

export const DEFAULT_DRIFT_THRESHOLD = 0.2;

export interface DriftRow {
  spec: string;
  version: number;
  artifactHash: string;
  total: number;
  compiled: number;
  llm: number;
  unsettled: number;
  gateFlagged: number;
  /** unsettled / (cases that passed the input gate); null when there are none. */
  unsettledShare: number | null;
  recompileRecommended: boolean;
  topReasons: { reason: string; count: number }[];
}

/** Extractor reasons recorded in review requests (no PHI: reasons are rule texts), counted per artifact. */
export function reasonsFromAudit(auditDir: string, artifactHash: string): Map<string, number> {
  const counts = new Map<string, number>();
  let folders: string[] = [];
  try {
    folders = readdirSync(auditDir);
  } catch {
    return counts;
  }
  for (const folder of folders) {
    let files: string[] = [];
    try {
      files = readdirSync(join(auditDir, folder)).filter((f) => f.endsWith('.review-requested.json') && !f.startsWith('.'));
    } catch {
      continue;
    }
    for (const f of files) {
      const r = JSON.parse(readFileSync(join(auditDir, folder, f), 'utf8')) as AuditRecord;
      if (r.artifactHash !== artifactHash || r.extractionPath === 'none') continue;
      for (const reason of r.reason.split('; ').filter((x) => x.startsWith('extractor uncertain') || x.startsWith('LLM')))
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  }
  return counts;
}

export async function driftReport(client: Client, artifacts: RegisteredArtifact[], opts: { spec?: string; threshold: number; auditDir?: string }): Promise<DriftRow[]> {
  const rows: DriftRow[] = [];
  for (const a of artifacts.filter((x) => !opts.spec || x.info.spec === opts.spec)) {
    const base = `CaiSpec = "${a.info.spec}" AND CaiArtifactHash = "${a.info.artifactHash}"`;
    const count = async (extra?: string) => (await client.workflow.count(extra ? `${base} AND ${extra}` : base)).count;
    const [total, compiled, llm, unsettled, gateFlagged] = await Promise.all([
      count(),
      count('CaiExtractionPath = "compiled"'),
      count('CaiExtractionPath = "llm"'),
      count('CaiExtractionPath = "unsettled"'),
      count('CaiExtractionPath = "skipped"'),
    ]);
    const screened = compiled + llm + unsettled;
    // Cases the compiled extractor did not settle: those the LLM settled plus those left for review.
    const share = screened > 0 ? (unsettled + llm) / screened : null;
    const reasons = opts.auditDir ? reasonsFromAudit(opts.auditDir, a.info.artifactHash) : new Map<string, number>();
    rows.push({
      spec: a.info.spec,
      version: a.info.specVersion,
      artifactHash: a.info.artifactHash,
      total,
      compiled,
      llm,
      unsettled,
      gateFlagged,
      unsettledShare: share,
      recompileRecommended: share !== null && share > opts.threshold,
      topReasons: [...reasons.entries()].sort((x, y) => y[1] - x[1]).slice(0, 5).map(([reason, n]) => ({ reason, count: n })),
    });
  }
  return rows;
}

export async function driftCommand(
  opts: { spec?: string; threshold?: number; json?: boolean; auditDir?: string },
  deps: { client: () => Promise<Client>; artifacts: RegisteredArtifact[] },
  io: Io,
): Promise<number> {
  const threshold = opts.threshold ?? DEFAULT_DRIFT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    io.stderr.write('error: --threshold is a share between 0 and 1, e.g. 0.2\n');
    return 2;
  }
  if (opts.spec && !deps.artifacts.some((a) => a.info.spec === opts.spec)) {
    const known = [...new Set(deps.artifacts.map((a) => a.info.spec))];
    io.stderr.write(`error: --spec ${opts.spec}: no compiled artifact of that spec. Known: ${known.join(', ') || 'none — run `compiled-ai compile`'}\n`);
    return 2;
  }
  const rows = await driftReport(await deps.client(), deps.artifacts, { spec: opts.spec, threshold, auditDir: opts.auditDir });
  if (opts.json) for (const r of rows) io.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    for (const r of rows) {
      const share = r.unsettledShare === null ? 'n/a' : `${(r.unsettledShare * 100).toFixed(1)}%`;
      io.stdout.write(
        `${r.spec}@v${r.version} (${r.artifactHash.slice(0, 12)}): ${r.total} cases; compiled ${r.compiled}, llm ${r.llm}, unsettled ${r.unsettled}, gate-flagged ${r.gateFlagged}; ` +
          `not settled by the compiled extractor: ${share} (threshold ${(threshold * 100).toFixed(0)}%)${r.recompileRecommended ? ' — RECOMPILE RECOMMENDED' : ''}\n`,
      );
      for (const t of r.topReasons) io.stdout.write(`    ${t.count}× ${t.reason}\n`);
    }
  }
  return rows.some((r) => r.recompileRecommended) ? 1 : 0;
}
