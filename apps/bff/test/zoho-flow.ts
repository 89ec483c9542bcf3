import { buildPath } from '@cxc/shared/api/contract';
import {
  connectionSchema,
  connectOutcomeMessageSchema,
  OAUTH_CALLBACK_PATH,
  ZOHO_SCOPES,
  type ConnectOutcomeMessage,
  type Connection,
} from '@cxc/shared/api/zoho-connection';
import type { Browser } from './browser.ts';
import type { SignedInClient } from './sign-in.ts';
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
  input: { userEmail: string; orgId?: string; clientId?: string },
): Promise<{ clientId: string; clientSecret: string; code: string }> {
  const grant = await sim<{ client_id: string; client_secret: string; code: string }>(
    stack,
    'POST',
    '/self-client',
    {
      user_email: input.userEmail,
      scope: [...ZOHO_SCOPES],
      ...(input.orgId ? { org_id: input.orgId } : {}),
      ...(input.clientId ? { client_id: input.clientId } : {}),
    },
  );
  stack.recorder.addSecret({ label: 'Zoho self client secret', value: grant.client_secret });
  stack.recorder.addSecret({ label: 'Zoho grant code', value: grant.code, logsOnly: true });
  return { clientId: grant.client_id, clientSecret: grant.client_secret, code: grant.code };
}

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
  input: { email: string; orgId?: string; decision?: 'accept' | 'deny' },
): Promise<{ authorizeUrl: string; callbackUrl: string }> {
  const tenantId = admin.user.tenant?.id ?? '';
  const started = await api<{ authorizeUrl: string }>(
    admin,
    'POST',
    '/api/tenants/:tenantId/zoho/authorize',
    { tenantId },
    { mode: 'popup' },
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
