import type { ClientInput } from '../store/clients.ts';

/**
 * The one pre-registered client, so the README demo works without the console: a server-based,
 * multi-DC client registered in the US DC. Fixed credentials; documented in the simulator README.
 */
export const DEMO_CLIENT = {
  id: '1000.SIMDEMOCXCONNECTORUS0000000001',
  secret: '7769d8098a3693abff684a2dbf4ffd08ac2aaf40a3',
  redirectUri: 'http://127.0.0.1:3000/api/zoho/oauth/callback',
} as const;

export const demoClientInput: ClientInput = {
  id: DEMO_CLIENT.id,
  secret: DEMO_CLIENT.secret,
  name: 'CX Connector (demo)',
  dc: 'us',
  type: 'server',
  redirectUris: [DEMO_CLIENT.redirectUri],
  multiDc: true,
};
