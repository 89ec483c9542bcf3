import { registerClient } from '../store/clients.ts';
import { emptyState } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { demoClientInput } from './demo-client.ts';
import { demoOrgs } from './demo-orgs.ts';
import { demoUsers } from './demo-users.ts';

/** Seed names: `demo` (records) and `empty` (no records) are documented; the name is passed to the CRM half. */
export const SEED_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Replaces the identity state: orgs, users and the demo client; no codes or tokens survive. */
export function applySeed(store: Store, seed: string): void {
  store.state = emptyState(seed, demoOrgs(), demoUsers());
  registerClient(store, demoClientInput);
}
