// Append-only audit store: one JSON file per (workflow, run, kind), created exclusively so that a retried
// or re-executed activity never writes a second record. Records hold digests and rule ids, never PHI.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditRecord } from '../contract/activities';

export interface AuditStore {
  append(record: AuditRecord): Promise<{ recordId: string; created: boolean }>;
  list(workflowId: string): Promise<AuditRecord[]>;
}

function safeSegment(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
}

export function createFileAuditStore(dir: string): AuditStore {
  return {
    async append(record) {
      const folder = join(dir, safeSegment(record.workflowId));
      await mkdir(folder, { recursive: true });
      const recordId = `${safeSegment(record.runId)}.${record.kind}`;
      // Write a complete temp file first, then hard-link it into place: link() is atomic and fails if the
      // record exists, so a worker killed mid-write never leaves a partial record that blocks the retry.
      const tmp = join(folder, `.${recordId}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      const handle = await open(tmp, 'w');
      try {
        await handle.writeFile(`${JSON.stringify(record)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await link(tmp, join(folder, `${recordId}.json`));
        return { recordId, created: true };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { recordId, created: false };
        throw err;
      } finally {
        await unlink(tmp).catch(() => undefined);
      }
    },
    async list(workflowId) {
      const folder = join(dir, safeSegment(workflowId));
      let names: string[];
      try {
        names = (await readdir(folder)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
      } catch {
        return [];
      }
      const records = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(folder, n), 'utf8')) as AuditRecord));
      return records.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },
  };
}
