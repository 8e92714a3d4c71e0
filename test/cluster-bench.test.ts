// The cluster benchmark's pure parts: its options (bad input gets a clear error) and the fault schedule.
import { parseOptions } from '../bench/cluster-bench';
import { injectFaults, parseFaults, type FaultName } from '../bench/faults';

describe('cluster bench options', () => {
  test('defaults: 1,000 cases, three workers, all three faults, dev server and bare baseline', () => {
    expect(parseOptions([])).toMatchObject({ cases: 1000, workers: 3, concurrency: 50, faults: ['worker', 'server', 'postgres'], dev: true, bare: true, keep: false });
  });

  test('bad input is named', () => {
    expect(() => parseOptions(['--cases', '0'])).toThrow('--cases must be a whole number >= 1, got "0"');
    expect(() => parseOptions(['--cases', 'many'])).toThrow(/--cases must be a whole number/);
    expect(() => parseFaults('worker,disk')).toThrow('unknown fault "disk"; use a comma-separated list of worker, server, postgres');
    expect(() => parseOptions(['--workers', '1'])).toThrow(/--faults worker needs --workers 2 or more/);
    expect(() => parseOptions(['--bogus'])).toThrow(/Unknown option '--bogus'/);
  });
});

describe('fault schedule', () => {
  const tick = () => new Promise((r) => setTimeout(r, 5));

  test('one at a time, spread over the batch, each after the previous one has recovered', async () => {
    const progress = { done: 0 };
    const log: string[] = [];
    let busy = false;
    const action = (name: FaultName) => async () => {
      if (busy) throw new Error('two faults at once');
      busy = true;
      log.push(`${name}@${progress.done}`);
      await tick();
      busy = false;
      return { detail: name };
    };
    const batch = (async () => {
      while (progress.done < 100) {
        progress.done++;
        await tick();
      }
    })();
    const records = await injectFaults(['worker', 'server', 'postgres'], 100, progress, { worker: action('worker'), server: action('server'), postgres: action('postgres') });
    await batch;
    expect(records.map((r) => [r.fault, r.injected])).toEqual([['worker', true], ['server', true], ['postgres', true]]);
    const at = records.map((r) => r.atCase);
    expect(at[0]).toBeGreaterThanOrEqual(15);
    expect(at[1]).toBeGreaterThanOrEqual(42);
    expect(at[2]).toBeGreaterThanOrEqual(70);
    expect(at[2]).toBeLessThan(100);
    expect(log).toHaveLength(3);
  });

  test('a fault the batch ended before is reported as not injected', async () => {
    const progress = { done: 100 };
    const records = await injectFaults(['server'], 100, progress, { worker: jest.fn(), server: jest.fn(), postgres: jest.fn() });
    expect(records).toEqual([expect.objectContaining({ fault: 'server', injected: false, detail: 'the batch ended first' })]);
  });
});

describe('bare-workflow accounting', () => {
  const { accountBare } = require('../bench/bare/client') as typeof import('../bench/bare/client');
  // A stand-in for the server's visibility: the executions it lists and the count it reports.
  const fakeClient = (listed: { workflowId: string; status: string }[], count = listed.length) =>
    ({
      workflow: {
        count: async () => ({ count }),
        async *list() {
          for (const w of listed) yield { workflowId: w.workflowId, status: { name: w.status } };
        },
      },
    }) as unknown as import('@temporalio/client').Client;
  const ids = ['b-00000', 'b-00001', 'b-00002'].map((workflowId) => ({ workflowId }));

  test('every case listed once, counted and completed', async () => {
    const listed = ids.map((r) => ({ ...r, status: 'COMPLETED' }));
    await expect(accountBare(fakeClient(listed), 'b', ids)).resolves.toEqual({ ok: true, problems: [], visible: 3 });
  });

  test('a duplicate, a missing case, a miscount and an unfinished case are each named', async () => {
    const listed = [
      { workflowId: 'b-00000', status: 'COMPLETED' },
      { workflowId: 'b-00000', status: 'COMPLETED' },
      { workflowId: 'b-00001', status: 'RUNNING' },
    ];
    const r = await accountBare(fakeClient(listed, 4), 'b', ids, { attempts: 3, intervalMs: 1 });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['1 duplicated in visibility', '1 missing from visibility', '2 of 3 completed', 'visibility counts 4 executions for 3 cases']);
  });
});
