import { Router } from 'express';
import type { AppDeps } from '../app-deps.ts';
import { cookieNames } from '../auth/cookies.ts';
import { DOCS_CSS, docsPage } from './docs-page.ts';
import { openApiDocument } from './openapi-document.ts';

/** `/api/openapi.json` and its readable page `/api/docs`: public, like the contracts they describe. */
export function openApiRouter(deps: Pick<AppDeps, 'config'>): Router {
  const router = Router();
  const document = () => openApiDocument(cookieNames(deps.config.publicUrl).session);
  let page: string | undefined;
  router.get('/api/openapi.json', (_req, res) => {
    res.json(document());
  });
  router.get('/api/docs', (_req, res) => {
    page ??= docsPage(document());
    res.type('html').send(page);
  });
  router.get('/api/docs.css', (_req, res) => {
    res.type('css').set('cache-control', 'public, max-age=300').send(DOCS_CSS);
  });
  return router;
}
