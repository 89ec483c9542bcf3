import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { CountryCode } from 'libphonenumber-js';
import { getCurrentSettings } from '../../services/settings/get-settings.ts';
import { connectedOrgCountry } from '../../services/settings/org-country.ts';
import type { Queryable } from '../../db/queryable.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { type IdentityFields, standardIdentityFields } from '../index/identity-keys.ts';
import type { MirrorRuntime } from './mirror-runtime.ts';

/** One tenant's sync run: its client, org, and how its records' phones are read. */
export interface SyncContext {
  runtime: MirrorRuntime;
  tenantId: string;
  orgId: string;
  zoho: ZohoClient;
  tenantCountry: CountryCode | undefined;
  orgCountry: CountryCode | undefined;
  fields: Map<MirrorModule, IdentityFields>;
}

/** The org's fields change rarely; reading them costs a credit, so a process keeps them an hour. */
const FIELDS_TTL_MS = 3600_000;
const fieldCache = new Map<string, { at: number; fields: IdentityFields }>();

/**
 * The module's phone and e-mail fields, custom ones included (`data_type` phone/email), else Zoho's
 * standard ones when the field list cannot be read (a profile without field access).
 */
export async function identityFields(ctx: SyncContext, module: MirrorModule): Promise<IdentityFields> {
  const known = ctx.fields.get(module);
  if (known) return known;
  const key = `${ctx.tenantId}:${ctx.orgId}:${module}`;
  const cached = fieldCache.get(key);
  let fields: IdentityFields;
  if (cached && ctx.runtime.now() - cached.at < FIELDS_TTL_MS) fields = cached.fields;
  else {
    try {
      const list = await ctx.zoho.fields(module);
      fields = {
        phones: list.filter((f) => f.data_type === 'phone').map((f) => f.api_name),
        emails: list.filter((f) => f.data_type === 'email').map((f) => f.api_name),
      };
      if (fields.phones.length === 0 && fields.emails.length === 0) fields = standardIdentityFields(module);
    } catch {
      fields = standardIdentityFields(module);
    }
    fieldCache.set(key, { at: ctx.runtime.now(), fields });
  }
  ctx.fields.set(module, fields);
  return fields;
}

export async function tenantCountries(
  db: Queryable,
  tenantId: string,
): Promise<{ tenantCountry: CountryCode | undefined; orgCountry: CountryCode | undefined }> {
  const { settings } = await getCurrentSettings(db, tenantId);
  return { tenantCountry: settings.defaultCountry, orgCountry: await connectedOrgCountry(db, tenantId) };
}

/** The fields a process last read for the module, if any (no Zoho call). */
export function knownIdentityFields(
  tenantId: string,
  orgId: string,
  module: MirrorModule,
): IdentityFields | undefined {
  return fieldCache.get(`${tenantId}:${orgId}:${module}`)?.fields;
}
