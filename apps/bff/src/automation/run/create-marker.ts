import type { ZohoModule } from '@cxc/shared/domain/modules';
import { coqlString } from '../../zoho/phone-query.ts';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoClient } from '../../zoho/zoho-client.ts';

/**
 * Zoho has no idempotency key, so every record the engine creates carries a marker unique to
 * (event, step) in its Description (a Note: its text). When a crash leaves an operation `writing` (the
 * request may or may not have reached Zoho), the retry looks the marker up (findByMarker) before it
 * creates anything: found → adopt that id; not found → create.
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

/**
 * The single-line field every create of the module carries (mandatory at Zoho): it narrows the lookup,
 * because COQL refuses multi-line fields such as Description in WHERE (COQL-Limitations, v2 to v8).
 */
const NAME_FIELD: Partial<Record<ZohoModule, string>> = {
  Leads: 'Last_Name',
  Contacts: 'Last_Name',
  Accounts: 'Account_Name',
  Deals: 'Deal_Name',
  Tasks: 'Subject',
  Calls: 'Subject',
  Cases: 'Subject',
};

/** Our clock and Zoho's may disagree; records created this long before we marked the write still count. */
export const CLOCK_SKEW_MS = 10 * 60_000;
/** Pages of 200 read before giving up (a name created 2,000 times in the window is not a real case). */
const MAX_PAGES = 10;

/** Zoho's COQL datetime literal: seconds and an explicit offset, no milliseconds. */
const coqlTime = (at: Date) => `${at.toISOString().slice(0, 19)}+00:00`;

export interface MarkerLookup {
  module: ZohoModule;
  marker: string;
  /** The payload the uncertain create sent (without the marker). */
  payload: Record<string, unknown>;
  /** When the create was marked `writing`; the record cannot be older (less the clock skew). */
  since: Date;
}

const carries = (record: ZohoRecord, field: string, marker: string) => {
  const text = record[field];
  return typeof text === 'string' && text.includes(`[${marker}]`);
};

/**
 * Finds the record an uncertain create left at Zoho. COQL reads Zoho's database (a record created a
 * moment ago is there, unlike /search) but cannot filter on Description, so it selects the records of
 * that name created since the write began and the marker is matched here. Notes are not readable by
 * COQL: the parent's notes are listed instead.
 */
export async function findByMarker(client: ZohoClient, lookup: MarkerLookup): Promise<string | undefined> {
  const field = markerField(lookup.module);
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await markerPage(client, lookup, page);
    if (!result) return undefined;
    const found = result.records.find((record) => carries(record, field, lookup.marker));
    if (found) return found.id;
    if (!result.moreRecords) return undefined;
  }
  return undefined;
}

async function markerPage(client: ZohoClient, lookup: MarkerLookup, page: number) {
  const { module, payload } = lookup;
  if (module === 'Notes') {
    const parent = payload.Parent_Id;
    const parentId = typeof parent === 'string' ? parent : (parent as { id?: unknown } | undefined)?.id;
    const parentModule = payload.se_module;
    if (typeof parentId !== 'string' || typeof parentModule !== 'string') return undefined;
    return client.recordNotes(parentModule, parentId, { page, perPage: 200 });
  }
  const nameField = NAME_FIELD[module];
  const name = nameField ? payload[nameField] : undefined;
  // Without its mandatory name Zoho refused the create (MANDATORY_NOT_FOUND): nothing to find.
  if (!nameField || typeof name !== 'string' || name === '') return undefined;
  const since = new Date(lookup.since.getTime() - CLOCK_SKEW_MS);
  return client.coql(
    `select id, ${markerField(module)} from ${module} where Created_Time >= '${coqlTime(since)}' and ` +
      `${nameField} = ${coqlString(name)} limit ${(page - 1) * 200}, 200`,
  );
}
