import type { Lookup, ZohoRecord } from '@cxc/shared/domain/lookup';
import { type IdentifyContext, runRule } from './identify-rules.ts';

/** Rules whose question is one batched call per module (the others go to Zoho one by one). */
const BATCHED_RULES = new Set(['email', 'phone']);

/**
 * With a lookup whose questions share calls (`concurrent`), every module's e-mail and phone question is
 * asked at once, so identification waits for one batch instead of one per module in the search order.
 * The rules then run in order as before, answered from these same questions (memoised by query); only
 * their own searches and issues are recorded, so the plan reads as if asked one by one. A question the
 * order would not have reached costs no extra call: it rides in its module's batch with everyone else's.
 */
export function askedUpFront<C extends IdentifyContext & { review?: unknown }>(ctx: C): C {
  if (!ctx.lookup.concurrent) return ctx;
  const asked = new Map<string, Promise<ZohoRecord[]>>();
  const lookup: Lookup = (query) => {
    const key = JSON.stringify(query);
    let answer = asked.get(key);
    if (!answer) {
      answer = ctx.lookup(query);
      asked.set(key, answer);
    }
    return answer;
  };
  const shared = { ...ctx, lookup };
  for (const module of ctx.settings.identification.searchOrder)
    for (const rule of ctx.settings.identification.rules[module])
      if (BATCHED_RULES.has(rule.kind))
        // A failure reaches the rule that asks it in order; here it must not be an unhandled rejection.
        void runRule({ ...shared, searches: [], issues: [] }, module, rule, 'person').catch(() => undefined);
  return shared;
}
