import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control } from './sim-client.ts';

describe('pages: home, developer console, CRM web stand-in', () => {
  let sim: RunningZohoSim;
  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
  });
  afterAll(() => sim.stop());

  it('the home page lists DCs, orgs, users and clients, with no scripts and a strict CSP', async () => {
    const res = await fetch(`${sim.baseUrl}/`);
    const html = await res.text();
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(html).not.toContain('<script');
    expect(html).toContain('<html lang="en">');
    for (const text of [
      'Acme Corp',
      'Globex GmbH',
      'multi@consult.example',
      sim.dcs.sa.accounts,
      'CX Connector (demo)',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('the console creates a client and shows its secret once', async () => {
    const page = await (await fetch(`${sim.baseUrl}/console`)).text();
    expect(page).toMatch(/<label for="redirect_uris"\s*>Authorized redirect URIs/);
    const form = new URLSearchParams({
      type: 'server',
      name: 'My app',
      dc: 'eu',
      redirect_uris: 'https://a.example/cb\nhttps://b.example/cb',
      multi_dc: 'on',
    });
    const res = await fetch(`${sim.baseUrl}/console/clients`, { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const created = await res.text();
    const id = /1000\.[A-Z0-9]{30}/.exec(created)?.[0] ?? '';
    expect(created).toMatch(/[0-9a-f]{42}/);
    const clients = (await control(sim, 'GET', '/clients')).body.clients as Record<string, unknown>[];
    expect(clients).toContainEqual({
      client_id: id,
      name: 'My app',
      dc: 'eu',
      type: 'server',
      redirect_uris: ['https://a.example/cb', 'https://b.example/cb'],
      multi_dc: true,
    });
    const console = await (await fetch(`${sim.baseUrl}/console`)).text();
    expect(console).toContain(id);
    expect(console).not.toMatch(/[0-9a-f]{42}/);
  });

  it('the console re-renders invalid input with errors tied to the fields', async () => {
    const res = await fetch(`${sim.baseUrl}/console/clients`, {
      method: 'POST',
      body: new URLSearchParams({ type: 'server', name: '', dc: 'us', redirect_uris: 'ftp://x' }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('aria-describedby="name-error"');
    expect(html).toContain('id="redirect_uris-error"');
  });

  it('web links land on a page naming the target', async () => {
    const res = await fetch(`${sim.dcs.eu.web}/crm/org700200200/tab/Leads/123`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/eu/web/crm/org700200200/tab/Leads/123');
  });
});
