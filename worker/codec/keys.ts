// Encryption keys of the payload codec: AES-256 keys by id, one of them primary (used to encrypt), the
// others still accepted for decryption (rotation). From CAI_ENCRYPTION_KEYS (`id:base64key,...`, first is
// primary) or a key file (CAI_KEY_FILE, default <CAI_DATA_DIR>/keys.json):
//   { "primary": "k2", "keys": { "k1": "<base64 32 bytes>", "k2": "<base64 32 bytes>" } }
// Problems are KeyConfigError (the CLI reports it without a stack); there is no plaintext fallback.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../config';

export class KeyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyConfigError';
  }
}

export interface Keyring {
  /** Key id new payloads are encrypted with. */
  primary: string;
  /** Every known key by id (the primary included). */
  keys: ReadonlyMap<string, Buffer>;
  /** Where the keys came from (for messages; never the key material). */
  source: string;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
export const KEY_BYTES = 32;

function parseKey(id: string, b64: unknown, where: string): Buffer {
  if (!KEY_ID.test(id)) throw new KeyConfigError(`${where}: key id "${id}" must be 1-64 characters of A-Z a-z 0-9 . _ -`);
  if (typeof b64 !== 'string' || !BASE64.test(b64.trim())) throw new KeyConfigError(`${where}: key "${id}" is not base64; create one with \`openssl rand -base64 32\``);
  const key = Buffer.from(b64.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new KeyConfigError(`${where}: key "${id}" is ${key.length} bytes; AES-256 needs exactly ${KEY_BYTES} (create one with \`openssl rand -base64 32\`)`);
  }
  return key;
}

/** Build a keyring; checks every key and that the primary is among them. */
export function makeKeyring(primary: string, keys: Record<string, string>, source = 'keyring'): Keyring {
  const map = new Map<string, Buffer>();
  for (const [id, b64] of Object.entries(keys)) map.set(id, parseKey(id, b64, source));
  if (map.size === 0) throw new KeyConfigError(`${source}: no keys`);
  if (!map.has(primary)) throw new KeyConfigError(`${source}: primary key "${primary}" is not among the keys (${[...map.keys()].join(', ')})`);
  return { primary, keys: map, source };
}

/** `id:base64,id2:base64` (first = primary). */
export function parseKeyList(list: string, source = 'CAI_ENCRYPTION_KEYS'): Keyring {
  const entries = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) throw new KeyConfigError(`${source} is empty; expected id:base64key[,id:base64key...]`);
  const keys: Record<string, string> = {};
  for (const entry of entries) {
    const i = entry.indexOf(':');
    if (i <= 0) throw new KeyConfigError(`${source}: entry ${JSON.stringify(entry.slice(0, 12))}… is not id:base64key; set e.g. ${source}=k1:$(openssl rand -base64 32)`);
    const id = entry.slice(0, i);
    if (id in keys) throw new KeyConfigError(`${source}: key id "${id}" appears twice`);
    keys[id] = entry.slice(i + 1);
  }
  return makeKeyring(entries[0]!.slice(0, entries[0]!.indexOf(':')), keys, source);
}

export function loadKeyFile(path: string): Keyring {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KeyConfigError(
      code === 'ENOENT'
        ? `no payload encryption keys: ${path} does not exist. Create dev keys with \`bash scripts/create-dev-keys.sh\`, or set CAI_ENCRYPTION_KEYS=id:base64key or CAI_KEY_FILE`
        : `key file ${path} cannot be read (${code ?? (e as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyConfigError(`key file ${path} is not JSON; expected {"primary": "k1", "keys": {"k1": "<base64>"}}`);
  }
  const o = json as { primary?: unknown; keys?: unknown };
  if (!o || typeof o !== 'object' || typeof o.primary !== 'string' || !o.keys || typeof o.keys !== 'object' || Array.isArray(o.keys)) {
    throw new KeyConfigError(`key file ${path}: expected {"primary": "k1", "keys": {"k1": "<base64>"}}`);
  }
  return makeKeyring(o.primary, o.keys as Record<string, string>, `key file ${path}`);
}

export function defaultKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.CAI_KEY_FILE || join(dataDir(env), 'keys.json');
}

/** CAI_ENCRYPTION_KEYS if set, else the key file. Throws KeyConfigError when neither yields a valid keyring. */
export function keyringFromEnv(env: NodeJS.ProcessEnv = process.env): Keyring {
  const list = env.CAI_ENCRYPTION_KEYS?.trim();
  if (list) return parseKeyList(list);
  return loadKeyFile(defaultKeyFile(env));
}

export function newKeyBase64(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/** Write a key file with one fresh key if none exists (mode 0600). Returns whether it created one. */
export function ensureKeyFile(path: string, id = `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`): boolean {
  if (existsSync(path)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const body = `${JSON.stringify({ primary: id, keys: { [id]: newKeyBase64() } }, null, 2)}\n`;
  try {
    writeFileSync(path, body, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  chmodSync(path, 0o600);
  return true;
}
