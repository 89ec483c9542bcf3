import type { Dc } from '../core/dcs.ts';
import type { SimOrg, SimUser } from '../core/types.ts';

export type ClientType = 'server' | 'self';

export interface SimClient {
  id: string;
  secret: string;
  name: string;
  /** The DC the client was registered in; other DCs only know it when `multiDc` is on. */
  dc: Dc;
  type: ClientType;
  redirectUris: string[];
  multiDc: boolean;
  /** Self clients belong to the console user who created them (client_credentials acts as them). */
  ownerUserId?: string;
  createdAt: number;
  /** Sim-clock times of grant codes issued for this client inside the issuing window (pruned on use). */
  grantsIssuedAt?: number[];
}

export interface GrantCode {
  code: string;
  /** The user's DC: the only accounts server that can redeem the code. */
  dc: Dc;
  clientId: string;
  userId: string;
  orgId: string;
  scopes: string[];
  kind: 'web' | 'self';
  redirectUri?: string;
  accessType: 'online' | 'offline';
  promptConsent: boolean;
  codeChallenge?: string;
  codeChallengeMethod?: 'plain' | 'S256';
  nonce?: string;
  expiresAt: number;
}

export type RefreshTokenStatus = 'active' | 'revoked' | 'evicted';

export interface RefreshTokenRecord {
  token: string;
  dc: Dc;
  clientId: string;
  userId: string;
  orgId: string;
  scopes: string[];
  createdAt: number;
  status: RefreshTokenStatus;
  endedAt?: number;
  /** Sim-clock times of access tokens minted by refresh grants (throttle window). */
  mints: number[];
}

export interface AccessTokenRecord {
  token: string;
  /** Accounts DC that minted it (userinfo); the API host is the org's DC. */
  dc: Dc;
  clientId: string;
  userId: string;
  orgId: string;
  scopes: string[];
  createdAt: number;
  expiresAt: number;
  refreshToken?: string;
  revoked: boolean;
}

export interface IdentityState {
  seed: string;
  orgs: SimOrg[];
  users: SimUser[];
  clients: Map<string, SimClient>;
  codes: Map<string, GrantCode>;
  refreshTokens: Map<string, RefreshTokenRecord>;
  accessTokens: Map<string, AccessTokenRecord>;
}

export function emptyState(seed: string, orgs: SimOrg[], users: SimUser[]): IdentityState {
  return {
    seed,
    orgs,
    users,
    clients: new Map(),
    codes: new Map(),
    refreshTokens: new Map(),
    accessTokens: new Map(),
  };
}
