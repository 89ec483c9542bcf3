import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { DEMO_CLIENT } from '@cxc/zoho-sim';
import { z } from 'zod';

const createdClientSchema = z.object({ client_id: z.string(), client_secret: z.string() });

/**
 * The simulator's pre-registered demo client knows only `http://127.0.0.1:3000/…/callback`. When the product
 * runs under another PUBLIC_URL (another port, the e2e stack), register a client for our real redirect URL
 * through the simulator's control API instead, so the one-click demo connection still works.
 */
export async function demoClientFor(
  simUrl: string,
  publicUrl: string,
): Promise<{ id: string; secret: string }> {
  const redirectUri = `${publicUrl}${OAUTH_CALLBACK_PATH}`;
  if (redirectUri === DEMO_CLIENT.redirectUri) return DEMO_CLIENT;
  const response = await fetch(`${simUrl}/__sim/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ dc: 'us', type: 'server', redirect_uris: [redirectUri], multi_dc: true }),
  });
  if (!response.ok) throw new Error(`the Zoho simulator refused the demo client (HTTP ${response.status})`);
  const created = createdClientSchema.parse(await response.json());
  return { id: created.client_id, secret: created.client_secret };
}
