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

/**
 * Description and Note_Content are textareas of 32,000 characters (the simulator's metadata; Zoho answers
 * INVALID_DATA with `maximum_length` past it). The planner cuts Description to that length (Notes have no
 * field metadata, so Note_Content comes uncut). The marker's room comes out of the text, never out of the
 * marker: a cut marker could not be found by the retry.
 */
export const MARKER_FIELD_LENGTH = 32_000;

const SEPARATOR = '\n\n';

/** Cuts to `room` UTF-16 units (the simulator's count; assumed for Zoho), ending in `…`, never mid-pair. */
function fitText(text: string, room: number): string {
  if (text.length <= room) return text;
  if (room < 1) return '';
  let cut = room - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

export function withMarker(
  module: ZohoModule,
  payload: Record<string, unknown>,
  marker: string,
  maxLength = MARKER_FIELD_LENGTH,
): Record<string, unknown> {
  const field = markerField(module);
  const tag = `[${marker}]`;
  const original = payload[field];
  const text =
    typeof original === 'string' ? fitText(original, maxLength - tag.length - SEPARATOR.length) : '';
  return { ...payload, [field]: text ? `${text}${SEPARATOR}${tag}` : tag };
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
