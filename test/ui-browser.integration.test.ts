// The Temporal Web UI shows encrypted histories decoded through the codec server — and only then
// (without the token the UI shows "Codec Server could not connect" and base64 ciphertext).
// Real pieces end to end: a dev server (`temporal server start-dev` with the UI and `--ui-codec-endpoint`),
// the project's codec server, a worker with the encryption codec, one GLP-1 case, and Debian's Chromium
// driven headless by playwright-core (no browser download). Screenshots go to test-artifacts/.
//
// Needs Chromium (`bash scripts/install-chromium.sh`, or CAI_CHROMIUM_PATH). Without it this test FAILS
// with that instruction; exclude it explicitly with CAI_SKIP_BROWSER=1.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SA } from '../templates/bounded-decision/search-attributes';
import type { CaseResult } from '../templates/bounded-decision/types';
import { resolveWorkflow, startCase } from '../worker/client';
import { startCodecServer, type RunningCodecServer } from '../worker/codec-server';
import { codecClient, createHarness, testCodec, type Harness } from './helpers/harness';
import { temporalCliPath } from './helpers/temporal';

const SKIP = process.env.CAI_SKIP_BROWSER === '1';
const ARTIFACTS = join(__dirname, '..', 'test-artifacts');
const TOKEN = `ui-test-${Math.random().toString(36).slice(2)}`;
const CHART = 'No diabetes (A1c 5.5%). BMI 35.0. Completed a 6-month supervised weight-loss program without meaningful weight loss.';

function chromiumPath(): string {
  const candidates = process.env.CAI_CHROMIUM_PATH ? [process.env.CAI_CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it with \`bash scripts/install-chromium.sh\` ` +
        '(Debian/Ubuntu: apt-get install chromium) or set CAI_CHROMIUM_PATH; to exclude the browser test on purpose, set CAI_SKIP_BROWSER=1.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

(SKIP ? describe.skip : describe)('Temporal Web UI with the codec server (Chromium)', () => {
  let env: TestWorkflowEnvironment;
  let codec: RunningCodecServer;
  let h: Harness;
  let running: Promise<void>;
  let client: Client;
  let context: BrowserContext;
  let uiUrl: string;
  let userDataDir: string;
  let workflowId: string;
  let runId: string;

  beforeAll(async () => {
    const executablePath = chromiumPath(); // fail first, with the fix, when Chromium is missing
    mkdirSync(ARTIFACTS, { recursive: true });
    const uiPort = await freePort();
    uiUrl = `http://127.0.0.1:${uiPort}`;
    codec = await startCodecServer({ codec: testCodec(), token: TOKEN, origins: [uiUrl], port: 0 });
    env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable: { type: 'existing-path', path: temporalCliPath() },
        searchAttributes: Object.values(SA),
        ui: true,
        uiPort,
        // The dev UI cannot send a bearer header, so its endpoint carries the token as a path prefix.
        extraArgs: ['--log-level', 'error', '--ui-codec-endpoint', `${codec.url}/t/${TOKEN}`],
      },
    });
    client = codecClient(env);
    h = await createHarness(env);
    running = h.worker.run();
    const started = await startCase(client, h.settings, resolveWorkflow('prior-auth-glp1'), { patient_chart_summary: CHART });
    ({ workflowId, runId } = started);
    expect(((await started.handle.result()) as CaseResult).ruleId).toBe('bmi-step-therapy');
    userDataDir = mkdtempSync(join(tmpdir(), 'cai-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1000 },
    });
  });

  afterAll(async () => {
    await context?.close();
    h?.worker.shutdown();
    await running;
    await env?.teardown();
    await codec?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function openRun(page: Page): Promise<void> {
    // Find the run through its search attributes, as an engineer would.
    const query = `CaiSpec="prior-auth-glp1" AND CaiOutcome="APPROVED" AND WorkflowId="${workflowId}"`;
    await page.goto(`${uiUrl}/namespaces/default/workflows?query=${encodeURIComponent(query)}`);
    const link = page.getByRole('link', { name: workflowId }).first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page.waitForURL(new RegExp(`/workflows/${workflowId}/${runId}`), { timeout: 30_000 });
  }

  test('with the token, the run found by its search attributes shows the decoded decision', async () => {
    const page = await context.newPage();
    const codecCalls: number[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(codec.url)) codecCalls.push(r.status());
    });
    await openRun(page);
    await page.getByText('bmi-step-therapy').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'ui-decoded.png'), fullPage: true });
    const body = await page.locator('body').innerText();
    expect(body).toContain('APPROVED');
    expect(body).toContain('bmi-step-therapy');
    expect(codecCalls.length).toBeGreaterThan(0);
    expect(codecCalls.every((s) => s === 200)).toBe(true);
    await page.close();
  });

  test('without the token, the codec server refuses (401) and the UI shows only encrypted payloads', async () => {
    const page = await context.newPage();
    // The same UI and codec server, but requests reach the codec server without the token.
    await page.route(`${codec.url}/t/**`, (route) => route.continue({ url: route.request().url().replace(`/t/${TOKEN}`, '') }));
    const codecCalls: number[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(codec.url)) codecCalls.push(r.status());
    });
    await openRun(page);
    await page.getByText('Codec Server could not connect').filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'ui-encrypted.png'), fullPage: true });
    const body = await page.locator('body').innerText();
    expect(codecCalls.length).toBeGreaterThan(0);
    expect(codecCalls.every((s) => s === 401)).toBe(true);
    expect(body).not.toContain('bmi-step-therapy');
    expect(body).not.toContain('supervised weight-loss');
    expect(body).not.toContain('patient_chart_summary');
    // Input and result are shown as the ciphertext (base64 of IV ‖ ciphertext ‖ tag).
    expect(body).toMatch(/"[A-Za-z0-9+/]{200,}={0,2}"/);
    await page.close();
  });
});
