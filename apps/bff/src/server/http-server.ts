import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  port: number;
  /** Stops accepting, lets in-flight requests finish, and cuts whatever is still open after `graceMs`. */
  close(graceMs: number): Promise<void>;
}

export function listen(handler: RequestListener, port: number, host: string): Promise<RunningServer> {
  const server = createServer(handler);
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  // Keep-alive sockets would otherwise hold shutdown open until their idle timeout: once closing, each
  // response tells the client to drop the connection, and sockets that fall idle are closed at once.
  server.on('request', (_req, res: ServerResponse) => {
    if (closing) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.on('finish', () => {
      inFlight.delete(res);
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: (graceMs) =>
          new Promise<void>((done) => {
            closing = true;
            for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
            const force = setTimeout(() => server.closeAllConnections(), graceMs);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
          }),
      });
    });
  });
}
