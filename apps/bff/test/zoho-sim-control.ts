import { OAUTH_CALLBACK_PATH, ZOHO_SCOPES } from '@cxc/shared/api/zoho-connection';
import type { TestStack } from './start-test-stack.ts';

/** The simulator behind a stack started with `zohoSim: true` (or with ZOHO_SIM_URL). */
export function simUrl(stack: TestStack): string {
  const url = stack.config.zoho.simUrl;
  if (!url) throw new Error('this stack has no Zoho simulator');
  return url;
}

/** A JSON call to the simulator's control API (`/__sim/*`). */
export async function sim<T = unknown>(
  stack: TestStack,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${simUrl(stack)}/__sim${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`simulator ${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export interface SimRequest {
  seq: number;
  method: string;
  path: string;
  status: number;
  credits: number;
  dc: string;
  host: 'accounts' | 'api';
  orgId?: string;
  grantType?: string;
}

export async function simRequests(
  stack: TestStack,
  query: Record<string, string> = {},
): Promise<{ requests: SimRequest[]; last_seq: number }> {
  return sim(stack, 'GET', `/requests?${new URLSearchParams(query).toString()}`);
}

/** The last request-log sequence number: pass it as `since` to see only what happens next. */
export async function simCursor(stack: TestStack): Promise<string> {
  return String((await simRequests(stack)).last_seq);
}

/** A server-based client in the simulator's API console, redirecting to this stack's callback. */
export async function registerSimClient(
  stack: TestStack,
  input: { dc: string; multiDc?: boolean; extraRedirectUris?: string[] },
): Promise<{ clientId: string; clientSecret: string }> {
  const client = await sim<{ client_id: string; client_secret: string }>(stack, 'POST', '/clients', {
    dc: input.dc,
    type: 'server',
    name: 'CX Connector (test)',
    redirect_uris: [`${stack.baseUrl}${OAUTH_CALLBACK_PATH}`, ...(input.extraRedirectUris ?? [])],
    multi_dc: input.multiDc ?? false,
  });
  stack.recorder.addSecret({ label: 'Zoho sim client secret', value: client.client_secret });
  return { clientId: client.client_id, clientSecret: client.client_secret };
}

/** A self client and a grant code, as Zoho's API console "Generate Code" tab gives them. */
export async function simSelfClientCode(
  stack: TestStack,
  input: {
    userEmail: string;
    orgId?: string;
    clientId?: string;
    scopes?: readonly string[];
    expiresInMinutes?: number;
  },
): Promise<{ clientId: string; clientSecret: string; code: string }> {
  const grant = await sim<{ client_id: string; client_secret: string; code: string }>(
    stack,
    'POST',
    '/self-client',
    {
      user_email: input.userEmail,
      scope: [...(input.scopes ?? ZOHO_SCOPES)],
      ...(input.orgId ? { org_id: input.orgId } : {}),
      ...(input.clientId ? { client_id: input.clientId } : {}),
      ...(input.expiresInMinutes ? { expires_in_minutes: input.expiresInMinutes } : {}),
    },
  );
  stack.recorder.addSecret({ label: 'Zoho self client secret', value: grant.client_secret });
  stack.recorder.addSecret({ label: 'Zoho grant code', value: grant.code, logsOnly: true });
  return { clientId: grant.client_id, clientSecret: grant.client_secret, code: grant.code };
}
