import express, { Router, type ErrorRequestHandler } from 'express';
import type Provider from 'oidc-provider';
import { DEV_PASSWORD, findDevUserByEmail } from './dev-users.ts';
import { loginPage, messagePage } from './idp-pages.ts';

/** Auto-consent: the BFF is first-party, so whatever it asked for is granted without a consent screen. */
async function grantConsent(
  provider: Provider,
  details: Awaited<ReturnType<Provider['interactionDetails']>>,
): Promise<string> {
  const { prompt, params, session, grantId } = details;
  const grant = grantId
    ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session?.accountId, clientId: String(params.client_id) });
  if (!grant) throw new Error('grant of this interaction no longer exists');
  const missingScope = prompt.details.missingOIDCScope as string[] | undefined;
  const missingClaims = prompt.details.missingOIDCClaims as string[] | undefined;
  if (missingScope) grant.addOIDCScope(missingScope.join(' '));
  if (missingClaims) grant.addOIDCClaims(missingClaims);
  return grant.save();
}

/** The login form and consent step of the dev IdP, mounted before provider.callback(). */
export function idpInteractions(provider: Provider, publicUrl: string): Router {
  const router = Router();
  router.get('/interaction/:uid', async (req, res) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      res.type('html').send(loginPage(details.uid));
      return;
    }
    const consentGrantId = await grantConsent(provider, details);
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: consentGrantId } },
      { mergeWithLastSubmission: true },
    );
  });
  router.post(
    '/interaction/:uid/login',
    express.urlencoded({ extended: false, limit: '4kb' }),
    async (req, res) => {
      const details = await provider.interactionDetails(req, res);
      const form = (req.body ?? {}) as { email?: unknown; password?: unknown };
      const email = typeof form.email === 'string' ? form.email : '';
      const user = findDevUserByEmail(email);
      if (!user || form.password !== DEV_PASSWORD) {
        res
          .status(401)
          .type('html')
          .send(loginPage(details.uid, { email, error: 'Wrong email or password.' }));
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.id } },
        { mergeWithLastSubmission: false },
      );
    },
  );
  // An expired or unknown interaction (old tab, restarted IdP): explain, and offer a fresh start.
  const onError: ErrorRequestHandler = (_error, _req, res, _next) => {
    res
      .status(400)
      .type('html')
      .send(
        messagePage('Sign-in expired', 'This sign-in page has expired. Start again from the console.', {
          href: `${publicUrl}/`,
          text: 'Back to the console',
        }),
      );
  };
  router.use(onError);
  return router;
}
