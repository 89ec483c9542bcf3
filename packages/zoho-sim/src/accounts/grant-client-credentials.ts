import type { Dc } from '../core/dcs.ts';
import { findOrg, findUser, usersOf } from '../store/directory.ts';
import type { SimClient } from '../store/state.ts';
import { mintAccessToken } from '../store/tokens.ts';
import type { AccountsDeps } from './accounts-deps.ts';
import { parseScopes } from './scopes.ts';
import { type TokenResult, tokenBody, tokenError } from './token-body.ts';

/**
 * Self Client `grant_type=client_credentials` with `soid=ZohoCRM.<org id>`
 * (https://www.zoho.com/accounts/protocol/oauth/self-client/client-credentials-flow.html): an access token
 * only, acting as the client's owner (or, when it has none, the org's first administrator). The
 * error strings for a bad soid or a server-based client are UNCONFIRMED; RFC 6749 names are used.
 */
export function clientCredentialsGrant(
  deps: AccountsDeps,
  dc: Dc,
  client: SimClient,
  params: Record<string, string>,
): TokenResult {
  const { store } = deps;
  if (client.type !== 'self') return tokenError('unauthorized_client');
  const orgId = /^ZohoCRM\.(\d+)$/i.exec(params.soid ?? '')?.[1];
  const org = orgId === undefined ? undefined : findOrg(store, orgId);
  if (!org) return tokenError('invalid_request');
  const scopes = parseScopes(params.scope);
  if (!scopes.ok) return tokenError('invalid_scope');
  const members = usersOf(store, org.id);
  const owner = client.ownerUserId === undefined ? undefined : findUser(store, client.ownerUserId);
  const user =
    owner && members.includes(owner)
      ? owner
      : members.find((member) =>
          member.orgs.some((m) => m.orgId === org.id && m.profile === 'Administrator'),
        );
  if (!user) return tokenError('invalid_client');
  const subject = { dc, clientId: client.id, userId: user.id, orgId: org.id, scopes: scopes.scopes };
  return tokenBody(deps, { access: mintAccessToken(store, subject), user, org, withIdToken: false });
}
