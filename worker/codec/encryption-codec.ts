// PayloadCodec that encrypts every payload (workflow inputs/results, activity inputs/results, local-activity
// markers, update/signal arguments, memo) with AES-256-GCM before it reaches the Temporal server, so
// histories never hold chart text or fact values in the clear. Search attributes bypass codecs and
// therefore hold no PHI (outcome, spec, version, hash, review state, extraction path).
//
// Encoded payload: metadata { encoding: "binary/encrypted", encryption-key-id: <id>,
// encryption-cipher: "AES-256-GCM" }, data = IV (12 random bytes) ‖ ciphertext ‖ GCM tag (16 bytes).
// The plaintext is the whole original payload (its metadata too), serialized as JSON; the key id is bound
// in as additional authenticated data, so swapped ids or tampered bytes fail to decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { KeyConfigError, keyringFromEnv, type Keyring } from './keys';

export const ENCODING = 'binary/encrypted';
export const KEY_ID_KEY = 'encryption-key-id';
export const CIPHER_KEY = 'encryption-cipher';
export const CIPHER = 'AES-256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Ciphertext that does not authenticate (tampered, truncated, or a wrong key under a known id). */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

const utf8 = (b: Uint8Array | null | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);
const aad = (keyId: string) => Buffer.from(`${ENCODING};${CIPHER};${keyId}`, 'utf8');

function serialize(p: Payload): Buffer {
  const metadata: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.metadata ?? {})) if (v) metadata[k] = Buffer.from(v).toString('base64');
  return Buffer.from(JSON.stringify({ metadata, data: p.data ? Buffer.from(p.data).toString('base64') : '' }), 'utf8');
}

function deserialize(b: Buffer): Payload {
  const o = JSON.parse(b.toString('utf8')) as { metadata: Record<string, string>; data: string };
  const metadata: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(o.metadata)) metadata[k] = Buffer.from(v, 'base64');
  return { metadata, data: Buffer.from(o.data, 'base64') };
}

export function isEncrypted(p: Payload): boolean {
  return utf8(p.metadata?.encoding) === ENCODING;
}

export function encryptPayload(keyring: Keyring, p: Payload): Payload {
  const keyId = keyring.primary;
  const key = keyring.keys.get(keyId);
  if (!key) throw new KeyConfigError(`primary key "${keyId}" is missing from ${keyring.source}`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(keyId));
  const body = Buffer.concat([cipher.update(serialize(p)), cipher.final()]);
  return {
    metadata: {
      encoding: Buffer.from(ENCODING),
      [KEY_ID_KEY]: Buffer.from(keyId),
      [CIPHER_KEY]: Buffer.from(CIPHER),
    },
    data: Buffer.concat([iv, body, cipher.getAuthTag()]),
  };
}

export function decryptPayload(keyring: Keyring, p: Payload): Payload {
  if (!isEncrypted(p)) return p; // written before encryption was enabled (or never encoded): nothing to undo
  const keyId = utf8(p.metadata?.[KEY_ID_KEY]);
  if (!keyId) throw new PayloadDecryptionError(`encrypted payload without ${KEY_ID_KEY} metadata`);
  const key = keyring.keys.get(keyId);
  if (!key) {
    throw new KeyConfigError(
      `payload was encrypted with key "${keyId}", which is not configured (known: ${[...keyring.keys.keys()].join(', ')}; from ${keyring.source}). ` +
        'Keep retired keys in the keyring for as long as histories that use them are retained.',
    );
  }
  const cipherName = utf8(p.metadata?.[CIPHER_KEY]);
  if (cipherName && cipherName !== CIPHER) throw new PayloadDecryptionError(`unsupported cipher ${cipherName}`);
  const data = Buffer.from(p.data ?? new Uint8Array());
  if (data.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError(`encrypted payload is truncated (${data.length} bytes)`);
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
  decipher.setAAD(aad(keyId));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new PayloadDecryptionError(`encrypted payload (key "${keyId}") failed authentication: tampered, truncated or a different key under the same id`);
  }
  try {
    return deserialize(plain);
  } catch {
    throw new PayloadDecryptionError(`decrypted payload (key "${keyId}") is not a serialized payload`);
  }
}

export function createEncryptionCodec(keyring: Keyring): PayloadCodec {
  return {
    async encode(payloads) {
      return payloads.map((p) => encryptPayload(keyring, p));
    },
    async decode(payloads) {
      return payloads.map((p) => decryptPayload(keyring, p));
    },
  };
}

/** The codec configured by the environment (CAI_ENCRYPTION_KEYS or the key file); KeyConfigError if none. */
export function codecFromEnv(env: NodeJS.ProcessEnv = process.env): PayloadCodec {
  return createEncryptionCodec(keyringFromEnv(env));
}
