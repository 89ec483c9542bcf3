import { createCustomerApiKey, platformCustomersPageSchema } from '@cxc/shared/api/customer-api';
import {
  customersChangedPayloadSchema,
  deleteCustomerWebhook,
  getCustomerWebhook,
  rotateCustomerWebhookSecret,
  saveCustomerWebhook,
  testCustomerWebhook,
} from '@cxc/shared/api/customer-webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, mirrorRuntime, simControl } from '../../../test/mirror-runtime.ts';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { startWebhookReceiver } from '../../../test/webhook-receiver.ts';
import { signEvent } from '../../automation/intake/sign-event.ts';
import { MAX_DELIVERY_ATTEMPTS } from '../../services/webhooks/send-signed-webhook.ts';
import { writeMirrorSettings } from '../store/mirror-settings-store.ts';
import { syncTenant } from '../sync/sync-tenant.ts';
import { deliverCustomerWebhooks } from './deliver-customer-webhooks.ts';
import { noteCustomerChanges } from './note-customer-changes.ts';
import { saveCustomerWebhook as saveDirectly } from './save-customer-webhook.ts';

let env: ConnectedStack;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret: string;
let apiKey: string;
const acme = { tenantId: 'acme' };

const deps = (timeoutMs?: number) => ({
  pool: env.stack.pool,
  secretBox: env.stack.deps.secretBox,
  logger: env.stack.deps.logger,
  allowPrivateHosts: true,
  ...(timeoutMs ? { timeoutMs } : {}),
});
const pending = async () =>
  (
    await env.stack.pool.query<{ tenant_id: string; changed: number; deleted: number; attempts: number }>(
      'select tenant_id, changed, deleted, attempts from customer_webhook_deliveries order by tenant_id',
    )
  ).rows;
const makeDue = () => env.stack.pool.query('update customer_webhook_deliveries set next_attempt_at = now()');
const leadIds = async (tenant: string) =>
  (
    await env.stack.pool.query<{ zoho_id: string }>(
      `select zoho_id from mirror_records where tenant_id = $1 and module = 'Leads' and not deleted
        order by zoho_id limit 4`,
      [tenant],
    )
  ).rows.map((r) => r.zoho_id);
const change = (org: string, ids: string[], set: Record<string, unknown> | null) =>
  simControl(env.sim.baseUrl, '/crm/mass-change', {
    org_id: org,
    module: 'Leads',
    ids,
    ...(set ? { set } : { delete: true }),
  });
const sync = (tenant: string) => syncTenant(mirrorRuntime(env.stack), tenant, { force: true });

beforeAll(async () => {
  // The receiver listens on loopback: this stack turns the SSRF guard off (as development does).
  env = await startConnectedStack({ ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'true' });
  receiver = await startWebhookReceiver();
  const settings = { mode: 'cache' as const, modules: ['Leads' as const], intervalMinutes: 1 };
  for (const tenant of ['acme', 'globex']) {
    await writeMirrorSettings(env.stack.pool, tenant, settings, 'test');
    await sync(tenant);
  }
  apiKey = ok(await call(env.acmeAdmin, createCustomerApiKey, acme, { body: { name: 'Hook' } })).secret;
}, 120_000);
afterAll(async () => {
  await receiver?.stop();
  await env?.stop();
});

describe('the customers-changed webhook', () => {
  it('generates the secret once, keeps it on later saves, never shows it again, and wants https in production', async () => {
    const saved = ok(
      await call(env.acmeAdmin, saveCustomerWebhook, acme, { body: { url: receiver.url, enabled: true } }),
    );
    expect(saved.secret).toMatch(/^whsec_/);
    secret = saved.secret ?? '';
    env.stack.recorder.addSecret({ label: 'customer webhook secret', value: secret, logsOnly: true });
    const again = ok(
      await call(env.acmeAdmin, saveCustomerWebhook, acme, { body: { url: receiver.url, enabled: true } }),
    );
    expect(again.secret).toBeNull();
    const read = ok(await call(env.acmeAdmin, getCustomerWebhook, acme));
    expect(read).toMatchObject({
      configured: true,
      url: receiver.url,
      enabled: true,
      last: null,
      pending: null,
    });
    expect(JSON.stringify(read)).not.toContain(secret);
    // Globex sees its own (none), never Acme's.
    expect(ok(await call(env.globexAdmin, getCustomerWebhook, { tenantId: 'globex' })).configured).toBe(
      false,
    );
    expect(failed(await call(env.globexAdmin, getCustomerWebhook, acme)).status).toBe(404);

    const production = { ...env.stack.deps.config, attachments: { allowPrivateHosts: false } };
    const actor = { email: 'a@acme.example', name: 'A', role: 'tenant_admin' };
    await expect(
      saveDirectly(
        { ...env.stack.deps, config: production },
        'acme',
        { url: receiver.url, enabled: true },
        actor,
      ),
    ).rejects.toMatchObject({ issues: [{ path: ['url'], code: 'https_required' }] });
  });

  it('announces one sync as one signed delivery without customer data, and the platform pages from its cursor', async () => {
    const [renamed, gone, other] = await leadIds('acme');
    await change(ACME, [renamed!, other!], { Company: 'Webhook Renamed GmbH' });
    await change(ACME, [gone!], null);
    await sync('acme');
    // Globex has no webhook: its changes queue nothing.
    const globexIds = await leadIds('globex');
    const globexOrg = (
      await env.stack.pool.query<{ org: string }>(
        `select org->>'id' as org from zoho_connections where tenant_id = 'globex'`,
      )
    ).rows[0]!.org;
    await change(globexOrg, [globexIds[0]!], { Company: 'Globex Only' });
    await sync('globex');
    expect(await pending()).toEqual([{ tenant_id: 'acme', changed: 2, deleted: 1, attempts: 0 }]);

    const before = receiver.received.length;
    expect(await deliverCustomerWebhooks(deps())).toBe(1);
    expect(receiver.received).toHaveLength(before + 1);
    const { headers, body } = receiver.received[before]!;
    const timestamp = String(headers['x-cxc-timestamp']);
    expect(headers['x-cxc-signature']).toBe(signEvent(secret, timestamp, body));
    const payload = customersChangedPayloadSchema.parse(JSON.parse(body));
    expect(payload).toMatchObject({ type: 'customers.changed', tenantId: 'acme', changed: 2, deleted: 1 });
    expect(body).not.toContain('Webhook Renamed');
    expect(body).not.toContain('Globex');

    const response = await env.stack.fetch(`/api/platform/v1/customers?cursor=${payload.cursor.from}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const page = platformCustomersPageSchema.parse(await response.json());
    expect(page.customers.map((c) => c.id).sort()).toEqual([renamed, gone, other].sort());
    expect(page.nextCursor).toBe(payload.cursor.to);
    expect(await pending()).toEqual([]);
    const view = ok(await call(env.acmeAdmin, getCustomerWebhook, acme));
    expect(view.last).toMatchObject({ status: 'delivered', problem: null });
  });

  it('coalesces: several syncs are one delivery, and changes joining in flight stay pending', async () => {
    const [a, b] = await leadIds('acme');
    await change(ACME, [a!], { Company: 'First' });
    await sync('acme');
    await change(ACME, [b!], { Company: 'Second' });
    await sync('acme');
    expect(await pending()).toEqual([{ tenant_id: 'acme', changed: 2, deleted: 0, attempts: 0 }]);
    // A sync commits while the receiver is still answering: its change must not be lost with the row.
    receiver.hooks.onReceive = () =>
      noteCustomerChanges(env.stack.pool, 'acme', {
        fromSeq: '9000000',
        toSeq: '9000001',
        changed: 5,
        deleted: 1,
      });
    expect(await deliverCustomerWebhooks(deps())).toBe(1);
    receiver.hooks.onReceive = undefined;
    expect(await pending()).toEqual([{ tenant_id: 'acme', changed: 5, deleted: 1, attempts: 0 }]);
    const first = customersChangedPayloadSchema.parse(JSON.parse(receiver.received.at(-1)!.body));
    expect(await deliverCustomerWebhooks(deps())).toBe(1);
    const second = customersChangedPayloadSchema.parse(JSON.parse(receiver.received.at(-1)!.body));
    expect(second).toMatchObject({ changed: 5, deleted: 1, cursor: { from: first.cursor.to } });
    expect(receiver.received.at(-1)!.headers['x-cxc-delivery']).not.toBe(
      receiver.received.at(-2)!.headers['x-cxc-delivery'],
    );
  });

  it('retries a failing receiver with backoff (500, timeout, unreachable), then gives up and says why', async () => {
    await noteCustomerChanges(env.stack.pool, 'acme', {
      fromSeq: '9000002',
      toSeq: '9000002',
      changed: 1,
      deleted: 0,
    });
    receiver.answers.push(500, 'hang');
    expect(await deliverCustomerWebhooks(deps())).toBe(1);
    expect(ok(await call(env.acmeAdmin, getCustomerWebhook, acme))).toMatchObject({
      last: { status: 'retrying', problem: { kind: 'http', status: 500 } },
      pending: { changed: 1, attempts: 1 },
    });
    // Not due before the backoff has passed.
    expect(await deliverCustomerWebhooks(deps())).toBe(0);
    await makeDue();
    expect(await deliverCustomerWebhooks(deps(300))).toBe(1);
    expect(ok(await call(env.acmeAdmin, getCustomerWebhook, acme)).last?.problem).toEqual({
      kind: 'timeout',
    });

    const closed = await startWebhookReceiver();
    await closed.stop();
    await env.stack.pool.query(`update customer_webhooks set url = $1 where tenant_id = 'acme'`, [
      closed.url,
    ]);
    for (let attempt = 3; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      await makeDue();
      expect(await deliverCustomerWebhooks(deps())).toBe(1);
    }
    expect(await pending()).toEqual([]);
    const view = ok(await call(env.acmeAdmin, getCustomerWebhook, acme));
    expect(view.last).toMatchObject({
      status: 'given_up',
      problem: { kind: 'network', code: 'ECONNREFUSED' },
    });
    await env.stack.pool.query(`update customer_webhooks set url = $1 where tenant_id = 'acme'`, [
      receiver.url,
    ]);
  });

  it('"Send test" answers in data what the receiver did; rotation signs with the new secret only', async () => {
    receiver.answers.push(503);
    expect(ok(await call(env.acmeAdmin, testCustomerWebhook, acme))).toEqual({
      delivered: false,
      status: 503,
      problem: { kind: 'http', status: 503 },
    });
    const rotated = ok(await call(env.acmeAdmin, rotateCustomerWebhookSecret, acme));
    env.stack.recorder.addSecret({
      label: 'rotated customer webhook secret',
      value: rotated.secret,
      logsOnly: true,
    });
    expect(rotated.secret).not.toBe(secret);
    expect(ok(await call(env.acmeAdmin, testCustomerWebhook, acme))).toEqual({
      delivered: true,
      status: 200,
      problem: null,
    });
    const { headers, body } = receiver.received.at(-1)!;
    expect(JSON.parse(body)).toMatchObject({ type: 'customers.test', tenantId: 'acme' });
    const timestamp = String(headers['x-cxc-timestamp']);
    expect(headers['x-cxc-signature']).toBe(signEvent(rotated.secret, timestamp, body));
    expect(headers['x-cxc-signature']).not.toBe(signEvent(secret, timestamp, body));
    expect(failed(await call(env.globexAdmin, testCustomerWebhook, { tenantId: 'globex' })).status).toBe(404);
  });

  it('switched off or removed, nothing is queued; the secret never reached a response or a log', async () => {
    await noteCustomerChanges(env.stack.pool, 'acme', {
      fromSeq: '9000003',
      toSeq: '9000003',
      changed: 1,
      deleted: 0,
    });
    ok(await call(env.acmeAdmin, saveCustomerWebhook, acme, { body: { url: receiver.url, enabled: false } }));
    expect(await pending()).toEqual([]);
    await noteCustomerChanges(env.stack.pool, 'acme', {
      fromSeq: '9000004',
      toSeq: '9000004',
      changed: 1,
      deleted: 0,
    });
    expect(await pending()).toEqual([]);
    expect(ok(await call(env.acmeAdmin, deleteCustomerWebhook, acme)).configured).toBe(false);
    expect(env.stack.recorder.findLeaks()).toEqual([]);
  });
});
