import type { SessionUser } from '@cxc/shared/api/session';
import { tenantParamsSchema } from '@cxc/shared/api/tenants';
import { roleSchema, type Role } from '@cxc/shared/domain/roles';

export interface ClaimNames {
  role: string;
  tenant: string;
  tenantName: string;
}

export type ClaimsResult = { ok: true; user: SessionUser } | { ok: false; reason: string };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** Accepts a role as a string or as an array holding exactly one console role (some IdPs send role lists). */
function readRole(value: unknown): Role | 'missing' | 'unknown' | 'ambiguous' {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (values.length === 0) return 'missing';
  const roles = values.flatMap((item) => {
    const parsed = roleSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  if (roles.length > 1) return 'ambiguous';
  return roles[0] ?? 'unknown';
}

/**
 * Turns ID-token and userinfo claims into the console user, or a reason to refuse the sign-in that the
 * user can act on. The reason names the claim, never any token.
 */
export function mapClaims(claims: Record<string, unknown>, names: ClaimNames): ClaimsResult {
  const sub = text(claims.sub);
  if (!sub) return { ok: false, reason: 'The identity provider sent no subject for your account.' };
  const email = text(claims.email) ?? text(claims.preferred_username) ?? sub;
  const name = text(claims.name) ?? email;
  const role = readRole(claims[names.role]);
  const ask = 'Ask your administrator to assign system_admin, tenant_admin or agent.';
  if (role === 'missing')
    return { ok: false, reason: `Your account has no console role (claim "${names.role}"). ${ask}` };
  if (role === 'unknown')
    return { ok: false, reason: `Your account's role (claim "${names.role}") is not a console role. ${ask}` };
  if (role === 'ambiguous')
    return {
      ok: false,
      reason: `Your account has several console roles (claim "${names.role}"); it needs exactly one.`,
    };
  if (role === 'system_admin') return { ok: true, user: { sub, email, name, role, tenant: null } };
  const tenantId = tenantParamsSchema.shape.tenantId.safeParse(text(claims[names.tenant]));
  if (!tenantId.success) {
    return {
      ok: false,
      reason: `Your account has the role ${role} but no valid tenant (claim "${names.tenant}"). Ask your administrator to assign one.`,
    };
  }
  const tenantName = text(claims[names.tenantName]) ?? tenantId.data;
  return { ok: true, user: { sub, email, name, role, tenant: { id: tenantId.data, name: tenantName } } };
}
