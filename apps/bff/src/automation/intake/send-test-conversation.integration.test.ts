import { randomUUID } from 'node:crypto';
import { listActivity } from '@cxc/shared/api/activity';
import { rotateSigningSecret, sendTestConversation } from '@cxc/shared/api/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { call, failed, ok } from '../../../test/settings-api.ts';

/**
 * "Send test conversation" against the simulator's Acme org, whose Lead Klaus Becker has the phone the
 * shared sample visitor used to carry: a test run creates its own marked records and leaves every
 * existing record exactly as it was, and one click (one request id) is one event on any BFF instance.
 */
let env: EngineStack;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      Object.assign(s.channels.calls, { enabled: true, mode: 'automatic' });
      // As eager to match and to overwrite as the settings allow: a test must still touch nothing.
      s.updatePolicy = 'overwrite';
      for (const module of ['Contacts', 'Leads'] as const)
        s.identification.rules[module] = [
          { kind: 'stored_link' },
          { kind: 'email' },
          { kind: 'phone' },
          { kind: 'name_company' },
        ];
    },
  });
});
afterAll(async () => {
  await env?.stop();
});

const MODULES = ['Leads', 'Contacts', 'Accounts', 'Deals', 'Tasks', 'Calls', 'Notes', 'Cases'];

interface SimRecord {
  id: string;
  createdAt: number;
  modifiedAt: number;
  values: Record<string, unknown>;
}

/** Every record of Acme's org, by module and id, through the simulator's control API. */
async function dump(): Promise<Record<string, Map<string, SimRecord>>> {
  const out: Record<string, Map<string, SimRecord>> = {};
  for (const module of MODULES) {
    const response = await fetch(`${env.sim.baseUrl}/__sim/crm/records/${ACME_ORG_ID}/${module}`);
    const body = (await response.json()) as { records: SimRecord[]; truncated: boolean };
    expect(body.truncated).toBe(false);
    out[module] = new Map(body.records.map((r) => [r.id, r]));
  }
  return out;
}

const send = (type: keyof typeof SAMPLE_EVENTS, requestId: string = randomUUID()) =>
  call(env.acmeAdmin, sendTestConversation, { tenantId: 'acme' }, { body: { type, requestId } });

async function eventRow(eventId: string) {
  const { rows } = await env.stack.pool.query<{
    test: boolean;
    visitor_name: string;
    visitor_email: string;
    visitor_phone: string;
    plan: { searches: unknown[]; test?: boolean } | null;
  }>(
    `select test, visitor_name, visitor_email, visitor_phone, plan from events
      where tenant_id = 'acme' and event_id = $1`,
    [eventId],
  );
  return rows;
}

describe('send test conversation', () => {
  it('creates new marked records and leaves every existing record unchanged, Klaus Becker included', async () => {
    const before = await dump();
    const klaus = [...(before.Leads?.values() ?? [])].find((r) => r.values.Last_Name === 'Becker');
    // The precondition of the defect: the demo Lead has the shared sample visitor's phone.
    expect(klaus?.values.Phone).toBe(SAMPLE_EVENTS['chat.ended'].visitor.phone);

    const sent: string[] = [];
    for (const type of ['chat.ended', 'call.ended', 'offline_message.received'] as const) {
      const answer = ok(await send(type));
      expect(answer.repeated).toBe(false);
      sent.push(answer.eventId);
    }
    const settled = await waitForEvents(env.stack, 'acme', sent);
    for (const id of sent) expect(settled[id]?.status).toBe('done');

    const after = await dump();
    for (const module of MODULES) {
      for (const [id, record] of before[module] ?? []) expect(after[module]?.get(id)).toEqual(record);
    }
    const created = MODULES.flatMap((module) =>
      [...(after[module]?.values() ?? [])]
        .filter((r) => !before[module]?.has(r.id))
        .map((r) => ({ module, ...r })),
    );
    const people = created.filter((r) => r.module === 'Leads' || r.module === 'Contacts');
    expect(people).toHaveLength(3);
    for (const person of people) {
      expect(String(person.values.Last_Name)).toMatch(/^\[Test\] Test visitor [0-9A-Z]{8}$/);
      expect(String(person.values.Email)).toMatch(/^test-[0-9a-z]{8}@example\.invalid$/);
      expect(String(person.values.Description)).toMatch(
        /^Created by the CX Connector test conversation on \d{4}-\d{2}-\d{2}; safe to delete\./,
      );
    }
    const activities = created.filter((r) => ['Tasks', 'Calls', 'Notes', 'Cases'].includes(r.module));
    expect(activities.length).toBeGreaterThanOrEqual(3);
    for (const activity of activities) {
      const name = activity.values.Subject ?? activity.values.Note_Title;
      expect(String(name)).toMatch(/^\[Test\] /);
      const text = activity.values.Description ?? activity.values.Note_Content;
      expect(String(text)).toMatch(/^Created by the CX Connector test conversation on /);
    }
    expect(created.filter((r) => r.module === 'Accounts' || r.module === 'Deals')).toEqual([]);

    for (const id of sent) {
      const [row] = await eventRow(id);
      expect(row?.test).toBe(true);
      expect(row?.plan?.test).toBe(true);
      expect(row?.plan?.searches).toEqual([]);
      expect(row?.visitor_phone).toMatch(/^\+1 \d{3} 555 01\d{2}$/);
    }
    const list = ok(await call(env.acmeAdmin, listActivity, { tenantId: 'acme' }));
    const listed = list.events.filter((e) => sent.includes(e.eventId));
    expect(listed.map((e) => e.test)).toEqual([true, true, true]);
  });

  it('answers two concurrent requests with the same id with one event', async () => {
    const requestId = randomUUID();
    const answers = await Promise.all([send('chat.ended', requestId), send('chat.ended', requestId)]);
    const [a, b] = answers.map(ok);
    expect(a?.eventId).toBe(b?.eventId);
    expect([a?.repeated, b?.repeated].sort()).toEqual([false, true]);
    expect(await eventRow(a?.eventId ?? '')).toHaveLength(1);
    // A later retry of the same click, e.g. after a lost answer, is still the same event.
    const again = ok(await send('chat.ended', requestId));
    expect(again).toEqual({ ...a, repeated: true });
    await waitForEvents(env.stack, 'acme', [a?.eventId ?? '']);
  });
});

describe('send test conversation: synthetic visitors and request ids', () => {
  it('gives two clicks two different synthetic visitors that match nobody', async () => {
    const [a, b] = (await Promise.all([send('chat.ended'), send('chat.ended')])).map(ok);
    expect(a?.eventId).not.toBe(b?.eventId);
    const [ra] = await eventRow(a?.eventId ?? '');
    const [rb] = await eventRow(b?.eventId ?? '');
    expect(ra?.visitor_name).not.toBe(rb?.visitor_name);
    expect(ra?.visitor_email).not.toBe(rb?.visitor_email);
    expect(ra?.visitor_phone).not.toBe(rb?.visitor_phone);
    for (const row of [ra, rb]) {
      expect(row?.visitor_email).toMatch(/@example\.invalid$/);
      expect(row?.visitor_name).not.toContain('Lovelace');
    }
    await waitForEvents(env.stack, 'acme', [a?.eventId ?? '', b?.eventId ?? '']);
  });

  it('refuses a request id reused for another sample, a missing or malformed id, and keeps tenants apart', async () => {
    const requestId = randomUUID();
    const first = ok(await send('chat.ended', requestId));
    expect(failed(await send('call.ended', requestId))).toMatchObject({ status: 409, code: 'CONFLICT' });
    for (const body of [{ type: 'chat.ended' }, { type: 'chat.ended', requestId: 'click-1' }, {}]) {
      const answer = await call(env.acmeAdmin, sendTestConversation, { tenantId: 'acme' }, { body });
      expect(failed(answer)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    }
    // Globex reusing Acme's request id gets its own event, never Acme's.
    ok(await call(env.globexAdmin, rotateSigningSecret, { tenantId: 'globex' }));
    const globex = ok(
      await call(
        env.globexAdmin,
        sendTestConversation,
        { tenantId: 'globex' },
        { body: { type: 'chat.ended', requestId } },
      ),
    );
    expect(globex.eventId).not.toBe(first.eventId);
    expect(globex.repeated).toBe(false);
    await waitForEvents(env.stack, 'acme', [first.eventId]);
  });
});
