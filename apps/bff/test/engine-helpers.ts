import { rotateSigningSecret } from '@cxc/shared/api/events';
import { getSettings, saveSettings } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { signEvent } from '../src/automation/intake/sign-event.ts';
import { call, ok } from './settings-api.ts';
import type { SignedInClient } from './sign-in.ts';
import type { TestStack } from './start-test-stack.ts';

/** Saves the tenant's settings after `edit` (on top of the current ones), through the settings API. */
export async function editSettings(
  admin: SignedInClient,
  tenantId: string,
  edit: (s: IntegrationSettings) => void,
): Promise<void> {
  const current = ok(await call(admin, getSettings, { tenantId }));
  const settings = structuredClone(current.settings);
  edit(settings);
  ok(
    await call(
      admin,
      saveSettings,
      { tenantId },
      { body: { settings, baseVersion: current.version?.number ?? null } },
    ),
  );
}

/** Creates the signing secret and returns a function posting signed events as the platform would. */
export async function eventSender(stack: TestStack, admin: SignedInClient, tenantId: string) {
  const { secret } = ok(await call(admin, rotateSigningSecret, { tenantId }));
  // Shown once in the rotate answer by design; it must never reach a log line.
  stack.recorder.addSecret({ label: `${tenantId} signing secret`, value: secret, logsOnly: true });
  return async (event: unknown): Promise<Response> => {
    const body = JSON.stringify(event);
    const timestamp = String(Math.floor(Date.now() / 1000));
    return stack.fetch('/api/events', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cxc-tenant': tenantId,
        'x-cxc-timestamp': timestamp,
        'x-cxc-signature': signEvent(secret, timestamp, body),
      },
      body,
    });
  };
}

const FINAL = ['done', 'failed', 'skipped'];

/** Waits (polling the table) until every listed event of the tenant has reached one of `statuses`. */
export async function waitForEvents(
  stack: TestStack,
  tenantId: string,
  eventIds: string[],
  statuses: string[] = FINAL,
  timeoutMs = 15_000,
): Promise<Record<string, { status: string; error: unknown; skip_reason: string | null }>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await stack.pool.query<{
      event_id: string;
      status: string;
      error: unknown;
      skip_reason: string | null;
    }>(
      'select event_id, status, error, skip_reason from events where tenant_id = $1 and event_id = any($2)',
      [tenantId, eventIds],
    );
    if (rows.length === eventIds.length && rows.every((row) => statuses.includes(row.status)))
      return Object.fromEntries(rows.map((row) => [row.event_id, row]));
    if (Date.now() > deadline)
      throw new Error(
        `events not settled: ${JSON.stringify(rows.map((r) => [r.event_id, r.status, r.error]))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function databaseUrlOf(stack: TestStack): string {
  if (stack.config.database.mode !== 'external') throw new Error('the test stack uses an external database');
  return stack.config.database.url;
}
