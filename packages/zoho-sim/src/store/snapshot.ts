import { z } from 'zod';
import type { SimOrg, SimUser } from '../core/types.ts';
import type { AccessTokenRecord, GrantCode, IdentityState, RefreshTokenRecord, SimClient } from './state.ts';

export interface IdentitySnapshot {
  seed: string;
  orgs: SimOrg[];
  users: SimUser[];
  clients: SimClient[];
  codes: GrantCode[];
  refreshTokens: RefreshTokenRecord[];
  accessTokens: AccessTokenRecord[];
}

/** Shape check only: the file is the simulator's own output, so records are trusted once the lists exist. */
const snapshotSchema = z.object({
  seed: z.string(),
  orgs: z.array(z.object({ id: z.string() }).loose()),
  users: z.array(z.object({ id: z.string(), email: z.string() }).loose()),
  clients: z.array(z.object({ id: z.string() }).loose()),
  codes: z.array(z.object({ code: z.string() }).loose()),
  refreshTokens: z.array(z.object({ token: z.string() }).loose()),
  accessTokens: z.array(z.object({ token: z.string() }).loose()),
});

export function toSnapshot(state: IdentityState): IdentitySnapshot {
  return {
    seed: state.seed,
    orgs: state.orgs,
    users: state.users,
    clients: [...state.clients.values()],
    codes: [...state.codes.values()],
    refreshTokens: [...state.refreshTokens.values()],
    accessTokens: [...state.accessTokens.values()],
  };
}

export function fromSnapshot(input: unknown): IdentityState {
  const snapshot = snapshotSchema.parse(input) as unknown as IdentitySnapshot;
  return {
    seed: snapshot.seed,
    orgs: snapshot.orgs,
    users: snapshot.users,
    clients: new Map(snapshot.clients.map((client) => [client.id, client])),
    codes: new Map(snapshot.codes.map((code) => [code.code, code])),
    refreshTokens: new Map(snapshot.refreshTokens.map((rt) => [rt.token, rt])),
    accessTokens: new Map(snapshot.accessTokens.map((at) => [at.token, at])),
  };
}
