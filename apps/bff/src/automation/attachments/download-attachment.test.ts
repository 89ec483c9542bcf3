import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../net/private-address.ts';
import { downloadAttachment } from './download-attachment.ts';

describe('downloadAttachment refuses before connecting', () => {
  const opts = { maxBytes: 10, allowPrivateHosts: false, retryDelaysMs: [] };
  it.each([
    ['ftp://files.example/a.pdf', 'bad_url'],
    ['http://[::1]:8080/a.pdf', 'private_host'],
    ['http://169.254.169.254/latest/meta-data', 'private_host'],
    ['http://10.0.0.5/a.pdf', 'private_host'],
    ['http://[::127.0.0.1]/', 'private_host'],
    ['http://[::ffff:127.0.0.1]/', 'private_host'],
    ['http://[::ffff:7f00:1]/', 'private_host'],
    ['http://[64:ff9b::a9fe:a9fe]/', 'private_host'],
    ['http://[2002:a9fe:a9fe::1]/', 'private_host'],
    ['http://0x7f.1/', 'private_host'],
    ['http://2130706433/', 'private_host'],
    ['http://0177.0.0.1/', 'private_host'],
  ])('%s → %s', async (url, code) => {
    expect(await downloadAttachment(url, opts)).toMatchObject({ ok: false, code });
  });
});

describe('downloadAttachment re-checks every redirect hop', () => {
  // The file server stands in for a public host: it listens on 127.0.0.2, the one address this test's
  // guard lets through. Nothing listens on 127.0.0.1:port, so a hop the guard missed fails as
  // `unreachable`, never as `private_host`.
  const trusted = '127.0.0.2';
  const opts = {
    maxBytes: 100,
    allowPrivateHosts: false,
    retryDelaysMs: [],
    isPrivate: (address: string) => address !== trusted && isPrivateAddress(address),
  };
  let server: Server;
  let base: string;
  let port: number;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const to = url.searchParams.get('to');
      if (url.pathname === '/redirect' && to) res.writeHead(302, { location: to }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('public file');
    });
    await new Promise<void>((resolve) => server.listen(0, trusted, resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://${trusted}:${port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const via = (target: string) => `${base}/redirect?to=${encodeURIComponent(target)}`;

  it('follows a redirect to an allowed host', async () => {
    expect(await downloadAttachment(via(`${base}/file`), opts)).toMatchObject({ ok: true });
  });

  it.each([
    (p: number) => `http://127.0.0.1:${p}/file`,
    (p: number) => `http://[::1]:${p}/file`,
    (p: number) => `http://[::ffff:127.0.0.1]:${p}/file`,
    (p: number) => `http://[::127.0.0.1]:${p}/file`,
    (p: number) => `http://0x7f.1:${p}/file`,
    () => 'http://169.254.169.254/latest/meta-data',
    // A host name: refused only after DNS resolution, by the guarded lookup of that hop's connection.
    (p: number) => `http://localhost:${p}/file`,
    (p: number) => `//localhost:${p}/file`,
  ])('refuses a redirect that lands on a private address (%#)', async (target) => {
    expect(await downloadAttachment(via(target(port)), opts)).toMatchObject({
      ok: false,
      code: 'private_host',
    });
  });

  it('refuses a private address reached after several allowed hops', async () => {
    const chain = via(via(`http://localhost:${port}/file`));
    expect(await downloadAttachment(chain, opts)).toMatchObject({ ok: false, code: 'private_host' });
  });
});
