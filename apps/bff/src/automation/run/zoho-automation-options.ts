import type { Channel } from '@cxc/shared/domain/channels';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import type { RecordSettings } from '@cxc/shared/domain/settings-records';
import type { ZohoAutomationOptions } from '../zoho-calls/write-batcher.ts';

type Entries = RecordSettings['zohoAutomation'][Channel];

/**
 * What a write of this channel to this module tells Zoho about the org's own automation. No entry (or
 * no `triggers`) sends no `trigger` key, so Zoho does what it does for any API write: every workflow rule,
 * approval and blueprint runs. `lar_id` only goes with a new Lead: Zoho assigns no owner on an update.
 */
export function zohoAutomationOptions(
  entries: Entries,
  module: ZohoModule,
  kind: 'create' | 'update',
): ZohoAutomationOptions {
  const entry = (entries as Partial<Record<ZohoModule, Entries[keyof Entries]>>)[module];
  if (!entry) return {};
  return {
    ...(entry.triggers ? { trigger: [...entry.triggers] } : {}),
    ...(kind === 'create' && module === 'Leads' && entry.leadAssignmentRuleId
      ? { larId: entry.leadAssignmentRuleId }
      : {}),
  };
}
