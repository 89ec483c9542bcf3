import { performance } from 'node:perf_hooks';
import type { testConnection } from '@cxc/shared/api/zoho-connection';
import type { z } from 'zod';
import { readConnection } from '../../zoho/connection-store.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoError } from '../../zoho/zoho-errors.ts';
import { orgSummary, userSummary } from './zoho-summaries.ts';

type TestResult = z.input<typeof testConnection.response>;

/**
 * Reads the org and the current user through the same client, hence the same resolved API domain, as
 * every real call: a test against a hard-coded host proves nothing about the calls that follow.
 */
export async function testZohoConnection(deps: ZohoDeps, tenantId: string): Promise<TestResult> {
  const started = performance.now();
  try {
    const zoho = await getZohoClient(deps, tenantId);
    const [org, user, connection] = await Promise.all([
      zoho.org(),
      zoho.currentUser(),
      readConnection(deps.pool, tenantId),
    ]);
    const dc = connection?.org?.dc ?? 'us';
    return {
      ok: true,
      roundTripMs: Math.round(performance.now() - started),
      org: orgSummary(org, dc),
      zohoUser: user ? userSummary(user) : null,
      error: null,
    };
  } catch (error) {
    if (!(error instanceof ZohoError)) throw error;
    return {
      ok: false,
      roundTripMs: Math.round(performance.now() - started),
      org: null,
      zohoUser: null,
      error: { code: error.zohoCode, message: error.message },
    };
  }
}
