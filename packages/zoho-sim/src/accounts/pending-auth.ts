import { newTransactionId } from '../store/ids.ts';

/** A validated `/oauth/v2/auth` request, carried through sign-in, org choice and consent. */
export interface AuthRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  accessType: 'online' | 'offline';
  promptConsent: boolean;
  codeChallenge?: string;
  codeChallengeMethod?: 'plain' | 'S256';
  nonce?: string;
}

export interface PendingAuth {
  id: string;
  request: AuthRequest;
  userId?: string;
  orgId?: string;
  expiresAt: number;
}

export interface PendingAuthStore {
  create(request: AuthRequest): PendingAuth;
  get(id: string | undefined): PendingAuth | undefined;
  delete(id: string): void;
  clear(): void;
}

/** Half an hour on the wall clock: this is browser state, not a token, so the sim clock does not apply. */
const TTL_MS = 30 * 60 * 1000;

export function createPendingAuthStore(): PendingAuthStore {
  const pending = new Map<string, PendingAuth>();
  return {
    create(request) {
      const now = Date.now();
      for (const [id, old] of pending) if (old.expiresAt <= now) pending.delete(id);
      const entry: PendingAuth = { id: newTransactionId(), request, expiresAt: now + TTL_MS };
      pending.set(entry.id, entry);
      return entry;
    },
    get(id) {
      const entry = id === undefined ? undefined : pending.get(id);
      return entry && entry.expiresAt > Date.now() ? entry : undefined;
    },
    delete: (id) => void pending.delete(id),
    clear: () => pending.clear(),
  };
}
