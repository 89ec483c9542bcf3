import { zohoModuleSchema } from '@cxc/shared/domain/modules';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/engine-helpers.ts';
import {
  type ConnectedStack,
  simLatency,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { createPool } from '../../db/pool.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { loadZohoMetadata } from './load-zoho-metadata.ts';

let env: ConnectedStack;
let pools: Pool[];

beforeAll(async () => {
  env = await startConnectedStack();
  // Two instances (BFF processes, engines) are two pools on one database: they meet only in PostgreSQL.
  pools = [0, 1].map(() => createPool(databaseUrlOf(env.stack), 4, env.stack.deps.logger));
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await env?.stop();
});

const metadataCalls = async (since: number) =>
  (await simRequests(env.sim, since)).requests
    .map((r) => r.path.split('?')[0] ?? '')
    .filter((path) => /\/settings\/fields$|\/users$/.test(path));

describe('Zoho metadata refresh: one at a time per org across instances', () => {
  it('lets ten loads on two instances, with the cache gone, read the fields and users once', async () => {
    await env.stack.pool.query(`delete from zoho_metadata_cache where tenant_id = 'acme'`);
    const { lastSeq } = await simRequests(env.sim);
    const loads = await Promise.all(
      Array.from({ length: 10 }, async (_, n) => {
        const deps = { ...env.stack.deps, pool: pools[n % 2] as Pool };
        return loadZohoMetadata(deps, await getZohoClient(deps, 'acme'));
      }),
    );
    expect(loads.every((m) => m.failures.length === 0 && m.users.length > 0)).toBe(true);
    const calls = await metadataCalls(lastSeq);
    expect(calls.filter((p) => p.endsWith('/users'))).toHaveLength(1);
    expect(calls.filter((p) => p.endsWith('/settings/fields'))).toHaveLength(zohoModuleSchema.options.length);
  });

  it('runs refreshes asked for at once on two instances once, and a later refresh again', async () => {
    const { lastSeq } = await simRequests(env.sim);
    const clients = await Promise.all(
      pools.map(async (pool) => {
        const deps = { ...env.stack.deps, pool };
        const connection = await readConnection(pool, 'acme');
        return { deps, connection, zoho: await getZohoClient(deps, 'acme') };
      }),
    );
    // With the connection already read, both ask in the same tick, before either takes the lock: "at once"
    // however busy this machine is. Otherwise the second could ask after the first began fetching, and
    // rightly fetch again. Zoho answering slowly keeps the first in flight while the second waits.
    const refresh = ({ deps, zoho, connection }: (typeof clients)[number]) =>
      loadZohoMetadata(deps, zoho, { refresh: true, connection });
    await simLatency(env.sim, { api_ms: 400 });
    try {
      const [a, b] = await Promise.all(clients.map(refresh));
      // The second waited for the first's lock, then took the entry fetched after it asked.
      expect(b?.fetchedAt.getTime()).toBe(a?.fetchedAt.getTime());
      expect((await metadataCalls(lastSeq)).filter((p) => p.endsWith('/users'))).toHaveLength(1);
      const later = await refresh(clients[0]!);
      expect(later.fetchedAt.getTime()).toBeGreaterThan(a?.fetchedAt.getTime() ?? 0);
    } finally {
      await simLatency(env.sim, { api_ms: 0 });
    }
  });

  it('shows a refresh by one instance to the other at its next load, not after its own copy expires', async () => {
    const deps = pools.map((pool) => ({ ...env.stack.deps, pool }));
    const [a, b] = deps as [(typeof deps)[number], (typeof deps)[number]];
    const callsFields = async (d: typeof a, refresh = false) =>
      (await loadZohoMetadata(d, await getZohoClient(d, 'acme'), { refresh })).fieldsByModule.Calls?.map(
        (f) => f.api_name,
      ) ?? [];
    // B holds a parsed copy, well within the cache's minute.
    expect(await callsFields(b)).not.toContain('Call_Sentiment');
    const added = await fetch(`${env.sim.baseUrl}/__sim/crm/fields/${ACME_ORG_ID}/Calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_name: 'Call_Sentiment' }),
    });
    expect(added.status).toBe(201);
    try {
      // A refreshes (the settings editor's "reload from Zoho", or a write Zoho refused).
      expect(await callsFields(a, true)).toContain('Call_Sentiment');
      const { lastSeq } = await simRequests(env.sim);
      // B's next load sees it from the shared entry, without asking Zoho again.
      expect(await callsFields(b)).toContain('Call_Sentiment');
      expect(await metadataCalls(lastSeq)).toEqual([]);
    } finally {
      await fetch(`${env.sim.baseUrl}/__sim/crm/fields/${ACME_ORG_ID}/Calls/Call_Sentiment`, {
        method: 'DELETE',
      });
    }
  });
});
