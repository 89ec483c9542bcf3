import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { ATTACHMENT_MAX_BYTES } from './routes/record-attachments.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { errorBody, recordList, writeResult } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

function fileForm(name: string, bytes: number | string): FormData {
  const form = new FormData();
  const data = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
  form.append('file', new Blob([data]), name);
  return form;
}

function linkForm(url: string, title?: string): FormData {
  const form = new FormData();
  form.append('attachmentUrl', url);
  if (title) form.append('title', title);
  return form;
}

describe('CRM v2 Upload an Attachment', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;
  let contactId: string;
  const upload = (module: string, id: string, form: FormData, client = alice) =>
    client.call('POST', `/${module}/${id}/Attachments`, { rawBody: form });
  const list = async (id: string) =>
    recordList.parse((await alice.get(`/Contacts/${id}/Attachments`)).body).data;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
    const [contact] = recordList.parse((await alice.get('/Contacts?per_page=1')).body).data;
    contactId = contact?.id ?? '';
  });
  afterAll(() => sim.stop());

  it('a link as the form field `attachmentUrl` (Zoho’s curl sample), with its title', async () => {
    const res = await upload('Contacts', contactId, linkForm('https://files.example/a.pdf', 'Quote'));
    expect(res.status).toBe(200);
    expect(writeResult.parse(res.body).data[0]).toMatchObject({ code: 'SUCCESS', status: 'success' });
    expect((await list(contactId))[0]).toMatchObject({
      File_Name: 'Quote',
      $type: 'Link URL',
      $link_url: 'https://files.example/a.pdf',
      Size: '0',
    });
  });

  it('the same URL twice on one record is DUPLICATE_DATA; file and URL together is INVALID_DATA', async () => {
    const again = await upload('Contacts', contactId, linkForm('https://files.example/a.pdf'));
    expect(again.status).toBe(400);
    expect(errorBody.parse(again.body).code).toBe('DUPLICATE_DATA');
    const both = fileForm('x.txt', 'x');
    both.append('attachmentUrl', 'https://files.example/b.pdf');
    const res = await upload('Contacts', contactId, both);
    expect(res.status).toBe(400);
    expect(errorBody.parse(res.body).code).toBe('INVALID_DATA');
  });

  it('a file of exactly 20 MB is taken; one byte more is 413 FILE_SIZE_MORE_THAN_ALLOWED_SIZE without a credit', async () => {
    const ok = await upload('Contacts', contactId, fileForm('max.bin', ATTACHMENT_MAX_BYTES));
    expect(ok.status).toBe(200);
    expect((await list(contactId))[0]).toMatchObject({
      File_Name: 'max.bin',
      Size: String(ATTACHMENT_MAX_BYTES),
      $type: 'Attachment',
      $link_url: null,
    });
    await simControl(sim, 'DELETE', '/requests');
    const big = await upload('Contacts', contactId, fileForm('big.bin', ATTACHMENT_MAX_BYTES + 1));
    expect(big.status).toBe(413);
    expect(errorBody.parse(big.body)).toMatchObject({
      code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE',
      status: 'error',
      message: 'Please check if the size of the file is in the correct range',
    });
    const log = await simControl(sim, 'GET', '/requests?host=api');
    const credits = (log.body.requests as { path: string; credits: number }[])
      .filter((r) => r.path.endsWith('/Attachments'))
      .map((r) => r.credits);
    expect(credits).toEqual([0]);
  });

  it('a body beyond what any file may be is 413 BODY_SIZE_REACHED', async () => {
    const res = await upload('Contacts', contactId, fileForm('huge.bin', 26 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(errorBody.parse(res.body).code).toBe('BODY_SIZE_REACHED');
  });

  it('.exe files are refused; Calls take no attachments in v2 (INVALID_MODULE)', async () => {
    const exe = await upload('Contacts', contactId, fileForm('setup.EXE', 'MZ'));
    expect(exe.status).toBe(400);
    expect(errorBody.parse(exe.body).code).toBe('INVALID_DATA');
    const [call] = recordList.parse((await alice.get('/Calls?per_page=1')).body).data;
    const res = await upload('Calls', call?.id ?? '', fileForm('rec.mp3', 'ID3'));
    expect(res.status).toBe(400);
    expect(errorBody.parse(res.body).code).toBe('INVALID_MODULE');
  });

  it('needs ZohoCRM.modules.attachments.CREATE (or WRITE/ALL) besides the module scope', async () => {
    const noAttachments = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.contacts.ALL' }),
    );
    const denied = await upload('Contacts', contactId, fileForm('a.txt', 'a'), noAttachments);
    expect(denied.status).toBe(401);
    expect(errorBody.parse(denied.body).code).toBe('OAUTH_SCOPE_MISMATCH');
    const writer = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', {
        scope: 'ZohoCRM.modules.contacts.READ,ZohoCRM.modules.attachments.WRITE',
      }),
    );
    expect((await upload('Contacts', contactId, fileForm('b.txt', 'b'), writer)).status).toBe(200);
  });

  it('an unknown parent id is INVALID_DATA; an empty form is REQUIRED_PARAM_MISSING', async () => {
    const unknown = await upload('Contacts', '4150868000099999999', fileForm('a.txt', 'a'));
    expect(errorBody.parse(unknown.body).code).toBe('INVALID_DATA');
    const empty = await upload('Contacts', contactId, new FormData());
    expect(errorBody.parse(empty.body).code).toBe('REQUIRED_PARAM_MISSING');
  });
});
