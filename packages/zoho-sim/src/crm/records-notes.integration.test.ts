import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient } from './test-support/crm-client.ts';
import { errorBody, recordList, writeResult } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

describe('CRM v2 notes and attachments under a record', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  it('notes under a record and attachments (multipart `file`)', async () => {
    const [contact] = recordList.parse((await alice.get('/Contacts?per_page=1')).body).data;
    const note = await alice.post(`/Contacts/${contact?.id}/Notes`, {
      data: [{ Note_Title: 'Call', Note_Content: 'Wants a callback' }],
    });
    expect(note.status).toBe(201);
    const notes = recordList.parse((await alice.get(`/Contacts/${contact?.id}/Notes`)).body).data;
    expect(notes[0]).toMatchObject({
      Note_Content: 'Wants a callback',
      Parent_Id: { id: contact?.id },
      $se_module: 'Contacts',
    });
    const topLevel = await alice.post('/Notes', {
      data: [{ Note_Content: 'Top level', Parent_Id: contact?.id, se_module: 'Contacts' }],
    });
    expect(topLevel.status).toBe(201);
    const noContent = await alice.post(`/Contacts/${contact?.id}/Notes`, { data: [{ Note_Title: 'empty' }] });
    expect(writeResult.parse(noContent.body).data[0]).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'Note_Content' },
    });

    const form = new FormData();
    form.append('file', new Blob(['hello zoho']), 'hello.txt');
    const upload = await alice.call('POST', `/Contacts/${contact?.id}/Attachments`, { rawBody: form });
    expect(upload.status).toBe(200);
    expect(writeResult.parse(upload.body).data[0]).toMatchObject({
      message: 'attachment uploaded successfully',
      status: 'success',
    });
    const list = recordList.parse((await alice.get(`/Contacts/${contact?.id}/Attachments`)).body).data;
    expect(list[0]).toMatchObject({
      File_Name: 'hello.txt',
      Size: '10',
      $se_module: 'Contacts',
      Parent_Id: { id: contact?.id },
    });
    const noFile = await alice.call('POST', `/Contacts/${contact?.id}/Attachments`, {
      rawBody: new FormData(),
    });
    expect(errorBody.parse(noFile.body).code).toBe('REQUIRED_PARAM_MISSING');
  });
});
