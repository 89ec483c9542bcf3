import type { Dc } from '../core/dcs.ts';
import { clientAt } from '../store/clients.ts';
import type { SimClient } from '../store/state.ts';
import type { Store } from '../store/store.ts';

export type ClientAuth = { ok: true; client: SimClient } | { ok: false; error: string };

/**
 * Unknown client, or a client this DC does not know (not its home DC and Multi-DC off) is
 * `invalid_client` (ISS asciisd/zoho #18). A wrong secret is `invalid_client_secret`; that string is
 * UNCONFIRMED in Zoho's docs but used by the issue brief and 3P Zoho error maps.
 */
export function authenticateClient(store: Store, dc: Dc, params: Record<string, string>): ClientAuth {
  const client = clientAt(store, params.client_id ?? '', dc);
  if (!client) return { ok: false, error: 'invalid_client' };
  if (params.client_secret !== client.secret) return { ok: false, error: 'invalid_client_secret' };
  return { ok: true, client };
}
