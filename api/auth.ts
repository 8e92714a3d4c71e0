// Authentication (API key or bearer token → principal) and authorization (one role per principal; each
// action belongs to the roles listed here and to no other, so no role can take another's action).
import { timingSafeEqual } from 'node:crypto';
import type { ApiConfig, Role } from './config';
import { sha256Hex } from './config';

export interface Principal {
  id: string;
  role: Role;
  name?: string;
}

/** Every action of the API and the roles that may take it. */
export const PERMISSIONS = {
  /** Submit a case (JSON API or FHIR Claim/$submit). */
  'case:submit': ['submitter'],
  /** Read a case's status (a submitter only its own cases) or inquire (Claim/$inquire). */
  'case:status': ['submitter', 'reviewer', 'auditor', 'admin'],
  /** The review queue. */
  'queue:read': ['reviewer'],
  /** A waiting case's chart, facts and evidence (PHI: minimum necessary, reviewers only). */
  'case:evidence': ['reviewer'],
  /** Decide a waiting case. */
  'case:review': ['reviewer'],
  /** A case's audit trail (history + audit store). */
  'audit:read': ['reviewer', 'auditor', 'admin'],
  /** CMS-0057-F metrics. */
  'metrics:read': ['auditor', 'admin'],
  /** Who can call the API (ids and roles, never secrets). */
  'principals:read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function allowed(role: Role, action: Action): boolean {
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

export function actionsOf(role: Role): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((a) => allowed(role, a));
}

export interface Authenticator {
  /** The principal of a request's credentials; undefined when none or unknown. */
  authenticate(headers: Record<string, string | string[] | undefined>): { principal?: Principal; presented: boolean };
  principals(): Principal[];
}

export function createAuthenticator(config: ApiConfig): Authenticator {
  const entries = config.principals.map((p) => ({
    principal: { id: p.id, role: p.role, ...(p.name ? { name: p.name } : {}) } as Principal,
    digest: Buffer.from(p.secretSha256 ?? sha256Hex(p.secret as string), 'hex'),
  }));
  return {
    authenticate(headers) {
      const auth = headers.authorization;
      const apiKey = headers['x-api-key'];
      let secret: string | undefined;
      if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) secret = auth.replace(/^Bearer\s+/i, '').trim();
      else if (typeof apiKey === 'string') secret = apiKey.trim();
      if (!secret) return { presented: typeof auth === 'string' || apiKey !== undefined };
      const digest = Buffer.from(sha256Hex(secret), 'hex');
      // Compare against every entry (constant work per request, no early exit on a match).
      let found: Principal | undefined;
      for (const e of entries) if (timingSafeEqual(e.digest, digest) && !found) found = e.principal;
      return { principal: found, presented: true };
    },
    principals: () => entries.map((e) => e.principal),
  };
}
