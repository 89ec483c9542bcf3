import { randomUUID } from 'node:crypto';
import {
  getActionForm,
  getPanelRecord,
  getScreenPop,
  listHistory,
  runAction,
  searchZoho,
} from '@cxc/shared/api/agent-panel';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { untilSearchable } from '../../../test/until-searchable.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;
let alice: SignedInClient;
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  env = await startConnectedStack();
  alice = await signIn(env.stack, 'alice@acme.example');
});
afterAll(async () => {
  await env.stop();
});

// The panel's actions: forms prefilled through the mapping, records created and linked, Zoho's refusals.

describe('actions', () => {
  const context = {
    conversationId: 'chat-new-visitor',
    channel: 'web_chat' as const,
    name: 'Vera Visitor',
    email: 'vera@example.org',
    phone: '+1 212 555 0142',
    company: 'Visitor Inc',
  };

  it('prefills the Lead form from the conversation through the mapping', async () => {
    const form = ok(
      await call(
        alice,
        getActionForm,
        { ...acme, action: 'create_lead' },
        {
          query: { ...context },
        },
      ),
    );
    expect(form.module).toBe('Leads');
    const lastName = form.fields.find((f) => f.apiName === 'Last_Name');
    expect(lastName).toMatchObject({ mandatory: true });
    expect(lastName?.value).not.toBe('');
    expect(form.fields.find((f) => f.apiName === 'Email')?.value).toBe('vera@example.org');
  });

  it('creates the lead, links it to the conversation and logs it', async () => {
    const form = ok(
      await call(alice, getActionForm, { ...acme, action: 'create_lead' }, { query: { ...context } }),
    );
    const values = Object.fromEntries(form.fields.filter((f) => f.value).map((f) => [f.apiName, f.value]));
    const { record } = ok(
      await call(
        alice,
        runAction,
        { ...acme, action: 'create_lead' },
        { body: { requestId: randomUUID(), context, values } },
      ),
    );
    expect(record).toMatchObject({ module: 'Leads', role: 'person', source: 'agent' });
    const read = ok(await call(alice, getPanelRecord, { ...acme, module: 'Leads', id: record.id }));
    expect(read.record.email).toBe('vera@example.org');

    const pop = ok(await call(alice, getScreenPop, acme, { query: { ...context } }));
    expect(pop.linked.map((l) => l.id)).toContain(record.id);
    expect(pop.matches[0]?.id).toBe(record.id);

    const note = ok(
      await call(
        alice,
        runAction,
        { ...acme, action: 'add_note' },
        {
          body: {
            requestId: randomUUID(),
            context,
            values: { Note_Content: 'Asked for a call back on Monday.' },
          },
        },
      ),
    );
    expect(note.record).toMatchObject({ module: 'Notes', role: 'activity' });

    const history = ok(
      await call(alice, listHistory, acme, { query: { leadPhone: '(212) 555-0142', country: 'US' } }),
    );
    expect(history.entries.map((e) => e.action).sort()).toEqual(['add_note', 'create_lead']);
    const byAgent = ok(await call(alice, listHistory, acme, { query: { agentEmail: 'ALICE@acme.example' } }));
    expect(byAgent.entries.length).toBeGreaterThanOrEqual(2);
  });

  it('hangs a task and a call off the picked contact (Who_Id), as automation would', async () => {
    const found = ok(
      await call(alice, searchZoho, acme, { query: { by: 'email', q: 'jane.roe@example.com' } }),
    );
    const jane = found.results.find((r) => r.module === 'Contacts');
    if (!jane) throw new Error('Jane Roe not found');
    const parent = { module: 'Contacts' as const, id: jane.id };
    const janeContext = { conversationId: 'call-jane-2', channel: 'calls' as const, phone: '+14155550100' };
    const task = ok(
      await call(
        alice,
        runAction,
        { ...acme, action: 'create_task' },
        {
          body: {
            requestId: randomUUID(),
            context: janeContext,
            parent,
            values: { Subject: 'Send the corrected invoice' },
          },
        },
      ),
    );
    expect(task.record).toMatchObject({ module: 'Tasks', role: 'activity' });
    // Open tasks are found through Zoho's search index, which trails the write by a moment.
    const read = await untilSearchable(
      async () => ok(await call(alice, getPanelRecord, { ...acme, module: 'Contacts', id: jane.id })),
      (panel) => (panel.record.openTasks ?? []).some((t) => t.subject === 'Send the corrected invoice'),
    );
    expect(read.record.openTasks?.map((t) => t.subject)).toContain('Send the corrected invoice');

    const form = ok(
      await call(
        alice,
        getActionForm,
        { ...acme, action: 'log_call' },
        {
          query: { ...janeContext, parentModule: 'Contacts', parentId: jane.id },
        },
      ),
    );
    expect(form.parent).toEqual(parent);
    const values = Object.fromEntries(form.fields.filter((f) => f.value).map((f) => [f.apiName, f.value]));
    expect(values.Call_Type).toBe('Inbound');
    const logged = ok(
      await call(
        alice,
        runAction,
        { ...acme, action: 'log_call' },
        {
          body: {
            requestId: randomUUID(),
            context: janeContext,
            parent,
            values: { ...values, Subject: 'Invoice question', Call_Duration: '04:30' },
          },
        },
      ),
    );
    expect(logged.record.module).toBe('Calls');
  });

  it('creates a new lead even when a lead is picked for activities', async () => {
    const found = ok(await call(alice, searchZoho, acme, { query: { by: 'name', q: 'Becker' } }));
    const klaus = found.results.find((r) => r.module === 'Leads');
    if (!klaus) throw new Error('Klaus Becker not found');
    const { record } = ok(
      await call(
        alice,
        runAction,
        { ...acme, action: 'create_lead' },
        {
          body: {
            requestId: randomUUID(),
            context: { name: 'Greta Becker', company: 'Becker Logistik GmbH' },
            parent: { module: 'Leads', id: klaus.id },
            values: { Last_Name: 'Becker', First_Name: 'Greta', Company: 'Becker Logistik GmbH' },
          },
        },
      ),
    );
    expect(record.id).not.toBe(klaus.id);
  });

  it('checks mandatory fields and picklists before Zoho sees them', async () => {
    const error = failed(
      await call(
        alice,
        runAction,
        { ...acme, action: 'create_case' },
        {
          body: { requestId: randomUUID(), context, values: { Subject: '', Status: 'Not a status' } },
        },
      ),
    );
    expect(error.status).toBe(400);
    const codes = Object.fromEntries(error.issues.map((i) => [i.path.join('.'), i.code]));
    expect(codes['values.Subject']).toBe('required');
    expect(codes['values.Status']).toBe('not_in_picklist');
  });

  it("puts Zoho's INVALID_DATA on the field Zoho names", async () => {
    const error = failed(
      await call(
        alice,
        runAction,
        { ...acme, action: 'create_contact' },
        {
          body: { requestId: randomUUID(), context, values: { Last_Name: 'Visitor', Email: 'vera@example' } },
        },
      ),
    );
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['values', 'Email'], code: 'INVALID_DATA' }),
    ]);
  });
});

describe('default country', () => {
  it('finds Lead Klaus Becker ("030 1234567") with a DE default country', async () => {
    ok(
      await call(env.acmeAdmin, saveSettings, acme, {
        body: { settings: defaultSettings({ defaultCountry: 'DE' }), baseVersion: null },
      }),
    );
    for (const q of ['030 1234567', '+49 30 1234567', '0301234567']) {
      const body = ok(await call(alice, searchZoho, acme, { query: { by: 'phone', q } }));
      expect(
        body.results.map((r) => `${r.module}:${r.name}`),
        q,
      ).toContain('Leads:Klaus Becker');
    }
  });
});
