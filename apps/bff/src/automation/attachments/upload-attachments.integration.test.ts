import { getActivityEvent } from '@cxc/shared/api/activity';
import type { Plan, PlanAttachment } from '@cxc/shared/domain/plan-schema';
import { ZOHO_ATTACHMENT_MAX_BYTES } from '@cxc/shared/domain/settings-attachments';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { type LocalServer, serveOnPort0 } from '../../../test/serve-on-port-0.ts';
import { type SignedInClient, signIn } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';
import { connectBySelfClient } from '../../../test/zoho-flow.ts';
import { sim, simCursor, simRequests } from '../../../test/zoho-sim-control.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { ZohoUnreachableError } from '../../zoho/zoho-errors.ts';
import { ensureAttachmentRows, markAttempted } from '../store/attachment-store.ts';
import { readOutbox, savePlan } from '../store/event-store.ts';
import { findAttachment } from './find-attachment.ts';
import {
  AttachmentDeferredError,
  type AttachmentContext,
  uploadOperationAttachments,
} from './upload-attachments.ts';

let stack: TestStack;
let admin: SignedInClient;
let zoho: ZohoClient;
let files: LocalServer;
let contactId: string;
let flaky = 0;
const BRIEF = Buffer.from('%PDF-1.4 a small brief');

beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true, env: { ZOHO_HTTP_TIMEOUT_MS: '1500' } });
  admin = await signIn(stack, 'admin@acme.example');
  await connectBySelfClient(stack, admin, { userEmail: 'zoho-admin@acme.example', dataCenterId: 'sim-us' });
  zoho = await getZohoClient(stack.deps, 'acme');
  contactId = (await zoho.search('Contacts', { email: 'jane.roe@example.com' })).records[0]?.id ?? '';
  // The platform's file server: real HTTP on port 0.
  files = await serveOnPort0((req, res) => {
    if (req.url === '/brief.pdf') return res.end(BRIEF);
    if (req.url === '/moved') return res.writeHead(302, { location: '/brief.pdf' }).end();
    if (req.url === '/flaky.txt' && flaky++ < 2) return res.writeHead(503).end();
    if (req.url === '/flaky.txt') return res.end('finally');
    if (req.url === '/hang') return undefined;
    if (req.url === '/big.bin') {
      // No Content-Length: only the streamed byte count can notice it is too large.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(1024 * 1024);
      for (let n = 0; n <= ZOHO_ATTACHMENT_MAX_BYTES / chunk.length; n += 1) res.write(chunk);
      return res.end();
    }
    return res.writeHead(404).end();
  });
});
afterEach(async () => {
  await sim(stack, 'DELETE', '/faults');
});
afterAll(async () => {
  await files.close();
  await stack.stop();
});

let eventSeq = 0;
/** An event with a stored plan whose step 1 updates Jane Roe and carries `attachments`. */
async function outboxRow(attachments: PlanAttachment[]) {
  eventSeq += 1;
  const { rows } = await stack.pool.query<{ id: string }>(
    `insert into events (tenant_id, event_id, type, channel, conversation_id, occurred_at, payload)
     values ('acme', $1, 'chat.ended', 'web_chat', $1, now(), '{}') returning id`,
    [`attach-${eventSeq}`],
  );
  const eventId = rows[0]?.id ?? '';
  const plan: Plan = {
    eventId: `attach-${eventSeq}`,
    eventType: 'chat.ended',
    channel: 'web_chat',
    status: 'ready',
    rule: null,
    evaluations: [],
    searches: [],
    operations: [
      {
        kind: 'update',
        step: 1,
        role: 'person',
        module: 'Contacts',
        recordId: contactId,
        fields: {},
        changes: [],
        links: [],
        payload: {},
        attachments,
      },
    ],
    issues: [],
  };
  await savePlan(stack.pool, eventId, plan);
  const [row] = await readOutbox(stack.pool, eventId);
  if (!row) throw new Error('no outbox row');
  return { eventId, row };
}

const file = (path: string, name = path.slice(1)): PlanAttachment => ({
  name,
  url: `${files.url}${path}`,
  contentType: 'application/pdf',
  as: 'file',
});

async function states(eventId: string) {
  const { rows } = await stack.pool.query<{
    name: string;
    status: string;
    sent_as: string | null;
    zoho_attachment_id: string | null;
    error: { code: string; message: string } | null;
  }>(
    `select name, status, sent_as, zoho_attachment_id, error from event_attachments
      where event_id = $1 order by step, idx`,
    [eventId],
  );
  return rows;
}

const uploads = async (since: string) =>
  (await simRequests(stack, { since, host: 'api' })).requests.filter(
    (r) => r.method === 'POST' && r.path.includes('/Attachments'),
  ).length;

const ctx = (eventId: string, extra: Partial<AttachmentContext> = {}): AttachmentContext => ({
  pool: stack.pool,
  client: zoho,
  eventId,
  allowPrivateHosts: true,
  download: { retryDelaysMs: [0, 0] },
  ...extra,
});

it('uploads files, links a file too large, fails a missing one alone, and never sends twice', async () => {
  const { eventId, row } = await outboxRow([
    file('/brief.pdf', 'Brief.pdf'),
    file('/missing.pdf'),
    file('/big.bin'),
    { name: 'Pricing page', url: 'https://shop.example.com/pricing', contentType: 'text/html', as: 'link' },
    file('/moved', 'Moved.pdf'),
  ]);
  const since = await simCursor(stack);
  await uploadOperationAttachments(ctx(eventId), row, contactId);
  expect(await states(eventId)).toEqual([
    {
      name: 'Brief.pdf',
      status: 'done',
      sent_as: 'file',
      zoho_attachment_id: expect.any(String) as string,
      error: null,
    },
    {
      name: 'missing.pdf',
      status: 'failed',
      sent_as: null,
      zoho_attachment_id: null,
      error: {
        code: 'download_not_found',
        message: 'Not downloaded: the file server answered 404 (not found).',
      },
    },
    {
      name: 'big.bin',
      status: 'done',
      sent_as: 'link',
      zoho_attachment_id: expect.any(String) as string,
      error: {
        code: 'linked_too_large',
        message: "Larger than Zoho's 20 MB limit, so it was attached as a link.",
      },
    },
    {
      name: 'Pricing page',
      status: 'done',
      sent_as: 'link',
      zoho_attachment_id: expect.any(String) as string,
      error: null,
    },
    {
      name: 'Moved.pdf',
      status: 'done',
      sent_as: 'file',
      zoho_attachment_id: expect.any(String) as string,
      error: null,
    },
  ]);
  expect(await uploads(since)).toBe(4);
  const brief = await findAttachment(zoho, 'Contacts', contactId, (a) => a.File_Name === 'Brief.pdf');
  expect(brief).toMatchObject({ Size: String(BRIEF.length), $type: 'Attachment' });
  const bigUrl = `${files.url}/big.bin`;
  const big = await findAttachment(zoho, 'Contacts', contactId, (a) => a.$link_url === bigUrl);
  expect(big).toMatchObject({ File_Name: 'big.bin', $type: 'Link URL' });

  // The activity log's detail lists each one with its status and reason.
  const detail = await admin.fetch(`/api/tenants/acme/activity/${eventId}`);
  const body = getActivityEvent.response.parse(await detail.json());
  expect(body.attachments.map((a) => [a.name, a.status, a.as, a.sentAs, a.reason?.code ?? null])).toEqual([
    ['Brief.pdf', 'done', 'file', 'file', null],
    ['missing.pdf', 'failed', 'file', null, 'download_not_found'],
    ['big.bin', 'done', 'file', 'link', 'linked_too_large'],
    ['Pricing page', 'done', 'link', 'link', null],
    ['Moved.pdf', 'done', 'file', 'file', null],
  ]);
  expect(body.attachments[0]).toMatchObject({ step: 1, module: 'Contacts', size: BRIEF.length });

  // The engine retries the event: nothing done is sent again, the failed one stays failed.
  const again = await simCursor(stack);
  await uploadOperationAttachments(ctx(eventId), row, contactId);
  expect(await uploads(again)).toBe(0);
});

it('throws on a Zoho 5xx; the retry sends only what is left', async () => {
  const { eventId, row } = await outboxRow([
    file('/brief.pdf', 'First.pdf'),
    file('/brief.pdf', 'Second.pdf'),
  ]);
  // An earlier attempt finished the first one.
  await ensureAttachmentRows(stack.pool, eventId, 1, { module: 'Contacts', recordId: contactId }, []);
  await stack.pool.query(
    `insert into event_attachments (event_id, step, idx, name, url, plan_as, module, record_id, status)
     values ($1, 1, 0, 'First.pdf', $2, 'file', 'Contacts', $3, 'done')`,
    [eventId, `${files.url}/brief.pdf`, contactId],
  );
  await sim(stack, 'POST', '/faults', { fail_next: 1, fail_next_status: 500, target: 'api' });
  await expect(uploadOperationAttachments(ctx(eventId), row, contactId)).rejects.toBeInstanceOf(
    ZohoUnreachableError,
  );
  expect((await states(eventId)).map((s) => s.status)).toEqual(['done', 'pending']);
  const since = await simCursor(stack);
  await uploadOperationAttachments(ctx(eventId), row, contactId);
  expect((await states(eventId)).map((s) => s.status)).toEqual(['done', 'done']);
  // The 500 may have stored it: one look at the record (nothing there), then one upload.
  expect(await uploads(since)).toBe(1);
  expect(
    await findAttachment(zoho, 'Contacts', contactId, (a) => a.File_Name === 'First.pdf'),
  ).toBeUndefined();
});

it('after a crash between Zoho storing the file and our commit, finds it on the record instead of re-sending', async () => {
  const { eventId, row } = await outboxRow([file('/brief.pdf', 'Lost answer.pdf')]);
  // The state a crash leaves: the attempt committed, Zoho has the file, we never recorded its answer.
  await ensureAttachmentRows(
    stack.pool,
    eventId,
    1,
    { module: 'Contacts', recordId: contactId },
    row.operation.attachments ?? [],
  );
  await markAttempted(stack.pool, eventId, 1, 0);
  const stored = await zoho.uploadAttachment('Contacts', contactId, {
    file: { name: 'Lost answer.pdf', contentType: 'application/pdf', data: BRIEF },
  });
  const since = await simCursor(stack);
  await uploadOperationAttachments(ctx(eventId), row, contactId);
  expect(await uploads(since)).toBe(0);
  expect(await states(eventId)).toEqual([
    expect.objectContaining({ status: 'done', zoho_attachment_id: stored.id }),
  ]);
});

it('refuses private and loopback hosts unless ATTACHMENTS_ALLOW_PRIVATE_HOSTS (SSRF)', async () => {
  const port = new URL(files.url).port;
  const { eventId, row } = await outboxRow([
    file('/brief.pdf'),
    { ...file('/brief.pdf'), url: `http://localhost:${port}/brief.pdf` },
    { ...file('/brief.pdf'), url: 'http://169.254.169.254/latest/meta-data' },
  ]);
  const since = await simCursor(stack);
  await uploadOperationAttachments(ctx(eventId, { allowPrivateHosts: false }), row, contactId);
  const rows = await states(eventId);
  expect(rows.map((r) => [r.status, r.error?.code])).toEqual([
    ['failed', 'download_private_host'],
    ['failed', 'download_private_host'],
    ['failed', 'download_private_host'],
  ]);
  expect(rows[1]?.error?.message).toMatch(/127\.0\.0\.1|::1/);
  expect(await uploads(since)).toBe(0);
});

it('retries a flaky file server, and gives up on one that never answers after its engine attempts', async () => {
  const { eventId, row } = await outboxRow([file('/flaky.txt'), file('/hang')]);
  const attempt = () =>
    uploadOperationAttachments(
      ctx(eventId, { download: { timeoutMs: 300, retryDelaysMs: [0, 0] }, downloadAttempts: 2 }),
      row,
      contactId,
    );
  // The first engine attempt does not wait for the hanging server: the event is retried later.
  await expect(attempt()).rejects.toBeInstanceOf(AttachmentDeferredError);
  expect((await states(eventId)).map((s) => s.status)).toEqual(['done', 'pending']);
  await attempt();
  expect((await states(eventId)).map((s) => [s.status, s.error?.code ?? null])).toEqual([
    ['done', null],
    ['failed', 'download_timeout'],
  ]);
});
