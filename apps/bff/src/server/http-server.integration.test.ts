import { expect, it } from 'vitest';
import { listen } from './http-server.ts';

it('finishes in-flight requests on close, then refuses new connections', async () => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let arrived: () => void = () => undefined;
  const hasArrived = new Promise<void>((resolve) => (arrived = resolve));
  const server = await listen(
    (_req, res) => {
      arrived();
      void held.then(() => res.end('finished'));
    },
    0,
    '127.0.0.1',
  );
  const url = `http://127.0.0.1:${server.port}/`;
  const inFlight = fetch(url).then((response) => response.text());
  await hasArrived;
  const closed = server.close(10_000);
  release();
  expect(await inFlight).toBe('finished');
  await closed;
  await expect(fetch(url)).rejects.toThrow();
});
