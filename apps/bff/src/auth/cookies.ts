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

/** httpOnly: scripts never see the session; SameSite=Lax: sent on top-level navigations (the IdP redirect back), not on cross-site posts. */
export function cookieOptions(publicUrl: string, path: string, maxAgeSeconds: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: publicUrl.startsWith('https:'),
    path,
    maxAge: maxAgeSeconds * 1000,
  };
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[name] : undefined;
}

export function clearCookie(res: Response, publicUrl: string, name: string, path: string): void {
  const { maxAge: _unused, ...options } = cookieOptions(publicUrl, path, 0);
  res.clearCookie(name, options);
}
