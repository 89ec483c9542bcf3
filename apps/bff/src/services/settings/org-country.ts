import { countryCodeSchema } from '@cxc/shared/domain/event-parts';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { CountryCode } from 'libphonenumber-js';
import type { Queryable } from '../../db/queryable.ts';

/** The country of the Zoho org the tenant is (or was) connected to, as read from `GET /org`. */
export async function connectedOrgCountry(db: Queryable, tenantId: string): Promise<CountryCode | undefined> {
  const { rows } = await db.query<{ country: string | null }>(
    `select org->>'country' as country from zoho_connections where tenant_id = $1 and org is not null`,
    [tenantId],
  );
  return asCountryCode(rows[0]?.country);
}

/** A stored org country as a country code; undefined when absent or not one. */
export function asCountryCode(raw: unknown): CountryCode | undefined {
  const parsed = countryCodeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The tenant's default country, else the org's: national numbers (`(415) 555-0100`) are read in it, and
 * a connected tenant without one missed most known numbers stored that way. The settings keep one
 * source (`defaultCountry`); the org only fills it while it is empty, and saving keeps what is shown.
 */
export function withOrgCountry(
  settings: IntegrationSettings,
  orgCountry: CountryCode | undefined,
): IntegrationSettings {
  return settings.defaultCountry || !orgCountry ? settings : { ...settings, defaultCountry: orgCountry };
}
