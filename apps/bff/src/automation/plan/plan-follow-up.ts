import { DEFAULT_CONTENT_LANGUAGE, type ContentLanguage } from '@cxc/shared/domain/content-language';
import type { StoredLink } from '@cxc/shared/domain/lookup';
import type { Operation, OwnerResolution } from '@cxc/shared/domain/plan-schema';
import { toZohoDate } from '@cxc/shared/domain/text-format';
import { activityLinks, type PersonRef } from './plan-links.ts';
import { resolveOwner } from './plan-owner.ts';
import { toZohoPayload } from './plan-payload.ts';
import type { PlanInput } from './plan-input.ts';

const FOLLOW_UP: Record<ContentLanguage, string> = {
  en: 'Follow up',
  de: 'Nachfassen',
  ja: 'フォローアップ',
  ru: 'Связаться повторно',
};
const DAY = 24 * 3600 * 1000;

/**
 * The optional follow-up Task of a disposition: for the codes the admin chose (all when none), due
 * when the agent said, else after the configured days; owned by the agent, on the call's person.
 */
export function followUpTask(
  input: PlanInput,
  step: number,
  person: StoredLink | undefined,
): { operation: Operation; owner: OwnerResolution } | undefined {
  const { settings, event } = input;
  if (event.type !== 'call.disposition_set') return undefined;
  const rule = settings.records.lateData.disposition.followUpTask;
  const d = event.disposition;
  if (!rule.enabled || (rule.codes.length && !rule.codes.includes(d.code))) return undefined;
  const owner = resolveOwner({
    owners: settings.owners,
    users: input.users,
    event,
    ...(input.connectedUserId ? { connectedUserId: input.connectedUserId } : {}),
  });
  const due = d.followUpAt ?? new Date(Date.parse(event.occurredAt) + rule.dueInDays * DAY).toISOString();
  const words = FOLLOW_UP[settings.language ?? DEFAULT_CONTENT_LANGUAGE];
  const fields = {
    Subject: `${words}: ${d.label ?? d.code}`.slice(0, 255),
    Due_Date: toZohoDate(due, settings.timeZone),
    ...(d.notes ? { Description: d.notes } : {}),
    ...(owner.ownerId ? { Owner: { id: owner.ownerId } } : {}),
  };
  const ref: PersonRef | undefined =
    person && (person.module === 'Leads' || person.module === 'Contacts')
      ? { ref: 'existing', module: person.module, id: person.id }
      : undefined;
  const links = activityLinks('Tasks', ref, undefined);
  const operation: Operation = {
    kind: 'create',
    step,
    role: 'activity',
    module: 'Tasks',
    fields,
    links,
    payload: toZohoPayload({ fields, links }),
  };
  return { operation, owner };
}
