import { timingSafeEqual } from 'node:crypto';
import { CSRF_HEADER } from '@cxc/shared/api/errors';
import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors/app-error.ts';
import { getSession } from './request-context.ts';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function givenToken(req: Request, allowFormField: boolean): string | undefined {
  const header = req.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  const field = allowFormField ? (req.body as { _csrf?: unknown } | undefined)?._csrf : undefined;
  return typeof field === 'string' ? field : undefined;
}

/**
 * Two independent checks on every mutating request: the browser-set Origin must be ours (browsers send it
 * on every POST), and the per-session token from /api/me must come back. `_csrf` as a form field is only
 * allowed where a plain HTML form posts (sign-out).
 */
export function verifyCsrf(publicUrl: string, options: { allowFormField?: boolean } = {}): RequestHandler {
  const origin = new URL(publicUrl).origin;
  return (req, _res, next) => {
    if (req.headers.origin !== origin)
      throw new AppError('CSRF_REJECTED', 'Request refused: it did not come from the console.');
    const session = getSession(req);
    if (session) {
      const token = givenToken(req, options.allowFormField ?? false);
      if (!token || !sameToken(token, session.csrfToken)) {
        throw new AppError(
          'CSRF_REJECTED',
          'Request refused: the security token is missing or out of date. Reload the page and try again.',
        );
      }
    }
    next();
  };
}
