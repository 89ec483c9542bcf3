import { mirrorWrittenRecord } from '../../customer-data/sync/mirror-written-record.ts';
import type { LinkedRecord, PanelAction, PanelContext, PanelParent } from '@cxc/shared/api/agent-panel';
import type { SessionUser } from '@cxc/shared/api/session';
import { normalizePhone } from '@cxc/shared/domain/phone';
import { toZohoPayload } from '../../automation/plan/plan-payload.ts';
import type { ZohoValue } from '@cxc/shared/domain/plan-schema';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { panelRefusal } from './panel-refusal.ts';
import { formFields } from './form-fields.ts';
import { checkFormValues } from './form-values.ts';
import { logPanelAction } from './history-store.ts';
import { linkToConversation } from '../../automation/store/conversation-links.ts';
import { openPanelSession } from './panel-session.ts';
import { planAction } from './plan-action.ts';
import { recordUrl } from './record-url.ts';
import { resolveParent } from './resolve-parent.ts';
import { describeDuplicate } from './duplicate-record.ts';
import { displayName } from './to-panel-record.ts';
import { zohoRecordError } from './zoho-record-error.ts';

export interface ActionInput {
  action: PanelAction;
  context: PanelContext;
  values: Record<string, string>;
  parent?: PanelParent | undefined;
}

function visitorPhone(context: PanelContext, country: Parameters<typeof normalizePhone>[1]): string | null {
  if (!context.phone) return null;
  const phone = normalizePhone(context.phone, country);
  return phone.ok ? phone.e164 : context.phone;
}

/** Bookkeeping after Zoho answered must never turn that answer into an error (the record exists). */
async function bestEffort(deps: AppDeps, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.logger.warn({ err: error }, `agent action: ${what} failed after Zoho answered`);
  }
}

/**
 * One agent action: plan it (mapping, owner rules, links), overlay what the agent typed after checking
 * it against the live fields, create the record, link it to the conversation and log it. Once Zoho has
 * created the record, linking and logging are best effort: the agent is told it exists, whatever else fails.
 */
export async function createActionRecord(
  deps: AppDeps,
  tenantId: string,
  agent: SessionUser,
  input: ActionInput,
): Promise<LinkedRecord> {
  const { action, context } = input;
  const session = await openPanelSession(deps, tenantId);
  const parent = await resolveParent(deps.pool, tenantId, context.conversationId, input.parent);
  const planned = await planAction(session, tenantId, agent, action, context, parent);
  const { module, operation } = planned;
  if (!operation) {
    throw new AppError('VALIDATION_FAILED', 'Pick the Lead or Contact this record belongs to first.', [
      { path: ['parent'], code: 'parent_required', message: 'A parent record is required.' },
    ]);
  }
  if (!planned.fields.length)
    throw panelRefusal(
      'UPSTREAM_UNAVAILABLE',
      'fields_unreadable',
      { module },
      `The fields of ${module} could not be read from Zoho CRM. Try again.`,
    );

  const form = formFields(module, planned.fields, operation.fields);
  const country = context.country ?? session.settings.defaultCountry;
  const checked = checkFormValues(form, input.values, country);
  if (checked.issues.length)
    throw new AppError('VALIDATION_FAILED', 'Some fields need attention.', checked.issues);

  const onForm = new Set(form.map((f) => f.apiName));
  // Owner and other planner-set fields stay; whatever the agent saw in the form is replaced by what they sent.
  const kept = Object.entries(operation.fields).filter(([name]) => !onForm.has(name));
  const fields: Record<string, ZohoValue> = { ...Object.fromEntries(kept), ...checked.fields };
  const payload = toZohoPayload({ fields, links: operation.links });

  const log = {
    tenantId,
    conversationId: context.conversationId ?? null,
    channel: context.channel,
    agentEmail: agent.email,
    action,
    module,
    visitorPhone: visitorPhone(context, country),
    visitorEmail: context.email ?? null,
  };
  const { results } = await session.zoho.create(module, payload);
  const result = results[0];
  const id = result?.status === 'success' ? result.details.id : undefined;
  if (!result || typeof id !== 'string') {
    const code = result?.code ?? 'NO_RESULT';
    await bestEffort(deps, 'logging the refusal', () =>
      logPanelAction(deps.pool, {
        ...log,
        outcome: 'failed',
        recordId: null,
        recordName: null,
        errorCode: code,
      }),
    );
    throw result
      ? zohoRecordError(result, (name) => onForm.has(name), await describeDuplicate(session, module, result))
      : panelRefusal(
          'UPSTREAM_UNAVAILABLE',
          'no_result',
          {},
          'Zoho CRM answered without a result for the record.',
        );
  }

  await mirrorWrittenRecord(deps, tenantId, module, id, payload);
  const name = displayName(module, { id, ...fields });
  const role = module === 'Leads' || module === 'Contacts' ? 'person' : 'activity';
  const conversationId = context.conversationId;
  if (conversationId)
    await bestEffort(deps, 'linking to the conversation', () =>
      linkToConversation(deps.pool, tenantId, conversationId, { module, id, role }),
    );
  await bestEffort(deps, 'logging', () =>
    logPanelAction(deps.pool, {
      ...log,
      outcome: 'success',
      recordId: id,
      recordName: name,
      errorCode: null,
    }),
  );
  return {
    module,
    id,
    role,
    source: 'agent',
    name,
    url: recordUrl(session.webBase, module, id),
    createdAt: new Date().toISOString(),
  };
}
