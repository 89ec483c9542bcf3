import { dryRun } from '@cxc/shared/api/settings';
import type { ConversationEventInput } from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok } from '../../test/settings-api.ts';
import { type ConnectedStack, simRequests, startConnectedStack } from '../../test/start-connected-stack.ts';
import { getZohoClient } from './get-zoho-client.ts';
import { zohoLookup } from './lookup.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
});
afterAll(() => env.stop());

function settings(): IntegrationSettings {
  const s = defaultSettings();
  Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
  return s;
}

/** A dry run of an ended chat, and the record reads it made at Zoho (metadata and users left out). */
async function identify(visitor: Record<string, string>) {
  const event: ConversationEventInput = { ...SAMPLE_EVENTS['chat.ended'], visitor };
  const { lastSeq } = await simRequests(env.sim);
  const { plan } = ok(
    await call(env.acmeAdmin, dryRun, { tenantId: 'acme' }, { body: { settings: settings(), event } }),
  );
  const { requests } = await simRequests(env.sim, lastSeq);
  const reads = requests
    .map((r) => `${r.method} ${r.path.replace(/^\/us\/api\/crm\/v2/, '').split('?')[0] ?? ''}`)
    .filter((r) => !/ \/(settings|users|org)\b/.test(r));
  return { plan, reads };
}

describe('identifying a visitor by phone', () => {
  it('costs one Zoho call per module for a number Zoho does not know', async () => {
    const { plan, reads } = await identify({ name: 'Nora Newcomer', phone: '+1 202 555 0147' });
    expect(plan.identified).toEqual({ outcome: 'not_found' });
    expect(plan.searches.map((s) => `${s.module}:${s.rule}`)).toEqual(['Contacts:phone', 'Leads:phone']);
    // Every spelling in every phone field of Contacts, then of Leads: two calls, not two per spelling.
    expect(reads).toEqual(['POST /coql', 'POST /coql']);
  });

  it('finds "+1 (415) 555-0100" from a national number with one COQL and one read of the record', async () => {
    const { plan, reads } = await identify({ name: 'Jane Roe', phone: '415 555 0100', country: 'US' });
    expect(plan.identified).toMatchObject({ outcome: 'found', module: 'Contacts', via: 'phone' });
    expect(plan.searches).toHaveLength(1);
    expect(plan.searches[0]?.query).toMatchObject({
      by: 'phone',
      phone: '+14155550100',
      fields: expect.arrayContaining([
        'Phone',
        'Mobile',
        'Home_Phone',
        'Other_Phone',
        'Asst_Phone',
      ]) as string[],
    });
    expect(reads).toEqual(['POST /coql', 'GET /Contacts']);
    // The full record, as /search returned it before: her e-mail and account are there for the update.
    expect(plan.operations[0]).toMatchObject({ module: 'Contacts', kind: 'skip', reason: 'no_changes' });
  });

  it('finds a Lead stored as "0049 30 …" right after it was written (COQL reads no search index)', async () => {
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    const written = await zoho.insertRecords('Leads', [
      { Last_Name: 'Vogel', Company: 'Vogel Reisen', Mobile: '0049 30 7654321' },
    ]);
    expect(written.httpStatus).toBe(201);
    const { plan, reads } = await identify({ name: 'Eva Vogel', phone: '+49 30 7654321' });
    expect(plan.identified).toMatchObject({ outcome: 'found', module: 'Leads', via: 'phone' });
    expect(reads).toEqual(['POST /coql', 'POST /coql', 'GET /Leads']);
  });

  it('re-checks in E.164: a spelling that holds another number is read, then dropped', async () => {
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    // The last ten digits of +49 30 5550148; read in Germany it is +49 930 5550148, another number.
    await zoho.insertRecords('Contacts', [{ Last_Name: 'Other', Phone: '9305550148' }]);
    const { plan, reads } = await identify({ name: 'Not Other', phone: '+49 30 5550148', country: 'DE' });
    expect(plan.identified).toEqual({ outcome: 'not_found' });
    expect(plan.searches[0]).toMatchObject({ module: 'Contacts', matchedIds: [] });
    expect(plan.searches[0]?.resultIds).toHaveLength(1);
    expect(reads).toEqual(['POST /coql', 'GET /Contacts', 'POST /coql']);
  });

  it('falls back to one phone= search for text that is not a number in E.164', async () => {
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    const records = await zohoLookup(zoho)({ by: 'phone', module: 'Leads', phone: '030 1234567' });
    expect(records.map((r) => r.Last_Name)).toEqual(['Becker']);
  });
});
