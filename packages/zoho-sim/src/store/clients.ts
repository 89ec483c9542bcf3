import type { Dc } from '../core/dcs.ts';
import { newClientId, newClientSecret } from './ids.ts';
import type { ClientType, SimClient } from './state.ts';
import type { Store } from './store.ts';

export interface ClientInput {
  dc: Dc;
  type: ClientType;
  name?: string;
  redirectUris?: string[];
  multiDc?: boolean;
  ownerUserId?: string;
  /** Fixed credentials, for the seeded demo client only. */
  id?: string;
  secret?: string;
}

export function registerClient(store: Store, input: ClientInput): SimClient {
  const client: SimClient = {
    id: input.id ?? newClientId(),
    secret: input.secret ?? newClientSecret(),
    name: input.name ?? (input.type === 'self' ? 'Self Client' : 'Server-based client'),
    dc: input.dc,
    type: input.type,
    redirectUris: input.type === 'self' ? [] : [...(input.redirectUris ?? [])],
    multiDc: input.multiDc ?? false,
    ...(input.ownerUserId === undefined ? {} : { ownerUserId: input.ownerUserId }),
    createdAt: store.clock.now(),
  };
  store.state.clients.set(client.id, client);
  return client;
}

/**
 * The client as the accounts server of `dc` knows it. Each DC has its own accounts database; a client
 * exists outside its home DC only when Multi-DC is enabled (Accounts multi-DC page). Anything else is
 * `invalid_client`, which is also what Zoho answers when the token call goes to the wrong DC.
 */
export function clientAt(store: Store, clientId: string, dc: Dc): SimClient | undefined {
  const client = store.state.clients.get(clientId);
  if (!client) return undefined;
  return client.dc === dc || client.multiDc ? client : undefined;
}
