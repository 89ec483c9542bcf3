import { mirrorWrittenRecord } from '../../customer-data/sync/mirror-written-record.ts';
import type { getScreenPop as endpoint, PanelContext, PanelReadModule } from '@cxc/shared/api/agent-panel';
import { isPanelReadModule } from '@cxc/shared/api/agent-panel';
import type { SessionUser } from '@cxc/shared/api/session';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { planConversation } from '../../automation/plan/plan.ts';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { findAccount } from './find-account.ts';
import { readConversationLinks } from '../../automation/store/conversation-links.ts';
import { panelEvent } from './panel-event.ts';
import { panelLookup } from './panel-lookup.ts';
import { openPanelSession, panelSettings } from './panel-session.ts';
import { withRelated } from './read-related.ts';
import { toLinkedRecord } from './to-linked-record.ts';
import { toPanelRecord } from './to-panel-record.ts';

type ScreenPop = z.input<typeof endpoint.response>;
const MAX_MATCHES = 5;
/** Tasks and Cases cost two searches per record: only the first few matches get them. */
const MAX_WITH_RELATED = 3;

/**
 * Who this is in Zoho: the tenant's identification rules (through the planner, so the panel and
 * automation agree), the account of a matched Contact, and what is already linked to the conversation.
 */
export async function getScreenPop(
  deps: AppDeps,
  tenantId: string,
  agent: SessionUser,
  context: PanelContext & { source?: 'zoho' | undefined },
): Promise<Omit<ScreenPop, 'elapsedMs'>> {
  const { zoho, settings, webBase, dialUrlTemplate, answeredFrom, asOf, cacheOnly } = await openPanelSession(
    deps,
    tenantId,
    { source: context.source, identify: context },
  );
  const links = context.conversationId
    ? await readConversationLinks(deps.pool, tenantId, context.conversationId)
    : [];
  const country = context.country ?? settings.defaultCountry;
  const { lookup, seen } = panelLookup(zoho, settings.defaultCountry);
  const plan = await planConversation({
    settings: panelSettings(settings, context.channel),
    event: panelEvent(context, agent),
    fieldsByModule: {},
    users: [],
    lookup,
    links,
    tenantId,
    manual: { writes: { person: false, activities: false, deal: false } },
  });

  const found: { module: PanelReadModule; record: ZohoRecord }[] = [];
  const add = (module: string, id: string) => {
    const record = seen.get(`${module}:${id}`);
    if (record && isPanelReadModule(module) && !found.some((f) => f.module === module && f.record.id === id))
      found.push({ module, record });
  };
  const identified = plan.identified;
  if (identified && identified.outcome !== 'not_found') {
    if (identified.outcome === 'found') add(identified.module, identified.recordId);
    for (const id of identified.candidates) add(identified.module, id);
  }
  const account = found[0]?.module === 'Contacts' ? found[0].record.Account_Name : undefined;
  if (account && typeof account === 'object' && 'id' in account && typeof account.id === 'string') {
    const record = await zoho.getRecord('Accounts', account.id);
    if (record) found.push({ module: 'Accounts', record });
  } else {
    const record = await findAccount(zoho, settings, context, country);
    if (record) found.push({ module: 'Accounts', record });
  }

  // "Search Zoho now": what Zoho just answered replaces the mirror's copy of those records at once.
  if (context.source === 'zoho')
    for (const { module, record } of found)
      await mirrorWrittenRecord(deps, tenantId, module, record.id, record, { complete: true });

  const matches = await Promise.all(
    found.slice(0, MAX_MATCHES).map(({ module, record }, i) =>
      // Strict cache mode answers without Zoho: open Tasks and Cases show when the record is opened.
      i < MAX_WITH_RELATED && !cacheOnly
        ? withRelated(zoho, module, record, webBase)
        : Promise.resolve(toPanelRecord(module, record, webBase)),
    ),
  );
  return {
    // Only an Account found (no person): still something to show, so not "no match".
    outcome:
      identified && identified.outcome !== 'not_found'
        ? identified.outcome
        : matches.length
          ? 'found'
          : 'not_found',
    matches,
    mode: settings.channels[context.channel].mode,
    linked: links.map((l) => toLinkedRecord(l, webBase)),
    dialUrlTemplate,
    answeredFrom,
    asOf,
  };
}
