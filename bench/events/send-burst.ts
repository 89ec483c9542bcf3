import { SAMPLE_EVENTS } from '../../packages/shared/src/domain/sample-events.ts';

export interface Accepted {
  seconds: number;
  perSecond: number;
  rejected: number;
}

/** `total` chat.ended events of distinct visitors and conversations, `concurrency` requests in flight. */
export async function sendBurst(
  send: (event: unknown) => Promise<Response>,
  total: number,
  concurrency: number,
): Promise<Accepted> {
  const run = Date.now().toString(36);
  let next = 0;
  let rejected = 0;
  const started = performance.now();
  const lane = async () => {
    for (let n = next++; n < total; n = next++) {
      const event = {
        ...SAMPLE_EVENTS['chat.ended'],
        id: `bench-${run}-${n}`,
        visitor: {
          name: `Bench Visitor ${n}`,
          email: `bench.${run}.${n}@bench.example`,
          company: 'Bench Co',
        },
        // No attachments: the sample's file host does not resolve here, and a lookup that fails costs this
        // machine's resolver about a second; the engine's Zoho path is what is measured.
        conversation: {
          ...SAMPLE_EVENTS['chat.ended'].conversation,
          id: `bench-conv-${run}-${n}`,
          attachments: [],
        },
      };
      const response = await send(event);
      await response.arrayBuffer();
      if (response.status !== 202) rejected += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  return { seconds: round(seconds), perSecond: round(total / seconds), rejected };
}

export const round = (n: number) => Math.round(n * 100) / 100;
