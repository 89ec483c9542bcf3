/**
 * `pnpm bench:mirror --records N`: imports N generated Contacts from the simulator into the mirror,
 * then 1,000 screen pops through the BFF's HTTP API in cache mode (half known phones in mixed spellings,
 * half e-mails and unknown numbers), then 1,000 records changed in the simulator and one poll.
 * peak_rss_mb is the BFF's: this process runs the BFF (HTTP server, sync, PostgreSQL pool) and the small
 * driver below; the simulator runs in a child process (its generated records would otherwise count), and
 * its own peak is printed on a line of its own. Sampled every 100 ms. The line before the last counts the
 * database round trips of one screen pop (every statement the BFF's pool sent during the 1,000 pops).
 * The import takes the Bulk Read path past MIRROR_BULK_THRESHOLD's default (5,000 records). Push lag: the
 * tenant's watch channel points at this BFF, and each of the 1,000 changed records counts from its write
 * call to the moment the mirror holds it. Poll lag: the channel is dropped first, so only polling sees
 * the second 1,000 changes.
 */
import { parseArgs } from 'node:util';
import { getScreenPop } from '../../packages/shared/src/api/agent-panel.ts';
import { mirrorRuntime, simControl, ACME } from '../../apps/bff/test/mirror-runtime.ts';
import { call, ok } from '../../apps/bff/test/settings-api.ts';
import { countRoundTrips } from '../../apps/bff/test/count-round-trips.ts';
import { simRequests, startConnectedStack } from '../../apps/bff/test/start-connected-stack.ts';
import { startSimInChildProcess } from '../../apps/bff/test/start-sim-child.ts';
import { readFileSync } from 'node:fs';
import { findByIdentity } from '../../apps/bff/src/customer-data/index/find-in-mirror.ts';
import { writeMirrorSettings } from '../../apps/bff/src/customer-data/store/mirror-settings-store.ts';
import { syncTenant } from '../../apps/bff/src/customer-data/sync/sync-tenant.ts';
import { getZohoClient } from '../../apps/bff/src/zoho/get-zoho-client.ts';
import { WATCH_CALLBACK_PATH } from '../../apps/bff/src/customer-data/watch/watch-channel.ts';

const { values } = parseArgs({ options: { records: { type: 'string', default: '10000' } } });
// Like the engine benches: the local PostgreSQL unless TEST_DATABASE_URL names another (a throwaway database).
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const records = Number(values.records);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

let simPid = 0;
const env = await startConnectedStack({}, async () => {
  const sim = await startSimInChildProcess();
  simPid = sim.pid;
  return sim;
});
/** Resident memory of another process (Linux), 0 once it is gone. */
const rssOf = (pid: number) => {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
};
let peak = process.memoryUsage().rss;
let simPeak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
  simPeak = Math.max(simPeak, rssOf(simPid));
}, 100);
try {
  await simControl(env.sim.baseUrl, '/generate', { org_id: ACME, module: 'Contacts', count: records });
  await writeMirrorSettings(
    env.stack.pool,
    'acme',
    { mode: 'cache', modules: ['Leads', 'Contacts', 'Accounts'], intervalMinutes: 1 },
    'bench',
  );
  const started = performance.now();
  const notifyUrl = `${env.stack.baseUrl}${WATCH_CALLBACK_PATH}`;
  const runtime = mirrorRuntime(env.stack, { sliceMs: 3_600_000, bulkThreshold: 5_000, notifyUrl });
  // As the mirror worker would: sync again until every module is imported. A module that failed is retried at
  // once here (the worker waits a minute); each failure is printed, so a retried import is never hidden.
  let imported = false;
  for (let run = 1; ; run += 1) {
    await syncTenant(runtime, 'acme', { force: run > 1 });
    const { rows: states } = await env.stack.pool.query<{
      module: string;
      phase: string;
      error: string | null;
    }>("select module, phase, error from mirror_sync_state where tenant_id = 'acme' order by module");
    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `import run ${run}: ${elapsed} s, peak RSS ${Math.round(peak / 1048576)} MB; ${states.map((r) => `${r.module} ${r.phase}${r.error ? ` (${r.error})` : ''}`).join(', ')}\n`,
    );
    imported = states.every((r) => r.phase === 'ready');
    if (imported || run >= 20) break;
    // What failed, from the BFF's own warnings (level 40 and above) since the last run.
    const lines = env.stack.recorder.logLines;
    for (const line of lines.splice(0))
      if (/"level":[456]0/.test(line)) process.stderr.write(`  ${line.slice(0, 600)}\n`);
  }
  // Pops timed against a half-imported mirror would measure live Zoho searches, not the mirror.
  if (!imported) throw new Error('the import did not finish in 20 sync runs: no pop is timed');
  const importS = (performance.now() - started) / 1000;
  const { rows } = await env.stack.pool.query<{ n: number }>(
    "select count(*)::int as n from mirror_records where tenant_id = 'acme'",
  );
  const sample = await env.stack.pool.query<{ phones: string[]; emails: string[] }>(
    "select phones, emails from mirror_records where tenant_id = 'acme' and cardinality(phones) > 0 limit 500",
  );
  const spell = (p: string, i: number) =>
    i % 3 === 0 ? p : i % 3 === 1 ? p.replace(/^\+1/, '001') : p.replace(/\D/g, '');
  const queries: Record<string, string>[] = [];
  for (let i = 0; i < 1000; i += 1) {
    const row = sample.rows[i % sample.rows.length];
    if (i % 2 === 0 && row?.phones[0]) queries.push({ phone: spell(row.phones[0], i) });
    else if (i % 4 === 1 && row?.emails[0]) queries.push({ email: row.emails[0] });
    else queries.push({ phone: `+1 202 555 ${String(1000 + (i % 9000)).slice(-4)}` });
  }
  const { lastSeq } = await simRequests(env.sim);
  const pops: number[] = [];
  const roundTrips = countRoundTrips(env.stack.pool);
  for (const query of queries) {
    const t0 = performance.now();
    ok(
      await call(
        env.acmeAdmin,
        getScreenPop,
        { tenantId: 'acme' },
        { query: { channel: 'calls', ...query } },
      ),
    );
    pops.push(performance.now() - t0);
  }
  const popRoundTrips = roundTrips.statements.length / queries.length;
  // The tail decides p99: say which pops were slowest, and when, so a warm-up or a pause shows as such.
  const slowest = pops
    .map((ms, i) => ({ ms, i, kind: Object.keys(queries[i] ?? {})[0] ?? '?' }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
  process.stdout.write(
    `slowest pops: ${slowest.map((p) => `#${p.i} ${p.kind} ${p.ms.toFixed(1)} ms`).join(', ')}\n`,
  );
  roundTrips.restore();
  const popCalls = (await simRequests(env.sim, lastSeq)).requests.length;

  const zoho = await getZohoClient(env.stack.deps, 'acme');
  const ids = (
    await env.stack.pool.query<{ zoho_id: string }>(
      "select zoho_id from mirror_records where tenant_id = 'acme' and module = 'Contacts' limit 1000",
    )
  ).rows.map((r) => r.zoho_id);
  const pushLags = await measurePush(ids);
  // Polling alone from here: the channel is gone, so Zoho's callbacks for these changes are refused.
  await env.stack.pool.query("delete from mirror_watch_channels where tenant_id = 'acme'");
  const changedAt = Date.now();
  for (let i = 0; i < ids.length; i += 100)
    await zoho.updateRecords(
      'Contacts',
      ids.slice(i, i + 100).map((id, j) => ({ id, Mobile: `+1 720 555 ${String(1000 + i + j).slice(-4)}` })),
    );
  // One poll at the interval's tick: the lag is the wait for the tick (up to the interval) plus this poll.
  const pollStarted = Date.now();
  await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
  const pollS = (Date.now() - pollStarted) / 1000;
  const applied = (
    await findByIdentity(env.stack.pool, 'acme', ['Contacts'], { kind: 'phone', key: '+17205551000' })
  ).length;
  const pollLag = 60 + pollS + (pollStarted - changedAt) / 1000;
  process.stdout.write(`changes applied: ${applied > 0 ? 'yes' : 'no'}; poll itself ${pollS.toFixed(1)} s\n`);
  process.stdout.write(`simulator process peak_rss_mb=${Math.round(simPeak / 1048576)} (not the BFF's)\n`);
  process.stdout.write(`pop_db_round_trips=${popRoundTrips.toFixed(2)} per screen pop\n`);
  process.stdout.write(
    `mirror records=${rows[0]?.n ?? 0} import_s=${importS.toFixed(1)} peak_rss_mb=${Math.round(peak / 1048576)} pop_p50_ms=${pct(pops, 0.5).toFixed(1)} pop_p99_ms=${pct(pops, 0.99).toFixed(1)} pop_zoho_calls=${popCalls} push_lag_p95_s=${(pct(pushLags, 0.95) / 1000).toFixed(2)} poll_lag_p95_s=${pollLag.toFixed(1)}\n`,
  );

  /** Changes records 100 per call; each record's lag ends when the mirror holds its new value. */
  async function measurePush(changed: string[]): Promise<number[]> {
    const lags: number[] = [];
    for (let i = 0; i < changed.length; i += 100) {
      const batch = changed.slice(i, i + 100);
      const mobile = (j: number) => `+1 303 555 ${String(1000 + i + j).slice(-4)}`;
      const t0 = Date.now();
      await zoho.updateRecords(
        'Contacts',
        batch.map((id, j) => ({ id, Mobile: mobile(j) })),
      );
      const waiting = new Map(batch.map((id, j) => [id, mobile(j)]));
      for (let tries = 0; waiting.size > 0 && tries < 600; tries += 1) {
        const { rows: seen } = await env.stack.pool.query<{ zoho_id: string; mobile: string | null }>(
          "select zoho_id, values->>'Mobile' as mobile from mirror_records where tenant_id = 'acme' and module = 'Contacts' and zoho_id = any($1)",
          [[...waiting.keys()]],
        );
        for (const row of seen)
          if (row.mobile === waiting.get(row.zoho_id)) {
            waiting.delete(row.zoho_id);
            lags.push(Date.now() - t0);
          }
        if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      for (const _ of waiting) lags.push(Number.POSITIVE_INFINITY);
    }
    return lags;
  }
} finally {
  clearInterval(sampler);
  await env.stop();
}
