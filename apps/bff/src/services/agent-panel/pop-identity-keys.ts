import type { PanelContext } from '@cxc/shared/api/agent-panel';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { CountryCode } from 'libphonenumber-js';
import { foldKey } from '../../customer-data/index/identity-keys.ts';
import type { IdentityQuery } from '../../customer-data/index/find-in-mirror.ts';

type IdentityKey = { kind: IdentityQuery['kind']; key: string };

/**
 * The identity keys the planner and the Account search will ask the mirror for, as they compute them: the
 * phone in E.164 read in the context's country, then the tenant's (the index holds every spelling under
 * that one key); the e-mail case-folded; the company as an Account's name key. A question about any
 * other key still works, it just costs its own query.
 */
export function popIdentityKeys(
  context: PanelContext,
  defaultCountry: CountryCode | undefined,
): IdentityKey[] {
  const keys: IdentityKey[] = [];
  if (context.phone) {
    const phone = normalizePhone(context.phone, context.country ?? defaultCountry);
    if (phone.ok) keys.push({ kind: 'phone', key: phone.e164 });
  }
  if (context.email) keys.push({ kind: 'email', key: foldKey(context.email) });
  if (context.company && context.company.trim().length >= 2)
    keys.push({ kind: 'name', key: foldKey(context.company) });
  return keys;
}
