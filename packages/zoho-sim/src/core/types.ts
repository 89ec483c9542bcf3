import type { Router } from 'express';
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
  /** What a call did beyond its path, for benches that count calls by purpose (COQL: module and fields searched; writes: record count). */
  detail?: string;
}

/** A whole-request Zoho API error body: `{code, details, message, status:"error"}`. */
export interface ZohoApiErrorBody {
  code: string;
  details: Record<string, unknown>;
  message: string;
  status: 'error';
}

/** What the identity half offers the CRM half. */
export interface IdentityApi {
  /**
   * Resolves an `Authorization: Zoho-oauthtoken …` header for a call that arrived at `dc`'s API host.
   * Errors are ready to send: INVALID_TOKEN (expired/unknown/revoked), AUTHENTICATION_FAILURE (missing or
   * malformed header), and a token used at another DC's API host is INVALID_TOKEN too (as Zoho does).
   */
  authenticate(
    authorization: string | undefined,
    dc: Dc,
  ): { ok: true; auth: AuthContext } | { ok: false; status: number; body: ZohoApiErrorBody };
  orgs(): SimOrg[];
  org(orgId: string): SimOrg | undefined;
  /** Users who are members of the org. */
  usersOf(orgId: string): SimUser[];
}

/** Fault settings (`POST /__sim/faults`) the CRM half must honour itself; the rest is middleware. */
export interface CrmFaultView {
  /** Records created or edited less than this many seconds ago are not found by search (`/search`). */
  searchIndexDelaySeconds: number;
}

export interface CrmDeps {
  identity: IdentityApi;
  clock: SimClock;
  faults: () => CrmFaultView;
  /** The simulator's base URL (known once listening), for `resource_uri` and notification payloads. */
  baseUrl: () => string;
}

/**
 * What the CRM half (src/crm) exports as `createCrm(deps: CrmDeps): SimCrm`. The server mounts `router`
 * at `/<dc>/api` for every DC with `res.locals.dc` set; the router serves `/crm/v2/...` below that.
 */
export interface SimCrm {
  router: Router;
  /** Reset records and metadata for the given orgs (deterministic per seed name). */
  reset(seed: string, orgs: SimOrg[]): void;
  /** `POST /__sim/generate`: add N realistic records; returns how many were added. */
  generate(orgId: string, module: string, count: number, options?: { phones?: 'plain' | 'mixed' }): number;
  /** Record counts by module, for the home page. */
  counts(orgId: string): Record<string, number>;
  /** JSON-serialisable state for the optional state file, and its inverse. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
  /** Stops timers (notification channel expiry, pending notify_url deliveries). */
  close(): Promise<void>;
}
