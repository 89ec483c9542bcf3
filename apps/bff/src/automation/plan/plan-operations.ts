import type { ChannelSettings } from '@cxc/shared/domain/channel-settings';
import { type FieldsByModule, fieldsOf } from '@cxc/shared/domain/fields-by-module';
import type { StoredLink, ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ActivityModule, PersonModule, ZohoModule } from '@cxc/shared/domain/modules';
import { activityLinks, callFacts, type PersonRef } from './plan-links.ts';
import { toZohoPayload } from './plan-payload.ts';
import type {
  Operation,
  OwnerResolution,
  PlanIssue,
  PlanLink,
  RecordRef,
  ZohoValue,
} from '@cxc/shared/domain/plan-schema';
import { applyUpdatePolicy } from './plan-update.ts';
import { mandatoryEmpty, mapRows, type ValueContext } from './plan-values.ts';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';

export interface BuildContext {
  settings: IntegrationSettings;
  channel: ChannelSettings;
  fieldsByModule: FieldsByModule;
  values: ValueContext;
  owner: OwnerResolution;
  links: readonly StoredLink[];
  issues: PlanIssue[];
}

type Role = Operation['role'];

export function skip(
  step: number,
  role: Role,
  module: ZohoModule,
  reason: string,
  extra: { recordId?: string; params?: Record<string, string | number> } = {},
): Operation {
  return {
    kind: 'skip',
    step,
    role,
    module,
    reason,
    params: extra.params ?? {},
    ...(extra.recordId ? { recordId: extra.recordId } : {}),
  };
}

function create(
  step: number,
  role: Role,
  module: ZohoModule,
  fields: Record<string, ZohoValue>,
  links: PlanLink[],
): Operation {
  return { kind: 'create', step, role, module, fields, links, payload: toZohoPayload({ fields, links }) };
}

function mapped(
  bc: BuildContext,
  module: ZohoModule & keyof ChannelSettings['mapping'],
  forCreate: boolean,
): Record<string, ZohoValue> {
  const fields = fieldsOf(bc.fieldsByModule, module);
  const values = mapRows(module, bc.channel.mapping[module] ?? [], fields, bc.values, bc.issues);
  if (forCreate) bc.issues.push(...mandatoryEmpty(module, values, fields));
  return values;
}

const ownerField = (bc: BuildContext): Record<string, ZohoValue> =>
  bc.owner.ownerId ? { Owner: { id: bc.owner.ownerId } } : {};

/** A new person in the channel's module; a Contact is linked to the identified Account. */
export function createPerson(
  step: number,
  bc: BuildContext,
  module: PersonModule,
  account: RecordRef | undefined,
): Operation {
  const links =
    module === 'Contacts' && account
      ? [{ field: 'Account_Name', target: account, shape: 'lookup' as const }]
      : [];
  return create(step, 'person', module, { ...mapped(bc, module, true), ...ownerField(bc) }, links);
}

/** The matched person under the update policy; the owner of an existing record is never changed. */
export function updatePerson(
  step: number,
  bc: BuildContext,
  module: PersonModule,
  record: ZohoRecord,
): Operation {
  const policy = bc.settings.updatePolicy;
  if (policy === 'do_not_update')
    return skip(step, 'person', module, 'update_policy_do_not_update', { recordId: record.id });
  if (!bc.channel.mapping[module]?.length)
    return skip(step, 'person', module, 'no_mapping', { recordId: record.id });
  const values = mapped(bc, module, false);
  const { fields, changes } = applyUpdatePolicy(
    policy,
    values,
    record,
    fieldsOf(bc.fieldsByModule, module),
    bc.values.defaultCountry,
  );
  if (!changes.length)
    return skip(step, 'person', module, 'no_changes', { recordId: record.id, params: { policy } });
  return {
    kind: 'update',
    step,
    role: 'person',
    module,
    recordId: record.id,
    fields,
    changes,
    links: [],
    payload: toZohoPayload({ fields, links: [] }),
  };
}

/** One activity; a record this conversation already created is updated instead of duplicated. */
export function activityOperation(
  step: number,
  bc: BuildContext,
  module: ActivityModule,
  person: PersonRef | undefined,
  account: RecordRef | undefined,
): Operation {
  const links = activityLinks(module, person, account);
  if (module === 'Notes' && !links.length) return skip(step, 'activity', module, 'no_parent_record');
  if (!links.length)
    bc.issues.push({
      severity: 'warning',
      code: 'activity_unlinked',
      module,
      params: { person: person?.module ?? 'none' },
    });
  const facts = module === 'Calls' ? callFacts(bc.values.event, bc.issues) : {};
  const existing = bc.links.find((l) => l.role === 'activity' && l.module === module);
  if (existing) {
    // A transferred call's one record follows the owner the admin chose as the legs arrive.
    const transfer = bc.values.event.type === 'call.ended' && bc.values.event.call.parentCallId;
    const fields = { ...mapped(bc, module, false), ...facts, ...(transfer ? ownerField(bc) : {}) };
    const changes = Object.entries(fields).map(([field, to]) => ({ field, from: null, to }));
    return {
      kind: 'update',
      step,
      role: 'activity',
      module,
      recordId: existing.id,
      fields,
      changes,
      links,
      payload: toZohoPayload({ fields, links }),
    };
  }
  return create(
    step,
    'activity',
    module,
    { ...mapped(bc, module, true), ...facts, ...ownerField(bc) },
    links,
  );
}

/** A Deal only for a person this plan creates, and only once per conversation. */
export function dealOperation(
  step: number,
  bc: BuildContext,
  personStep: Operation,
  person: PersonRef | undefined,
  account: RecordRef | undefined,
): Operation {
  const existing = bc.links.find((l) => l.role === 'deal' && l.module === 'Deals');
  if (existing) return skip(step, 'deal', 'Deals', 'deal_exists', { recordId: existing.id });
  if (personStep.kind !== 'create') return skip(step, 'deal', 'Deals', 'person_not_new');
  const { stage, pipeline } = bc.channel.createDeal;
  const fields: Record<string, ZohoValue> = {
    ...mapped(bc, 'Deals', true),
    ...(stage ? { Stage: stage } : {}),
    ...(pipeline ? { Pipeline: pipeline } : {}),
    ...ownerField(bc),
  };
  const links: PlanLink[] = [];
  if (person?.module === 'Contacts') links.push({ field: 'Contact_Name', target: person, shape: 'lookup' });
  if (account) links.push({ field: 'Account_Name', target: account, shape: 'lookup' });
  return create(step, 'deal', 'Deals', fields, links);
}
