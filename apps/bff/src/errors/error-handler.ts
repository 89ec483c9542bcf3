import type { ApiError } from '@cxc/shared/api/errors';
import type { ErrorRequestHandler } from 'express';
import { escapeHtml, htmlPage } from './html-page.ts';
import { toAppError } from './to-app-error.ts';

const PAGE_TITLES: Partial<Record<string, string>> = {
  UNAUTHENTICATED: 'Sign-in failed',
  FORBIDDEN: 'Access refused',
  CSRF_REJECTED: 'Request refused',
  RATE_LIMITED: 'Too many attempts',
  SERVICE_UNAVAILABLE: 'Briefly unavailable',
};

/**
 * The one error handler: every error becomes the shared envelope. Browser navigations to /auth/* get the
 * same information as a readable page. Unknown errors are logged in full and answered with only the
 * correlation id (the request id).
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const appError = toAppError(error);
  const correlationId = typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : 'unknown';
  if (appError.code === 'INTERNAL') req.log.error({ err: error }, 'unhandled error');
  else if (appError.code === 'SERVICE_UNAVAILABLE') req.log.warn({ err: error }, 'service unavailable');
  else req.log.info({ code: appError.code }, 'request refused');
  res.status(appError.status);
  if (appError.retryAfterSeconds !== undefined) res.set('retry-after', String(appError.retryAfterSeconds));
  const wantsPage = req.originalUrl.startsWith('/auth/') && req.accepts(['json', 'html']) === 'html';
  if (wantsPage) {
    const title = PAGE_TITLES[appError.code] ?? 'Something went wrong';
    // prompt=login makes the IdP ask for credentials again, so a refused account is not re-used silently.
    const body = `<p>${escapeHtml(appError.message)}</p>
<p><a href="/auth/login?prompt=login">Sign in with a different account</a></p>
<p><a href="/">Back to the console</a></p>
<p><small>Reference: ${escapeHtml(correlationId)}</small></p>`;
    res.type('html').send(htmlPage(title, body));
    return;
  }
  const envelope: ApiError = {
    error: { code: appError.code, message: appError.message, issues: appError.issues, correlationId },
  };
  res.json(envelope);
};
