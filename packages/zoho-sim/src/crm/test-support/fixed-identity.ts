import type { CrmDeps, IdentityApi, SimOrg, SimUser } from '../../core/types.ts';

/** An IdentityApi over fixed orgs and users, for tests that drive createCrm without the server. */
export function fixedIdentity(orgs: SimOrg[], users: SimUser[]): IdentityApi {
  return {
    authenticate: () => ({
      ok: false,
      status: 401,
      body: { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' },
    }),
    orgs: () => orgs,
    org: (id) => orgs.find((o) => o.id === id),
    usersOf: (orgId) => users.filter((u) => u.orgs.some((m) => m.orgId === orgId)),
  };
}

export function fixedDeps(orgs: SimOrg[], users: SimUser[], now = Date.UTC(2026, 10, 21, 10, 0, 0)): CrmDeps {
  let offset = 0;
  return {
    identity: fixedIdentity(orgs, users),
    clock: { now: () => now + offset, advance: (s) => void (offset += s * 1000) },
    faults: () => ({ searchIndexDelaySeconds: 0 }),
    baseUrl: () => 'http://127.0.0.1:0',
  };
}
