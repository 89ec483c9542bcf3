import { describe, expect, it } from 'vitest';
import { mapClaims } from './map-claims.ts';

const names = { role: 'cxc_role', tenant: 'cxc_tenant', tenantName: 'cxc_tenant_name' };
const base = { sub: 'u1', email: 'u1@acme.example', name: 'User One' };

describe('mapClaims', () => {
  it('maps a tenant role with its tenant', () => {
    const result = mapClaims(
      { ...base, cxc_role: 'agent', cxc_tenant: 'acme', cxc_tenant_name: 'Acme Corp' },
      names,
    );
    expect(result).toEqual({
      ok: true,
      user: { ...base, role: 'agent', tenant: { id: 'acme', name: 'Acme Corp' } },
    });
  });

  it('gives the system administrator no tenant even if one is sent', () => {
    const result = mapClaims({ ...base, cxc_role: 'system_admin', cxc_tenant: 'acme' }, names);
    expect(result).toEqual({ ok: true, user: { ...base, role: 'system_admin', tenant: null } });
  });

  it('uses the tenant id as name when no name claim is sent', () => {
    const result = mapClaims({ ...base, cxc_role: 'tenant_admin', cxc_tenant: 'globex' }, names);
    expect(result.ok && result.user.tenant).toEqual({ id: 'globex', name: 'globex' });
  });

  it('reads configured claim names and single-role arrays', () => {
    const custom = { role: 'roles', tenant: 'org', tenantName: 'org_name' };
    const result = mapClaims({ ...base, roles: ['agent'], org: 'acme', org_name: 'Acme' }, custom);
    expect(result.ok && result.user.role).toBe('agent');
  });

  it.each([
    ['missing role', { ...base }, /no console role \(claim "cxc_role"\)/],
    ['unknown role', { ...base, cxc_role: 'superuser' }, /is not a console role/],
    ['several roles', { ...base, cxc_role: ['agent', 'tenant_admin'] }, /several console roles/],
    [
      'tenant role without tenant',
      { ...base, cxc_role: 'tenant_admin' },
      /tenant_admin but no valid tenant \(claim "cxc_tenant"\)/,
    ],
    ['tenant id too long', { ...base, cxc_role: 'agent', cxc_tenant: 'x'.repeat(101) }, /no valid tenant/],
    ['no subject', { email: 'a@b.c', cxc_role: 'agent', cxc_tenant: 'acme' }, /no subject/],
  ])('refuses: %s', (_case, claims, reason) => {
    const result = mapClaims(claims, names);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
