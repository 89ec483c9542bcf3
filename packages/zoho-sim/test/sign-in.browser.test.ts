import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningZohoSim, startZohoSim } from '../src/index.ts';
import { control, token } from './sim-client.ts';

/** The client's side of the redirect: a page that just says it got the callback. */
async function callbackServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>callback</title><p>Callback received</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/callback` };
}

describe('sign-in pages in Chromium', () => {
  let sim: RunningZohoSim;
  let browser: Browser;
  let callback: { server: Server; url: string };

  beforeAll(async () => {
    sim = await startZohoSim({ port: 0 });
    callback = await callbackServer();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => callback?.server.close(resolve));
    await sim?.stop();
  });

  it('signs in a user of two orgs, chooses Globex, consents and lands on the redirect URI with a code', async () => {
    const client = (
      await control(sim, 'POST', '/clients', {
        dc: 'us',
        type: 'server',
        redirect_uris: [callback.url],
        multi_dc: true,
        name: 'Browser test app',
      })
    ).body as { client_id: string; client_secret: string };
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: callback.url,
      scope: 'ZohoCRM.modules.ALL,ZohoCRM.settings.READ',
      access_type: 'offline',
      prompt: 'consent',
      state: 'browser-state',
    });
    const page = await browser.newPage();
    await page.goto(`${sim.dcs.us.accounts}/oauth/v2/auth?${query.toString()}`);
    await expect(page.getByRole('heading', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Email address').fill('multi@consult.example');
    await page.getByLabel('Password').fill('zoho1234');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'Choose an organization' }).waitFor();
    await page.getByRole('radio', { name: /Globex GmbH/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: /Browser test app would like to access/ }).waitFor();
    expect(await page.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('ZohoCRM.modules.ALL'),
      expect.stringContaining('ZohoCRM.settings.READ'),
    ]);
    await page.getByRole('button', { name: 'Accept' }).click();

    await page.waitForURL((url) => url.href.startsWith(callback.url));
    const landed = new URL(page.url());
    expect(landed.searchParams.get('state')).toBe('browser-state');
    expect(landed.searchParams.get('location')).toBe('us');
    expect(landed.searchParams.get('accounts-server')).toBe(sim.dcs.us.accounts);
    await expect(page.getByText('Callback received').isVisible()).resolves.toBe(true);

    const exchanged = await token(sim, 'us', {
      grant_type: 'authorization_code',
      ...client,
      redirect_uri: callback.url,
      code: landed.searchParams.get('code') ?? '',
    });
    expect(exchanged.body).toMatchObject({
      api_domain: sim.dcs.eu.api,
      token_type: 'Bearer',
      expires_in: 3600,
    });
    expect(exchanged.body).toHaveProperty('refresh_token');
    await page.close();
  });
});
