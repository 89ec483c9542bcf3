import type { Request, Response, Router } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { AuthContext } from '../core/types.ts';
import { resolve } from '../store/identity-api.ts';
import type { AccountsDeps } from './accounts-deps.ts';

/** Accounts endpoints take the token as Bearer (OIDC) or Zoho-oauthtoken, from the user's own DC. */
function caller(deps: AccountsDeps, dc: Dc, req: Request): AuthContext | undefined {
  const token = /^(?:Bearer|Zoho-oauthtoken) +(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const auth = token === undefined ? undefined : resolve(deps.store, token);
  const record = token === undefined ? undefined : deps.store.state.accessTokens.get(token);
  return auth && record?.dc === dc ? auth : undefined;
}

const hasAny = (auth: AuthContext, scopes: string[]) => auth.scopes.some((scope) => scopes.includes(scope));
const PROFILE = ['AaaServer.profile.READ', 'AaaServer.profile.ALL'];

function deny(res: Response, status: number, error: string): void {
  res.status(status).json({ error });
}

export function registerUserinfo(router: Router, deps: AccountsDeps, dc: Dc): void {
  // OIDC userinfo: claims by granted scope (`profile` for names, `email` for the address).
  router.get('/oauth/v2/userinfo', (req, res) => {
    const auth = caller(deps, dc, req);
    if (!auth) return deny(res, 401, 'invalid_token');
    if (!hasAny(auth, ['openid', 'email', 'profile', ...PROFILE]))
      return deny(res, 403, 'insufficient_scope');
    const { user } = auth;
    const all = hasAny(auth, PROFILE);
    res.json({
      sub: user.id,
      ...(all || auth.scopes.includes('profile')
        ? { name: `${user.firstName} ${user.lastName}`, first_name: user.firstName, last_name: user.lastName }
        : {}),
      ...(all || auth.scopes.includes('email') ? { email: user.email, email_verified: true } : {}),
    });
  });

  // Legacy profile endpoint many Zoho integrations call with AaaServer.profile.READ.
  router.get('/oauth/user/info', (req, res) => {
    const auth = caller(deps, dc, req);
    if (!auth) return deny(res, 401, 'invalid_token');
    if (!hasAny(auth, PROFILE)) return deny(res, 401, 'INVALID_OAUTHSCOPE');
    const { user } = auth;
    res.json({
      First_Name: user.firstName,
      Email: user.email,
      Last_Name: user.lastName,
      Display_Name: `${user.firstName}${user.lastName}`,
      ZUID: Number(user.id.slice(-9)),
    });
  });
}
