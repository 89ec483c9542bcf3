/**
 * Overload test of the event intake (POST /api/events), loopback only:
 *   pnpm bench:intake [--rate 400] [--seconds 15] [--pool 10] [--limit-per-minute 30000]
 * Sends `rate` signed events per second for `seconds` (at most 20,000 events) to a BFF on 127.0.0.1 with a
 * pool of `pool` connections, then prints one summary line. An overloaded intake must shed with 503 or 429
 * and Retry-After (the platform sends the event again), never fail with another 5xx. Needs PostgreSQL
 * (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); a throwaway database is used.
 */
import { parseArgs } from 'node:util';
import { rotateSigningSecret } from '../../packages/shared/src/api/events.ts';
import { SAMPLE_EVENTS } from '../../packages/shared/src/domain/sample-events.ts';
import { createPool } from '../../apps/bff/src/db/pool.ts';
import { signEvent } from '../../apps/bff/src/automation/intake/sign-event.ts';
import { databaseUrlOf } from '../../apps/bff/test/engine-helpers.ts';
import { serveApp } from '../../apps/bff/test/serve-app.ts';
import { call, ok } from '../../apps/bff/test/settings-api.ts';
import { signIn } from '../../apps/bff/test/sign-in.ts';
import { startTestStack } from '../../apps/bff/test/start-test-stack.ts';
import { percentile, sendOpenLoop } from './send-open-loop.ts';

const MAX_EVENTS = 20_000;
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '400' },
    seconds: { type: 'string', default: '15' },
    pool: { type: 'string', default: '10' },
    'limit-per-minute': { type: 'string', default: '30000' },
  },
});
const rate = Math.max(1, Number(values.rate));
const total = Math.min(MAX_EVENTS, Math.round(rate * Number(values.seconds)));
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';

const stack = await startTestStack({
  env: { LOG_LEVEL: 'warn', EVENTS_RATE_LIMIT_PER_MINUTE: String(values['limit-per-minute']) },
});
const pool = createPool(databaseUrlOf(stack), Number(values.pool), stack.deps.logger);
// The stack's own app shares the test pool (5); this one has the production-sized pool and timeouts.
const app = await serveApp({ ...stack.deps, pool });
try {
  const admin = await signIn(stack, 'admin@acme.example');
  const { secret } = ok(await call(admin, rotateSigningSecret, { tenantId: 'acme' }));
  const run = Date.now().toString(36);
  const send = (n: number, signal: AbortSignal) => {
    const id = `overload-${run}-${n}`;
    const body = JSON.stringify({
      ...SAMPLE_EVENTS['chat.started'],
      id,
      conversation: { ...SAMPLE_EVENTS['chat.started'].conversation, id: `conv-${id}` },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    return fetch(`${app.baseUrl}/api/events`, {
      method: 'POST',
      signal,
      headers: {
        'content-type': 'application/json',
        'x-cxc-tenant': 'acme',
        'x-cxc-timestamp': timestamp,
        'x-cxc-signature': signEvent(secret, timestamp, body),
      },
      body,
    });
  };
  const { tally, seconds } = await sendOpenLoop(send, {
    ratePerSecond: rate,
    total,
    requestTimeoutMs: 15_000,
  });
  const { rows } = await stack.pool.query<{ n: string }>(
    "select count(*) as n from events where tenant_id = 'acme' and event_id like $1",
    [`overload-${run}-%`],
  );
  process.stdout.write(
    `intake sent=${tally.sent} accepted=${tally.accepted} shed_503=${tally.shed503} shed_429=${tally.shed429} errors_5xx_other=${tally.errors5xxOther}\n`,
  );
  process.stdout.write(
    `  detail rate=${rate}/s seconds=${seconds.toFixed(1)} pool=${values.pool} stored=${rows[0]?.n ?? 0} ` +
      `no_answer=${tally.noAnswer} other_status=${tally.otherStatus} shed_without_retry_after=${tally.shedWithoutRetryAfter} ` +
      `p50_ms=${percentile(tally.latenciesMs, 50)} p95_ms=${percentile(tally.latenciesMs, 95)} p99_ms=${percentile(tally.latenciesMs, 99)}\n`,
  );
  process.exitCode =
    tally.errors5xxOther + tally.noAnswer + tally.otherStatus + tally.shedWithoutRetryAfter > 0 ? 1 : 0;
} finally {
  await app.close();
  await pool.end();
  // The signing secret was shown once by design; the leak check of stop() is not this bench's concern.
  await stack.stop().catch(() => undefined);
}
// A CLI run ends here even if a library left a timer or socket behind.
process.exit(process.exitCode ?? 0);
