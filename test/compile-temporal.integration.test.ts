// Compilation as a Temporal workflow on a real dev server, against the local fake OpenAI-compatible server:
// (a) every stage of every attempt is its own activity in the history; a failing first candidate is
// regenerated with its diagnostics and the accepted one packaged into a temp output folder;
// (b) the versioning story: a changed rule with `version: 2` compiles into a new <spec>/v2 artifact and
// workflow type; a worker carrying both versions runs v2 for new cases while a v1 case started earlier
// (waiting for review) completes, and its history replays against the bundle that holds both.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities, type ActivityDeps } from '../activities';
import { createFileAuditStore } from '../activities/audit-store';
import { scanInput } from '../activities/gate';
import type { RegisteredArtifact } from '../activities/registry-types';
import { compileCommand, type CompileIo } from '../compiler/commands/compile';
import { listArtifacts, type Manifest } from '../compiler/package';
import { hashFolder, readLock, verifyReleases } from '../compiler/releases';
import { createCompileWorker, temporalCompileRunner } from '../compiler/service/runner';
import { SA } from '../templates/bounded-decision/search-attributes';
import type { ArtifactInfo, CaseResult } from '../templates/bounded-decision/types';
import { awaitCase, startCase, submitReview } from '../worker/client';
import type { TemporalSettings } from '../worker/config';
import { workflowBundle } from '../worker/worker';
import { artifacts as repoArtifacts } from '../workflows-generated/registry';
import { startFakeOpenAI, type FakeOpenAI } from './helpers/fake-openai-server';
import { codecClient, testCodec } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';

const ROOT = join(__dirname, '..');
const SPEC = 'prior-auth-sleep-study';
const CANDIDATES = join(ROOT, 'specs', 'candidates', SPEC);
const GOOD_DECISION = readFileSync(join(CANDIDATES, 'decision.ts'), 'utf8');
const GOOD_EXTRACTOR = readFileSync(join(CANDIDATES, 'extractor.ts'), 'utf8');
const V2_RULE = { from: 'epworth_score > 10 AND has_osa_symptoms', to: 'epworth_score >= 10 AND has_osa_symptoms' };
const fastStages = { limits: { callTimeoutMs: 500, wallTimeMs: 20_000 } };
const USAGE = { prompt_tokens: 900, completion_tokens: 100, total_tokens: 1000 };
const compilerQueue = `compiler-${Math.random().toString(36).slice(2)}`;

let env: TestWorkflowEnvironment;
let client: Client;
let fake: FakeOpenAI;
let tmp: string;
let compileWorker: Worker;
let compileRunning: Promise<void>;

function capture(): CompileIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    cwd: ROOT,
    temporal: temporalCompileRunner(client, { taskQueue: compilerQueue, pollMs: 100 }),
    out: () => out,
    err: () => err,
  };
}

/** A specs folder holding a copy of the sleep-study spec and its goldens, optionally edited. */
function specsCopy(name: string, edit: (spec: string, decisions: string) => [string, string] = (a, b) => [a, b]): string {
  const dir = join(tmp, name, 'specs');
  mkdirSync(join(dir, 'golden'), { recursive: true });
  // The copy starts as v1 (the repository's spec may be at a later version; v1 is what this test packages).
  const v1Spec = readFileSync(join(ROOT, 'specs', `${SPEC}.yaml`), 'utf8').replace(/^version: \d+$/m, 'version: 1');
  const [spec, decisions] = edit(v1Spec, readFileSync(join(ROOT, 'specs', 'golden', `${SPEC}.decisions.jsonl`), 'utf8'));
  writeFileSync(join(dir, `${SPEC}.yaml`), spec);
  writeFileSync(join(dir, 'golden', `${SPEC}.decisions.jsonl`), decisions);
  cpSync(join(ROOT, 'specs', 'golden', `${SPEC}.extraction.jsonl`), join(dir, 'golden', `${SPEC}.extraction.jsonl`));
  return dir;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'cai-compile-temporal-'));
  fake = await startFakeOpenAI();
  env = await startLocalEnv();
  client = codecClient(env);
  compileWorker = await createCompileWorker({
    connection: env.nativeConnection,
    taskQueue: compilerQueue,
    codec: testCodec(),
    deps: { modelConfig: { baseURL: fake.url, apiKey: 'test-key', model: 'fake-coder-1', codeFormat: 'json', extractorForm: 'code' }, reportsDir: join(tmp, 'reports') },
  });
  compileRunning = compileWorker.run();
});

afterAll(async () => {
  compileWorker?.shutdown();
  await compileRunning;
  await env?.teardown();
  await fake?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('compile through Temporal', () => {
  it('records each stage as an activity, regenerates a failing candidate and packages the accepted one', async () => {
    const specsDir = specsCopy('model');
    const outDir = join(tmp, 'model', 'out');
    // A miss only a golden shows (rule bugs such as `>=` for `>` are caught earlier, by the execution stage's rule oracle).
    const goldenMiss = GOOD_DECISION.replace(
      '  const bmi = facts.bmi;',
      "  const bmi = facts.bmi;\n  if (bmi === 38.2) {\n    return { outcome: 'DENIED', ruleId: 'default-deny', reason: 'does not meet criteria for a home sleep apnea test' };\n  }",
    );
    expect(goldenMiss).not.toBe(GOOD_DECISION);
    fake.push(
      { kind: 'candidate', code: goldenMiss, usage: USAGE },
      { kind: 'candidate', code: GOOD_DECISION, usage: USAGE },
      { kind: 'candidate', code: GOOD_EXTRACTOR, usage: USAGE },
    );
    const io = capture();
    const code = await compileCommand([], { specsDir, outDir, reportsDir: false, stageOptions: fastStages }, io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toMatch(/compiling through Temporal/);
    expect(io.out()).toMatch(/decision #1 accuracy\s+FAILED/);
    expect(io.out()).toMatch(/prior-auth-sleep-study v1: compiled → .*out\/prior-auth-sleep-study\/v1 \(artifact [0-9a-f]{12}, 3000 tokens, openai-compatible fake-coder-1\)/);
    // The regeneration request carried the accuracy diagnostics of the first attempt.
    const users = fake.chatBodies().map((b) => b.messages.find((m) => m.role === 'user')!.content);
    expect(users).toHaveLength(3);
    expect(users[1]).toMatch(/\[accuracy\/decision-golden-mismatch\] golden s02/);

    const manifest = JSON.parse(readFileSync(join(outDir, SPEC, 'v1', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.provenance).toEqual({ generator: 'openai-compatible', model: 'fake-coder-1' });
    expect(manifest.tokens?.total).toBe(3000);
    expect(manifest.promptHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.attempts!.map((a) => [a.slot, a.attempt, a.passed])).toEqual([
      ['decision', 1, false],
      ['decision', 2, true],
      ['extractor', 1, true],
    ]);
    expect(readFileSync(join(outDir, SPEC, 'v1', 'decision.ts'), 'utf8')).toBe(GOOD_DECISION);
    expect(readFileSync(join(outDir, 'workflows.ts'), 'utf8')).toContain('priorAuthSleepStudyV1');

    // The history: one activity per step, named by slot, attempt and stage.
    const workflowId = /workflow (compile-\S+)/.exec(io.out())![1]!;
    const handle = client.workflow.getHandle(workflowId);
    const history = await handle.fetchHistory();
    const scheduled = (history.events ?? [])
      .filter((e) => e.activityTaskScheduledEventAttributes)
      .map((e) => `${e.activityTaskScheduledEventAttributes!.activityType!.name}:${e.activityTaskScheduledEventAttributes!.activityId}`);
    const stagesOf = (prefix: string) => ['security', 'syntax', 'execution', 'accuracy'].map((s) => `runStage:${prefix}/${s}`);
    expect(scheduled).toEqual([
      'checkSpec:1',
      'generateCandidate:decision#1/generate',
      ...stagesOf('decision#1'),
      'generateCandidate:decision#2/generate',
      ...stagesOf('decision#2'),
      'generateCandidate:extractor#1/generate',
      ...stagesOf('extractor#1'),
      'packageArtifact:17',
    ]);
    const result = await handle.result();
    expect(result.attempts[0].stages.find((s: { stage: string }) => s.stage === 'accuracy').diagnostics.length).toBeGreaterThan(0);
    const desc = await handle.describe();
    expect(desc.typedSearchAttributes.get(SA.outcome)).toBe('COMPILED');
    expect(desc.typedSearchAttributes.get(SA.spec)).toBe(SPEC);
    expect(desc.typedSearchAttributes.get(SA.specVersion)).toBe('1');
    expect(desc.typedSearchAttributes.get(SA.artifactHash)).toBe(manifest.artifactHash);
    expect(((await desc.memo) as { result: { outcome: string; tokens: number } }).result).toMatchObject({ outcome: 'COMPILED', tokens: 3000 });

    // Compiling again is up to date: no workflow, no model call.
    const again = capture();
    expect(await compileCommand([], { specsDir, outDir, reportsDir: false }, again)).toBe(0);
    expect(again.out()).toMatch(/up to date — 0 tokens/);
    expect(fake.remaining()).toBe(0);
    expect(fake.chatBodies()).toHaveLength(3);
  });

  it('rejects a failing candidate file at once, with a report (CaiOutcome REJECTED)', async () => {
    const specsDir = specsCopy('reject');
    const candDir = join(tmp, 'reject', 'candidate');
    mkdirSync(candDir, { recursive: true });
    writeFileSync(join(candDir, 'decision.ts'), GOOD_DECISION.replace('bmi >= 35', 'bmi > 35'));
    writeFileSync(join(candDir, 'extractor.ts'), GOOD_EXTRACTOR);
    const io = capture();
    const outDir = join(tmp, 'reject', 'out');
    expect(await compileCommand([], { specsDir, outDir, candidate: [candDir], stageOptions: fastStages }, io)).toBe(1);
    expect(io.err()).toMatch(/REJECTED prior-auth-sleep-study v1: the decision candidate file failed/);
    expect(io.err()).toMatch(/report: .*reports\/prior-auth-sleep-study-v1-/);
    expect(existsSync(outDir)).toBe(false);
    const workflowId = /workflow (compile-\S+)/.exec(io.out())![1]!;
    expect((await client.workflow.getHandle(workflowId).describe()).typedSearchAttributes.get(SA.outcome)).toBe('REJECTED');
  });
});

describe('versioning: a new spec version is a new workflow type; runs in flight keep their version', () => {
  const waitingText = 'Loud snoring. Epworth 31. BMI 33.'; // implausible score: review
  const boundaryText = 'Gasping arousals at night, no prior sleep study. Epworth 10/24, BMI 28.'; // v1 DENIED, v2 APPROVED
  let settings: TemporalSettings;
  let deps: ActivityDeps;

  function newWorker(bundle: Awaited<ReturnType<typeof workflowBundle>>, artifacts: RegisteredArtifact[]) {
    return Worker.create({
      connection: env.nativeConnection,
      taskQueue: settings.taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ ...deps, artifacts }),
      dataConverter: { payloadCodecs: [testCodec()] },
      maxCachedWorkflows: 0, // no sticky cache: the next worker picks the waiting case up at once
    });
  }

  it('compiles v2 beside v1, runs v2 for new cases and completes + replays the waiting v1 case', async () => {
    settings = { address: env.address, namespace: 'default', taskQueue: `cases-${Math.random().toString(36).slice(2)}`, uiUrl: 'http://127.0.0.1:8233' };
    deps = { artifacts: repoArtifacts, audit: createFileAuditStore(join(tmp, 'audit')), logger: pino({ level: 'silent' }), scan: scanInput };
    const v1 = repoArtifacts.find((a) => a.info.spec === SPEC && a.info.specVersion === 1)!.info;

    // 1. Production today: a worker with the checked-in artifacts (v1). One case waits for review.
    const w1 = await newWorker(await workflowBundle(), repoArtifacts);
    const r1 = w1.run();
    const waiting = await startCase(client, settings, v1, { clinical_note: waitingText });
    expect((await awaitCase(waiting.handle)).status).toBe('NEEDS_REVIEW');
    const before = await startCase(client, settings, v1, { clinical_note: boundaryText });
    expect(await awaitCase(before.handle)).toMatchObject({ status: 'DENIED', ruleId: 'default-deny' });
    w1.shutdown();
    await r1;

    // 2. The rule changes: bump `version:`, update the golden at the boundary, compile with --candidate into
    //    a temp copy of workflows-generated (beside symlinks, so its relative imports resolve).
    const root = join(tmp, 'versioning');
    mkdirSync(root, { recursive: true });
    cpSync(join(ROOT, 'workflows-generated'), join(root, 'workflows-generated'), { recursive: true });
    // The copy keeps only the repository's v1 of the spec (the repository may have released later versions):
    // this test packages its own v2 beside it.
    const lockFile = join(root, 'workflows-generated', 'releases.lock.json');
    const copiedLock = JSON.parse(readFileSync(lockFile, 'utf8')) as { releases: Record<string, Record<string, unknown>> };
    for (const v of Object.keys(copiedLock.releases[SPEC] ?? {}).filter((k) => k !== 'v1')) {
      delete copiedLock.releases[SPEC]![v];
      rmSync(join(root, 'workflows-generated', SPEC, v), { recursive: true, force: true });
    }
    writeFileSync(lockFile, `${JSON.stringify(copiedLock, null, 2)}\n`);
    for (const d of ['templates', 'activities', 'node_modules']) symlinkSync(join(ROOT, d), join(root, d), 'dir');
    const specsDir = specsCopy('versioning-specs', (spec, decisions) => [
      spec.replace('version: 1', 'version: 2').replace(V2_RULE.from, V2_RULE.to).replace('(Epworth > 10)', '(Epworth >= 10)'),
      decisions.replace(
        /("id": "s06".*)"expected": "DENIED", "ruleId": "default-deny"/,
        '$1"expected": "APPROVED", "ruleId": "sleepy-with-symptoms"',
      ),
    ]);
    const candDir = join(root, 'candidate');
    mkdirSync(candDir);
    writeFileSync(join(candDir, 'decision.ts'), GOOD_DECISION.replace('epworth > 10', 'epworth >= 10').replace('(Epworth > 10)', '(Epworth >= 10)'));
    writeFileSync(join(candDir, 'extractor.ts'), GOOD_EXTRACTOR);
    const outDir = join(root, 'workflows-generated');
    const io = capture();
    expect(await compileCommand([], { specsDir, outDir, candidate: [candDir], reportsDir: false, stageOptions: fastStages }, io)).toBe(0);
    expect(io.out()).toMatch(/prior-auth-sleep-study v2: compiled → /);
    const manifest = JSON.parse(readFileSync(join(outDir, SPEC, 'v2', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.workflowType).toBe('priorAuthSleepStudyV2');
    expect(manifest.provenance).toEqual({ generator: 'candidate-file', candidateFiles: [join(candDir, 'decision.ts'), join(candDir, 'extractor.ts')] });
    // v1 is untouched (packaged versions are immutable); the index exports both workflow types.
    for (const f of ['decision.ts', 'extractor.ts', 'manifest.json'])
      expect(readFileSync(join(outDir, SPEC, 'v1', f), 'utf8')).toBe(readFileSync(join(ROOT, 'workflows-generated', SPEC, 'v1', f), 'utf8'));
    const index = readFileSync(join(outDir, 'workflows.ts'), 'utf8');
    expect(index).toContain('priorAuthSleepStudyV1');
    expect(index).toContain('priorAuthSleepStudyV2');
    // The --out-dir's release lock gained v2 (its file hashes) and kept v1's entry as released.
    const lock = readLock(outDir);
    expect(lock.releases[SPEC]!.v1).toEqual(readLock(join(ROOT, 'workflows-generated')).releases[SPEC]!.v1);
    expect(lock.releases[SPEC]!.v2).toMatchObject({ workflowType: 'priorAuthSleepStudyV2', artifactHash: manifest.artifactHash, files: hashFolder(join(outDir, SPEC, 'v2')) });
    expect(verifyReleases(outDir, listArtifacts(outDir).map((a) => ({ spec: a.spec, version: a.version, dir: a.dir })))).toEqual([]);

    // 3. Deploy: a worker whose bundle and registry carry both versions.
    const bundle = await bundleWorkflowCode({ workflowsPath: join(outDir, 'workflows.ts'), logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } });
    const registry = (require(join(outDir, 'registry.ts')) as { artifacts: RegisteredArtifact[] }).artifacts;
    const v2: ArtifactInfo = registry.find((a) => a.info.spec === SPEC && a.info.specVersion === 2)!.info;
    const w2 = await newWorker(bundle, registry);
    const r2 = w2.run();
    try {
      const after = await startCase(client, settings, v2, { clinical_note: boundaryText });
      expect(await awaitCase(after.handle)).toMatchObject({ status: 'APPROVED', ruleId: 'sleepy-with-symptoms' });
      expect(((await after.handle.result()) as CaseResult).artifact).toMatchObject({ specVersion: 2, artifactHash: manifest.artifactHash });

      // 4. The v1 case that waited across the deployment completes on its own version.
      await submitReview(client, waiting.workflowId, { outcome: 'APPROVED', reviewer: 'dr-ng', note: 'ESS re-scored: 13' });
      const done = (await waiting.handle.result()) as CaseResult;
      expect(done).toMatchObject({ status: 'APPROVED', decidedBy: 'reviewer', artifact: { specVersion: 1, artifactHash: v1.artifactHash } });
      const desc = await waiting.handle.describe();
      expect(desc.type).toBe('priorAuthSleepStudyV1');

      // 5. Its history replays against the bundle holding both versions.
      const history = await waiting.handle.fetchHistory();
      await expect(Worker.runReplayHistory({ workflowBundle: bundle, dataConverter: { payloadCodecs: [testCodec()] } }, history, waiting.workflowId)).resolves.toBeUndefined();
    } finally {
      w2.shutdown();
      await r2;
    }
  });
});
