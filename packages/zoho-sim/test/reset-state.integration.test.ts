import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, refreshParams, selfClientTokens, token } from './sim-client.ts';

const world = async (sim: RunningZohoSim) => ({
  orgs: (await control(sim, 'GET', '/orgs')).body,
  users: (await control(sim, 'GET', '/users')).body,
  clients: (await control(sim, 'GET', '/clients')).body,
});

describe('reset and state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zoho-sim-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('POST /reset restores the seed exactly (deterministic per seed) and forgets clients and tokens', async () => {
    const fresh = await startZohoSim({ port: 0, seed: 'demo' });
    const sim = await startZohoSim({ port: 0, seed: 'demo' });
    try {
      const { client, tokens } = await selfClientTokens(sim, 'alice@acme.example');
      await control(sim, 'POST', '/clock', { advance_seconds: 500 });
      await control(sim, 'POST', '/faults', { outage: true, target: 'api' });
      expect((await control(sim, 'POST', '/reset', { seed: 'demo' })).body).toEqual({
        seed: 'demo',
        orgs: 2,
        users: 6,
      });
      expect(await world(sim)).toEqual(await world(fresh));
      expect((await control(sim, 'GET', '/clock')).body.offset_seconds).toBe(0);
      expect((await control(sim, 'GET', '/faults')).body.outage).toBe(false);
      expect((await token(sim, 'us', refreshParams(client, tokens.refresh_token))).body).toEqual({
        error: 'invalid_client',
      });
      expect((await control(sim, 'POST', '/reset', { seed: 'Not A Seed' })).status).toBe(400);
    } finally {
      await sim.stop();
      await fresh.stop();
    }
  });

  it('the empty seed has the same orgs and users', async () => {
    const demo = await startZohoSim({ port: 0, seed: 'demo' });
    const empty = await startZohoSim({ port: 0, seed: 'empty' });
    try {
      expect((await world(empty)).users).toEqual((await world(demo)).users);
    } finally {
      await demo.stop();
      await empty.stop();
    }
  });

  it('saves state on stop and loads it on start (clients, tokens, clock)', async () => {
    const stateFile = join(dir, 'nested', 'state.json');
    const first = await startZohoSim({ port: 0, stateFile });
    const { client, tokens } = await selfClientTokens(first, 'carol@globex.example', 'eu');
    await control(first, 'POST', '/clock', { advance_seconds: 42 });
    const before = await world(first);
    await first.stop();
    const second = await startZohoSim({ port: 0, stateFile });
    try {
      expect(await world(second)).toEqual(before);
      expect((await control(second, 'GET', '/clock')).body.offset_seconds).toBe(42);
      const refreshed = await token(second, 'eu', refreshParams(client, tokens.refresh_token));
      expect(refreshed.body.api_domain).toBe(second.dcs.eu.api);
    } finally {
      await second.stop();
    }
  });
});
