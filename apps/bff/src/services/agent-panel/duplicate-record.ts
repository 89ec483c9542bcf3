import { isPanelReadModule } from '@cxc/shared/api/agent-panel';
import type { ZohoRecordResult } from '../../zoho/zoho-client.ts';
import type { PanelSession } from './panel-session.ts';
import { recordUrl } from './record-url.ts';
import { displayName } from './to-panel-record.ts';

/** The record Zoho says already holds a value that must be unique, as the agent panel names it. */
export interface DuplicateRecord {
  module: string;
  id: string;
  /** The unique field Zoho compared (`details.api_name`). */
  field: string | undefined;
  url: string;
  /** Read best effort; absent when the record could not be read. */
  name: string | undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/**
 * Which record a DUPLICATE_DATA names. v2 answers `details: {api_name, id}`; later versions answer
 * `details: {api_name, duplicate_record: {id, module: {api_name}}}` (both read; see FIDELITY.md).
 */
export function duplicateOf(
  result: ZohoRecordResult,
): { module: string | undefined; id: string; field: string | undefined } | undefined {
  const entries =
    result.code === 'MULTIPLE_OR_MULTI_ERRORS' && Array.isArray(result.details.errors)
      ? (result.details.errors as unknown[]).map(obj)
      : [result as unknown as Record<string, unknown>];
  for (const entry of entries) {
    if (entry.code !== 'DUPLICATE_DATA') continue;
    const details = obj(entry.details);
    const record = obj(details.duplicate_record);
    const id = str(record.id) ?? str(details.id);
    if (id) return { module: str(obj(record.module).api_name), id, field: str(details.api_name) };
  }
  return undefined;
}

/**
 * The duplicate named and linked for the agent. Reading its name is one extra Zoho call on a refusal
 * only; when it fails the agent still gets the link, so the refusal is never lost to a second error.
 */
export async function describeDuplicate(
  session: PanelSession,
  created: string,
  result: ZohoRecordResult,
): Promise<DuplicateRecord | undefined> {
  const found = duplicateOf(result);
  if (!found) return undefined;
  const module = found.module ?? created;
  let name: string | undefined;
  if (isPanelReadModule(module)) {
    const record = await session.zoho.getRecord(module, found.id).catch(() => undefined);
    name = record ? displayName(module, record) : undefined;
  }
  return {
    module,
    id: found.id,
    field: found.field,
    url: recordUrl(session.webBase, module, found.id),
    name,
  };
}
