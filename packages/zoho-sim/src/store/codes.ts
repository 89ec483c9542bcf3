import type { Dc } from '../core/dcs.ts';
import { newZohoToken } from './ids.ts';
import type { GrantCode } from './state.ts';
import type { Store } from './store.ts';

export type CodeInput = Omit<GrantCode, 'code' | 'expiresAt'> & { ttlSeconds: number };

export function issueCode(store: Store, input: CodeInput): GrantCode {
  const { ttlSeconds, ...rest } = input;
  const now = store.clock.now();
  for (const [key, old] of store.state.codes) if (old.expiresAt <= now) store.state.codes.delete(key);
  const code: GrantCode = { ...rest, code: newZohoToken(), expiresAt: now + ttlSeconds * 1000 };
  store.state.codes.set(code.code, code);
  return code;
}

/**
 * A code the accounts server of `dc` can still redeem for `clientId`, or undefined. A code lives only in
 * its user's DC, so presenting it elsewhere is simply unknown there (`invalid_code`).
 */
export function redeemableCode(store: Store, code: string, dc: Dc, clientId: string): GrantCode | undefined {
  const found = store.state.codes.get(code);
  if (!found || found.dc !== dc || found.clientId !== clientId) return undefined;
  if (found.expiresAt <= store.clock.now()) {
    store.state.codes.delete(code);
    return undefined;
  }
  return found;
}

/** Single use: a redeemed code is gone, so a replay is `invalid_code`. */
export function consumeCode(store: Store, code: string): void {
  store.state.codes.delete(code);
}
