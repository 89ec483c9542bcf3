import {
  LAYOUT_MODULES,
  type LayoutRequired,
  type LayoutRequiredByModule,
  layoutRequiredOf,
  zohoLayoutsResponseSchema,
} from '@cxc/shared/domain/zoho-layouts';
import type { AppDeps } from '../../app-deps.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import {
  ZohoApiError,
  ZohoError,
  ZohoNeedsReconnectError,
  ZohoNotConnectedError,
} from '../../zoho/zoho-errors.ts';

function unknownBecause(error: unknown): LayoutRequired {
  // Not about layouts: the whole request fails, as it does for fields.
  if (!(error instanceof ZohoError)) throw error;
  if (error instanceof ZohoNotConnectedError || error instanceof ZohoNeedsReconnectError) throw error;
  // Zoho answers a missing scope with 401 OAUTH_SCOPE_MISMATCH; connections made before the connector
  // asked for layouts may lack it until they reconnect.
  if (error instanceof ZohoApiError && error.zohoCode === 'OAUTH_SCOPE_MISMATCH')
    return { status: 'unknown', reason: 'scope' };
  if (error instanceof ZohoApiError && error.zohoCode === 'NO_PERMISSION')
    return { status: 'unknown', reason: 'permission' };
  return { status: 'unknown', reason: 'unavailable' };
}

/**
 * What the default layout of each module the connector creates records in requires, one
 * `GET /settings/layouts?module=` per module. A refusal or an outage makes that module "unknown"
 * (preflight shows a note) and never fails the caller: layouts only feed warnings.
 */
export async function loadLayoutRequired(
  deps: Pick<AppDeps, 'logger'>,
  client: ZohoClient,
): Promise<LayoutRequiredByModule> {
  const results = await Promise.allSettled(
    LAYOUT_MODULES.map((module) =>
      client.get('/settings/layouts', { query: { module }, schema: zohoLayoutsResponseSchema }),
    ),
  );
  const out: LayoutRequiredByModule = {};
  results.forEach((result, i) => {
    const module = LAYOUT_MODULES[i];
    if (!module) return;
    out[module] =
      result.status === 'fulfilled'
        ? layoutRequiredOf(result.value.data?.layouts ?? [])
        : unknownBecause(result.reason);
  });
  const unknown = Object.entries(out).filter(([, v]) => v.status === 'unknown');
  if (unknown.length > 0) {
    const modules = unknown.map(([module, v]) => ({
      module,
      reason: v.status === 'unknown' ? v.reason : '',
    }));
    deps.logger.info({ tenantId: client.tenantId, modules }, 'zoho layouts unknown');
  }
  return out;
}
