import type { ActivityError } from '@cxc/shared/api/activity';
import type { ZohoDeps } from '../../app-deps.ts';
import { loadZohoMetadata } from '../../services/settings/load-zoho-metadata.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

/** Refusals that name a field: the field may be gone, renamed or newly required in Zoho. */
const FIELD_CODES = new Set(['INVALID_DATA', 'MANDATORY_NOT_FOUND']);

/**
 * A write Zoho refused for one of its fields means our field list may be out of date (an admin deleted
 * or changed the field in Zoho): the metadata is refreshed now, once for all processes, instead of when
 * the cache expires, so the next plans and the settings' checks see Zoho's fields as they are.
 */
export async function refreshAfterRefusal(
  deps: ZohoDeps,
  client: ZohoClient,
  failure: ActivityError,
): Promise<void> {
  if (!failure.field || !FIELD_CODES.has(failure.code)) return;
  try {
    await loadZohoMetadata(deps, client, { refresh: true });
  } catch (error) {
    deps.logger.warn({ err: error, tenantId: client.tenantId }, 'metadata refresh after a refusal failed');
  }
}
