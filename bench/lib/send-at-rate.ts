export interface RateResult {
  sent: number;
  rejected: number;
  /** Why, by final HTTP status (or the fetch error's name). */
  rejectedBy: Record<string, number>;
  seconds: number;
}

/**
 * Open loop: event `n` goes out at start + n / rate whatever the earlier answers are doing (the platform
 * does not wait for us), `rate × seconds` events in all. Rejections (not 202) are counted.
 */
export async function sendAtRate(
  send: (event: unknown) => Promise<Response>,
  make: (n: number) => unknown,
  rate: number,
  seconds: number,
): Promise<RateResult> {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let rejected = 0;
  const rejectedBy: Record<string, number> = {};
  const reject = (why: string) => {
    rejected += 1;
    rejectedBy[why] = (rejectedBy[why] ?? 0) + 1;
  };
  for (let n = 0; n < total; n += 1) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(make(n)).then(
        async (response) => {
          await response.arrayBuffer();
          if (response.status !== 202) reject(String(response.status));
        },
        // fetch's TypeError says only "fetch failed": its cause names what failed (a timeout, a reset).
        (error: unknown) => reject(failureName(error)),
      ),
    );
  }
  await Promise.all(inFlight);
  return { sent: total, rejected, rejectedBy, seconds: (performance.now() - started) / 1000 };
}

function failureName(error: unknown): string {
  if (!(error instanceof Error)) return 'error';
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : error.name;
}
