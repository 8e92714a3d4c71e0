// Base64 for the gate's decoders (the rules' encoded-payload scan, the classifier's blob reading). No Buffer, so
// the gate stays free of Node built-ins.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to a latin1 string; undefined when the token is not base64. */
export function decodeBase64(tok: string): string | undefined {
  const body = tok.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of body) {
    const v = B64.indexOf(ch);
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}
