import { round } from '../lib/numbers.ts';
import { newChatVisitor } from '../lib/bench-events.ts';

export interface Accepted {
  seconds: number;
  perSecond: number;
  rejected: number;
}

/** `total` chat.ended events (ids `bench-<run>-<n>`) of distinct visitors and conversations, `concurrency` requests in flight. */
export async function sendBurst(
  send: (event: unknown) => Promise<Response>,
  run: string,
  total: number,
  concurrency: number,
): Promise<Accepted> {
  let next = 0;
  let rejected = 0;
  const started = performance.now();
  const lane = async () => {
    for (let n = next++; n < total; n = next++) {
      const event = newChatVisitor(`bench-${run}-`, n);
      const response = await send(event);
      await response.arrayBuffer();
      if (response.status !== 202) rejected += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  return { seconds: round(seconds), perSecond: round(total / seconds), rejected };
}
