// Configuration of the HTTP API server: who may call it (API keys / bearer tokens with one role each), its
// limits, the regulatory clocks, and which PAS item codes each spec covers. Read from one JSON or YAML file
// (`--config`, $CAI_API_CONFIG, default $CAI_DATA_DIR/api.json) and checked with zod; secrets are stored as
// sha256 digests (or, for local development only, in the clear). The server keeps no other state.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const ROLES = ['submitter', 'reviewer', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const Coding = z.object({ system: z.string().min(1).optional(), code: z.string().min(1) }).strict();

const PrincipalSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._@:-]{1,64}$/, 'ids are 1-64 characters: letters, digits, . _ @ : -'),
    role: z.enum(ROLES),
    /** Display name for the console (never used for authorization). */
    name: z.string().max(120).optional(),
    /** sha256 (hex) of the API key / bearer token. */
    secretSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    /** The secret in the clear: local development only (`serve --dev` writes these). */
    secret: z.string().min(16).optional(),
  })
  .strict()
  .refine((p) => Boolean(p.secretSha256) !== Boolean(p.secret), { message: 'give exactly one of secretSha256 or secret' });

export const ApiConfigSchema = z
  .object({
    principals: z.array(PrincipalSchema).min(1),
    limits: z
      .object({
        /** Largest JSON request body (bytes) on /api. */
        bodyBytes: z.number().int().min(1024).default(256 * 1024),
        /** Largest FHIR request Bundle (bytes) on /fhir (base64 documents make these bigger). */
        fhirBodyBytes: z.number().int().min(1024).default(5 * 1024 * 1024),
        /** Requests per principal (or per client address before authentication) per minute. */
        requestsPerMinute: z.number().int().min(1).default(300),
        /** How long a submission waits for the case to be decided or pended before answering "running". */
        submitWaitSeconds: z.number().min(1).max(600).default(30),
      })
      .strict()
      .default({ bodyBytes: 256 * 1024, fhirBodyBytes: 5 * 1024 * 1024, requestsPerMinute: 300, submitWaitSeconds: 30 }),
    clock: z
      .object({
        /** CMS-0057-F: expedited requests are decided within 72 hours. */
        expeditedHours: z.number().positive().default(72),
        /** CMS-0057-F: standard requests within 7 calendar days. */
        standardHours: z.number().positive().default(7 * 24),
        /** A waiting case is at risk once this share of its window has passed. */
        atRiskFraction: z.number().gt(0).lt(1).default(0.75),
      })
      .strict()
      .default({ expeditedHours: 72, standardHours: 168, atRiskFraction: 0.75 }),
    escalation: z
      .object({ intervalSeconds: z.number().min(1).default(60) })
      .strict()
      .default({ intervalSeconds: 60 }),
    /** PAS: the item codes (Claim.item.productOrService) each spec decides. */
    specs: z.record(z.string(), z.object({ items: z.array(Coding).default([]) }).strict()).default({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.principals.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['principals', i, 'id'], message: `duplicate principal id "${p.id}"` });
      seen.add(p.id);
    });
  });

export type ApiConfig = z.infer<typeof ApiConfigSchema>;
export type PrincipalConfig = ApiConfig['principals'][number];

export class ApiConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiConfigError';
  }
}

/**
 * Item codes of the bundled specs, used when the config names none for a spec:
 * home sleep apnea testing (CPT 95800/95801/95806, HCPCS G0398-G0400) and GLP-1 agonists billed as an
 * unclassified drug (HCPCS J3490). Override them per spec in the config's `specs` section.
 */
export const DEFAULT_SPEC_ITEMS: Record<string, { system?: string; code: string }[]> = {
  'prior-auth-sleep-study': [
    { system: 'http://www.ama-assn.org/go/cpt', code: '95800' },
    { system: 'http://www.ama-assn.org/go/cpt', code: '95801' },
    { system: 'http://www.ama-assn.org/go/cpt', code: '95806' },
    { system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'G0398' },
    { system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'G0399' },
    { system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'G0400' },
  ],
  'prior-auth-glp1': [{ system: 'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', code: 'J3490' }],
};

export function parseApiConfig(raw: unknown, where = 'API config'): ApiConfig {
  const parsed = ApiConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ApiConfigError(`${where} is invalid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env, dataDir: string): string {
  return env.CAI_API_CONFIG ?? join(dataDir, 'api.json');
}

export function loadApiConfig(file: string): ApiConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ApiConfigError(`API config ${file} cannot be read; create it (see README "HTTP API and reviewer console") or run \`compiled-ai serve --dev\``);
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new ApiConfigError(`API config ${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(e as Error).message}`);
  }
  return parseApiConfig(raw, `API config ${file}`);
}

export const sha256Hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** A development config with one principal per role and fresh random secrets (written 0600, never overwritten). */
export function writeDevConfig(file: string): { created: boolean } {
  if (existsSync(file)) return { created: false };
  const secret = () => `cai_${randomBytes(24).toString('base64url')}`;
  const config = {
    principals: [
      { id: 'dev-submitter', role: 'submitter', name: 'Intake (dev)', secret: secret() },
      { id: 'dev-reviewer', role: 'reviewer', name: 'Reviewer (dev)', secret: secret() },
      { id: 'dev-auditor', role: 'auditor', name: 'Auditor (dev)', secret: secret() },
      { id: 'dev-admin', role: 'admin', name: 'Admin (dev)', secret: secret() },
    ],
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return { created: true };
}
