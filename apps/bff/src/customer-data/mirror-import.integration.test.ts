import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, mirrorRuntime, simControl } from '../../test/mirror-runtime.ts';
import {
  type ConnectedStack,
  simRecordCounts,
  simRequests,
  startConnectedStack,
} from '../../test/start-connected-stack.ts';
import { getZohoClient } from '../zoho/get-zoho-client.ts';
import { countRoundTrips } from '../../test/count-round-trips.ts';
import { batchedIdentityFinder } from './index/batched-identity-finder.ts';
import { findByIdentity, type IdentityQuery } from './index/find-in-mirror.ts';
import { writeMirrorSettings } from './store/mirror-settings-store.ts';
import { readSyncStates } from './store/sync-state-store.ts';
import { syncTenant } from './sync/sync-tenant.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
  // Past 2,000 records, so the import has to open a second Modified_Time window.
  await simControl(env.sim.baseUrl, '/generate', { org_id: ACME, module: 'Contacts', count: 2300 });
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts', 'Accounts'], intervalMinutes: 1 },
    'test',
  );
}, 120_000);
afterAll(async () => {
  await env.stop();
});

const mirrored = async (tenantId: string, module: string) => {
  const { rows } = await env.stack.pool.query<{ n: number }>(
    'select count(*)::int as n from mirror_records where tenant_id = $1 and module = $2 and not deleted',
    [tenantId, module],
  );
  return rows[0]?.n ?? 0;
};
const who = async (kind: 'phone' | 'email' | 'name', key: string, tenantId = 'acme') =>
  (await findByIdentity(env.stack.pool, tenantId, ['Leads', 'Contacts', 'Accounts'], { kind, key })).map(
    (h) => `${h.module}:${String(h.record.Last_Name ?? h.record.Account_Name)}`,
  );

describe('full import', () => {
  it(
    'resumes where a stopped run left off and ends with every record once',
    { timeout: 90_000 },
    async () => {
      // A run that stops after each page, as a process killed between pages would.
      const interrupted = mirrorRuntime(env.stack, { sliceMs: 0 });
      for (let run = 0; run < 4; run += 1) await syncTenant(interrupted, 'acme');
      const midway = await readSyncStates(env.stack.pool, 'acme');
      expect(midway.find((s) => s.module === 'Contacts')?.phase).toBe('importing');
      // A fresh process (new runtime) continues from the stored cursor.
      const fresh = mirrorRuntime(env.stack);
      await syncTenant(fresh, 'acme');
      const states = await readSyncStates(env.stack.pool, 'acme');
      expect(states.map((s) => `${s.module}:${s.phase}`).sort()).toEqual([
        'Accounts:ready',
        'Contacts:ready',
        'Leads:ready',
      ]);
      const counts = await simRecordCounts(env.sim, ACME);
      for (const module of ['Leads', 'Contacts', 'Accounts'])
        expect(await mirrored('acme', module)).toBe(counts[module]);
    },
  );

  it('indexes every phone in E.164 in the record country, e-mails case-folded, and names', async () => {
    expect(await who('phone', '+14155550100')).toEqual(['Contacts:Roe']);
    // Mobile, a second phone field.
    expect(await who('phone', '+14155550101')).toEqual(['Contacts:Roe']);
    // `4155550134` (national, the org's US) and `+1 415 555 0134`: one number, a Lead and a Contact.
    expect((await who('phone', '+14155550134')).sort()).toEqual(['Contacts:Doe', 'Leads:Doe']);
    // `030 1234567` with Country Germany is a Berlin number, whatever the tenant's country.
    expect(await who('phone', '+49301234567')).toEqual(['Leads:Becker']);
    expect(await who('email', 'jane.roe@example.com')).toEqual(['Contacts:Roe']);
    expect(await who('name', 'becker')).toContain('Leads:Becker');
  });

  it('keeps tenants apart: Globex sees none of Acme', async () => {
    expect(await who('phone', '+14155550100', 'globex')).toEqual([]);
  });
});

describe('changes', () => {
  it('applies records changed and deleted in Zoho at the next poll, and spellings with 00 and extensions', async () => {
    const zoho = await getZohoClient(env.stack.deps, 'acme');
    const created = await zoho.insertRecords('Contacts', [
      { Last_Name: 'Novak', Phone: '0049 30 7654321', Email: 'Eva.Novak@Example.ORG' },
      { Last_Name: 'Extension', Phone: '+1 415 555 0177 ext. 12' },
    ]);
    const [novakId] = created.results.map((r) => String(r.details.id));
    const john = await who('phone', '+14155550134');
    expect(john).toHaveLength(2);
    const doe = (
      await findByIdentity(env.stack.pool, 'acme', ['Leads'], { kind: 'phone', key: '+14155550134' })
    )[0];
    await zoho.updateRecords('Leads', [{ id: doe!.record.id, Phone: '+1 415 555 0999' }]);
    const becker = (
      await findByIdentity(env.stack.pool, 'acme', ['Leads'], { kind: 'phone', key: '+49301234567' })
    )[0];
    await zoho.deleteRecords('Leads', [becker!.record.id]);

    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    expect(await who('phone', '+49307654321')).toEqual(['Contacts:Novak']);
    expect(await who('email', 'eva.novak@example.org')).toEqual(['Contacts:Novak']);
    expect(await who('phone', '+14155550177')).toEqual(['Contacts:Extension']);
    expect(await who('phone', '+14155550134')).toEqual(['Contacts:Doe']);
    expect(await who('phone', '+14155550999')).toEqual(['Leads:Doe']);
    expect(await who('phone', '+49301234567')).toEqual([]);
    expect(novakId).toBeTruthy();
  });

  it('asks Zoho nothing but If-Modified-Since pages and /deleted when polling, and 304 costs no records', async () => {
    const { lastSeq } = await simRequests(env.sim);
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    const { requests } = await simRequests(env.sim, lastSeq);
    const paths = requests.map(
      (r) => `${r.method} ${r.path.replace(/^\/us\/api\/crm\/v2/, '').split('?')[0] ?? ''}`,
    );
    expect(paths.sort()).toEqual(
      [
        'GET /Accounts',
        'GET /Accounts/deleted',
        'GET /Contacts',
        'GET /Contacts/deleted',
        'GET /Leads',
        'GET /Leads/deleted',
      ].sort(),
    );
  });
});

describe("the engine's identity finder", () => {
  it('answers questions asked together in one statement, each exactly as findByIdentity', async () => {
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    const questions: [readonly ('Leads' | 'Contacts' | 'Accounts')[], IdentityQuery][] = [
      [['Leads', 'Contacts', 'Accounts'], { kind: 'phone', key: '+14155550134' }],
      [['Contacts'], { kind: 'email', key: 'eva.novak@example.org' }],
      [['Leads'], { kind: 'phone', key: '+14155550134', fields: ['Mobile'] }],
      [['Leads', 'Contacts'], { kind: 'email', key: 'nobody@example.org' }],
    ];
    const expected = await Promise.all(
      questions.map(([modules, q]) => findByIdentity(env.stack.pool, 'acme', modules, q)),
    );
    const find = batchedIdentityFinder(env.stack.pool);
    const counter = countRoundTrips(env.stack.pool);
    try {
      const answers = await Promise.all(questions.map(([modules, q]) => find('acme', modules, q)));
      expect(answers).toEqual(expected);
      expect(counter.statements).toHaveLength(1);
    } finally {
      counter.restore();
    }
    expect(expected[1]?.length).toBe(1);
  });
});
