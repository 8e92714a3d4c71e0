// Secrets in text: known credential formats, credential-like names, high-entropy strings.
// Hand-written on purpose: secretlint is ESM-only with an async API (this stage is synchronous), and
// eslint-plugin-no-secrets (truffleHog's regex list plus entropy) catches 3 of the 8 cases the tests require
// (none of the named passwords, nor a PKCS#8 key header) and flags a released artifact id as a secret.

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export const SECRET_PATTERNS: { re: RegExp; what: string }[] = [
  { re: /\bsk-(?:proj-|live-|ant-)?[A-Za-z0-9_-]{20,}/, what: 'an API secret key (sk-...)' },
  { re: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/, what: 'a Stripe-style secret key' },
  { re: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/, what: 'an AWS access key id' },
  { re: /\bgh[pousr]_[A-Za-z0-9]{30,}/, what: 'a GitHub token' },
  { re: /\bgithub_pat_[A-Za-z0-9_]{30,}/, what: 'a GitHub fine-grained token' },
  { re: /\bglpat-[A-Za-z0-9_-]{20,}/, what: 'a GitLab token' },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { re: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key' },
  { re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/, what: 'a SendGrid API key' },
  { re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, what: 'a private key block' },
  { re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, what: 'a JSON Web Token' },
  { re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:[^\s:/@]{3,}@/i, what: 'a URL with embedded credentials' },
];

export const PASSWORD_NAME = /(?:^|[^a-z]|[a-z])(?:password|passwd|passphrase|pwd)$/i;
/** Short credential field names (`pass`, `db_pass`, `dbPass`, `passcode`, `passkey`): need a credential-like value. */
export const SHORT_PASS_NAME = /(?:^|_|-|[a-z0-9](?=P))(?:pass|Pass|PASS)(?:code|Code|key|Key)?$/;
/** Sibling keys that make an object literal a connection / login configuration. */
export const CREDENTIAL_CONTEXT = /^(?:user|username|user_?name|login|host|hostname|server|database|db|dbname|uri|url|port|account|email)$/i;
export const SECRET_NAME = /(?:secret|token|api_?key|apikey|access_?key|private_?key|client_?secret|credential|auth_?key|signing_?key|bearer)s?$/i;

export function looksHighEntropySecret(v: string): boolean {
  if (v.length < 16 || /\s/.test(v)) return false;
  if (/^[0-9a-f]{32,}$/i.test(v)) return true;
  if (!/^[A-Za-z0-9+/=_.-]+$/.test(v)) return false;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  return shannonEntropy(v) >= 3.5;
}
