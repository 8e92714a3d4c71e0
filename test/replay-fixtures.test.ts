// Recorded histories of every committed workflow type replay against the current bundle (a change that would
// break runs in flight fails here), and a deliberately changed workflow is caught as nondeterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { createEncryptionCodec } from '../worker/codec/encryption-codec';
import { parseKeyList } from '../worker/codec/keys';
import { readHistoryDir, replayCommand, replayHistories } from '../worker/commands/replay';
import { fixtureKeys } from '../scripts/record-fixture-histories';

jest.setTimeout(120_000);
const ROOT = join(__dirname, '..');
const DIR = join(__dirname, 'fixtures', 'histories');
const codec = createEncryptionCodec(parseKeyList(fixtureKeys(), 'fixture keys'));

test('every recorded history replays on the current bundle', async () => {
  const histories = readHistoryDir(DIR);
  expect(histories.length).toBeGreaterThanOrEqual(7);
  const reports = await replayHistories(histories, codec);
  expect(reports.filter((r) => !r.ok)).toEqual([]);
  expect(reports).toHaveLength(histories.length);
});

test('the replay command reports success with exit 0', async () => {
  let out = '';
  const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true } } as never;
  const code = await replayCommand(DIR, {}, { client: () => Promise.reject(new Error('no server needed')), codec: () => codec }, io);
  expect(code).toBe(0);
  expect(out).toMatch(/7 replayed, 0 nondeterministic/);
});

test('a changed workflow is reported as nondeterministic', async () => {
  const dir = join(ROOT, '.data', 'replay-negative');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'workflows.ts');
  // Same workflow type, different commands: starts with a timer instead of the input gate.
  writeFileSync(file, `import { sleep } from '@temporalio/workflow';\nexport async function priorAuthGlp1V1(): Promise<void> {\n  await sleep('1 minute');\n}\n`);
  const workflowBundle = await bundleWorkflowCode({ workflowsPath: file, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
  const [first] = readHistoryDir(DIR).filter((h) => h.workflowId.includes('glp1-approved'));
  const results = [];
  for await (const r of Worker.runReplayHistories({ workflowBundle, dataConverter: { payloadCodecs: [codec] } }, [first!])) results.push(r);
  expect(results[0]!.error).toBeDefined();
  expect(String(results[0]!.error?.name)).toMatch(/DeterminismViolationError/);
});
