import type { Queryable } from '../../db/queryable.ts';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { ZohoDeps } from '../../app-deps.ts';
import { createPool } from '../../db/pool.ts';
import { reportBreaker } from '../../ops/telemetry.ts';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../run/engine-options.ts';
import type { EngineRuntime } from '../run/engine-runtime.ts';
import { BatchedLookups } from '../zoho-calls/batched-lookups.ts';
import { LockSession } from '../run/lock-session.ts';
import { processConversation } from '../run/process-conversation.ts';
import { WriteBatcher } from '../zoho-calls/write-batcher.ts';
import { ZohoBreaker } from '../zoho-calls/zoho-breaker.ts';
import { CreditBudget } from '../zoho-calls/credit-budget.ts';
import { MirrorWriteQueue } from '../../customer-data/sync/mirror-write-queue.ts';
import { EVENTS_CHANNEL } from '../store/store-event.ts';
import { OutboxMarks } from '../store/outbox-marks.ts';
import { batchedIdentityFinder } from '../../customer-data/index/batched-identity-finder.ts';
import {
  CONVERSATION_QUEUE,
  CONVERSATION_QUEUE_POLICY,
  type ConversationJob,
  enqueueConversation,
  makeConversationsDue,
} from './engine-queue.ts';
import { type ConversationWorkers, startConversationWorkers } from './conversation-workers.ts';
import { sweepEvents } from './sweep-events.ts';
import { startConnectionWatch } from '../../jobs/watch-connections.ts';
import { startMirrorWorker, type MirrorWorker } from '../../customer-data/sync/mirror-worker.ts';
import { WATCH_CALLBACK_PATH } from '../../customer-data/watch/watch-channel.ts';
import { engineClient } from '../run/engine-runtime.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { CUSTOMER_CHANGES_CHANNEL } from '../../customer-data/webhook/note-customer-changes.ts';

export interface RunningEngine {
  /** Runs the sweeper once now (tests use it instead of waiting for the interval). */
  sweep(): Promise<number>;
  /** Runs the connection-health round once now: issues, then due webhook deliveries. */
  watch(): Promise<void>;
  /** Customer data sync (issue 13): import and polling of each tenant's mirror. */
  mirror: MirrorWorker;
  stop(): Promise<void>;
}

const notificationSchema = z.tuple([z.string(), z.string()]);
const jobSchema = z.object({ tenantId: z.string(), conversationId: z.string() });

/**
 * The automation engine of one process: pg-boss workers for conversation jobs, a LISTEN on new events
 * (so a stored event is picked up at once), and the periodic sweeper. Its advisory locks (conversations,
 * org slots) live on one lock session; its own pool serves the short queries of the runs in flight.
 */
export async function startEngine(
  deps: ZohoDeps,
  databaseUrl: string,
  overrides: Partial<EngineOptions> = {},
): Promise<RunningEngine> {
  const options = { ...DEFAULT_ENGINE_OPTIONS, ...overrides };
  const log = deps.logger.child({ component: 'engine' });
  const runtime = createRuntime(deps, databaseUrl, options, log);
  const { pool } = runtime.deps;
  const stopReporting = reportBreaker(() => runtime.breaker.snapshot());
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => log.error({ err: error }, 'pg-boss error'));
  await boss.start();
  const workers = await startConversationQueue(boss, runtime, log);

  const watch = startConnectionWatch(
    {
      pool,
      secretBox: deps.secretBox,
      logger: log,
      allowPrivateHosts: deps.config.attachments.allowPrivateHosts,
    },
    options.connectionWatchIntervalMs,
  );
  const listener = await listenForEvents(databaseUrl, { boss, pool }, log, {
    queued: () => workers.wake(),
    customersChanged: () => watch.nudgeCustomerWebhooks(),
  });

  const sweep = () => sweepEvents(pool, boss);
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => log.warn({ err: error }, 'sweep failed'));
  }, options.sweepIntervalMs);
  timer.unref();
  await sweep();
  const mirror = await startMirrorWorker(
    options.mirrorSync,
    {
      pool,
      logger: log,
      client: async (tenantId) => engineClient(runtime, tenantId, await readConnection(pool, tenantId)),
      budget: runtime.budget,
      sliceMs: 20_000,
      bulk: { threshold: deps.config.mirror.bulkThreshold, pollMs: deps.config.mirror.bulkPollMs },
      watch: deps.config.mirror.watch
        ? { notifyUrl: `${deps.config.publicUrl}${WATCH_CALLBACK_PATH}` }
        : null,
      now: Date.now,
    },
    boss,
    runtime.locks,
  );

  return {
    sweep,
    watch: () => watch.run(),
    mirror,
    async stop() {
      clearInterval(timer);
      mirror.stop();
      watch.stop();
      stopReporting();
      await listener.end().catch(() => undefined);
      runtime.writes.flushAll();
      await workers.stop(10_000);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await runtime.locks.close();
      await pool.end();
    },
  };
}

type Log = ZohoDeps['logger'];

/** What the engine's conversations share in this process, on the engine's own pool. */
function createRuntime(deps: ZohoDeps, databaseUrl: string, options: EngineOptions, log: Log): EngineRuntime {
  const pool = createPool(databaseUrl, Math.min(options.workers, 16) + 4, log);
  return {
    deps: { ...deps, pool },
    options,
    locks: new LockSession(databaseUrl, log),
    writes: new WriteBatcher({ maxRecords: options.batchMaxRecords, windowMs: options.batchWindowMs }),
    reads: new BatchedLookups(options.batchWindowMs),
    // Probes a failing org at the retry pace, but at least once a minute so recovery is noticed soon.
    breaker: new ZohoBreaker({ baseMs: options.retryBaseMs, maxMs: Math.min(options.retryMaxMs, 60_000) }),
    budget: new CreditBudget(pool),
    mirror: new MirrorWriteQueue({ pool, logger: log }),
    marks: new OutboxMarks(pool),
    identities: batchedIdentityFinder(pool),
  };
}

/** The conversation queue (created or brought up to date) and this process's workers on it. */
async function startConversationQueue(
  boss: PgBoss,
  runtime: EngineRuntime,
  log: Log,
): Promise<ConversationWorkers> {
  const { options } = runtime;
  const queueOptions = {
    name: CONVERSATION_QUEUE,
    policy: CONVERSATION_QUEUE_POLICY,
    retryLimit: 5,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: 300,
  } as const;
  await boss.createQueue(CONVERSATION_QUEUE, queueOptions);
  // createQueue leaves an existing queue as it was: a database from before the policy gets it here.
  await boss.updateQueue(CONVERSATION_QUEUE, queueOptions);

  const handle = async (job: ConversationJob) => {
    const result = await processConversation(runtime, job.tenantId, job.conversationId);
    if (result.next === 'at') await enqueueConversation(boss, job, result.at);
    if (result.next === 'busy') await enqueueConversation(boss, job, new Date(Date.now() + 1_000));
  };
  return startConversationWorkers(
    boss,
    CONVERSATION_QUEUE,
    options.workers,
    (data: unknown) => handle(jobSchema.parse(data)),
    log,
  );
}

/**
 * LISTENs on new events so a stored event's conversation is queued at once (the sweeper backs it up), and
 * on committed customer changes so their webhook goes out within seconds (the watch's sweep backs it up).
 */
async function listenForEvents(
  databaseUrl: string,
  { boss, pool }: { boss: PgBoss; pool: Queryable },
  log: Log,
  { queued, customersChanged }: { queued: () => void; customersChanged: () => void },
): Promise<pg.Client> {
  const listener = new pg.Client({ connectionString: databaseUrl });
  listener.on('error', (error) => log.error({ err: error }, 'event listener error'));
  listener.on('notification', (message) => {
    if (message.channel === CUSTOMER_CHANGES_CHANNEL) {
      customersChanged();
      return;
    }
    const parsed = notificationSchema.safeParse(JSON.parse(message.payload ?? 'null'));
    if (!parsed.success) return;
    const job = { tenantId: parsed.data[0], conversationId: parsed.data[1] };
    // A job waiting for later (a late event's hold, a backoff) absorbs this send under the `short`
    // policy: make it due, so a new event (the call a held recording waits for) runs now. Only then:
    // a new conversation's send costs no second statement.
    enqueueConversation(boss, job)
      .then((added) => (added ? undefined : makeConversationsDue(pool, [job])))
      .then(queued)
      .catch((error: unknown) =>
        log.warn({ err: error }, 'could not enqueue a conversation; the sweeper will'),
      );
  });
  await listener.connect();
  await listener.query(`listen ${EVENTS_CHANNEL}; listen ${CUSTOMER_CHANGES_CHANNEL}`);
  return listener;
}
