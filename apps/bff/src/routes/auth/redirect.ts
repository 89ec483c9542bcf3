import type { Response } from 'express';

/**
 * Redirects with an empty body. Express's res.redirect writes the URL into the body, and our sign-out
 * URL carries the ID token as `id_token_hint`: it must not appear in any response body.
 */
export function redirect(res: Response, status: 302 | 303, url: string): void {
  res.status(status).location(url).end();
}
