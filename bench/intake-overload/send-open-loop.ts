export interface Tally {
  sent: number;
  accepted: number;
  shed503: number;
  shed429: number;
  errors5xxOther: number;
  /** 4xx other than 429 (a bench bug: every event is valid and signed). */
  otherStatus: number;
  /** No answer: connection failed or the per-request timeout passed. */
  noAnswer: number;
  /** A 503 or 429 without a usable Retry-After: the sender would not know when to come back. */
  shedWithoutRetryAfter: number;
  latenciesMs: number[];
}

export interface OpenLoop {
  ratePerSecond: number;
  total: number;
  /** Every request is aborted after this; it then counts as `noAnswer`. */
  requestTimeoutMs: number;
}

/**
 * Open loop, like a platform pushing events: requests start on schedule whether or not earlier ones have
 * been answered, so a slow server meets a growing queue instead of a politely waiting client.
 */
export async function sendOpenLoop(
  send: (n: number, signal: AbortSignal) => Promise<Response>,
  loop: OpenLoop,
) {
  const tally: Tally = {
    sent: 0,
    accepted: 0,
    shed503: 0,
    shed429: 0,
    errors5xxOther: 0,
    otherStatus: 0,
    noAnswer: 0,
    shedWithoutRetryAfter: 0,
    latenciesMs: [],
  };
  const one = async (n: number) => {
    const started = performance.now();
    try {
      const response = await send(n, AbortSignal.timeout(loop.requestTimeoutMs));
      await response.arrayBuffer();
      tally.latenciesMs.push(performance.now() - started);
      const status = response.status;
      if (status === 202) tally.accepted += 1;
      else if (status === 503) tally.shed503 += 1;
      else if (status === 429) tally.shed429 += 1;
      else if (status >= 500) tally.errors5xxOther += 1;
      else tally.otherStatus += 1;
      const retryAfter = Number(response.headers.get('retry-after'));
      if ((status === 503 || status === 429) && !(retryAfter >= 1)) tally.shedWithoutRetryAfter += 1;
    } catch {
      tally.noAnswer += 1;
    }
  };
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let n = 0; n < loop.total; n += 1) {
    const due = started + (n * 1000) / loop.ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    tally.sent += 1;
    inFlight.push(one(n));
  }
  await Promise.all(inFlight);
  return { tally, seconds: (performance.now() - started) / 1000 };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}
