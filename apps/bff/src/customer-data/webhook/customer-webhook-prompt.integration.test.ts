import { customersChangedPayloadSchema } from '@cxc/shared/api/customer-webhook';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { startWebhookReceiver } from '../../../test/webhook-receiver.ts';
import { inTransaction } from '../../db/queryable.ts';
import { noteCustomerChanges } from './note-customer-changes.ts';
import { saveCustomerWebhook } from './save-customer-webhook.ts';

let env: EngineStack;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  // The receiver listens on loopback: this stack turns the SSRF guard off (as development does). The
  // watch's sweep is pushed out of the test's reach, so only the nudge on commit can send the delivery.
  env = await startEngineStack({
    env: { ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'true' },
    engine: { mirrorSync: false, connectionWatchIntervalMs: 3_600_000 },
  });
  receiver = await startWebhookReceiver();
  const actor = { email: 'a@acme.example', name: 'A', role: 'tenant_admin' };
  await saveCustomerWebhook(env.stack.deps, 'acme', { url: receiver.url, enabled: true }, actor);
}, 120_000);
afterAll(async () => {
  await receiver?.stop();
  await env?.stop();
});

const pending = async () =>
  (await env.stack.pool.query('select tenant_id from customer_webhook_deliveries')).rows.length;

/** Polls the receiver; the test's own timeout bounds the wait (the sweep would take an hour). */
async function firstDelivery() {
  while (receiver.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  return receiver.received[0]!;
}

it('sends the customers-changed webhook soon after the change commits, one delivery for a burst of writes', async () => {
  // A rolled-back write announces nothing.
  await expect(
    inTransaction(env.stack.pool, async (db) => {
      await noteCustomerChanges(db, 'acme', { fromSeq: '1', toSeq: '1', changed: 1, deleted: 0 });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await pending()).toBe(0);

  // Two writers' transactions in a row (a sync's pages): they join one pending delivery.
  await inTransaction(env.stack.pool, (db) =>
    noteCustomerChanges(db, 'acme', { fromSeq: '11', toSeq: '12', changed: 2, deleted: 0 }),
  );
  await inTransaction(env.stack.pool, (db) =>
    noteCustomerChanges(db, 'acme', { fromSeq: '13', toSeq: '13', changed: 0, deleted: 1 }),
  );

  const delivery = await firstDelivery();
  const body = customersChangedPayloadSchema.parse(JSON.parse(delivery.body));
  expect(body).toMatchObject({ type: 'customers.changed', tenantId: 'acme', changed: 2, deleted: 1 });
  expect(await pending()).toBe(0);
  expect(receiver.received).toHaveLength(1);
}, 20_000);
