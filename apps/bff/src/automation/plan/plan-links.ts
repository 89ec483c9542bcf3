import { type ConversationEvent, isMissedCall } from '@cxc/shared/domain/events';
import type { ActivityModule, PersonModule } from '@cxc/shared/domain/modules';
import type { PlanIssue, PlanLink, RecordRef, ZohoValue } from '@cxc/shared/domain/plan-schema';
import { resolveSource } from '@cxc/shared/domain/source-resolve';
import { formatMmSs, toZohoDateTime } from '@cxc/shared/domain/text-format';

export type PersonRef = RecordRef & { module: PersonModule };

const lookup = (field: string, target: RecordRef, seModuleField?: PlanLink['seModuleField']): PlanLink => ({
  field,
  target,
  shape: 'lookup',
  ...(seModuleField ? { seModuleField } : {}),
});

/**
 * How an activity points at its person in Zoho v2: a Contact is the Who_Id of Tasks and Calls; a
 * Lead is their What_Id with `$se_module: "Leads"` (Who_Id only takes Contacts). Cases link Contacts
 * through Contact_Name and cannot link Leads. A Note's parent is a bare `Parent_Id` + `se_module`.
 */
export function activityLinks(
  module: ActivityModule,
  person: PersonRef | undefined,
  account: RecordRef | undefined,
): PlanLink[] {
  if (!person) return account ? accountOnlyLinks(module, account) : [];
  if (module === 'Notes')
    return [{ field: 'Parent_Id', target: person, shape: 'id_string', seModuleField: 'se_module' }];
  if (module === 'Cases') {
    return person.module === 'Contacts'
      ? [lookup('Contact_Name', person), ...(account ? [lookup('Account_Name', account)] : [])]
      : [];
  }
  if (person.module === 'Leads') return [lookup('What_Id', person, '$se_module')];
  return [lookup('Who_Id', person), ...(account ? [lookup('What_Id', account, '$se_module')] : [])];
}

/** No person (the `shared_account` policy): the activity hangs on the Account everyone shares. */
function accountOnlyLinks(module: ActivityModule, account: RecordRef): PlanLink[] {
  if (module === 'Notes')
    return [{ field: 'Parent_Id', target: account, shape: 'id_string', seModuleField: 'se_module' }];
  if (module === 'Cases') return [lookup('Account_Name', account)];
  return [lookup('What_Id', account, '$se_module')];
}

/** Calls' mandatory facts. Zoho rejects a zero duration on Inbound/Outbound (DEPENDENT_MISMATCH). */
export function callFacts(event: ConversationEvent, issues: PlanIssue[]): Record<string, ZohoValue> {
  const type = isMissedCall(event)
    ? 'Missed'
    : (event.type === 'call.ended' || event.type === 'call.started') && event.call.direction === 'outbound'
      ? 'Outbound'
      : 'Inbound';
  let seconds = Number(resolveSource('conversation.duration', event) ?? 0);
  if (type !== 'Missed' && seconds < 1) {
    issues.push({
      severity: 'info',
      code: 'call_duration_raised',
      module: 'Calls',
      field: 'Call_Duration',
      params: { seconds },
    });
    seconds = 1;
  }
  return {
    Call_Type: type,
    Call_Start_Time: toZohoDateTime(event.conversation.startedAt),
    Call_Duration: formatMmSs(type === 'Missed' ? 0 : seconds),
  };
}
