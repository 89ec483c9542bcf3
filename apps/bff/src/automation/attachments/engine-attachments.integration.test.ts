import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getActivityEvent } from '@cxc/shared/api/activity';
import { sendTestConversation } from '@cxc/shared/api/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { findAttachment } from './find-attachment.ts';

/**
 * The engine end to end: signed events with files and a call recording, served by a real file server,
 * end up attached in the simulator, and the activity log says what happened to each.
 */
let env: EngineStack;
let files: Server;
let filesUrl: string;
let restartingHits = 0;
let send: (event: unknown) => Promise<Response>;

beforeAll(async () => {
  env = await startEngineStack({
    env: { ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'true' },
    settings: (s) => Object.assign(s.channels.calls, { enabled: true, mode: 'automatic' }),
  });
  send = env.send;
  files = createServer((req, res) => {
    if (req.url === '/brief.pdf') return res.end('%PDF-1.4 brief');
    // Down for its first two requests, as a file server being restarted.
    if (req.url === '/restarting.pdf')
      return (restartingHits += 1) <= 2 ? res.writeHead(503).end() : res.end('%PDF-1.4 later');
    if (req.url === '/rec/call-7.mp3') return res.end('ID3 recording');
    return res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(async () => {
  files?.closeAllConnections();
  await new Promise((resolve) => files?.close(resolve));
  await env?.stop();
});

async function detailOf(eventId: string) {
  const { rows } = await env.stack.pool.query<{ id: string }>(
    "select id from events where tenant_id = 'acme' and event_id = $1",
    [eventId],
  );
  return ok(await call(env.acmeAdmin, getActivityEvent, { tenantId: 'acme', id: rows[0]?.id ?? '' }));
}

it('attaches a chat’s files to its Task; a missing file fails alone and the event is done', async () => {
  const event = {
    ...SAMPLE_EVENTS['chat.ended'],
    id: 'attach-chat-1',
    visitor: { name: 'Ada Files', email: 'ada.files@cxc-test.example' },
    conversation: {
      ...SAMPLE_EVENTS['chat.ended'].conversation,
      id: 'conv-attach-1',
      attachments: [
        { name: 'brief.pdf', url: `${filesUrl}/brief.pdf`, contentType: 'application/pdf', size: 14 },
        { name: 'gone.pdf', url: `${filesUrl}/gone.pdf`, contentType: 'application/pdf', size: 10 },
      ],
    },
  };
  expect((await send(event)).status).toBe(202);
  const settled = await waitForEvents(env.stack, 'acme', ['attach-chat-1']);
  expect(settled['attach-chat-1']?.status).toBe('done');
  const detail = await detailOf('attach-chat-1');
  expect(detail.attachments.map((a) => [a.name, a.module, a.status, a.reason?.code ?? null])).toEqual([
    ['brief.pdf', 'Tasks', 'done', null],
    ['gone.pdf', 'Tasks', 'failed', 'download_not_found'],
  ]);
  const task = detail.operations.find((o) => o.operation.module === 'Tasks');
  const zoho = await getZohoClient(env.stack.deps, 'acme');
  const stored = await findAttachment(
    zoho,
    'Tasks',
    task?.recordId ?? '',
    (a) => a.File_Name === 'brief.pdf',
  );
  expect(stored).toMatchObject({ Size: '14', $type: 'Attachment' });
});

it('attaches a call recording to the caller’s record (Zoho v2 takes none on Calls)', async () => {
  const event = {
    ...SAMPLE_EVENTS['call.ended'],
    id: 'attach-call-1',
    conversation: { ...SAMPLE_EVENTS['call.ended'].conversation, id: 'conv-attach-call-1' },
    call: { ...SAMPLE_EVENTS['call.ended'].call, recordingUrl: `${filesUrl}/rec/call-7.mp3` },
  };
  expect((await send(event)).status).toBe(202);
  const settled = await waitForEvents(env.stack, 'acme', ['attach-call-1']);
  expect(settled['attach-call-1']?.status).toBe('done');
  const detail = await detailOf('attach-call-1');
  expect(detail.attachments).toEqual([
    expect.objectContaining({
      name: 'Call recording conv-attach-call-1.mp3',
      status: 'done',
      sentAs: 'file',
    }),
  ]);
  expect(['Leads', 'Contacts']).toContain(detail.attachments[0]?.module);
});

it('Send test conversation attaches real sample files, served by the BFF itself', async () => {
  for (const type of ['chat.ended', 'call.ended'] as const) {
    const { eventId } = ok(
      await call(
        env.acmeAdmin,
        sendTestConversation,
        { tenantId: 'acme' },
        { body: { type, requestId: randomUUID() } },
      ),
    );
    const settled = await waitForEvents(env.stack, 'acme', [eventId]);
    expect(settled[eventId]?.status).toBe('done');
    const detail = await detailOf(eventId);
    expect(detail.attachments.length).toBe(1);
    expect(detail.attachments.every((a) => a.status === 'done' && a.sentAs === 'file')).toBe(true);
  }
  const pdf = await env.stack.fetch('/samples/brief.pdf');
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  expect((await pdf.text()).startsWith('%PDF-1.4')).toBe(true);
  expect((await env.stack.fetch('/samples/nothing.pdf')).status).toBe(404);
});

it('does not hold a worker for a failing file server: the event retries later and the file arrives once', async () => {
  const event = {
    ...SAMPLE_EVENTS['chat.ended'],
    id: 'attach-restart-1',
    visitor: { name: 'Rita Restart', email: 'rita.restart@cxc-test.example' },
    conversation: {
      ...SAMPLE_EVENTS['chat.ended'].conversation,
      id: 'conv-attach-restart-1',
      attachments: [
        { name: 'later.pdf', url: `${filesUrl}/restarting.pdf`, contentType: 'application/pdf', size: 14 },
      ],
    },
  };
  expect((await send(event)).status).toBe(202);
  const settled = await waitForEvents(env.stack, 'acme', ['attach-restart-1']);
  expect(settled['attach-restart-1']?.status).toBe('done');
  const detail = await detailOf('attach-restart-1');
  expect(detail.attachments.map((a) => [a.name, a.status, a.sentAs])).toEqual([
    ['later.pdf', 'done', 'file'],
  ]);
  expect(restartingHits).toBe(3);
  expect(detail.operations.filter((o) => o.status === 'done')).toHaveLength(2);
  // Two engine attempts were deferred (no worker waited on the server), the third attached the file.
  const { rows } = await env.stack.pool.query<{ attempts: number; download_tries: number }>(
    `select e.attempts, a.download_tries from events e join event_attachments a on a.event_id = e.id
      where e.event_id = 'attach-restart-1'`,
  );
  expect(rows).toEqual([{ attempts: 3, download_tries: 2 }]);
});
