import { getSettings, runPreflight, saveSettings } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import {
  RINGOSTAT_MAPPING,
  webChatSettings as webChat,
  withRingostat,
} from '@cxc/shared/testing/preflight-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { agentUnmatched, customFieldMissingOnLeads } from '@cxc/shared/testing/preflight-problems';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
  // Agents become known to the tenant by signing in; bob@acme.example has no Zoho user.
  for (const email of ['alice@acme.example', 'bob@acme.example', 'carol@globex.example'])
    await signIn(env.stack, email);
});
afterAll(() => env.stop());

const RINGOSTAT_FIELDS = RINGOSTAT_MAPPING.map((row) => row.zohoField);

const admin = (tenantId: string): SignedInClient => (tenantId === 'acme' ? env.acmeAdmin : env.globexAdmin);
const preflight = (tenantId: string, settings: IntegrationSettings) =>
  call(admin(tenantId), runPreflight, { tenantId }, { body: { settings } });
const save = async (tenantId: string, settings: IntegrationSettings) => {
  const current = ok(await call(admin(tenantId), getSettings, { tenantId }));
  return call(
    admin(tenantId),
    saveSettings,
    { tenantId },
    { body: { settings, baseVersion: current.version?.number ?? null } },
  );
};

describe('runPreflight', () => {
  it('lists the custom fields the Globex org lacks, with how to create each', async () => {
    const result = ok(await preflight('globex', webChat('manual', withRingostat)));
    expect(result.ready).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.field])).toEqual(
      RINGOSTAT_FIELDS.map((f) => ['custom_field_missing', f]),
    );
    expect(errors[0]).toEqual(customFieldMissingOnLeads('web_chat', 4));
    expect(errors[5]?.path).toEqual(['channels', 'web_chat', 'mapping', 'Leads', 9, 'zohoField']);
  });

  it('passes the same settings on the Acme org, warning about the agent without a Zoho user', async () => {
    const result = ok(await preflight('acme', webChat('manual', withRingostat)));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.problems).toContainEqual(agentUnmatched('bob@acme.example'));
    const unmatched = result.problems.filter((p) => p.code === 'agent_unmatched');
    expect(unmatched.map((p) => p.message.params.agentEmail)).toEqual(['bob@acme.example']);
  });

  it('reports a user link to someone who is not an active user of the org', async () => {
    const settings = webChat('manual', (s) => {
      s.owners.userLinks = [
        { agentEmail: 'bob@acme.example', zohoUserId: '2034500000000114002', source: 'manual' },
      ];
    });
    const result = ok(await preflight('acme', settings));
    expect(result.ready).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'owner_not_active', path: ['owners', 'userLinks', 0, 'zohoUserId'] }),
    ]);
  });
});

describe('saving automatic mode', () => {
  it('is refused for Globex with the missing fields as issues, and nothing is saved', async () => {
    const error = failed(await save('globex', webChat('automatic', withRingostat)));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual(
      RINGOSTAT_FIELDS.map((_, i) => ({
        path: ['settings', 'channels', 'web_chat', 'mapping', 'Leads', 4 + i, 'zohoField'],
        message: 'preflight.custom_field_missing',
        code: 'custom_field_missing',
      })),
    );
    expect(ok(await call(env.globexAdmin, getSettings, { tenantId: 'globex' })).version).toBeNull();
  });

  it('is accepted for Globex without those fields, and for Acme with them', async () => {
    expect(ok(await save('globex', webChat('automatic'))).version.number).toBe(1);
    expect(ok(await save('acme', webChat('automatic', withRingostat))).version.number).toBe(1);
  });

  it('is checked on every save with an automatic channel, not only when switching', async () => {
    const settings = webChat('automatic', (s) => {
      s.owners.userLinks = [{ agentEmail: 'bob@acme.example', zohoUserId: '999', source: 'manual' }];
    });
    const { issues } = failed(await save('acme', settings));
    expect(issues).toEqual([
      {
        path: ['settings', 'owners', 'userLinks', 0, 'zohoUserId'],
        message: 'preflight.owner_not_active',
        code: 'owner_not_active',
      },
    ]);
  });

  it('does not check manual or disabled channels', async () => {
    expect(ok(await save('globex', webChat('manual', withRingostat))).version.number).toBe(2);
    const disabled = webChat('automatic', withRingostat);
    disabled.channels.web_chat.enabled = false;
    expect(ok(await save('globex', disabled)).version.number).toBe(3);
  });
});
