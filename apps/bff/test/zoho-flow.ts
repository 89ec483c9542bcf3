import { buildPath } from '@cxc/shared/api/contract';
import {
  connectionSchema,
  connectOutcomeMessageSchema,
  type ConnectOutcomeMessage,
  type Connection,
} from '@cxc/shared/api/zoho-connection';
import type { SignedInClient } from './sign-in.ts';
import type { Browser } from './browser.ts';
import type { TestStack } from './start-test-stack.ts';
import { simSelfClientCode, simUrl } from './zoho-sim-control.ts';

const field = (page: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]+)"`).exec(page)?.[1] ?? '';
const formAction = (page: string) => /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';

/**
 * Drives the simulator's server-rendered sign-in, org-choice and consent pages like a person would, and
 * returns where Zoho sends the browser back (not yet visited). The grant code is registered as a secret.
 */
export async function consentAtSim(
  stack: TestStack,
  browser: Browser,
  authorizeUrl: string,
  input: { email: string; password?: string; orgId?: string; decision?: 'accept' | 'deny' },
): Promise<string> {
  let url = authorizeUrl;
  let response = await browser.request(url);
  let signedIn = false;
  for (let step = 0; step < 12; step += 1) {
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get('location') ?? '', url).href;
      if (!next.startsWith(simUrl(stack))) {
        const code = new URL(next).searchParams.get('code');
        if (code) stack.recorder.addSecret({ label: 'Zoho grant code', value: code, logsOnly: true });
        return next;
      }
      url = next;
      response = await browser.request(url);
      continue;
    }
    const page = await response.text();
    if (response.status !== 200)
      throw new Error(`simulator page ${url} answered ${response.status}: ${page.slice(0, 300)}`);
    const action = new URL(formAction(page), url).href;
    const origin = new URL(url).origin;
    const tx = field(page, 'tx');
    if (!signedIn && page.includes('name="password"')) {
      signedIn = true;
      response = await browser.postForm(
        action,
        { tx, email: input.email, password: input.password ?? 'zoho1234' },
        origin,
      );
    } else if (page.includes('name="org_id"')) {
      response = await browser.postForm(action, { tx, org_id: input.orgId ?? field(page, 'org_id') }, origin);
    } else if (page.includes('name="decision"')) {
      response = await browser.postForm(action, { tx, decision: input.decision ?? 'accept' }, origin);
    } else {
      throw new Error(`unexpected simulator page at ${url}`);
    }
    url = action;
  }
  throw new Error('the simulator never redirected back');
}

export interface CallbackVisit {
  status: number;
  html: string;
  message: ConnectOutcomeMessage;
  headers: Headers;
}

/** Visits Zoho's redirect back with the admin's browser and reads the outcome the page carries. */
export async function visitCallback(client: SignedInClient, callbackUrl: string): Promise<CallbackVisit> {
  const response = await client.browser.request(callbackUrl);
  const html = await response.text();
  const content = /<meta name="cxc-zoho-connect" content="([^"]*)">/.exec(html)?.[1];
  if (!content) throw new Error(`the callback answered ${response.status} without an outcome`);
  const json = content
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return {
    status: response.status,
    html,
    message: connectOutcomeMessageSchema.parse(JSON.parse(json)),
    headers: response.headers,
  };
}

/** The Zoho CRM entry of listIntegrations (what the nav shows). */
export async function integrationStatus(
  client: SignedInClient,
  tenantId: string,
): Promise<string | undefined> {
  const { body } = await api<{ integrations: { status: string }[] }>(
    client,
    'GET',
    '/api/tenants/:tenantId/integrations',
    {
      tenantId,
    },
  );
  return body.integrations[0]?.status;
}

/** `url` with some query parameters replaced (to forge what Zoho sends back). */
export function withQuery(url: string, changes: Record<string, string>): string {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(changes)) parsed.searchParams.set(key, value);
  return parsed.href;
}

/** A JSON call to the BFF as the signed-in user; answers status and parsed body. */
export async function api<T = unknown>(
  client: SignedInClient,
  method: string,
  path: string,
  params: Record<string, string> = {},
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await client.fetch(buildPath(path, params), init);
  return { status: response.status, body: (await response.json()) as T };
}

export async function getConnection(client: SignedInClient, tenantId: string): Promise<Connection> {
  const { status, body } = await api(client, 'GET', '/api/tenants/:tenantId/zoho/connection', { tenantId });
  if (status !== 200) throw new Error(`getConnection answered ${status}`);
  return connectionSchema.parse(body);
}

/** Saves a custom configuration, starts the authorization, consents at the simulator; returns the callback URL. */
export async function authorizeCustom(
  stack: TestStack,
  admin: SignedInClient,
  input: {
    dataCenterId: string;
    clientId: string;
    clientSecret: string;
    email: string;
    orgId?: string;
    decision?: 'accept' | 'deny';
  },
): Promise<{ authorizeUrl: string; callbackUrl: string }> {
  const tenantId = admin.user.tenant?.id ?? '';
  const saved = await api(
    admin,
    'PUT',
    '/api/tenants/:tenantId/zoho/config',
    { tenantId },
    {
      kind: 'custom',
      dataCenterId: input.dataCenterId,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
    },
  );
  if (saved.status !== 200) throw new Error(`saving the configuration answered ${saved.status}`);
  return authorizeAgain(stack, admin, input);
}

/** Starts the authorization with the saved configuration and consents at the simulator. */
export async function authorizeAgain(
  stack: TestStack,
  admin: SignedInClient,
  input: { email: string; orgId?: string; decision?: 'accept' | 'deny'; mode?: 'popup' | 'redirect' },
): Promise<{ authorizeUrl: string; callbackUrl: string }> {
  const tenantId = admin.user.tenant?.id ?? '';
  const started = await api<{ authorizeUrl: string }>(
    admin,
    'POST',
    '/api/tenants/:tenantId/zoho/authorize',
    { tenantId },
    { mode: input.mode ?? 'popup' },
  );
  if (started.status !== 200) throw new Error(`startAuthorization answered ${started.status}`);
  const callbackUrl = await consentAtSim(stack, admin.browser, started.body.authorizeUrl, input);
  return { authorizeUrl: started.body.authorizeUrl, callbackUrl };
}

/** Self Client connect: a code from the simulator's console, redeemed through the API. */
export async function connectBySelfClient(
  stack: TestStack,
  admin: SignedInClient,
  input: { userEmail: string; dataCenterId: string },
): Promise<Connection> {
  const grant = await simSelfClientCode(stack, { userEmail: input.userEmail });
  const { status, body } = await api(
    admin,
    'POST',
    '/api/tenants/:tenantId/zoho/self-client',
    { tenantId: admin.user.tenant?.id ?? '' },
    {
      dataCenterId: input.dataCenterId,
      clientId: grant.clientId,
      clientSecret: grant.clientSecret,
      code: grant.code,
    },
  );
  if (status !== 200) throw new Error(`self-client answered ${status}: ${JSON.stringify(body)}`);
  return connectionSchema.parse(body);
}
