import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { coalesced } from '../../db/coalesced.ts';

export interface ConversationWorkers {
  /** A conversation was enqueued or a job finished: look for work now instead of at the next poll. */
  wake(): void;
  /** Stops fetching and waits (up to `timeoutMs`) for the jobs in flight. */
  stop(timeoutMs: number): Promise<void>;
}

/** How long an idle fetcher waits before asking again when nobody woke it (a lost notification, a retry due). */
const IDLE_POLL_MS = 500;

/**
 * `slots` conversation jobs in flight, each slot refilled as soon as its job ends: one fetcher asks
 * pg-boss for as many jobs as there are free slots (one query for several), runs them, and fetches again
 * the moment any ends or a new event is announced. pg-boss's own `work` loop waits out its polling interval
 * after every batch and for the batch's slowest job, which capped a process far below its slots. The jobs
 * stay pg-boss's: fetched jobs are `active` with an expiry, so a killed process's jobs come back.
 */
export function startConversationWorkers<T>(
  boss: PgBoss,
  queue: string,
  slots: number,
  handle: (data: T) => Promise<void>,
  log: Logger,
): ConversationWorkers {
  let running = 0;
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let pendingWake = false;
  const inFlight = new Set<Promise<void>>();
  // A lost completion (a crash) only brings the job back after its expiry, to find nothing left to do.
  const complete = coalesced((ids: string[]) => boss.complete(queue, ids));

  const wake = () => {
    pendingWake = true;
    wakeUp?.();
  };
  const sleep = () =>
    new Promise<void>((resolve) => {
      if (pendingWake) return resolve();
      const timer = setTimeout(resolve, IDLE_POLL_MS);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      wakeUp = undefined;
      pendingWake = false;
    });

  const run = (job: PgBoss.Job<T>) => {
    running += 1;
    const done = handle(job.data)
      .catch((error: unknown) => {
        // Not retried by pg-boss: the sweeper finds the conversation's events unfinished and enqueues it again.
        log.warn({ err: error }, 'conversation job failed');
      })
      .finally(() => {
        // The slot is free once the run ends: its completion rides with others in flight.
        running -= 1;
        wake();
      })
      .then(() => complete(job.id))
      .catch((error: unknown) => log.warn({ err: error }, 'could not complete a conversation job'))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const loop = async () => {
    while (!stopped) {
      const free = slots - running;
      let fetched: PgBoss.Job<T>[] = [];
      if (free > 0) {
        pendingWake = false;
        try {
          fetched = await boss.fetch<T>(queue, { batchSize: free });
        } catch (error) {
          log.warn({ err: error }, 'could not fetch conversation jobs');
        }
      }
      for (const job of fetched) run(job);
      // A full fetch may have left more waiting: ask again at once while slots are free.
      if (fetched.length === 0 || fetched.length < free || running >= slots) await sleep();
    }
  };
  const looping = loop();

  return {
    wake,
    async stop(timeoutMs) {
      stopped = true;
      wake();
      await looping;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]);
    },
  };
}
