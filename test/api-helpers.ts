// Shared set-up of the API tests (not a test file itself): a real dev server, a worker with the encryption
// codec, and the API server with one principal per role (plus a second submitter), the test codec and the
// harness's audit store. The API clock can be moved forward to test the CMS-0057-F deadlines.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { parseApiConfig, type ApiConfig } from '../api/config';
import { buildApiServer } from '../api/server';
import { codecClient, createHarness, type Harness } from './helpers/harness';
import { startLocalEnv } from './helpers/temporal';

export const KEYS = {
  submitter: 'test-submitter-key-0123456789',
  submitter2: 'test-submitter2-key-0123456789',
  reviewer: 'test-reviewer-key-0123456789ab',
  auditor: 'test-auditor-key-0123456789abc',
  admin: 'test-admin-key-0123456789abcdef',
} as const;

export function testConfig(limits: Record<string, number> = {}, specs: Record<string, { items: { system?: string; code: string }[] }> = {}): ApiConfig {
  return parseApiConfig({
    principals: [
      { id: 'intake-1', role: 'submitter', name: 'Intake one', secret: KEYS.submitter },
      { id: 'intake-2', role: 'submitter', secret: KEYS.submitter2 },
      { id: 'rev-alice', role: 'reviewer', name: 'Alice Reviewer', secret: KEYS.reviewer },
      { id: 'aud-bob', role: 'auditor', secret: KEYS.auditor },
      { id: 'adm-carol', role: 'admin', secret: KEYS.admin },
    ],
    limits: { submitWaitSeconds: 20, ...limits },
    specs,
  });
}

export interface ApiEnv {
  env: TestWorkflowEnvironment;
  h: Harness;
  client: Client;
  app: FastifyInstance;
  url: string;
  /** Milliseconds added to the API's clock. */
  shift: { ms: number };
  /** The API server's and the worker's log lines. */
  logs: () => string;
  close: () => Promise<void>;
}

export async function startApiEnv(config: ApiConfig, opts: { listen?: boolean } = {}): Promise<ApiEnv> {
  const env = await startLocalEnv();
  const h = await createHarness(env);
  const running = h.worker.run();
  const client = codecClient(env);
  const shift = { ms: 0 };
  const chunks: string[] = [];
  const sink = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  const app = await buildApiServer({ client, settings: h.settings, config, audit: h.deps.audit, now: () => new Date(Date.now() + shift.ms), logger: pino({ level: 'info' }, sink), escalationSweep: false });
  let url = '';
  if (opts.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  } else await app.ready();
  return {
    env,
    h,
    client,
    app,
    url,
    shift,
    logs: () => chunks.join('') + h.logs(),
    close: async () => {
      await app.close();
      h.worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

/** Poll until fn returns a truthy value (visibility is eventually consistent). */
export async function eventually<T>(fn: () => Promise<T | undefined | false | null>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as T;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
}

/** One HTTP request to a listening server (real sockets: Fastify's inject needs ESM-only modules jest cannot load). */
export async function http(base: string, method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  const res = await fetch(`${base}${path}`, { method, headers: opts.headers, body: opts.body, redirect: 'manual' });
  const body = await res.text();
  return { statusCode: res.status, headers: Object.fromEntries(res.headers.entries()), body, json: () => JSON.parse(body) };
}
