import { expect } from 'vitest';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import { planConversation } from '../plan.ts';
import type { PlanInput } from '../plan-input.ts';
import { type Operation, planSchema } from '@cxc/shared/domain/plan-schema';
import {
  defaultSettings,
  type IntegrationSettings,
  integrationSettingsSchema,
} from '@cxc/shared/domain/settings';
import { GLOBEX_USERS, globexFields } from '@cxc/shared/domain/testing/globex-org';
import { memoryLookup } from './memory-lookup.ts';

/** Default settings with every channel on and automatic, for a German tenant. */
export function automatic(mutate: (s: IntegrationSettings) => void = () => {}): IntegrationSettings {
  const s = defaultSettings({ defaultCountry: 'DE' });
  for (const c of Object.values(s.channels)) Object.assign(c, { enabled: true, mode: 'automatic' });
  mutate(s);
  return integrationSettingsSchema.parse(s);
}

/** Plans an event against the Globex org holding `records`; every plan must satisfy the wire schema. */
export async function plan(
  e: ConversationEvent,
  records: Partial<Record<ZohoModule, ZohoRecord[]>> = {},
  extra: Partial<PlanInput> = {},
) {
  const { lookup, calls } = memoryLookup(records);
  const result = await planConversation({
    settings: automatic(),
    event: e,
    fieldsByModule: globexFields(),
    users: GLOBEX_USERS,
    lookup,
    ...extra,
  });
  expect(planSchema.parse(result)).toEqual(result);
  return { plan: result, calls };
}

export const op = (p: { operations: Operation[] }, module: ZohoModule) =>
  p.operations.find((o) => o.module === module);
