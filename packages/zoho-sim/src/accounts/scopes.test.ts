import { describe, expect, it } from 'vitest';
import { canonicalScope, parseScopes } from './scopes.ts';

describe('scopes', () => {
  it.each([
    ['ZohoCRM.modules.ALL', 'ZohoCRM.modules.ALL'],
    ['zohocrm.modules.leads.read', 'ZohoCRM.modules.leads.READ'],
    ['ZohoCRM.settings.fields.READ', 'ZohoCRM.settings.fields.READ'],
    ['ZohoCRM.users.ALL', 'ZohoCRM.users.ALL'],
    ['ZohoCRM.org.READ', 'ZohoCRM.org.READ'],
    ['ZohoCRM.coql.READ', 'ZohoCRM.coql.READ'],
    ['ZohoCRM.notifications.ALL', 'ZohoCRM.notifications.ALL'],
    ['ZohoCRM.bulk.CREATE', 'ZohoCRM.bulk.CREATE'],
    ['ZohoSearch.securesearch.READ', 'ZohoSearch.securesearch.READ'],
    ['AaaServer.profile.Read', 'AaaServer.profile.READ'],
    ['OpenID', 'openid'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(canonicalScope(input)).toBe(canonical);
  });

  it.each([
    'ZohoCRM.coql.ALL',
    'ZohoCRM.modules',
    'ZohoCRM.users.leads.READ',
    'ZohoMail.accounts.READ',
    'ZohoCRM.modules.ALL.READ.x',
    'ZohoCRM.modules.1x.READ',
  ])('rejects %s', (input) => {
    expect(canonicalScope(input)).toBeUndefined();
  });

  it('splits on commas and spaces, drops duplicates, rejects empty lists', () => {
    expect(parseScopes('ZohoCRM.modules.ALL, zohocrm.modules.all ZohoCRM.users.READ')).toEqual({
      ok: true,
      scopes: ['ZohoCRM.modules.ALL', 'ZohoCRM.users.READ'],
    });
    expect(parseScopes(' , ')).toEqual({ ok: false, invalid: '' });
  });
});
