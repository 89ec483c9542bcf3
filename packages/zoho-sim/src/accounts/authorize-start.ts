import type { Router } from 'express';
import type { Dc } from '../core/dcs.ts';
import { sendErrorPage } from '../pages/error-page.ts';
import { sendPage } from '../pages/layout.ts';
import { signInPage } from '../pages/sign-in-page.ts';
import { clientAt } from '../store/clients.ts';
import { activeOrgsOf, findUserByEmail } from '../store/directory.ts';
import { type AccountsDeps, accountsPath } from './accounts-deps.ts';
import { checkAuthRequest } from './authorize-request.ts';
import { formField, queryParams } from './query.ts';

const EXPIRED = 'This sign-in request has expired or is unknown. Start again from the application.';

/** `GET /oauth/v2/auth` and the sign-in form it shows; any DC's accounts server can start the flow. */
export function registerAuthorizeStart(router: Router, deps: AccountsDeps, dc: Dc): void {
  const action = accountsPath(dc, '/oauth/v2/auth/signin');
  const clientName = (clientId: string) => deps.store.state.clients.get(clientId)?.name ?? 'the application';

  router.get('/oauth/v2/auth', (req, res) => {
    const check = checkAuthRequest(deps.store, dc, queryParams(req));
    if (!check.ok) return sendErrorPage(res, 400, check.title, check.message);
    const tx = deps.pending.create(check.request);
    const view = {
      action,
      tx: tx.id,
      clientName: clientName(check.request.clientId),
      demoUsers: deps.store.state.users,
    };
    sendPage(res, 200, 'Sign in', signInPage(view));
  });

  router.post('/oauth/v2/auth/signin', (req, res) => {
    const tx = deps.pending.get(formField(req, 'tx'));
    if (!tx) return sendErrorPage(res, 400, 'Request expired', EXPIRED);
    const email = formField(req, 'email') ?? '';
    const user = findUserByEmail(deps.store, email);
    if (!user || user.password !== formField(req, 'password')) {
      const view = {
        action,
        tx: tx.id,
        email,
        clientName: clientName(tx.request.clientId),
        error: 'Incorrect email address or password.',
        demoUsers: deps.store.state.users,
      };
      return sendPage(res, 401, 'Sign in', signInPage(view));
    }
    // The user's account lives in one DC; the client must exist there (home DC or Multi-DC enabled).
    if (!clientAt(deps.store, tx.request.clientId, user.dc)) {
      deps.pending.delete(tx.id);
      return sendErrorPage(
        res,
        400,
        'Application not available in your data center',
        `Your Zoho account is in the ${user.dc.toUpperCase()} data center, and this application has not enabled Multi-DC support for it.`,
      );
    }
    const orgs = activeOrgsOf(deps.store, user);
    if (orgs.length === 0) {
      deps.pending.delete(tx.id);
      return sendErrorPage(
        res,
        403,
        'No Zoho CRM organization',
        'Your account is not an active member of any organization.',
      );
    }
    tx.userId = user.id;
    if (orgs.length === 1 && orgs[0]) tx.orgId = orgs[0].id;
    // Zoho moves the browser to the user's own DC before choosing an org and consenting.
    const next = tx.orgId === undefined ? '/oauth/v2/auth/org' : '/oauth/v2/auth/consent';
    res.redirect(303, `${accountsPath(user.dc, next)}?tx=${encodeURIComponent(tx.id)}`);
  });
}
