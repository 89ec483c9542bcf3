import { MIRROR_MODULES, type MirrorHit } from '@cxc/shared/api/customer-data';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { ZohoError } from '../../zoho/zoho-errors.ts';
import { recordUrlForTenant } from '../../services/agent-panel/record-url-for-tenant.ts';
import { searchZoho } from '../../services/agent-panel/search-zoho.ts';
import { getCurrentSettings } from '../../services/settings/get-settings.ts';
import { findByIdentity, type IdentityQuery } from '../index/find-in-mirror.ts';
import { foldKey } from '../index/identity-keys.ts';
import { readSyncStates } from '../store/sync-state-store.ts';

type By = 'phone' | 'email' | 'name';

/** An `@` is an e-mail; five digits or more a phone; anything else a name (its last word, as Zoho searches). */
export function classify(q: string): By {
  if (q.includes('@')) return 'email';
  return q.replace(/\D/g, '').length >= 5 ? 'phone' : 'name';
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** The admin's test search: what the mirror answers and what Zoho answers, side by side. */
export async function testCustomerSearch(deps: AppDeps, tenantId: string, q: string) {
  const by = classify(q);
  const { settings } = await getCurrentSettings(deps.pool, tenantId);
  let query: IdentityQuery | undefined;
  if (by === 'email') query = { kind: 'email', key: foldKey(q) };
  else if (by === 'name') query = { kind: 'name', key: foldKey(q.trim().split(/\s+/).pop() ?? q) };
  else {
    const phone = normalizePhone(q, settings.defaultCountry);
    if (phone.ok) query = { kind: 'phone', key: phone.e164 };
  }
  const url = (await recordUrlForTenant(deps, tenantId)) ?? (() => '');
  const hits = query ? await findByIdentity(deps.pool, tenantId, MIRROR_MODULES, query) : [];
  const mirror: MirrorHit[] = hits.map(({ module, record }) => ({
    module,
    id: record.id,
    name:
      text(record.Full_Name) ??
      text(record.Account_Name) ??
      [text(record.First_Name), text(record.Last_Name)].filter(Boolean).join(' '),
    company:
      text(record.Company) ??
      (module === 'Contacts' ? text((record.Account_Name as { name?: unknown } | null)?.name) : null),
    emails: [record.Email, record.Secondary_Email].map(text).filter((e): e is string => e !== null),
    phones: [record.Phone, record.Mobile].map(text).filter((p): p is string => p !== null),
    url: url(module, record.id),
  }));
  let zoho: MirrorHit[] = [];
  let zohoError: string | null = null;
  try {
    const answer = await searchZoho(deps, tenantId, { by, q, source: 'zoho' });
    zoho = answer.results.map((r) => ({
      module: r.module,
      id: r.id,
      name: r.name,
      company: r.company,
      emails: r.email ? [r.email] : [],
      phones: r.phones,
      url: r.url,
    }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // A reason, not our English message: the console says it in the admin's language.
    zohoError = error instanceof ZohoError ? error.zohoCode : error.code;
  }
  const states = await readSyncStates(deps.pool, tenantId);
  const synced = states.map((s) => s.lastSyncAt?.getTime() ?? 0).filter((t) => t > 0);
  return {
    by,
    mirror,
    zoho,
    zohoError,
    mirrorAsOf: synced.length ? new Date(Math.min(...synced)).toISOString() : null,
  };
}
