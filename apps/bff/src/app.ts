import { sampleFilesRouter } from './routes/samples/sample-files.ts';
import express, { type Express } from 'express';
import type { AppDeps } from './app-deps.ts';
import { errorHandler } from './errors/error-handler.ts';
import { notFound } from './errors/not-found.ts';
import { cleanJsonBody, cleanQueryParser } from './middleware/clean-input.ts';
import { requestLogger } from './middleware/request-logger.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { createMetrics } from './ops/metrics.ts';
import { openApiRouter } from './openapi/openapi-router.ts';
import { opsRoutes } from './ops/ops-routes.ts';
import { exportActivityCsvRouter } from './routes/activity/export-activity-csv.ts';
import { agentPanelEmbedHeaders } from './routes/agent-panel/embed-headers.ts';
import { apiRouter } from './routes/api-router.ts';
import { authRouter } from './routes/auth/auth-router.ts';
import { zohoOauthRouter } from './routes/zoho-connection/oauth-callback-router.ts';
import { eventIntakeRouter } from './routes/events/post-event.ts';
import { platformCustomersRouter } from './routes/customer-data/platform-customers-router.ts';
import { zohoNotificationsRouter } from './routes/customer-data/zoho-notifications.ts';
import { serveConsole } from './web/serve-console.ts';

/** The IdP origins the browser is sent to by form posts (sign-out), for the CSP's form-action. */
function idpOrigins(deps: AppDeps): string[] {
  const metadata = deps.oidc.serverMetadata();
  const urls = [metadata.issuer, metadata.end_session_endpoint].filter((url): url is string => Boolean(url));
  return [...new Set(urls.map((url) => new URL(url).origin))];
}

/** The whole HTTP surface, without listening: main.ts and the tests each put it on a server. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.set('trust proxy', deps.config.trustProxy);
  app.set('x-powered-by', false);
  // Every query string of every route is cleaned of text PostgreSQL cannot store (text/clean-text.ts).
  app.set('query parser', cleanQueryParser);
  const metrics = createMetrics(deps.pool);
  app.use(requestLogger(deps.logger));
  app.use(metrics.middleware);
  app.use(securityHeaders(deps.config.publicUrl, idpOrigins(deps)));
  app.use(agentPanelEmbedHeaders(deps.config.agentPanel.frameAncestors));
  app.use(opsRoutes(deps.pool, metrics, deps.config.metrics));
  app.use(sampleFilesRouter());
  app.use(openApiRouter(deps));
  app.use('/auth', authRouter(deps));
  // Signed by the platform, not a session: reads its own raw body, so it comes before the JSON parser.
  app.use(eventIntakeRouter(deps));
  // An API key, not a session: the platform reads its customer list.
  app.use(platformCustomersRouter(deps));
  // Zoho's Notification API calls back with the channel's token, not a session.
  app.use(zohoNotificationsRouter(deps));
  app.use('/api', express.json({ limit: '100kb' }), cleanJsonBody, (_req, res, next) => {
    // Answers carry the CSRF token and tenant data: never cache them anywhere.
    res.set('cache-control', 'no-store');
    next();
  });
  // CSV, not JSON: outside the registry's res.json handler, and before `/activity/:id` could match it.
  app.use(exportActivityCsvRouter(deps));
  // Zoho's OAuth redirect is a browser navigation answered with a page, not a JSON route of the registry.
  app.use(zohoOauthRouter(deps));
  app.use(apiRouter(deps));
  app.use('/api', notFound);
  app.use(serveConsole(deps.config.webDistDir));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
