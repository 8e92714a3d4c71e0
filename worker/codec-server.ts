// Codec server: lets the Temporal Web UI and CLI show encrypted payloads decoded, without the Temporal
// server ever holding keys. Temporal's codec-server protocol: POST {endpoint}/encode and {endpoint}/decode
// with a JSON body {"payloads": [{"metadata": {"encoding": "<base64>"}, "data": "<base64>"}]} (proto3 JSON:
// bytes fields are base64) and the same shape back.
//
// Access: every encode/decode needs the token (CAI_CODEC_TOKEN), either as `Authorization: Bearer <token>`
// (Temporal CLI `--codec-auth`, proxies) or as a path prefix `/t/<token>` (the local Web UI, whose dev server
// cannot attach a header: start-dev gets `--ui-codec-endpoint http://127.0.0.1:8888/t/<token>`).
// CORS answers only the configured UI origins. Payloads are never logged.
import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { Logger } from 'pino';

export interface CodecServerOptions {
  codec: PayloadCodec;
  /** Required bearer token. */
  token: string;
  /** Browser origins allowed to call (the Temporal UI), e.g. http://127.0.0.1:8233. */
  origins: string[];
  logger?: Logger;
  /** Request body limit in bytes (default 16 MiB). */
  maxBodyBytes?: number;
}

export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const ROUTE = /^(?:\/t\/([^/]+))?\/(encode|decode)\/?$/;
const BASE64 = /^[A-Za-z0-9+/\-_]*={0,2}$/;
const ALLOW_HEADERS = 'content-type,x-namespace,authorization,authorization-extras';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
function sameToken(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

function fromBase64(s: unknown, what: string): Uint8Array {
  if (typeof s !== 'string' || !BASE64.test(s)) throw new HttpError(400, `${what} must be a base64 string`);
  return Buffer.from(s, 'base64');
}

/** proto3 JSON payloads → SDK payloads (400 with the position on anything malformed). */
export function payloadsFromJson(body: unknown): Payload[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'body must be {"payloads": [...]}');
  // proto3 JSON omits empty repeated fields: the Temporal CLI sends `{}` for an empty payload list.
  const list = (body as { payloads?: unknown }).payloads ?? [];
  if (!Array.isArray(list)) throw new HttpError(400, 'body must be {"payloads": [...]}');
  return list.map((p, i) => {
    if (!p || typeof p !== 'object' || Array.isArray(p)) throw new HttpError(400, `payloads[${i}] must be an object`);
    const { metadata, data } = p as JsonPayload;
    if (metadata !== undefined && (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata))) {
      throw new HttpError(400, `payloads[${i}].metadata must be an object of base64 strings`);
    }
    const md: Record<string, Uint8Array> = {};
    for (const [k, v] of Object.entries(metadata ?? {})) md[k] = fromBase64(v, `payloads[${i}].metadata.${k}`);
    return { metadata: md, data: data === undefined || data === null ? new Uint8Array() : fromBase64(data, `payloads[${i}].data`) };
  });
}

export function payloadsToJson(payloads: Payload[]): { payloads: JsonPayload[] } {
  return {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
      data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
    })),
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `body larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function createCodecServer(opts: CodecServerOptions): Server {
  if (!opts.token) throw new Error('the codec server needs a token (CAI_CODEC_TOKEN)');
  const origins = new Set(opts.origins.map((o) => o.replace(/\/$/, '')));
  const limit = opts.maxBodyBytes ?? 16 * 1024 * 1024;

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
      if (req.headers['access-control-request-private-network'] === 'true') res.setHeader('Access-Control-Allow-Private-Network', 'true');
    }
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };

  return createServer((req, res) => {
    const started = Date.now();
    const path = (req.url ?? '/').split('?')[0]!;
    const route = ROUTE.exec(path);
    const op = route?.[2] as 'encode' | 'decode' | undefined;
    const handle = async (): Promise<void> => {
      cors(req, res);
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (!route || !op) throw new HttpError(404, `no such endpoint ${path.startsWith('/t/') ? '/t/…' : path}; use POST /encode or /decode`);
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST, OPTIONS');
        throw new HttpError(405, 'use POST');
      }
      const auth = req.headers.authorization;
      const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
      const pathToken = route[1] ? decodeURIComponent(route[1]) : undefined;
      if (!sameToken(bearer, opts.token) && !sameToken(pathToken, opts.token)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="compiled-ai codec"');
        throw new HttpError(401, 'unauthorized: send Authorization: Bearer <CAI_CODEC_TOKEN>');
      }
      const text = await readBody(req, limit);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpError(400, 'body is not JSON; expected {"payloads": [...]}');
      }
      const payloads = payloadsFromJson(body);
      let out: Payload[];
      try {
        out = op === 'encode' ? await opts.codec.encode(payloads) : await opts.codec.decode(payloads);
      } catch (e) {
        throw new HttpError(422, `${op} failed: ${(e as Error).message}`);
      }
      send(res, 200, payloadsToJson(out));
      opts.logger?.debug({ op, count: payloads.length, ms: Date.now() - started }, 'codec request');
    };
    handle().catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof HttpError ? e.message : 'internal error';
      if (status >= 500) opts.logger?.error({ op, error: (e as Error)?.name }, 'codec request failed');
      else opts.logger?.info({ op, status }, 'codec request rejected');
      if (!res.headersSent) send(res, status, { error: message });
      else res.end();
    });
  });
}

export interface RunningCodecServer {
  server: Server;
  port: number;
  /** Base URL (no token). */
  url: string;
  close(): Promise<void>;
}

export async function startCodecServer(opts: CodecServerOptions & { port?: number; host?: string }): Promise<RunningCodecServer> {
  const server = createCodecServer(opts);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8888, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
