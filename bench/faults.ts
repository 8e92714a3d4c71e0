// Faults injected into a running batch, one at a time: each when the batch has reached its share of the
// cases and the previous fault has recovered (its follow-up done, e.g. the killed worker replaced, and cases
// completing again). A fault the batch ended before is reported as not injected, which fails the run.

export type FaultName = 'worker' | 'server' | 'postgres';
export const FAULT_NAMES: readonly FaultName[] = ['worker', 'server', 'postgres'];

export interface FaultAction {
  /** What was done, for the report (pids, durations; never case data). */
  detail: string;
  /** Follow-up work the next fault waits for (a replacement worker starting); its text is added to the detail. */
  after?: Promise<string>;
}

export interface FaultRecord {
  fault: FaultName;
  injected: boolean;
  /** Cases finished when the fault began. */
  atCase: number;
  /** How long the action itself took (kill, restart), ms. */
  actionMs: number;
  /** From the start of the fault until cases completed again (5 more finished after the action), ms. */
  recoveryMs: number;
  detail: string;
}

export function parseFaults(list: string): FaultName[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(FAULT_NAMES as readonly string[]).includes(n)) throw new Error(`unknown fault "${n}"; use a comma-separated list of ${FAULT_NAMES.join(', ')}`);
  }
  return names as FaultName[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run `faults` against a batch of `n` cases whose progress is `progress.done`; resolves when all are done or the batch ended. */
export async function injectFaults(
  faults: FaultName[],
  n: number,
  progress: { done: number },
  actions: Record<FaultName, () => Promise<FaultAction>>,
  firstAt = 0.15,
): Promise<FaultRecord[]> {
  const records: FaultRecord[] = [];
  let pending: Promise<void> = Promise.resolve();
  for (const [k, fault] of faults.entries()) {
    // Spread over the first ~70% of the batch so every fault has cases after it.
    const threshold = Math.floor(n * (firstAt + (k * (0.7 - firstAt)) / Math.max(1, faults.length - 1)));
    await pending;
    while (progress.done < threshold && progress.done < n) await sleep(50);
    if (progress.done >= n) {
      records.push({ fault, injected: false, atCase: progress.done, actionMs: 0, recoveryMs: 0, detail: 'the batch ended first' });
      continue;
    }
    const atCase = progress.done;
    const t0 = performance.now();
    const action = await actions[fault]();
    const actionMs = performance.now() - t0;
    const doneAfter = progress.done;
    while (progress.done < Math.min(n, doneAfter + 5)) await sleep(20);
    const record: FaultRecord = { fault, injected: true, atCase, actionMs, recoveryMs: performance.now() - t0, detail: action.detail };
    records.push(record);
    pending = (action.after ?? Promise.resolve('')).then((more) => {
      if (more) record.detail += `; ${more}`;
    });
  }
  await pending;
  return records;
}
