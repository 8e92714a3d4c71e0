// Base64 for the gate: the rules' encoded-payload scan, the classifier's blob reading and its weights. No Buffer, so
// the gate stays free of Node built-ins.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LUT = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) LUT[B64.charCodeAt(i)] = i;

/** Base64 to a latin1 string; undefined when the token is not base64. */
export function decodeBase64(tok: string): string | undefined {
  const body = tok.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  let bits = 0;
  let acc = 0;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? LUT[c]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}
