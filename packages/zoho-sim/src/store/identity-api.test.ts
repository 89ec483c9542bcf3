import { describe, expect, it } from 'vitest';
import { applySeed } from '../seed/apply-seed.ts';
import { ACME_ORG_ID, GLOBEX_ORG_ID } from '../seed/demo-orgs.ts';
import { createClock } from './clock.ts';
import { createIdentityApi } from './identity-api.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { revokeToken } from './revocation.ts';
import { emptyState } from './state.ts';
import type { Store } from './store.ts';
import { mintAccessToken } from './tokens.ts';

function seededStore(): Store {
  const store: Store = { state: emptyState('demo', [], []), clock: createClock(), limits: DEFAULT_LIMITS };
  applySeed(store, 'demo');
  return store;
}

const ALICE = '4150868000000225002';
const MULTI = '4150868000000225004';
const scopes = ['ZohoCRM.modules.ALL'];

describe('IdentityApi.authenticate', () => {
  it('resolves `Zoho-oauthtoken <token>` to user, org, client and granted scopes', () => {
    const store = seededStore();
    const at = mintAccessToken(store, {
      dc: 'us',
      clientId: 'c1',
      userId: ALICE,
      orgId: ACME_ORG_ID,
      scopes,
    });
    const result = createIdentityApi(store).authenticate(`Zoho-oauthtoken ${at.token}`, 'us');
    expect(result.ok && result.auth).toMatchObject({
      accessToken: at.token,
      clientId: 'c1',
      user: { email: 'alice@acme.example' },
      org: { id: ACME_ORG_ID },
      scopes,
    });
  });

  it.each([undefined, '', 'Bearer 1000.a.b', 'Zoho-oauthtoken', 'Zoho-oauthtoken a b', 'Basic eDp5'])(
    'answers AUTHENTICATION_FAILURE for the header %j',
    (header) => {
      expect(createIdentityApi(seededStore()).authenticate(header, 'us')).toEqual({
        ok: false,
        status: 401,
        body: {
          code: 'AUTHENTICATION_FAILURE',
          details: {},
          message: 'Authentication failed',
          status: 'error',
        },
      });
    },
  );

  it('answers INVALID_TOKEN for unknown, expired, revoked and other-DC tokens', () => {
    const store = seededStore();
    const api = createIdentityApi(store);
    const invalid = {
      ok: false,
      status: 401,
      body: { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' },
    };
    expect(api.authenticate('Zoho-oauthtoken 1000.unknown.token', 'us')).toEqual(invalid);
    const globex = mintAccessToken(store, {
      dc: 'us',
      clientId: 'c',
      userId: MULTI,
      orgId: GLOBEX_ORG_ID,
      scopes,
    });
    // The org's DC decides the API host, not the user's: Globex lives in the EU.
    expect(api.authenticate(`Zoho-oauthtoken ${globex.token}`, 'us')).toEqual(invalid);
    expect(api.authenticate(`zoho-oauthtoken ${globex.token}`, 'eu').ok).toBe(true);
    const revoked = mintAccessToken(store, {
      dc: 'us',
      clientId: 'c',
      userId: ALICE,
      orgId: ACME_ORG_ID,
      scopes,
    });
    revokeToken(store, revoked.token);
    expect(api.authenticate(`Zoho-oauthtoken ${revoked.token}`, 'us')).toEqual(invalid);
    const expiring = mintAccessToken(store, {
      dc: 'us',
      clientId: 'c',
      userId: ALICE,
      orgId: ACME_ORG_ID,
      scopes,
    });
    store.clock.advance(3599);
    expect(api.authenticate(`Zoho-oauthtoken ${expiring.token}`, 'us').ok).toBe(true);
    store.clock.advance(1);
    expect(api.authenticate(`Zoho-oauthtoken ${expiring.token}`, 'us')).toEqual(invalid);
  });

  it('lists orgs and their members', () => {
    const api = createIdentityApi(seededStore());
    expect(api.orgs().map((org) => org.name)).toEqual(['Acme Corp', 'Globex GmbH']);
    expect(api.org(GLOBEX_ORG_ID)?.dc).toBe('eu');
    expect(api.usersOf(GLOBEX_ORG_ID).map((user) => user.email)).toEqual([
      'zoho-admin@globex.example',
      'carol@globex.example',
      'multi@consult.example',
    ]);
  });
});
