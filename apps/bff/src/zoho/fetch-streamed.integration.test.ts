import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchStreamed } from './fetch-streamed.ts';

/** Sends `chunks` pieces `everyMs` apart; `stallAfter` stops sending (socket kept open) after that many. */
function trickle(chunks: number, everyMs: number, stallAfter = Number.POSITIVE_INFINITY) {
  return (write: (piece: string) => void, end: () => void) => {
    let sent = 0;
    const timer = setInterval(() => {
      if (sent >= stallAfter) return;
      write(`piece ${sent};`);
      sent += 1;
      if (sent === chunks) {
        clearInterval(timer);
        end();
      }
    }, everyMs);
    return () => clearInterval(timer);
  };
}

let server: Server;
let base: string;
const stops: (() => void)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow-headers') {
      const t = setTimeout(() => res.end('late'), 5_000);
      stops.push(() => clearTimeout(t));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.flushHeaders();
    // 60 pieces 50 ms apart: 3 s in all, twice the 1.5 s allowed between bytes (a margin of 30 for a busy machine).
    const plan = req.url === '/stall' ? trickle(60, 50, 2) : trickle(60, 50);
    stops.push(
      plan(
        (piece) => res.write(piece),
        () => res.end(),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const stop of stops) stop();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchStreamed', () => {
  it('reads a body that takes longer in all than the timeout while bytes keep coming', async () => {
    const response = await fetchStreamed(`${base}/healthy`, {}, 1_500);
    const text = await response.text();
    expect(text.split(';').filter(Boolean)).toHaveLength(60);
  });

  it('aborts a body that stops sending, as a timeout', async () => {
    const response = await fetchStreamed(`${base}/stall`, {}, 1_500);
    await expect(response.text()).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('aborts when the headers do not come in time', async () => {
    await expect(fetchStreamed(`${base}/slow-headers`, {}, 1_000)).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });
});
