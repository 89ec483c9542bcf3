import type { IncomingMessage, RequestListener, Server } from 'node:http';
import type { Socket } from 'node:net';
import { redactUrl } from '../control/request-log-middleware.ts';
import type { RequestLog } from '../control/request-log.ts';
import { DCS, type Dc } from '../core/dcs.ts';
import type { SimClock } from '../core/types.ts';
import type { FaultController } from './fault-controller.ts';

export interface DownGate {
  /** Put in front of the app: answers nothing but `/__sim/*` while the simulator is down. */
  wrap(app: RequestListener): RequestListener;
  /** Tracks the server's sockets, so an outage can cut the open ones. */
  attach(server: Server): void;
}

const CONTROL_PATH = /^\/__sim(?:[/?]|$)/;
const LOGGED_HOST = new RegExp(`^/(${DCS.join('|')})/(accounts|api)(?:[/?]|$)`);

/**
 * `down_for_ms`: the simulator is unreachable but keeps its state. The gate reads each request head
 * before deciding, so the control API stays on the same port (tests lift the outage early, read the log,
 * count records while it lasts); any other request gets a TCP reset, which clients see as ECONNRESET, as
 * from a host that went away. When the outage starts, every open socket whose last request was not a
 * control call is reset too: idle keep-alive sockets and in-flight calls alike.
 */
export function createDownGate(faults: FaultController, log: RequestLog, clock: SimClock): DownGate {
  // Per open socket: was its latest request a control call? undefined until its first request.
  const sockets = new Map<Socket, boolean | undefined>();
  faults.onDown(() => {
    for (const [socket, control] of sockets) if (control === false) socket.resetAndDestroy();
  });
  const logRefused = (req: IncomingMessage) => {
    const url = req.url ?? '/';
    const match = LOGGED_HOST.exec(url);
    if (!match) return;
    // Logged like an injected reset (status 0), so tests can count what an outage cost the client.
    log.record({
      at: new Date(clock.now()).toISOString(),
      method: req.method ?? 'GET',
      path: redactUrl(url),
      status: 0,
      credits: 0,
      dc: match[1] as Dc,
      host: match[2] as 'accounts' | 'api',
    });
  };
  return {
    wrap: (app) => (req, res) => {
      const control = CONTROL_PATH.test(req.url ?? '');
      sockets.set(req.socket, control);
      if (control || !faults.isDown()) {
        app(req, res);
        return;
      }
      logRefused(req);
      req.socket.resetAndDestroy();
    },
    attach(server) {
      server.on('connection', (socket: Socket) => {
        sockets.set(socket, undefined);
        socket.once('close', () => sockets.delete(socket));
      });
    },
  };
}
