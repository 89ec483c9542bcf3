import {
  getSettings,
  getSettingsVersion,
  listSettingsVersions,
  restoreSettingsVersion,
  saveSettings,
} from '@cxc/shared/api/settings';
import { defaultSettings, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../../test/start-test-stack.ts';

let stack: TestStack;
let admin: SignedInClient;
let globexAdmin: SignedInClient;
const acme = { tenantId: 'acme' };

beforeAll(async () => {
  stack = await startTestStack();
  admin = await signIn(stack, 'admin@acme.example');
  globexAdmin = await signIn(stack, 'admin@globex.example');
});
afterAll(async () => {
  await stack.stop();
});

const save = (settings: unknown, baseVersion: number | null, client = admin, tenantId = 'acme') =>
  call(client, saveSettings, { tenantId }, { body: { settings, baseVersion } });

async function currentNumber(): Promise<number | null> {
  return ok(await call(admin, getSettings, acme)).version?.number ?? null;
}

function edited(edit: (s: IntegrationSettings) => void): IntegrationSettings {
  const settings = defaultSettings();
  edit(settings);
  return settings;
}

describe('validation', () => {
  it('reports the domain’s own problems as field issues on their exact paths', async () => {
    const settings = edited((s) => {
      const rows = s.channels.web_chat.mapping.Leads ?? [];
      rows.push({ ...rows[0]!, source: { kind: 'field', path: 'visitor.email' } });
      const row = rows[2];
      if (row) row.zohoField = 'Email';
      s.owners = { fallback: 'default_owner', userLinks: [] };
    });
    const error = failed(await save(settings, null));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        {
          path: ['settings', 'channels', 'web_chat', 'mapping', 'Leads', 2, 'zohoField'],
          message: 'mapping.duplicate_field',
          code: 'custom',
        },
        {
          path: ['settings', 'channels', 'web_chat', 'mapping', 'Leads', 4, 'zohoField'],
          message: 'mapping.duplicate_field',
          code: 'custom',
        },
        {
          path: ['settings', 'owners', 'defaultOwnerId'],
          message: 'owners.default_owner_required',
          code: 'custom',
        },
      ]),
    );
    expect(error.issues).toHaveLength(3);
  });

  it('reports schema errors and unknown keys anywhere in the document', async () => {
    const settings = { ...defaultSettings(), updatePolicy: 'sometimes', extra: 1 };
    const { issues } = failed(await save(settings, null));
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['settings', 'updatePolicy'], code: 'invalid_value' },
      { path: ['settings', 'extra'], code: 'unrecognized_keys' },
    ]);
  });

  it('refuses automatic mode without a Zoho connection, on each automatic channel’s mode', async () => {
    const settings = edited((s) => {
      Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
      Object.assign(s.channels.calls, { enabled: true, mode: 'automatic' });
      Object.assign(s.channels.inbox, { enabled: false, mode: 'automatic' });
    });
    const error = failed(await save(settings, null));
    expect(error.status).toBe(400);
    expect(error.message).toContain('Zoho CRM is not connected');
    expect(error.issues).toEqual(
      ['web_chat', 'calls'].map((channel) => ({
        path: ['settings', 'channels', channel, 'mode'],
        message: 'settings.automatic_mode_needs_connection',
        code: 'not_connected',
      })),
    );
  });

  it('saves nothing when the document is refused', async () => {
    expect(await currentNumber()).toBeNull();
  });
});

describe('versions', () => {
  it('answers the defaults, without a version, before the first save', async () => {
    expect(ok(await call(admin, getSettings, acme))).toEqual({ settings: defaultSettings(), version: null });
  });

  it('saves, saves again, lists, shows a diff and restores as a new version', async () => {
    const first = ok(
      await save(
        edited((s) => (s.updatePolicy = 'overwrite')),
        null,
      ),
    );
    expect(first.version).toMatchObject({
      number: 1,
      savedBy: { email: 'admin@acme.example', name: 'Ada Admin' },
      restoredFrom: null,
    });
    const secondSettings = edited((s) => {
      s.updatePolicy = 'overwrite';
      s.channels.calls.enabled = true;
      s.identification.searchOrder = ['Leads', 'Contacts'];
    });
    const second = ok(await save(secondSettings, 1));
    expect(second.version.number).toBe(2);
    expect(ok(await call(admin, getSettings, acme))).toEqual({
      settings: secondSettings,
      version: second.version,
    });

    const list = ok(await call(admin, listSettingsVersions, acme));
    expect(list).toEqual({ versions: [second.version, first.version], total: 2 });
    const paged = ok(await call(admin, listSettingsVersions, acme, { query: { page: '2', perPage: '1' } }));
    expect(paged).toEqual({ versions: [first.version], total: 2 });

    const v1 = ok(await call(admin, getSettingsVersion, { ...acme, number: 1 }));
    expect(v1.changes).toEqual([
      { path: ['updatePolicy'], kind: 'changed', before: 'fill_empty', after: 'overwrite' },
    ]);
    const v2 = ok(await call(admin, getSettingsVersion, { ...acme, number: 2 }));
    expect(v2.version).toEqual(second.version);
    expect(v2.changes).toEqual([
      { path: ['channels', 'calls', 'enabled'], kind: 'changed', before: false, after: true },
      {
        path: ['identification', 'searchOrder'],
        kind: 'changed',
        before: ['Contacts', 'Leads'],
        after: ['Leads', 'Contacts'],
      },
    ]);

    const restored = ok(await call(admin, restoreSettingsVersion, { ...acme, number: 1 }, { body: {} }));
    expect(restored.version).toMatchObject({ number: 3, restoredFrom: 1 });
    expect(restored.settings).toEqual(first.settings);
    expect(ok(await call(admin, getSettings, acme)).settings).toEqual(first.settings);
    const v3 = ok(await call(admin, getSettingsVersion, { ...acme, number: 3 }));
    expect(v3.changes.map(({ path, before, after }) => ({ path, before, after }))).toEqual([
      { path: ['channels', 'calls', 'enabled'], before: true, after: false },
      {
        path: ['identification', 'searchOrder'],
        before: ['Leads', 'Contacts'],
        after: ['Contacts', 'Leads'],
      },
    ]);
  });

  it('records every save and restore in the audit log, with what changed', async () => {
    const { rows } = await stack.pool.query<{ action: string; actor_email: string; details: unknown }>(
      "select action, actor_email, details from audit_log where tenant_id = 'acme' order by id",
    );
    expect(rows).toEqual([
      {
        action: 'settings.saved',
        actor_email: 'admin@acme.example',
        details: { version: 1, changeCount: 1, changed: ['updatePolicy'] },
      },
      {
        action: 'settings.saved',
        actor_email: 'admin@acme.example',
        details: {
          version: 2,
          changeCount: 2,
          changed: ['channels.calls.enabled', 'identification.searchOrder'],
        },
      },
      {
        action: 'settings.restored',
        actor_email: 'admin@acme.example',
        details: {
          version: 3,
          restoredFrom: 1,
          changeCount: 2,
          changed: ['channels.calls.enabled', 'identification.searchOrder'],
        },
      },
    ]);
  });

  it('answers 404 for a version that does not exist, and for restoring it', async () => {
    expect(failed(await call(admin, getSettingsVersion, { ...acme, number: 99 })).status).toBe(404);
    const restore = failed(await call(admin, restoreSettingsVersion, { ...acme, number: 99 }, { body: {} }));
    expect(restore.status).toBe(404);
  });

  it('keeps each tenant’s history apart', async () => {
    const globex = ok(await call(globexAdmin, getSettings, { tenantId: 'globex' }));
    expect(globex.version).toBeNull();
    const saved = ok(await save(defaultSettings(), null, globexAdmin, 'globex'));
    expect(saved.version.number).toBe(1);
    expect(ok(await call(admin, getSettings, acme)).version?.number).toBe(3);
  });
});

describe('optimistic concurrency', () => {
  it('refuses a save from a stale version with 409 and overwrites nothing', async () => {
    const current = await currentNumber();
    const before = ok(await call(admin, getSettings, acme));
    const stale = failed(
      await save(
        edited((s) => (s.updatePolicy = 'do_not_update')),
        (current ?? 1) - 1,
      ),
    );
    expect(stale.status).toBe(409);
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toContain(`version ${current}`);
    expect(failed(await save(defaultSettings(), null)).status).toBe(409);
    expect(ok(await call(admin, getSettings, acme))).toEqual(before);
  });

  it('lets exactly one of several concurrent saves from the same version win', async () => {
    const base = await currentNumber();
    const answers = await Promise.all(
      (['overwrite', 'do_not_update', 'fill_empty', 'overwrite'] as const).map((updatePolicy) =>
        save(
          edited((s) => (s.updatePolicy = updatePolicy)),
          base,
        ),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await currentNumber()).toBe((base ?? 0) + 1);
  });

  it('gives concurrent restores consecutive numbers, never the same one', async () => {
    const base = (await currentNumber()) ?? 0;
    const answers = await Promise.all(
      [1, 2, 1, 2, 1].map((number) => call(admin, restoreSettingsVersion, { ...acme, number }, { body: {} })),
    );
    const numbers = answers.map((a) => ok(a).version.number).sort((a, b) => a - b);
    expect(numbers).toEqual([base + 1, base + 2, base + 3, base + 4, base + 5]);
    const list = ok(await call(admin, listSettingsVersions, acme, { query: { perPage: '100' } }));
    expect(new Set(list.versions.map((v) => v.number)).size).toBe(list.total);
  });
});
