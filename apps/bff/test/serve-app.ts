import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppDeps } from '../src/app-deps.ts';
import { createApp } from '../src/app.ts';

export interface ServedApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** A second createApp on loopback port 0 over a stack's deps, e.g. with other config; close() when done. */
export async function serveApp(deps: AppDeps): Promise<ServedApp> {
  const server = createServer(createApp(deps));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
