import type { MultipleMatchPolicy, IdRule } from '@cxc/shared/domain/identification';
import { type IdentifyContext, runRule } from './identify-rules.ts';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { PersonModule } from '@cxc/shared/domain/modules';
import type { Identified } from '@cxc/shared/domain/plan-schema';

const time = (r: ZohoRecord, key: string) => (typeof r[key] === 'string' ? Date.parse(r[key]) : NaN);

/** Several matches: newest by Modified_Time, or oldest by Created_Time; ties fall back to the id. */
export function choose(
  records: readonly ZohoRecord[],
  policy: Exclude<MultipleMatchPolicy, 'flag_for_review'>,
): ZohoRecord {
  const key = policy === 'oldest' ? 'Created_Time' : 'Modified_Time';
  const sign = policy === 'oldest' ? 1 : -1;
  const sorted = [...records].sort(
    (a, b) => sign * ((time(a, key) || 0) - (time(b, key) || 0)) || sign * a.id.localeCompare(b.id),
  );
  return sorted[0] as ZohoRecord;
}

export async function identifyPerson(
  ctx: IdentifyContext,
): Promise<{ identified: Identified; record?: ZohoRecord; module?: PersonModule }> {
  const policy = ctx.settings.identification.multipleMatches;
  for (const module of ctx.settings.identification.searchOrder) {
    for (const rule of ctx.settings.identification.rules[module]) {
      const found = await runRule(ctx, module, rule, 'person');
      if (!found.length) continue;
      const candidates = found.map((r) => r.id);
      if (found.length > 1 && policy === 'flag_for_review')
        return { identified: { outcome: 'needs_review', module, candidates } };
      const record =
        found.length > 1 && policy !== 'flag_for_review' ? choose(found, policy) : (found[0] as ZohoRecord);
      const identified: Identified = {
        outcome: 'found',
        module,
        recordId: record.id,
        via: rule.kind,
        candidates,
        ...(found.length > 1 ? { policy } : {}),
      };
      return { identified, record, module };
    }
  }
  return { identified: { outcome: 'not_found' } };
}

/** The Account to link a new Contact or Deal to; several matches take the policy's pick (never a review). */
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
