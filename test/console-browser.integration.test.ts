// The reviewer console in real Chromium (Debian's, driven headless by playwright-core; no browser download)
// against the API server, a dev server and a worker: a reviewer signs in, finds the waiting case in the queue,
// sees each fact with its evidence highlighted in the chart, the rule that would fire and its policy text,
// cannot deny without a reason, denies with one, and then finds the decision with their principal in the
// case's history and audit records. A submitter's key opens no queue and cannot review; no credentials → 401.
// An auditor sees the CMS-0057-F metrics page. Screenshots go to test-artifacts/.
//
// Needs Chromium (`bash scripts/install-chromium.sh`, or CAI_CHROMIUM_PATH); without it this test FAILS with
// that instruction. Exclude it explicitly with CAI_SKIP_BROWSER=1.
//
// Evidence spans: the packaged GLP-1 v1 extractor reports none (the console then shows each fact alone, as the
// API test checks). To exercise the highlighting, this test's API server carries the same artifact with an
// extractor that adds the extraction kit's evidence spans (what kit-based v2 extractors return); the server
// recomputes spans with the registry's extractor when the history has none.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { RegisteredArtifact } from '../activities/registry-types';
import { buildApiServer } from '../api/server';
import { bmi, event, extractFacts, flag, number } from '../templates/bounded-decision/kit';
import { artifacts } from '../workflows-generated/registry';
import { bearer, eventually, http, KEYS, startApiEnv, testConfig, type ApiEnv } from './api-helpers';

const SKIP = process.env.CAI_SKIP_BROWSER === '1';
const ARTIFACTS = join(__dirname, '..', 'test-artifacts');
// Facts are all found, but BMI 120 fails the spec's range check: the case waits for a reviewer.
const CHART = 'No diabetes (A1c 5.6%). BMI 120 at intake. Completed a 6-month supervised diet and exercise program without weight loss.';

function chromiumPath(): string {
  const candidates = process.env.CAI_CHROMIUM_PATH ? [process.env.CAI_CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `Chromium not found (looked at ${candidates.join(', ')}). Install it with \`bash scripts/install-chromium.sh\` ` +
        '(Debian/Ubuntu: apt-get install chromium) or set CAI_CHROMIUM_PATH; to exclude the browser tests on purpose, set CAI_SKIP_BROWSER=1.',
    );
  }
  return found;
}

/** The GLP-1 v1 artifact with kit evidence spans added to its extractor's result (facts unchanged). */
function withKitEvidence(registry: RegisteredArtifact[]): RegisteredArtifact[] {
  return registry.map((a) => {
    if (a.info.spec !== 'prior-auth-glp1') return a;
    const kit = (text: string) =>
      extractFacts(text, {
        has_t2d_diagnosis: flag({ terms: ['type 2 diabetes', 'diabetes', 't2dm'] }),
        current_a1c: number({ labels: ['a1c', 'hba1c'], min: 0, max: 30 }),
        bmi: bmi(),
        has_step_therapy_failure: event({ subjects: ['supervised diet and exercise program', 'orlistat', 'metformin'], outcomes: ['without weight loss', 'failed', 'did not work'] }),
      });
    return { ...a, extract: (text: string) => ({ ...a.extract(text), evidence: kit(text).evidence }) };
  });
}

(SKIP ? describe.skip : describe)('reviewer console in Chromium', () => {
  let t: ApiEnv;
  let context: BrowserContext;
  let userDataDir: string;
  let base: string;
  let close: () => Promise<void>;
  let workflowId: string;

  beforeAll(async () => {
    const executablePath = chromiumPath(); // fail first, with the fix, when Chromium is missing
    mkdirSync(ARTIFACTS, { recursive: true });
    t = await startApiEnv(testConfig());
    const app = await buildApiServer({ client: t.client, settings: t.h.settings, config: testConfig(), audit: t.h.deps.audit, registry: withKitEvidence(artifacts), escalationSweep: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
    const submitted = await http(base, 'POST', '/api/v1/specs/prior-auth-glp1/cases', { headers: { ...bearer(KEYS.submitter), 'content-type': 'application/json' }, body: JSON.stringify({ id: 'console', priority: 'expedited', input: { patient_chart_summary: CHART } }) });
    expect(submitted.json()).toMatchObject({ status: 'NEEDS_REVIEW', reviewReasons: ['Suspicious BMI'] });
    workflowId = submitted.json().workflowId;
    await eventually(async () => (await http(base, 'GET', '/api/v1/queue', { headers: bearer(KEYS.reviewer) })).json().cases.some((c: { workflowId: string }) => c.workflowId === workflowId));
    userDataDir = mkdtempSync(join(tmpdir(), 'cai-console-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1100 },
    });
  });

  afterAll(async () => {
    await context?.close();
    await close?.();
    await t?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function signIn(page: Page, key: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByTestId('api-key').fill(key);
    await page.getByTestId('sign-in').click();
    await page.getByTestId('principal').waitFor();
  }

  test('a reviewer finds the waiting case, sees the evidence, denies it with a reason, and finds the decision with their principal in history and audit', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, KEYS.reviewer);
    expect(await page.getByTestId('principal').innerText()).toContain('rev-alice');
    // The queue, with the regulatory clock.
    const row = page.locator(`[data-testid=queue-row][data-workflow-id="${workflowId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toMatch(/expedited/);
    expect(await row.getByTestId('due').innerText()).toContain('72 h clock');
    await page.screenshot({ path: join(ARTIFACTS, 'console-queue.png'), fullPage: true });
    await row.getByTestId('queue-link').click();
    // The case: facts, evidence highlighted in the chart, the rule that would fire and its policy text.
    await page.getByTestId('chart').waitFor();
    expect(await page.getByTestId('chart').innerText()).toBe(CHART);
    const bmiRow = page.locator('[data-testid=fact][data-fact=bmi]');
    expect(await bmiRow.getByTestId('fact-value').innerText()).toContain('120');
    expect(await bmiRow.getByTestId('fact-evidence').innerText()).toMatch(/1 span/);
    await bmiRow.click();
    const active = page.locator('mark.active');
    expect(await active.count()).toBeGreaterThan(0);
    expect((await active.allInnerTexts()).join('')).toContain('120');
    await page.locator('[data-testid=fact][data-fact=has_step_therapy_failure]').click();
    expect((await page.locator('mark.active').allInnerTexts()).join(' ')).toMatch(/supervised diet/);
    expect(await page.getByTestId('review-reasons').innerText()).toContain('Suspicious BMI');
    expect(await page.getByTestId('rule-id').innerText()).toBe('bmi-step-therapy');
    expect(await page.getByTestId('rule-text').innerText()).toContain('bmi >= 30 AND has_step_therapy_failure');
    await page.screenshot({ path: join(ARTIFACTS, 'console-case.png'), fullPage: true });
    // A denial needs a reason: without one, nothing is submitted.
    await page.getByTestId('outcome-deny').check();
    await page.getByTestId('review-submit').click();
    await page.waitForTimeout(300);
    expect((await http(base, 'GET', `/api/v1/cases/${workflowId}`, { headers: bearer(KEYS.reviewer) })).json().status).toBe('NEEDS_REVIEW');
    await page.getByTestId('review-note').fill('BMI 120 is implausible for this patient; the chart needs a verified weight and height.');
    await page.getByTestId('review-submit').click();
    await page.getByTestId('review-message').filter({ hasText: 'Recorded: DENIED by rev-alice' }).waitFor();
    // After the decision the page reloads the case: history and audit records name the reviewer.
    await page.getByTestId('history-outcome').waitFor({ timeout: 15_000 });
    const history = await page.getByTestId('history').innerText();
    expect(history).toMatch(/DENIED by rev-alice/);
    expect(history).toContain('BMI 120 is implausible');
    const decisionRecord = page.locator('[data-testid=audit-record][data-kind=review-decision]');
    expect(await decisionRecord.innerText()).toMatch(/rev-alice \(reviewer\)/);
    expect(await page.locator('[data-testid=audit-record][data-kind=api-review]').innerText()).toMatch(/rev-alice \(reviewer\)/);
    expect(await page.locator('[data-testid=audit-record][data-kind=api-submitted]').innerText()).toMatch(/intake-1 \(submitter\)/);
    expect(await page.getByTestId('case-status').innerText()).toMatch(/DENIED/);
    await page.screenshot({ path: join(ARTIFACTS, 'console-decided.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a chart that states a fact both ways waits with the conflict finding highlighted on the sentence', async () => {
    // The latest GLP-1 version reads the roster's failure; the chart's own line denies any weight-loss medicine.
    const chart = 'Obesity, BMI 34.2. No diabetes; HbA1c 5.6 %.\nStopped medicines:\n- phentermine 30 mg (2024), palpitations, not tolerated\nPrevious weight treatment: he has never used a weight-loss medicine.\nPlan: semaglutide.';
    const submitted = await http(base, 'POST', '/api/v1/specs/prior-auth-glp1/cases', { headers: { ...bearer(KEYS.submitter), 'content-type': 'application/json' }, body: JSON.stringify({ id: 'console-conflict', input: { patient_chart_summary: chart } }) });
    expect(submitted.json()).toMatchObject({ status: 'NEEDS_REVIEW' });
    expect(submitted.json().reviewReasons.join(' ')).toMatch(/has_step_therapy_failure both ways/);
    const id = submitted.json().workflowId;
    await eventually(async () => (await http(base, 'GET', '/api/v1/queue', { headers: bearer(KEYS.reviewer) })).json().cases.some((c: { workflowId: string }) => c.workflowId === id));
    const page = await context.newPage();
    await signIn(page, KEYS.reviewer);
    const row = page.locator(`[data-testid=queue-row][data-workflow-id="${id}"]`);
    await row.waitFor();
    await row.getByTestId('queue-link').click();
    await page.getByTestId('findings').waitFor();
    expect(await page.getByTestId('findings').innerText()).toMatch(/fact-guard\/conflict: the chart states has_step_therapy_failure both ways/);
    expect((await page.locator('mark.finding').allInnerTexts()).join(' ')).toContain('he has never used a weight-loss medicine');
    expect(await page.locator('mark.finding').first().getAttribute('title')).toContain('fact guard: fact-guard/conflict');
    await page.screenshot({ path: join(ARTIFACTS, 'console-conflict.png'), fullPage: true });
    await page.close();
  });

  test("a submitter's key opens no queue and cannot review; a request without credentials gets 401", async () => {
    const page = await context.newPage();
    await signIn(page, KEYS.submitter);
    expect(await page.getByTestId('role').innerText()).toBe('submitter');
    expect(await page.locator('nav a', { hasText: 'Queue' }).count()).toBe(0);
    const answers = await page.evaluate(async ([key, id]) => {
      const review = await fetch(`/api/v1/cases/${id}/review`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ outcome: 'APPROVED' }) });
      const queue = await fetch('/api/v1/queue', { headers: { authorization: `Bearer ${key}` } });
      const anonymous = await fetch('/api/v1/queue');
      return { review: review.status, queue: queue.status, anonymous: anonymous.status, type: anonymous.headers.get('content-type') };
    }, [KEYS.submitter, workflowId] as const);
    expect(answers).toMatchObject({ review: 403, queue: 403, anonymous: 401 });
    expect(answers.type).toMatch(/problem\+json/);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('api-key').fill('not-a-valid-key-xxxxxxxxxx');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('signin-error').filter({ hasText: 'not valid' }).waitFor();
    await page.close();
  });

  test('an auditor sees the CMS-0057-F metrics page', async () => {
    const page = await context.newPage();
    await signIn(page, KEYS.auditor);
    const row = page.locator('[data-testid=metrics-row][data-spec=prior-auth-glp1]');
    await row.waitFor();
    expect(Number(await row.getByTestId('m-decided').innerText())).toBeGreaterThanOrEqual(1);
    expect(await row.getByTestId('m-denied').innerText()).toMatch(/^\d+ \(\d+\.\d%\)$/);
    await page.screenshot({ path: join(ARTIFACTS, 'console-metrics.png'), fullPage: true });
    await page.close();
  });
});
