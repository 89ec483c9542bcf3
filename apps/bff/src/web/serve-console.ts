import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';
import { htmlPage } from '../errors/html-page.ts';
import { serveAsset } from './serve-asset.ts';

const NOT_SPA = /^\/(api|auth)(\/|$)/;

/**
 * Serves the built console (apps/web/dist) with SPA fallback: any other GET gets index.html so client-side
 * routes survive a reload. Checked per request, so building the console needs no BFF restart.
 */
export function serveConsole(distDir: string): Router {
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  // Vite fingerprints everything under assets/: precompressed, immutable, and a 404 when missing.
  router.use('/assets', serveAsset(join(distDir, 'assets')));
  router.use(
    express.static(distDir, {
      index: false,
      // index.html and the few unhashed files (favicon) may change under the same name: revalidate.
      setHeaders: (res) => {
        res.setHeader('cache-control', 'no-cache');
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_SPA.test(req.path)) {
      next();
      return;
    }
    if (existsSync(indexFile)) {
      res.sendFile(indexFile, { headers: { 'cache-control': 'no-cache' } });
      return;
    }
    const body = `<p>The console has not been built yet, so there is nothing to show here.</p>
<p>Build it with <code>pnpm --filter @cxc/web build</code> (or run <code>pnpm start</code> from the repository root, which builds it first), then reload this page.</p>
<p>The API is running: <a href="/healthz">/healthz</a>.</p>`;
    res.status(503).type('html').send(htmlPage('Console not built', body));
  });
  return router;
}
