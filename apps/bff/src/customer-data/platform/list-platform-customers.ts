import { type PlatformCustomersPage, platformCustomersQuerySchema } from '@cxc/shared/api/customer-api';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { toIssues } from '../../errors/zod-issues.ts';
import { recordUrlForTenant } from '../../services/agent-panel/record-url-for-tenant.ts';
import { takeToken } from '../../automation/intake/take-event-token.ts';
import { authenticateApiKey } from './authenticate-api-key.ts';
import { decodeCursor } from './customer-cursor.ts';
import { readCustomerPage } from './read-customer-page.ts';

export interface PlatformRequest {
  authorization: string | undefined;
  query: unknown;
}

/**
 * `GET /api/platform/v1/customers`: the key first (nothing unauthenticated is parsed or counted), then
 * the tenant's own token bucket, then the query, then one read of the tenant's mirror. A tenant without
 * a Zoho connection has no customers to list (an empty page), not an error the platform must handle.
 */
export async function listPlatformCustomers(
  deps: Pick<AppDeps, 'pool' | 'config'> & Parameters<typeof recordUrlForTenant>[0],
  request: PlatformRequest,
): Promise<PlatformCustomersPage> {
  const tenantId = await authenticateApiKey(deps.pool, request.authorization);
  const token = await takeToken(
    deps.pool,
    'customer_api_rate_limits',
    tenantId,
    deps.config.customerApiRateLimitPerMinute,
  );
  if (!token.allowed)
    throw new AppError(
      'RATE_LIMITED',
      `Too many requests for this tenant. Ask again in ${token.retryAfterSeconds} s.`,
      [],
      { retryAfterSeconds: token.retryAfterSeconds },
    );
  const parsed = platformCustomersQuerySchema.safeParse(request.query);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'The query is not valid.', toIssues(parsed.error));
  const after = decodeCursor(parsed.data.cursor);
  const url = (await recordUrlForTenant(deps, tenantId)) ?? (() => '');
  return readCustomerPage(deps.pool, tenantId, after, parsed.data.limit, url);
}
