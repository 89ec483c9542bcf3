import type { Dc } from './dcs.ts';

/**
 * The contract between the simulator's halves: identity (accounts/, store/, control/) and CRM (crm/).
 * Identity owns orgs, users, clients, grant codes and tokens; CRM owns modules, fields and records.
 */

export type Edition = 'Free' | 'Standard' | 'Professional' | 'Enterprise' | 'Ultimate';

export interface SimOrg {
  /** Zoho org id (zgid), a numeric string. */
  id: string;
  name: string;
  dc: Dc;
  edition: Edition;
  /** IANA time zone; Created_Time and Modified_Time are rendered in it. */
  timeZone: string;
  currency: string;
  country: string;
}

export type ZohoProfile = 'Administrator' | 'Standard';

export interface SimUser {
  /** Zoho user id, a numeric string. */
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The DC the user's Zoho account lives in (decides `location` in the OAuth redirect). */
  dc: Dc;
  /** Sign-in password on the simulator's consent page. */
  password: string;
  /** Memberships: a user can belong to several orgs, with a CRM profile and role in each. */
  orgs: { orgId: string; profile: ZohoProfile; role: string; status: 'active' | 'disabled' }[];
}

/** What a valid access token resolves to; CRM routes receive this for every authenticated call. */
export interface AuthContext {
  accessToken: string;
  clientId: string;
  user: SimUser;
  org: SimOrg;
  /** Granted scopes, e.g. `ZohoCRM.modules.ALL`, `ZohoCRM.settings.READ`. */
  scopes: string[];
}

/** The simulator's clock; `POST /__sim/clock` advances it. Every expiry and window reads it. */
export interface SimClock {
  now(): number;
  advance(seconds: number): void;
}

/** Request log entry exposed at `GET /__sim/requests`. CRM routes set `credits` via `res.locals.credits`. */
export interface SimRequestLogEntry {
  at: string;
  method: string;
  path: string;
  status: number;
  credits: number;
  orgId?: string;
  /** For token calls: the grant type; lets tests count refreshes. */
  grantType?: string;
}
