import { createServer, type Server, type Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * pass: forwards both ways. refuse: the port is closed (ECONNREFUSED), open connections are reset.
 * blackhole: a partition: connections are accepted and open ones stay open, but no byte is forwarded.
 */
export type ProxyMode = 'pass' | 'refuse' | 'blackhole';

export interface DbProxy {
  /** The database URL with host and port replaced by the proxy's. */
  url: string;
  setMode(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy between a pool and PostgreSQL that the test controls. Leaving a blackhole resets every
 * connection it held: bytes dropped there leave a protocol stream nobody can resume.
 */
export async function startDbProxy(databaseUrl: string): Promise<DbProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let mode: ProxyMode = 'pass';
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode !== 'pass') return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    track(upstream);
    // Forward only while passing: in a blackhole both directions fall silent, sockets stay open.
    client.on('data', (chunk) => mode === 'pass' && upstream.write(chunk));
    upstream.on('data', (chunk) => mode === 'pass' && client.write(chunk));
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const resetAll = () => {
    for (const socket of sockets) socket.resetAndDestroy();
  };
  const listening = () => server.listening;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.href,
    async setMode(next) {
      const previous = mode;
      if (next === previous) return;
      mode = next;
      if (previous === 'blackhole' || next === 'refuse') resetAll();
      if (next === 'refuse' && listening())
        await new Promise<void>((resolve) => server.close(() => resolve()));
      if (next !== 'refuse' && !listening())
        await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      resetAll();
      if (listening()) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
