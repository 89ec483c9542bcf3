import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { BulkClient } from './test-support/bulk-client.ts';
import { ALL_SCOPES, accessToken, startSim } from './test-support/sim-session.ts';

const BULK_SCOPES = `${ALL_SCOPES},ZohoCRM.bulk.READ`;

describe('Bulk Read API: refusals', () => {
  let sim: RunningZohoSim;
  let bulk: BulkClient;

  beforeAll(async () => {
    sim = await startSim();
    bulk = new BulkClient(sim, await accessToken(sim, 'zoho-admin@acme.example', { scope: BULK_SCOPES }));
  });
  afterAll(() => sim.stop());

  it('answers bad requests with Zoho error bodies, never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ query: { module: 'Nope' } }, 'MODULE_NOT_AVAILABLE'],
      [{ query: { module: 'Notes' } }, 'MODULE_NOT_SUPPORTED'],
      [{ query: {} }, 'MANDATORY_NOT_FOUND'],
      [{}, 'MANDATORY_NOT_FOUND'],
      [{ query: { module: 'Contacts', fields: ['Nope'] } }, 'FIELD_NOT_AVAILABLE'],
      [{ query: { module: 'Contacts', fields: ['Email.x'] } }, 'FIELD_NOT_AVAILABLE'],
      [{ query: { module: 'Contacts', page: 0 } }, 'PAGE_RANGE_EXCEEDED'],
      [{ query: { module: 'Contacts', page: 501 } }, 'PAGE_RANGE_EXCEEDED'],
      [
        { query: { module: 'Contacts' }, callback: { url: 'ftp://x', method: 'post' } },
        'INVALID_CALLBACK_URL',
      ],
      [
        { query: { module: 'Contacts' }, callback: { url: 'https://x.example', method: 'get' } },
        'INVALID_CALLBACK_METHOD',
      ],
      [
        {
          query: {
            module: 'Contacts',
            criteria: { api_name: 'Modified_Time', comparator: 'between', value: 'a' },
          },
        },
        'VALUE_IN_CRITERIA_NOT_SUPPORTED',
      ],
      [
        {
          query: { module: 'Contacts', criteria: { api_name: 'Email', comparator: 'less_than', value: 'a' } },
        },
        'FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED',
      ],
      [{ query: { module: 'Contacts', criteria: { group_operator: 'xor', group: [] } } }, 'INVALID_CRITERIA'],
      [
        {
          query: {
            module: 'Contacts',
            criteria: { api_name: 'Modified_Time', comparator: 'greater_than', value: '\u0000' },
          },
        },
        'VALUE_IN_CRITERIA_NOT_SUPPORTED',
      ],
      [
        {
          query: {
            module: 'Contacts',
            criteria: {
              group_operator: 'or',
              group: Array.from({ length: 26 }, (_, i) => ({
                api_name: 'Email',
                comparator: 'equal',
                value: `${i}@x.example`,
              })),
            },
          },
        },
        'CRITERIA_LIMIT_EXCEEDED',
      ],
      [{ query: { module: 'Contacts' }, file_type: 'ics' }, 'INVALID_DATA'],
      ['"just a string"', 'REQUEST_BODY_NOT_READABLE'],
    ];
    for (const [body, code] of cases) {
      const res = typeof body === 'string' ? await bulk.call('POST', '', body) : await bulk.create(body);
      expect([res.status, res.body?.code], JSON.stringify(body)).toEqual([400, code]);
    }
    expect((await bulk.call('POST', '', '{"query":')).body?.code).toBe('REQUEST_BODY_NOT_READABLE');
    expect((await bulk.call('POST', '', 'query=x', 'text/plain')).status).toBe(415);
    expect((await bulk.call('GET', '/123')).body).toMatchObject({
      code: 'RESOURCE_NOT_FOUND',
      status: 'error',
    });
    expect((await bulk.call('GET', '/%00%ff/result')).status).toBe(404);
    expect((await bulk.call('DELETE', '/123')).body?.code).toBe('INVALID_REQUEST_METHOD');
  });

  it('needs ZohoCRM.bulk.READ and the module scope; other orgs cannot see a job', async () => {
    const plain = new BulkClient(sim, await accessToken(sim, 'zoho-admin@acme.example'));
    expect((await plain.create({ query: { module: 'Contacts' } })).body?.code).toBe('OAUTH_SCOPE_MISMATCH');
    const leadsOnly = new BulkClient(
      sim,
      await accessToken(sim, 'zoho-admin@acme.example', {
        scope: 'ZohoCRM.bulk.READ,ZohoCRM.modules.leads.READ',
      }),
    );
    expect((await leadsOnly.create({ query: { module: 'Contacts' } })).body?.code).toBe(
      'OAUTH_SCOPE_MISMATCH',
    );
    const id = await bulk.start({ query: { module: 'Contacts' } });
    const globexToken = await accessToken(sim, 'zoho-admin@globex.example', { dc: 'eu', scope: BULK_SCOPES });
    const res = await fetch(`${sim.dcs.eu.api}/crm/bulk/v2/read/${id}`, {
      headers: { authorization: `Zoho-oauthtoken ${globexToken}` },
    });
    expect(res.status).toBe(404);
  });
});
