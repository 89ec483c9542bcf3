import { parseCookie } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

export interface CookieNames {
  session: string;
  login: string;
}

/** Over https the `__Host-`/`__Secure-` prefixes make browsers refuse these cookies from insecure or other origins. */
export function cookieNames(publicUrl: string): CookieNames {
  const secure = publicUrl.startsWith('https:');
  return {
    session: secure ? '__Host-cxc_session' : 'cxc_session',
    login: secure ? '__Secure-cxc_login' : 'cxc_login',
  };
}

export type SameSite = 'lax' | 'strict' | 'none';

/**
 * httpOnly: scripts never see the session. SameSite=Lax (the default) sends it on top-level navigations
 * (the IdP redirect back) but not on cross-site posts. `none` (SESSION_COOKIE_SAMESITE, for an agent panel
 * framed by another site) sends it on every cross-site request too; config refuses it without https, and
 * CSRF rests on the Origin check plus the per-session token (middleware/csrf.ts), not on SameSite.
 */
export function cookieOptions(
  publicUrl: string,
  path: string,
  maxAgeSeconds: number,
  sameSite: SameSite = 'lax',
): CookieOptions {
  return {
    httpOnly: true,
    sameSite,
    secure: publicUrl.startsWith('https:'),
    path,
    maxAge: maxAgeSeconds * 1000,
  };
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[name] : undefined;
}

/** Same attributes as when set: browsers refuse a Lax Set-Cookie in a cross-site (framed) response. */
export function clearCookie(
  res: Response,
  publicUrl: string,
  name: string,
  path: string,
  sameSite: SameSite = 'lax',
): void {
  const { maxAge: _unused, ...options } = cookieOptions(publicUrl, path, 0, sameSite);
  res.clearCookie(name, options);
}
