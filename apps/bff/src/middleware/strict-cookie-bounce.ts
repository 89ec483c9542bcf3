import type { RequestHandler } from 'express';
import { readCookie } from '../auth/cookies.ts';
import { escapeHtml, htmlPage } from '../errors/html-page.ts';
import type { SessionCookie } from './authenticate.ts';

/**
 * For a GET that needs the session but arrives as a navigation another site started (Zoho's redirect back
 * after consent). Under SESSION_COOKIE_SAMESITE=strict the browser withholds the session cookie there, so the
 * route would see no session. Such a request (no cookie, `Sec-Fetch-Site: cross-site`) gets a page that loads
 * the same URL again from our own origin, which browsers treat as same-site: the cookie then comes along.
 * Nothing is read or consumed on the first pass (the OAuth state stays usable), and the second pass is
 * same-origin, so it cannot bounce again. Lax and None send the cookie on that navigation: no bounce.
 */
export function strictCookieBounce(
  sameSite: 'lax' | 'strict' | 'none',
  cookie: SessionCookie,
): RequestHandler {
  return (req, res, next) => {
    const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
    if (sameSite !== 'strict' || !crossSite || readCookie(req, cookie.name) !== undefined) {
      next();
      return;
    }
    // Rebuilt from the matched path, never taken whole from the request line: always a path on this site.
    const search = new URL(req.originalUrl, 'http://local').search;
    const target = `${req.baseUrl}${req.path}${search}`;
    if (!target.startsWith('/') || target.startsWith('//')) {
      next();
      return;
    }
    // The popup must keep window.opener through the reload (see the callback's own COOP header).
    res.setHeader('Cross-Origin-Opener-Policy', 'unsafe-none');
    res.set('cache-control', 'no-store');
    const page = htmlPage('Continuing…', `<p><a href="${escapeHtml(target)}">Continue</a></p>`).replace(
      '</head>',
      `<meta http-equiv="refresh" content="0;url=${escapeHtml(target)}"></head>`,
    );
    res.type('html').send(page);
  };
}
