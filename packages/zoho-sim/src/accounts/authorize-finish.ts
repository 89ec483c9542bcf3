import type { Request, Response, Router } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { SimUser } from '../core/types.ts';
import { chooseOrgPage } from '../pages/choose-org-page.ts';
import { consentPage } from '../pages/consent-page.ts';
import { sendErrorPage } from '../pages/error-page.ts';
import { sendPage } from '../pages/layout.ts';
import { activeOrgsOf, findOrg, findUser } from '../store/directory.ts';
import { type AccountsDeps, accountsPath } from './accounts-deps.ts';
import { grantRedirect } from './grant-redirect.ts';
import type { PendingAuth } from './pending-auth.ts';
import { formField, queryParams } from './query.ts';
import { describeScope } from './scopes.ts';

type Step = { tx: PendingAuth; user: SimUser };

/** Org choice and consent, served by the signed-in user's own DC. */
export function registerAuthorizeFinish(router: Router, deps: AccountsDeps, dc: Dc): void {
  const step = (req: Request, res: Response, txId: string | undefined): Step | undefined => {
    const tx = deps.pending.get(txId);
    const user = tx?.userId === undefined ? undefined : findUser(deps.store, tx.userId);
    if (!tx || !user) {
      sendErrorPage(
        res,
        400,
        'Request expired',
        'This sign-in request has expired. Start again from the application.',
      );
      return undefined;
    }
    if (user.dc !== dc) {
      res.redirect(303, `${accountsPath(user.dc, req.path)}?tx=${encodeURIComponent(tx.id)}`);
      return undefined;
    }
    return { tx, user };
  };
  const orgAction = accountsPath(dc, '/oauth/v2/auth/org');
  const consentAction = accountsPath(dc, '/oauth/v2/auth/consent');

  router.get('/oauth/v2/auth/org', (req, res) => {
    const current = step(req, res, queryParams(req).tx);
    if (!current) return;
    const view = {
      action: orgAction,
      tx: current.tx.id,
      email: current.user.email,
      orgs: activeOrgsOf(deps.store, current.user),
    };
    sendPage(res, 200, 'Choose an organization', chooseOrgPage(view));
  });

  router.post('/oauth/v2/auth/org', (req, res) => {
    const current = step(req, res, formField(req, 'tx'));
    if (!current) return;
    const orgId = formField(req, 'org_id');
    if (!activeOrgsOf(deps.store, current.user).some((org) => org.id === orgId)) {
      return sendErrorPage(res, 400, 'Choose an organization', 'Pick one of your organizations.');
    }
    current.tx.orgId = orgId;
    res.redirect(303, `${consentAction}?tx=${encodeURIComponent(current.tx.id)}`);
  });

  router.get('/oauth/v2/auth/consent', (req, res) => {
    const current = step(req, res, queryParams(req).tx);
    const org = current?.tx.orgId === undefined ? undefined : findOrg(deps.store, current.tx.orgId);
    if (!current) return;
    if (!org) return res.redirect(303, `${orgAction}?tx=${encodeURIComponent(current.tx.id)}`);
    sendPage(
      res,
      200,
      'Allow access',
      consentPage({
        action: consentAction,
        tx: current.tx.id,
        clientName: deps.store.state.clients.get(current.tx.request.clientId)?.name ?? 'The application',
        email: current.user.email,
        orgName: org.name,
        scopes: current.tx.request.scopes.map((scope) => ({ scope, description: describeScope(scope) })),
      }),
    );
  });

  router.post('/oauth/v2/auth/consent', (req, res) => {
    const current = step(req, res, formField(req, 'tx'));
    if (!current || current.tx.orgId === undefined) return;
    deps.pending.delete(current.tx.id);
    const accepted = formField(req, 'decision') === 'accept';
    res.redirect(302, grantRedirect(deps, current.tx, current.user, accepted));
  });
}
