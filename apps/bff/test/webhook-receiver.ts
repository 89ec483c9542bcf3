import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP receiver on loopback for outgoing webhooks. `answers` are the statuses it answers with, in
 * order ('hang' never answers, for timeouts); 200 once they run out. `onReceive` runs before it answers,
 * so a test can change the world while a delivery is in flight.
 */
export async function startWebhookReceiver() {
  const received: Received[] = [];
  const answers: (number | 'hang')[] = [];
  const hooks: { onReceive?: () => Promise<void> } = {};
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const answer = answers.shift() ?? 200;
      if (answer === 'hang') return;
      void (hooks.onReceive?.() ?? Promise.resolve()).finally(() => {
        res.statusCode = answer;
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cx-customers`;
  return {
    url,
    received,
    answers,
    hooks,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
