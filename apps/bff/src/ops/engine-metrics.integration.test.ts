import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitForEvents } from '../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../test/engine-stack.ts';

const TOKEN = 'engine-metrics-token-0123456789';
let env: EngineStack;

beforeAll(async () => {
  // The engine starts later: the events are queued first, so the backlog is seen before it drains.
  env = await startEngineStack({ env: { METRICS_TOKEN: TOKEN }, engine: false });
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

const chat = (id: string) => ({
  ...SAMPLE_EVENTS['chat.ended'],
  id,
  visitor: { email: `${id}@cxc-test.example`, name: 'Metric Visitor' },
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-${id}` },
});

async function scrape(): Promise<string> {
  const response = await env.stack.fetch('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one exact series (`name{labels}`), or undefined when the scrape lacks it. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Sums every series of `name` whose labels include all of `labels` (e.g. `tenant="acme"`). */
function sum(text: string, name: string, ...labels: string[]): number {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)))
    .reduce((total, l) => total + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

it('shows queued events and their age before the engine runs', async () => {
  expect((await env.send(chat('m-1'))).status).toBe(202);
  expect((await env.send(chat('m-2'))).status).toBe(202);
  const text = await scrape();
  expect(value(text, 'cxc_events{status="queued"}')).toBe(2);
  expect(value(text, 'cxc_events{status="done"}')).toBe(0);
  const age = value(text, 'cxc_events_oldest_age_seconds{status="queued"}');
  expect(age).toBeGreaterThanOrEqual(0);
  expect(age).toBeLessThan(3600);
});

it('after the engine wrote the records: done events, latency, Zoho calls, credits and a token refresh by tenant', async () => {
  // An expired access token: the engine's first call refreshes it, so the refresh counter moves.
  await env.stack.pool.query(
    `update zoho_tokens set access_token_expires_at = now() - interval '1 minute' where tenant_id = 'acme'`,
  );
  await env.startEngine();
  const settled = await waitForEvents(env.stack, 'acme', ['m-1', 'm-2']);
  expect(Object.values(settled).map((e) => e.status)).toEqual(['done', 'done']);
  // The backlog gauges are cached a few seconds: wait for a scrape that has caught up.
  await expect
    .poll(async () => value(await scrape(), 'cxc_events{status="done"}'), { timeout: 15_000, interval: 250 })
    .toBe(2);
  const text = await scrape();
  expect(value(text, 'cxc_events{status="queued"}')).toBe(0);
  expect(value(text, 'cxc_events_oldest_age_seconds{status="queued"}')).toBe(0);
  expect(value(text, 'cxc_event_to_record_seconds_count')).toBeGreaterThanOrEqual(2);
  expect(value(text, 'cxc_event_to_record_seconds_sum')).toBeGreaterThan(0);
  expect(sum(text, 'cxc_zoho_calls_total', 'tenant="acme"', 'outcome="ok"')).toBeGreaterThanOrEqual(2);
  expect(sum(text, 'cxc_zoho_calls_total', 'tenant="acme"', 'kind="write"')).toBeGreaterThanOrEqual(1);
  expect(sum(text, 'cxc_zoho_credits_total', 'tenant="acme"')).toBeGreaterThanOrEqual(2);
  expect(sum(text, 'cxc_zoho_token_refreshes_total', 'tenant="acme"', 'outcome="ok"')).toBeGreaterThanOrEqual(
    1,
  );
  // Labels carry tenant ids and kinds only: never a token, an e-mail or a path with record ids.
  expect(text).not.toContain('cxc-test.example');
  expect(text).not.toMatch(/cxc_zoho_calls_total\{[^}]*\/crm/);
});
