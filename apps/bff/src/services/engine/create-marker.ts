import type { ZohoModule } from '@cxc/shared/domain/modules';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

/**
 * Zoho has no idempotency key, so every record the engine creates carries a marker unique to
 * (event, step) in a text field. When a crash leaves an operation `writing` (the request may or may not
 * have reached Zoho), the retry looks the marker up with COQL (immediately consistent, unlike /search)
 * before it creates anything: found → adopt that id; not found → create.
 */
export const markerOf = (eventId: string, step: number) => `cxc-${eventId.replace(/-/g, '')}-${step}`;

/** Notes keep their text in Note_Content; every other module the engine writes has Description. */
export const markerField = (module: ZohoModule) => (module === 'Notes' ? 'Note_Content' : 'Description');

export function withMarker(
  module: ZohoModule,
  payload: Record<string, unknown>,
  marker: string,
): Record<string, unknown> {
  const field = markerField(module);
  const text = typeof payload[field] === 'string' ? payload[field] : '';
  return { ...payload, [field]: text ? `${text}\n\n[${marker}]` : `[${marker}]` };
}

export async function findByMarker(
  client: ZohoClient,
  module: ZohoModule,
  marker: string,
): Promise<string | undefined> {
  const { records } = await client.coql(
    `select id from ${module} where ${markerField(module)} like '%${marker}%' limit 2`,
  );
  return records[0]?.id;
}
