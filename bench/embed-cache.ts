// A sentence embedder with an on-disk cache (.data/semantic-embed-cache.json, keyed by the sha1 of the text), for
// benchmarks that embed the same instances run after run (training the semantic head, the security eval). The
// cache holds vectors only, never text. Delete the file after changing the embedder.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { loadEmbedder, type SentenceEmbedder } from '../activities/gate/embedder';

const CACHE = path.resolve(__dirname, '..', '.data', 'semantic-embed-cache.json');
const key = (t: string) => crypto.createHash('sha1').update(t).digest('hex');

export interface CachedEmbedder extends SentenceEmbedder {
  /** Writes new vectors to the cache file. */
  save(): void;
}

export async function cachedEmbedder(progress = false): Promise<CachedEmbedder> {
  const cache: Record<string, string> = fs.existsSync(CACHE) ? JSON.parse(fs.readFileSync(CACHE, 'utf8')) : {};
  let inner: SentenceEmbedder | undefined;
  let added = 0;
  const decode = (b64: string) => {
    const b = Buffer.from(b64, 'base64');
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  };
  const save = () => {
    if (!added) return;
    fs.mkdirSync(path.dirname(CACHE), { recursive: true });
    fs.writeFileSync(CACHE, JSON.stringify(cache));
    added = 0;
  };
  return {
    async embed(texts) {
      const missing = [...new Set(texts.filter((t) => !cache[key(t)]))];
      if (missing.length) {
        inner ??= await loadEmbedder();
        const t0 = Date.now();
        for (let i = 0; i < missing.length; i += 200) {
          const vs = await inner.embed(missing.slice(i, i + 200));
          vs.forEach((v, j) => (cache[key(missing[i + j]!)] = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')));
          added += vs.length;
          if (progress) process.stderr.write(`\rembedded ${Math.min(i + 200, missing.length)}/${missing.length} (${Math.round((Date.now() - t0) / 1000)} s)`);
        }
        if (progress) process.stderr.write('\n');
      }
      return texts.map((t) => decode(cache[key(t)]!));
    },
    save,
    async dispose() {
      save();
      await inner?.dispose();
    },
  };
}
