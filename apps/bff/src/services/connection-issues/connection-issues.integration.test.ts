import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  getIssueWebhook,
  issueWebhookPayloadSchema,
  listConnectionIssues,
  saveIssueWebhook,
} from '@cxc/shared/api/connection-issues';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings } from '../../../test/engine-helpers.ts';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { signEvent } from '../../automation/intake/sign-event.ts';
import { deliverIssueWebhooks, MAX_DELIVERY_ATTEMPTS } from './deliver-issue-webhooks.ts';
import { evaluateIssues } from './evaluate-issues.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let stack: TestStack;
let acme: SignedInClient;
let globex: SignedInClient;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** The statuses the receiver answers with, in order; 200 once they run out. */
const answers: number[] = [];

beforeAll(async () => {
  // The receiver listens on loopback: this stack turns the SSRF guard off (as development does).
  stack = await startTestStack({ env: { ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'true' } });
  acme = await signIn(stack, 'admin@acme.example');
  globex = await signIn(stack, 'admin@globex.example');
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answers.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cx-issues`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await stack?.stop();
});

const deliveryDeps = (allowPrivateHosts = true) => ({
  pool: stack.pool,
  secretBox: stack.deps.secretBox,
  logger: stack.deps.logger,
  allowPrivateHosts,
});

/** `n` events of the tenant that failed just now with `code` (as the engine leaves them). */
async function failEvents(tenantId: string, prefix: string, n: number, code: string): Promise<void> {
  for (let i = 0; i < n; i += 1)
    await stack.pool.query(
      `insert into events (tenant_id, event_id, type, channel, conversation_id, occurred_at, payload, status, error)
       values ($1, $2, 'chat.ended', 'web_chat', $2, now(), '{}', 'failed', $3)`,
      [
        tenantId,
        `${prefix}-${i}`,
        JSON.stringify({ code, message: `Zoho refused: ${code}`, module: 'Leads', field: null, step: 0 }),
      ],
    );
}

const issuesOf = async (client: SignedInClient, tenantId: string) =>
  ok(await call(client, listConnectionIssues, { tenantId }));

describe('repeated failures', () => {
  it('opens an issue at five failures with one code, for that tenant only, and closes it on recovery', async () => {
    await failEvents('acme', 'rf', 5, 'INVALID_DATA');
    // Four are not enough, and another code does not add up with them.
    await failEvents('globex', 'rf', 4, 'INVALID_DATA');
    await failEvents('globex', 'rf-other', 1, 'MANDATORY_NOT_FOUND');
    const first = await evaluateIssues(stack.pool);
    expect(first.ran && first.opened.map((i) => [i.tenantId, i.kind, i.code])).toEqual([
      ['acme', 'repeated_failures', 'INVALID_DATA'],
    ]);
    const { open } = await issuesOf(acme, 'acme');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      kind: 'repeated_failures',
      code: 'INVALID_DATA',
      closedAt: null,
      details: { failures: 5, message: 'Zoho refused: INVALID_DATA' },
    });
    expect((await issuesOf(globex, 'globex')).open).toEqual([]);
    // Another tenant's admin cannot read them: the same 404 as a tenant that does not exist.
    expect(failed(await call(globex, listConnectionIssues, { tenantId: 'acme' })).status).toBe(404);

    // Evaluated again while it still holds: the same issue stays open (no second one, no new webhook).
    const again = await evaluateIssues(stack.pool);
    expect(again.ran && [again.opened, again.closed]).toEqual([[], []]);

    // A retry succeeded: the events are done, the failures are gone, the issue closes by itself.
    await stack.pool.query(`update events set status = 'done', error = null where event_id like 'rf-%'`);
    const after = await evaluateIssues(stack.pool);
    expect(after.ran && after.closed.map((i) => i.id)).toEqual([open[0]?.id]);
    const listed = await issuesOf(acme, 'acme');
    expect(listed.open).toEqual([]);
    expect(listed.recentlyClosed[0]).toMatchObject({ id: open[0]?.id, kind: 'repeated_failures' });
    expect(listed.recentlyClosed[0]?.closedAt).not.toBeNull();
  });

  it('ignores failures older than the window and codes that have their own issue', async () => {
    await failEvents('acme', 'old', 6, 'OLD_CODE');
    await stack.pool.query(
      `update events set updated_at = now() - interval '16 minutes' where event_id like 'old-%'`,
    );
    await failEvents('acme', 'budget', 6, 'credit_budget_reached');
    const changes = await evaluateIssues(stack.pool);
    expect(changes.ran && changes.opened).toEqual([]);
    await stack.pool.query(`delete from events where event_id like 'old-%' or event_id like 'budget-%'`);
  });
});

describe('connection and budget', () => {
  it('opens needs_reconnect while the connection needs reconnecting, and closes it once connected', async () => {
    await stack.pool.query(
      `insert into zoho_connections (tenant_id, config_kind, data_center_id, accounts_url, api_url, status, config_updated_by)
       values ('globex', 'system', 'us', 'https://accounts.zoho.com', 'https://www.zohoapis.com', 'needs_reconnect', 'test')`,
    );
    const opened = await evaluateIssues(stack.pool);
    expect(opened.ran && opened.opened.map((i) => [i.tenantId, i.kind, i.code])).toEqual([
      ['globex', 'needs_reconnect', null],
    ]);
    expect((await issuesOf(globex, 'globex')).open.map((i) => i.kind)).toEqual(['needs_reconnect']);
    expect((await issuesOf(acme, 'acme')).open).toEqual([]);
    await stack.pool.query(`update zoho_connections set status = 'connected' where tenant_id = 'globex'`);
    const closed = await evaluateIssues(stack.pool);
    expect(closed.ran && closed.closed.map((i) => i.kind)).toEqual(['needs_reconnect']);
  });

  it('opens credit_budget_reached when the 24-hour credits reach the limit, with the figures', async () => {
    await editSettings(acme, 'acme', (s) => {
      s.automation = { creditBudgetPer24h: 100 };
    });
    await stack.pool.query(
      `insert into zoho_credit_usage (tenant_id, bucket, credits) values ('acme', date_trunc('minute', now()), 120)`,
    );
    await evaluateIssues(stack.pool);
    expect((await issuesOf(acme, 'acme')).open).toEqual([
      expect.objectContaining({ kind: 'credit_budget_reached', details: { used: 120, budget: 100 } }),
    ]);
    // Credits left the window (or the limit was raised): the issue closes.
    await stack.pool.query(`delete from zoho_credit_usage where tenant_id = 'acme'`);
    await evaluateIssues(stack.pool);
    expect((await issuesOf(acme, 'acme')).open).toEqual([]);
  });
});

describe('webhook', () => {
  it('rejects URLs that are not http(s) or carry credentials, without a 500', async () => {
    for (const url of [
      'ftp://hooks.example.com/x',
      'not a url',
      'https://user:pw@hooks.example.com/x',
      '',
      42,
    ]) {
      const error = failed(await call(acme, saveIssueWebhook, { tenantId: 'acme' }, { body: { url } }));
      expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('signs each delivery like event intake, retries a failed one with backoff, and delivers only to its tenant', async () => {
    const saved = ok(
      await call(acme, saveIssueWebhook, { tenantId: 'acme' }, { body: { url: receiverUrl } }),
    );
    expect(saved).toMatchObject({ configured: true, url: receiverUrl });
    expect(saved.secret).toMatch(/^whsec_/);
    stack.recorder.addSecret({ label: 'issue webhook secret', value: saved.secret, logsOnly: true });
    // Shown once: reading the webhook never returns the secret.
    const read = ok(await call(acme, getIssueWebhook, { tenantId: 'acme' }));
    expect(read).toEqual({ configured: true, url: receiverUrl, createdAt: saved.createdAt });
    expect(JSON.stringify(read)).not.toContain(saved.secret);

    // Globex has no webhook: its issue is never sent anywhere, least of all to Acme's receiver.
    await failEvents('globex', 'wh-g', 5, 'GLOBEX_ONLY');
    await failEvents('acme', 'wh', 5, 'WEBHOOK_CODE');
    await evaluateIssues(stack.pool);
    answers.push(500);
    expect(await deliverIssueWebhooks(deliveryDeps())).toBe(1);
    expect(received).toHaveLength(1);
    const { rows } = await stack.pool.query<{ id: string; status: string; attempts: number; due: boolean }>(
      `select id, status, attempts, next_attempt_at <= now() as due from issue_webhook_deliveries`,
    );
    expect(rows.map(({ status, attempts, due }) => ({ status, attempts, due }))).toEqual([
      { status: 'pending', attempts: 1, due: false },
    ]);
    // Not due yet: nothing is sent before the backoff has passed.
    expect(await deliverIssueWebhooks(deliveryDeps())).toBe(0);
    await stack.pool.query('update issue_webhook_deliveries set next_attempt_at = now()');
    expect(await deliverIssueWebhooks(deliveryDeps())).toBe(1);
    expect(received).toHaveLength(2);

    for (const { headers, body } of received) {
      const timestamp = String(headers['x-cxc-timestamp']);
      expect(headers['x-cxc-signature']).toBe(signEvent(saved.secret, timestamp, body));
      expect(headers['x-cxc-delivery']).toBe(rows[0]?.id);
      const payload = issueWebhookPayloadSchema.parse(JSON.parse(body));
      expect(payload).toMatchObject({
        type: 'issue.opened',
        tenantId: 'acme',
        issue: { kind: 'repeated_failures', code: 'WEBHOOK_CODE' },
      });
    }
    const delivered = await stack.pool.query<{ status: string; attempts: number }>(
      'select status, attempts from issue_webhook_deliveries',
    );
    expect(delivered.rows).toEqual([{ status: 'delivered', attempts: 2 }]);

    // Recovery is announced too.
    await stack.pool.query(`update events set status = 'done', error = null where event_id like 'wh-%'`);
    await evaluateIssues(stack.pool);
    expect(await deliverIssueWebhooks(deliveryDeps())).toBe(1);
    expect(issueWebhookPayloadSchema.parse(JSON.parse(received[2]?.body ?? '')).type).toBe('issue.resolved');
    expect(received.every((r) => !r.body.includes('GLOBEX_ONLY'))).toBe(true);
  });

  it('with the SSRF guard on, refuses to deliver to a local address and gives up after the last attempt', async () => {
    await stack.pool.query('delete from issue_webhook_deliveries');
    await failEvents('acme', 'ssrf', 5, 'SSRF_CODE');
    await evaluateIssues(stack.pool);
    const before = received.length;
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      await stack.pool.query('update issue_webhook_deliveries set next_attempt_at = now()');
      expect(await deliverIssueWebhooks(deliveryDeps(false))).toBe(1);
    }
    expect(received.length).toBe(before);
    const { rows } = await stack.pool.query<{ status: string; attempts: number; last_error: string }>(
      'select status, attempts, last_error from issue_webhook_deliveries',
    );
    expect(rows).toEqual([
      { status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, last_error: 'the address is private or local' },
    ]);
    await stack.pool.query('update issue_webhook_deliveries set next_attempt_at = now()');
    expect(await deliverIssueWebhooks(deliveryDeps(false))).toBe(0);
  });

  it('one check at a time across processes: a second run while the lock is held skips', async () => {
    const holder = await stack.pool.connect();
    try {
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(hashtextextended('connection-issues', 0))`);
      expect(await evaluateIssues(stack.pool)).toEqual({ ran: false });
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    expect((await evaluateIssues(stack.pool)).ran).toBe(true);
  });
});
