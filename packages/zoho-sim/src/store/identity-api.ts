import type { AuthContext, IdentityApi } from '../core/types.ts';
import { AUTHENTICATION_FAILURE, INVALID_TOKEN } from './api-errors.ts';
import { findOrg, findUser, usersOf } from './directory.ts';
import type { Store } from './store.ts';

/**
 * Zoho CRM only accepts `Authorization: Zoho-oauthtoken <token>` (every CRM page; SDK constant
 * OAUTH_HEADER_PREFIX). A Bearer header is treated like a garbled one: AUTHENTICATION_FAILURE.
 * The scheme is matched case-insensitively, as HTTP auth schemes are.
 */
const HEADER = /^Zoho-oauthtoken +(\S+) *$/i;

export function createIdentityApi(store: Store): IdentityApi {
  return {
    authenticate(authorization, dc) {
      const match = HEADER.exec(authorization ?? '');
      const token = match?.[1];
      if (token === undefined) return { ok: false, status: 401, body: AUTHENTICATION_FAILURE };
      const auth = resolve(store, token);
      // A token is bound to its org's DC; any other DC's API host has never heard of it.
      if (!auth || auth.org.dc !== dc) return { ok: false, status: 401, body: INVALID_TOKEN };
      return { ok: true, auth };
    },
    orgs: () => [...store.state.orgs],
    org: (orgId) => findOrg(store, orgId),
    usersOf: (orgId) => usersOf(store, orgId),
  };
}

/** The live access token's context, or undefined when unknown, expired or revoked. */
export function resolve(store: Store, token: string): AuthContext | undefined {
  const record = store.state.accessTokens.get(token);
  if (!record || record.revoked || record.expiresAt <= store.clock.now()) return undefined;
  const user = findUser(store, record.userId);
  const org = findOrg(store, record.orgId);
  if (!user || !org || !user.orgs.some((membership) => membership.orgId === org.id)) return undefined;
  return { accessToken: token, clientId: record.clientId, user, org, scopes: [...record.scopes] };
}
