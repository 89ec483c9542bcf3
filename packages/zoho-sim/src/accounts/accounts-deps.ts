import type { FaultController } from '../faults/fault-controller.ts';
import type { Store } from '../store/store.ts';
import type { SigningKeys } from './id-token.ts';
import type { PendingAuthStore } from './pending-auth.ts';

/** What the accounts routes need; one set serves every DC. */
export interface AccountsDeps {
  store: Store;
  pending: PendingAuthStore;
  faults: FaultController;
  keys: () => SigningKeys;
  baseUrl: () => string;
}

/** Root-relative path of an accounts page in a DC (the sign-in flow hops to the user's DC). */
export function accountsPath(dc: string, path: string): string {
  return `/${dc}/accounts${path}`;
}
