import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pool } from 'pg';
import { countRoundTrips } from '../../../test/count-round-trips.ts';
import { databaseUrlOf, editSettings } from '../../../test/engine-helpers.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { createPool } from '../../db/pool.ts';
import { saveAccessToken } from '../../tokens/token-vault.ts';
import { readTenantState } from './tenant-state.ts';

let env: ConnectedStack;
let enginePool: Pool;

beforeAll(async () => {
  env = await startConnectedStack();
  // The engine's own pool, as in a worker process: the BFF's saves reach it only through PostgreSQL.
  enginePool = createPool(databaseUrlOf(env.stack), 2, env.stack.deps.logger);
});
afterAll(async () => {
  await enginePool?.end();
  await env?.stop();
});

const engineDeps = () => ({ ...env.stack.deps, pool: enginePool });

describe("the engine's tenant state", () => {
  it('costs one statement while nothing changed, and sees a save or token refresh of another process at once', async () => {
    const first = await readTenantState(engineDeps(), 'acme');
    expect(first.connection?.status).toBe('connected');
    const counter = countRoundTrips(enginePool);
    try {
      const again = await readTenantState(engineDeps(), 'acme');
      expect(counter.statements).toHaveLength(1);
      expect(again.settings).toEqual(first.settings);

      await editSettings(env.acmeAdmin, 'acme', (s) => {
        s.defaultCountry = 'FR';
      });
      const expiresAt = new Date(Date.now() + 3600_000);
      await saveAccessToken(env.stack.deps.pool, env.stack.deps.secretBox, 'acme', 'fresh-token', expiresAt);
      const after = await readTenantState(engineDeps(), 'acme');
      expect(after.settings.defaultCountry).toBe('FR');
      expect(after.tokens?.accessToken).toBe('fresh-token');
    } finally {
      counter.restore();
    }
  });
});
