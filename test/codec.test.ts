// The payload encryption codec and its keyring: round trip, rotation, unknown key ids, tampering, and
// configuration errors that name what to fix (never a silent plaintext fallback).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { payloadsFromJson, payloadsToJson, startCodecServer, type RunningCodecServer } from '../worker/codec-server';
import { codecFromEnv, createEncryptionCodec, decryptPayload, ENCODING, KEY_ID_KEY, PayloadDecryptionError } from '../worker/codec/encryption-codec';
import { ensureKeyFile, keyringFromEnv, KeyConfigError, makeKeyring, newKeyBase64, parseKeyList } from '../worker/codec/keys';

const k1 = newKeyBase64();
const k2 = newKeyBase64();
const chart = 'Patient with type 2 diabetes, A1c 8.4%, BMI 33.1; metformin failed.';
const payload = (v: unknown): Payload => defaultPayloadConverter.toPayload(v);
const text = (p: Payload) => Buffer.from(p.data ?? []).toString('latin1') + Object.values(p.metadata ?? {}).map((m) => Buffer.from(m).toString('latin1')).join('');
const meta = (p: Payload, k: string) => Buffer.from(p.metadata?.[k] ?? []).toString();

describe('encryption codec', () => {
  test('round trip restores payloads exactly; ciphertext hides the content and metadata', async () => {
    const codec = createEncryptionCodec(parseKeyList(`k1:${k1}`));
    const inputs = [payload({ patient_chart_summary: chart }), payload(null), payload(new Uint8Array([1, 2, 3])), payload({ bmi: 33.1 })];
    const encoded = await codec.encode(inputs);
    for (const e of encoded) {
      expect(meta(e, 'encoding')).toBe(ENCODING);
      expect(meta(e, KEY_ID_KEY)).toBe('k1');
      expect(text(e)).not.toMatch(/diabetes|bmi|json\/plain/);
    }
    const decoded = await codec.decode(encoded);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([{ patient_chart_summary: chart }, null, new Uint8Array([1, 2, 3]), { bmi: 33.1 }]);
  });

  test('each payload gets a fresh IV (same plaintext, different ciphertext)', async () => {
    const codec = createEncryptionCodec(parseKeyList(`k1:${k1}`));
    const [a, b] = await codec.encode([payload(chart), payload(chart)]);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
    expect(Buffer.from(a!.data!).subarray(0, 12).equals(Buffer.from(b!.data!).subarray(0, 12))).toBe(false);
  });

  test('rotation: payloads written under the old key still decode after a new key becomes primary', async () => {
    const old = createEncryptionCodec(parseKeyList(`k1:${k1}`));
    const written = await old.encode([payload({ bmi: 31 })]);
    const rotated = createEncryptionCodec(parseKeyList(`k2:${k2},k1:${k1}`));
    const fresh = await rotated.encode([payload({ bmi: 32 })]);
    expect(meta(fresh[0]!, KEY_ID_KEY)).toBe('k2');
    expect((await rotated.decode([...written, ...fresh])).map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([{ bmi: 31 }, { bmi: 32 }]);
  });

  test('an unknown key id on decode is a KeyConfigError naming the id', async () => {
    const written = await createEncryptionCodec(parseKeyList(`k1:${k1}`)).encode([payload(1)]);
    const other = createEncryptionCodec(parseKeyList(`k2:${k2}`));
    await expect(other.decode(written)).rejects.toThrow(KeyConfigError);
    await expect(other.decode(written)).rejects.toThrow(/"k1".*not configured/);
  });

  test('tampered ciphertext, a swapped key id or a different key under the same id fail authentication', async () => {
    const ring = parseKeyList(`k1:${k1},k2:${k2}`);
    const [p] = await createEncryptionCodec(ring).encode([payload(chart)]);
    const flipped = Buffer.from(p!.data!);
    flipped[20] = flipped[20]! ^ 1;
    expect(() => decryptPayload(ring, { ...p!, data: flipped })).toThrow(PayloadDecryptionError);
    expect(() => decryptPayload(ring, { ...p!, metadata: { ...p!.metadata, [KEY_ID_KEY]: Buffer.from('k2') } })).toThrow(PayloadDecryptionError);
    expect(() => decryptPayload(parseKeyList(`k1:${k2}`), p!)).toThrow(/failed authentication/);
    expect(() => decryptPayload(ring, { ...p!, data: Buffer.from(p!.data!).subarray(0, 10) })).toThrow(/truncated/);
  });

  test('unencrypted payloads (older histories) pass through decode unchanged', async () => {
    const codec = createEncryptionCodec(parseKeyList(`k1:${k1}`));
    const plain = payload({ a: 1 });
    expect(await codec.decode([plain])).toEqual([plain]);
  });
});

describe('key configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cai-keys-'));

  test('missing configuration is a KeyConfigError that says how to fix it', () => {
    const env = { CAI_DATA_DIR: join(dir, 'nothing-here') };
    expect(() => codecFromEnv(env)).toThrow(KeyConfigError);
    expect(() => codecFromEnv(env)).toThrow(/keys\.json does not exist.*create-dev-keys\.sh.*CAI_ENCRYPTION_KEYS/);
  });

  test('malformed keys are KeyConfigErrors', () => {
    expect(() => parseKeyList(`k1:${Buffer.alloc(16).toString('base64')}`)).toThrow(/16 bytes; AES-256 needs exactly 32/);
    expect(() => parseKeyList('k1:not*base64')).toThrow(/not base64/);
    expect(() => parseKeyList(`${k1}`)).toThrow(KeyConfigError);
    expect(() => parseKeyList(`k1:${k1},k1:${k2}`)).toThrow(/appears twice/);
    expect(() => makeKeyring('k3', { k1 })).toThrow(/primary key "k3" is not among/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"keys": {}}');
    expect(() => keyringFromEnv({ CAI_KEY_FILE: bad })).toThrow(/expected \{"primary"/);
    writeFileSync(bad, 'nope');
    expect(() => keyringFromEnv({ CAI_KEY_FILE: bad })).toThrow(/is not JSON/);
  });

  test('the key file: created once with mode 0600, several keys, primary encrypts; env list wins over the file', async () => {
    const file = join(dir, 'keys.json');
    expect(ensureKeyFile(file, 'k1')).toBe(true);
    expect(ensureKeyFile(file, 'k1')).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const first = JSON.parse(readFileSync(file, 'utf8')) as { primary: string; keys: Record<string, string> };
    const written = await codecFromEnv({ CAI_DATA_DIR: dir }).encode([payload('x')]);
    writeFileSync(file, JSON.stringify({ primary: 'k2', keys: { ...first.keys, k2 } }));
    const ring = keyringFromEnv({ CAI_KEY_FILE: file });
    expect([ring.primary, [...ring.keys.keys()].sort()]).toEqual(['k2', ['k1', 'k2']]);
    const codec = codecFromEnv({ CAI_KEY_FILE: file });
    expect(defaultPayloadConverter.fromPayload((await codec.decode(written))[0]!)).toBe('x');
    expect(meta((await codec.encode([payload('y')]))[0]!, KEY_ID_KEY)).toBe('k2');
    expect(keyringFromEnv({ CAI_KEY_FILE: file, CAI_ENCRYPTION_KEYS: `env:${k1}` }).primary).toBe('env');
  });
});

describe('codec server (HTTP contract)', () => {
  let server: RunningCodecServer;
  const origin = 'http://127.0.0.1:8233';
  beforeAll(async () => {
    server = await startCodecServer({ codec: createEncryptionCodec(parseKeyList(`k1:${k1}`)), token: 's3cret', origins: [origin], port: 0 });
  });
  afterAll(() => server?.close());
  const post = (path: string, body: string, headers: Record<string, string> = { authorization: 'Bearer s3cret' }) =>
    fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  test('encode then decode in the proto JSON form (base64 metadata and data), via header or path token', async () => {
    const json = JSON.stringify(payloadsToJson([payload({ bmi: 35 })]));
    const enc = await post('/encode', json);
    expect(enc.status).toBe(200);
    const encoded = (await enc.json()) as { payloads: { metadata: Record<string, string> }[] };
    expect(Buffer.from(encoded.payloads[0]!.metadata.encoding!, 'base64').toString()).toBe(ENCODING);
    const dec = await post('/t/s3cret/decode?preserveStorageRefs=true', JSON.stringify(encoded), {});
    expect(dec.status).toBe(200);
    expect(payloadsFromJson(await dec.json()).map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([{ bmi: 35 }]);
  });

  test('401 without the token, 404 elsewhere, 405 for GET, 400 for bad bodies, 422 for undecodable payloads', async () => {
    expect((await post('/decode', '{"payloads": []}', {})).status).toBe(401);
    expect((await post('/decode', '{"payloads": []}', { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await post('/t/nope/decode', '{"payloads": []}', {})).status).toBe(401);
    expect((await post('/other', '{}')).status).toBe(404);
    expect((await fetch(`${server.url}/decode`)).status).toBe(405);
    expect(await (await post('/decode', '{}')).json()).toEqual({ payloads: [] }); // proto3 JSON of an empty list (Temporal CLI)
    expect((await post('/decode', '[1]')).status).toBe(400);
    const bad = await post('/decode', '{nope');
    expect([bad.status, ((await bad.json()) as { error: string }).error]).toEqual([400, expect.stringMatching(/not JSON/)]);
    const shape = await post('/decode', JSON.stringify({ payloads: [{ metadata: { encoding: '***' } }] }));
    expect([shape.status, ((await shape.json()) as { error: string }).error]).toEqual([400, expect.stringMatching(/payloads\[0\]\.metadata\.encoding/)]);
    const foreign = await createEncryptionCodec(parseKeyList(`k9:${k2}`)).encode([payload(1)]);
    expect((await post('/decode', JSON.stringify(payloadsToJson(foreign)))).status).toBe(422);
  });

  test('CORS: preflight and responses allow only the UI origin, with credentials and the UI headers', async () => {
    const pre = await fetch(`${server.url}/decode`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/content-type,x-namespace,authorization/);
    const other = await fetch(`${server.url}/decode`, { method: 'OPTIONS', headers: { origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const res = await post('/decode', '{"payloads": []}', { authorization: 'Bearer s3cret', origin });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });
});
