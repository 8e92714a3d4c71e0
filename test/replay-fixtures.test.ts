// Recorded histories replay against the current bundle (a change that would break runs in flight fails here):
// every fixture in test/fixtures/histories/ is keyed by the artifact version it ran (its CaiSpec /
// CaiSpecVersion / CaiArtifactHash search attributes), every released version (workflows-generated/
// releases.lock.json) must have at least one, and each version's histories replay. A deliberately changed
// workflow is caught as nondeterministic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { GENERATED_DIR } from '../compiler/package';
import { readLock } from '../compiler/releases';
import { createEncryptionCodec } from '../worker/codec/encryption-codec';
import { parseKeyList } from '../worker/codec/keys';
import { historyArtifact, readHistoryDir, replayCommand, replayHistories, type StoredHistory } from '../worker/commands/replay';
import { fixtureKeys } from '../scripts/record-fixture-histories';

jest.setTimeout(180_000);
const ROOT = join(__dirname, '..');
const DIR = join(__dirname, 'fixtures', 'histories');
const codec = createEncryptionCodec(parseKeyList(fixtureKeys(), 'fixture keys'));

const histories = readHistoryDir(DIR);
// Both templates' release locks: the bounded-decision versions and the function-call versions (tools/).
const lock = { releases: { ...readLock(GENERATED_DIR).releases, ...readLock(join(GENERATED_DIR, 'tools')).releases } };
const released = Object.entries(lock.releases).flatMap(([spec, versions]) =>
  Object.entries(versions).map(([v, entry]) => ({ id: `${spec}@${v}`, spec, version: Number(v.slice(1)), entry })),
);
/** `<spec>@v<N>` → the fixture histories of that version. */
const byVersion = new Map<string, StoredHistory[]>();
const unkeyed: string[] = [];
for (const h of histories) {
  const a = historyArtifact(h.history);
  if (!a.spec || !a.specVersion) {
    unkeyed.push(h.workflowId);
    continue;
  }
  const id = `${a.spec}@v${a.specVersion}`;
  byVersion.set(id, [...(byVersion.get(id) ?? []), h]);
}

test('every fixture history names the artifact version it ran, and every released version has fixtures', () => {
  expect(released.length).toBeGreaterThanOrEqual(2);
  expect(unkeyed).toEqual([]);
  const missing = released.filter((r) => !byVersion.has(r.id)).map((r) => `${r.id}: released but no fixture history replays it; record some with \`npx tsx scripts/record-fixture-histories.ts\``);
  expect(missing).toEqual([]);
  const unreleased = [...byVersion.keys()].filter((id) => !released.some((r) => r.id === id)).map((id) => `${id}: fixture histories of a version that is not released`);
  expect(unreleased).toEqual([]);
});

test('each fixture ran the released bytes of its version (workflow type and artifact hash)', () => {
  const wrong: string[] = [];
  for (const r of released)
    for (const h of byVersion.get(r.id) ?? []) {
      const a = historyArtifact(h.history);
      if (a.workflowType !== r.entry.workflowType || a.artifactHash !== r.entry.artifactHash)
        wrong.push(`${h.workflowId}: ${a.workflowType} ${a.artifactHash?.slice(0, 12)}, released ${r.entry.workflowType} ${r.entry.artifactHash.slice(0, 12)}`);
    }
  expect(wrong).toEqual([]);
});

describe('the recorded histories of each released version replay on the current bundle', () => {
  test.each(released.map((r) => [r.id, r] as const))('%s', async (_id, r) => {
    const own = byVersion.get(r.id) ?? [];
    expect(own.length).toBeGreaterThan(0);
    const reports = await replayHistories(own, codec);
    expect(reports.filter((x) => !x.ok)).toEqual([]);
    expect(reports).toHaveLength(own.length);
  });
});

test('the replay command reports success with exit 0', async () => {
  let out = '';
  const io = { stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: () => true } } as never;
  const code = await replayCommand(DIR, {}, { client: () => Promise.reject(new Error('no server needed')), codec: () => codec }, io);
  expect(code).toBe(0);
  expect(out).toContain(`${histories.length} replayed, 0 nondeterministic`);
});

test('a changed workflow is reported as nondeterministic', async () => {
  const dir = join(ROOT, '.data', 'replay-negative');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'workflows.ts');
  // Same workflow type, different commands: starts with a timer instead of the input gate.
  writeFileSync(file, `import { sleep } from '@temporalio/workflow';\nexport async function priorAuthGlp1V1(): Promise<void> {\n  await sleep('1 minute');\n}\n`);
  const workflowBundle = await bundleWorkflowCode({ workflowsPath: file, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
  // A v1 history (later versions' fixture ids end in -v<N>), whose workflow type the changed bundle redefines.
  const [first] = histories.filter((h) => h.workflowId.includes('glp1-approved') && !/-v\d+$/.test(h.workflowId));
  const results = [];
  for await (const r of Worker.runReplayHistories({ workflowBundle, dataConverter: { payloadCodecs: [codec] } }, [first!])) results.push(r);
  expect(results[0]!.error).toBeDefined();
  expect(String(results[0]!.error?.name)).toMatch(/DeterminismViolationError/);
});
