import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import Provider, { type JWK } from 'oidc-provider';
import type { ClaimNames } from '../auth/map-claims.ts';
import { strictCspDirectives } from '../middleware/security-headers.ts';
import { IDP_CSS, LOGOUT_JS } from './idp-assets.ts';
import { idpConfiguration, type IdpClient } from './idp-configuration.ts';
import { idpInteractions } from './idp-interactions.ts';

export interface DevIdpOptions {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  client: IdpClient;
  claims: ClaimNames;
  cookieKeys: string[];
  signingKey: JWK;
  /** oidc-provider reports its own failures as events; without a listener they would vanish. */
  onServerError?: (error: Error) => void;
}

export interface DevIdp {
  issuer: string;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * The development OIDC provider (oidc-provider) with the seeded users. The server listens first, so the
 * issuer URL carries the real port even when port 0 was asked for.
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const server = createServer();
  const port = await listen(server, options.port, options.host);
  const issuer = `http://${options.host}:${port}`;
  const provider = new Provider(
    issuer,
    idpConfiguration(options.client, options.claims, options.cookieKeys, options.signingKey),
  );
  provider.on('server_error', (_ctx, error) => options.onServerError?.(error));
  const app = express();
  app.set('x-powered-by', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        // Login and logout end at the console, so its forms may post (and be redirected) there.
        directives: strictCspDirectives([new URL(options.client.publicUrl).origin], "'none'"),
      },
      strictTransportSecurity: false,
    }),
  );
  app.get('/idp-assets/idp.css', (_req, res) => void res.type('css').send(IDP_CSS));
  app.get('/idp-assets/logout.js', (_req, res) => void res.type('js').send(LOGOUT_JS));
  app.use(idpInteractions(provider, options.client.publicUrl));
  app.use(provider.callback());
  server.on('request', app);
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
