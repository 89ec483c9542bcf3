import type { ZohoOrgSummary } from '@cxc/shared/api/zoho-connection';
import type { CountryCode } from 'libphonenumber-js';
import { countryFromText } from '@cxc/shared/domain/record-country';
import type { ZohoDc } from '@cxc/shared/domain/zoho-dcs';
import type { ConnectionWarning, ZohoUserSummary } from '../../zoho/connection-store.ts';
import type { ZohoOrg, ZohoUserInfo } from '../../zoho/zoho-client.ts';

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** `zgid` is the org id Zoho shows in its UI and uses in `soid`; `id` is an internal record-style id. */
export function orgSummary(org: ZohoOrg, dc: ZohoDc): ZohoOrgSummary {
  const zgid = typeof org.zgid === 'string' && org.zgid ? org.zgid : undefined;
  return {
    id: zgid ?? org.id,
    name: org.company_name,
    edition: capitalize(org.license_details?.paid_type ?? org.type ?? 'unknown'),
    dc,
    timeZone: org.time_zone ?? null,
    country: orgCountry(org),
  };
}

/** `country_code` is ISO; older orgs may only have the `country` name (any language), or neither. */
export function orgCountry(org: ZohoOrg): CountryCode | null {
  return countryFromText(org.country_code) ?? countryFromText(org.country) ?? null;
}

export function userSummary(user: ZohoUserInfo): ZohoUserSummary {
  const profile = user.profile?.name ?? 'unknown';
  return {
    id: user.id,
    name: user.full_name ?? user.email,
    email: user.email,
    profile,
    role: user.role?.name ?? null,
    isAdministrator: profile === 'Administrator',
  };
}

export function notAdministratorWarning(user: ZohoUserSummary): ConnectionWarning {
  return {
    code: 'not_administrator',
    message: `The connected Zoho user ${user.email} has the profile "${user.profile}", not Administrator. Reading other Zoho users (owner mapping) and some settings (field metadata of restricted fields) may fail, and fields hidden from this profile cannot be written. Reconnect as a Zoho administrator for full functionality.`,
  };
}

export function otherDcWarning(chosen: string, location: string, accountsServer: string): ConnectionWarning {
  return {
    code: 'other_data_center',
    message: `Your Zoho user belongs to the ${location.toUpperCase()} data center, not ${chosen.toUpperCase()} as configured. As Zoho asked, we connected at ${new URL(accountsServer).host}; refreshes and API calls go there.`,
  };
}
