import { type IdRule, matchPolicyFor, type MultipleMatchPolicy } from '@cxc/shared/domain/identification';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { PersonModule } from '@cxc/shared/domain/modules';
import type { Identified } from '@cxc/shared/domain/plan-schema';
import { choose, ownedBy, sharedAccount, summarize } from './choose-match.ts';
import { type IdentifyContext, runRule } from './identify-rules.ts';
import { askedUpFront } from './ask-up-front.ts';

/** What someone picked in the review queue for this event: one of the people, or a new one. */
export type ReviewChoice = { recordId: string; module: PersonModule } | { create: true };

export interface PersonContext extends IdentifyContext {
  /** The conversation's agent as a Zoho user, for `owned_by_agent`. */
  agentUserId?: string;
  review?: ReviewChoice;
}

type Picked = { identified: Identified; record?: ZohoRecord; module?: PersonModule };

function review(module: PersonModule, found: readonly ZohoRecord[]): Picked {
  const candidates = found.map((r) => r.id);
  return { identified: { outcome: 'needs_review', module, candidates, people: found.map(summarize) } };
}

/** Several people matched: the module's policy picks one, the shared Account, or asks. Never all of them. */
function pick(
  ctx: PersonContext,
  module: PersonModule,
  rule: IdRule['kind'],
  found: readonly ZohoRecord[],
): Picked {
  const candidates = found.map((r) => r.id);
  const policy: MultipleMatchPolicy = matchPolicyFor(ctx.settings.identification, module);
  const found1 = (record: ZohoRecord, used?: MultipleMatchPolicy): Picked => ({
    identified: {
      outcome: 'found',
      module,
      recordId: record.id,
      via: rule,
      candidates,
      ...(used ? { policy: used } : {}),
      ...(found.length > 1 ? { people: found.map(summarize) } : {}),
    },
    record,
    module,
  });
  if (found.length === 1) return found1(found[0] as ZohoRecord);
  if (policy === 'oldest' || policy === 'most_recently_modified')
    return found1(choose(found, policy), policy);
  if (policy === 'owned_by_agent') {
    // Nobody the agent owns: the newest, as a person picking by hand most often would.
    const owned = ownedBy(found, ctx.agentUserId);
    return found1(owned ?? choose(found, 'most_recently_modified'), policy);
  }
  if (policy === 'shared_account') {
    const account = module === 'Contacts' ? sharedAccount(found) : undefined;
    // Leads have no Account, and people of different companies have none in common: ask instead.
    if (!account) return review(module, found);
    return {
      identified: { outcome: 'found', module: 'Accounts', recordId: account, via: rule, candidates, policy },
    };
  }
  return review(module, found);
}

/** A choice made in the review queue: the chosen record (read again, for the update policy), or nobody. */
async function reviewed(ctx: PersonContext, choice: ReviewChoice): Promise<Picked> {
  if ('create' in choice) return { identified: { outcome: 'not_found' } };
  const [record] = await ctx.lookup({ by: 'id', module: choice.module, id: choice.recordId });
  if (!record) return { identified: { outcome: 'not_found' } };
  const identified: Identified = {
    outcome: 'found',
    module: choice.module,
    recordId: record.id,
    via: 'review',
    candidates: [record.id],
    people: [summarize(record)],
  };
  return { identified, record, module: choice.module };
}

export async function identifyPerson(given: PersonContext): Promise<Picked> {
  if (given.review) return reviewed(given, given.review);
  const ctx = askedUpFront(given);
  for (const module of ctx.settings.identification.searchOrder) {
    for (const rule of ctx.settings.identification.rules[module]) {
      const found = await runRule(ctx, module, rule, 'person');
      if (found.length) return pick(ctx, module, rule.kind, found);
    }
  }
  return { identified: { outcome: 'not_found' } };
}

/** The Account to link a new Contact or Deal to; several matches take the newest or oldest (never a review). */
export async function identifyAccount(
  ctx: IdentifyContext,
): Promise<{ id: string; via: IdRule['kind'] } | undefined> {
  const policy = ctx.settings.identification.multipleMatches;
  for (const rule of ctx.settings.identification.rules.Accounts) {
    const found = await runRule(ctx, 'Accounts', rule, 'account');
    if (found.length)
      return {
        id: choose(found, policy === 'oldest' ? 'oldest' : 'most_recently_modified').id,
        via: rule.kind,
      };
  }
  return undefined;
}
