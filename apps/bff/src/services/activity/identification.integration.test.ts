import { getActivityEvent, listActivity } from '@cxc/shared/api/activity';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';

// Issue 15: event details say who was matched and why: the searches, the rule that found the record,
// the record by name, or that nothing matched and a record was created.

let env: EngineStack;

beforeAll(async () => {
  env = await startEngineStack({});
});
afterAll(async () => {
  await env?.stop();
});

const chat = (id: string, email: string, name: string) => ({
  ...SAMPLE_EVENTS['chat.ended'],
  id,
  visitor: { email, name },
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-${id}` },
});

const detailOf = async (eventId: string) => {
  const { events } = ok(
    await call(env.acmeAdmin, listActivity, { tenantId: 'acme' }, { query: { q: `conv-${eventId}` } }),
  );
  const id = events.find((event) => event.eventId === eventId)?.id ?? '';
  return ok(await call(env.acmeAdmin, getActivityEvent, { tenantId: 'acme', id }));
};

it('names the Contact found by e-mail, the rule and the value searched', async () => {
  expect((await env.send(chat('known-1', 'jane.roe@example.com', 'Jane Roe'))).status).toBe(202);
  const settled = await waitForEvents(env.stack, 'acme', ['known-1']);
  expect(settled['known-1']?.status, JSON.stringify(settled)).toBe('done');
  const { identification } = await detailOf('known-1');
  expect(identification?.identified).toMatchObject({ outcome: 'found', module: 'Contacts', via: 'email' });
  const found = identification?.identified?.outcome === 'found' ? identification.identified : undefined;
  expect(identification?.searches).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        module: 'Contacts',
        rule: 'email',
        query: expect.objectContaining({ email: 'jane.roe@example.com' }) as unknown,
        matchedIds: [found?.recordId],
      }),
    ]),
  );
});

it('says that nothing matched, and names the record that was created instead', async () => {
  expect((await env.send(chat('new-1', 'nobody.known@cxc-test.example', 'Nora Newcomer'))).status).toBe(202);
  const settled = await waitForEvents(env.stack, 'acme', ['new-1']);
  expect(settled['new-1']?.status, JSON.stringify(settled)).toBe('done');
  const detail = await detailOf('new-1');
  expect(detail.identification?.identified).toEqual({ outcome: 'not_found' });
  expect(detail.identification?.searches.length).toBeGreaterThan(0);
  expect(detail.identification?.searches.every((step) => step.matchedIds.length === 0)).toBe(true);
  expect(detail.operations[0]).toMatchObject({ name: 'Nora Newcomer' });
});
