/**
 * Burst benchmark of the automation engine against the Zoho simulator:
 *   node --import tsx bench/events/run.ts [--events 10000] [--concurrency 32] [--workers 100]
 * Needs a PostgreSQL server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); a
 * throwaway database is created and dropped. Prints the numbers and writes them to bench/results/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ACME_ORG_ID, startZohoSim } from '../../packages/zoho-sim/src/index.ts';
import { startEngine } from '../../apps/bff/src/automation/queue/start-engine.ts';
import { connectTenantToSim } from '../../apps/bff/test/connect-tenant-to-sim.ts';
import { databaseUrlOf, editSettings, eventSender } from '../../apps/bff/test/engine-helpers.ts';
import { signIn } from '../../apps/bff/test/sign-in.ts';
import { startTestStack } from '../../apps/bff/test/start-test-stack.ts';
import { simRequests } from '../../apps/bff/test/start-connected-stack.ts';
import { collectRequests } from './collect-requests.ts';
import { sendBurst } from './send-burst.ts';
import { summarise } from './summarise.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '32' },
    workers: { type: 'string', default: '100' },
  },
});
const total = Number(values.events);
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';

const sim = await startZohoSim({ port: 0 });
const stack = await startTestStack({ env: { ZOHO_SIM_URL: sim.baseUrl, LOG_LEVEL: 'warn' } });
try {
  // Credits are measured, not rationed: lift Acme's daily budget so the burst is not cut short.
  await fetch(`${sim.baseUrl}/__sim/crm/limits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orgId: ACME_ORG_ID, credits: 100_000_000 }),
  });
  const admin = await signIn(stack, 'admin@acme.example');
  await connectTenantToSim(stack, sim, admin, {
    userEmail: 'zoho-admin@acme.example',
    dataCenterId: 'sim-us',
  });
  await editSettings(admin, 'acme', (s) =>
    Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' }),
  );
  const send = await eventSender(stack, admin, 'acme');
  const limits = async () =>
    (
      (await (await fetch(`${sim.baseUrl}/__sim/crm/limits/${ACME_ORG_ID}`)).json()) as {
        creditsUsed: number;
      }
    ).creditsUsed;
  const creditsBefore = await limits();
  const { lastSeq } = await simRequests(sim);

  const log = collectRequests(sim, lastSeq);
  const engine = await startEngine(stack.deps, databaseUrlOf(stack), { workers: Number(values.workers) });
  const accepted = await sendBurst(send, total, Number(values.concurrency));
  const result = await summarise(stack.pool, total, accepted, {
    credits: async () => (await limits()) - creditsBefore,
    requests: () => log.all(),
  });
  await engine.stop();
  const text = JSON.stringify({ at: new Date().toISOString(), events: total, ...result }, null, 2);
  process.stdout.write(`${text}\n`);
  const dir = new URL('../results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL(`events-${Date.now()}.json`, dir), `${text}\n`);
} finally {
  await stack.stop();
  await sim.stop();
}
// A CLI run ends here even if a library left a timer or socket behind.
process.exit(0);
