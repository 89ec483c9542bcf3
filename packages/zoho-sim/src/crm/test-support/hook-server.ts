import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hook {
  url: string;
  received: Record<string, unknown>[];
  /** Resolves once `count` callbacks in total have arrived. */
  waitFor(count: number): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** A local notify_url receiver: records every JSON body POSTed to it. */
export async function startHook(): Promise<Hook> {
  const received: Record<string, unknown>[] = [];
  const waiters: { count: number; resolve: (r: Record<string, unknown>[]) => void }[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      received.push(JSON.parse(text) as Record<string, unknown>);
      res.end('ok');
      for (const w of waiters.filter((x) => received.length >= x.count)) w.resolve([...received]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/zoho-hook`,
    received,
    waitFor: (count) =>
      received.length >= count
        ? Promise.resolve([...received])
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
