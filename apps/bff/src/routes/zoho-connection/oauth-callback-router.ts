import { OAUTH_CALLBACK_PATH, type ConnectOutcomeMessage } from '@cxc/shared/api/zoho-connection';
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { escapeHtml, htmlPage } from '../../errors/html-page.ts';
import { loadSession, sessionCookie } from '../../middleware/authenticate.ts';
import { getSession } from '../../middleware/request-context.ts';
import { strictCookieBounce } from '../../middleware/strict-cookie-bounce.ts';
import { connectError } from '../../services/zoho-connection/connect-errors.ts';
import {
  completeAuthorization,
  type CallbackResult,
} from '../../services/zoho-connection/complete-authorization.ts';
import { redirect } from '../auth/redirect.ts';
import { CALLBACK_SCRIPT } from './callback-script.ts';

const text = (max: number) => z.string().max(max).optional();
const querySchema = z.object({
  state: text(200),
  code: text(1000),
  error: text(200),
  error_description: text(500),
  location: text(20),
  'accounts-server': text(300),
});

const TITLES: Record<ConnectOutcomeMessage['outcome'], string> = {
  connected: 'Zoho CRM is connected',
  choose_org: 'Choose your Zoho organization',
  error: 'Zoho CRM was not connected',
};

export function consolePath(message: ConnectOutcomeMessage): string {
  const code = message.error ? `&code=${encodeURIComponent(message.error.code)}` : '';
  const retryAt = message.error?.params.retryAt;
  const retry = retryAt ? `&retryAt=${encodeURIComponent(retryAt)}` : '';
  return `/integrations/zoho-crm?connect=${message.outcome}${code}${retry}`;
}

function page(message: ConnectOutcomeMessage): string {
  const detail = message.error
    ? `<p>${escapeHtml(message.error.message)}</p>`
    : '<p>You can close this window.</p>';
  // The outcome travels as data in a <meta> element (escaped), read by the static script.
  const data = `<meta name="cxc-zoho-connect" content="${escapeHtml(JSON.stringify(message))}">`;
  const script = '<script src="/api/zoho/oauth/callback.js" defer></script>';
  return htmlPage(
    TITLES[message.outcome],
    `${detail}\n<p><a href="${escapeHtml(consolePath(message))}">Back to the console</a></p>`,
  ).replace('</head>', `${data}${script}</head>`);
}

/**
 * Zoho sends the browser back here (a navigation, with the session cookie): not in the JSON route
 * registry. Answers a tiny page for the popup, or a redirect to the console for the full-page mode.
 */
export function zohoOauthRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/api/zoho/oauth/callback.js', (_req, res) => {
    res.type('text/javascript').send(CALLBACK_SCRIPT);
  });
  router.get(
    OAUTH_CALLBACK_PATH,
    strictCookieBounce(deps.config.sessionCookieSameSite, sessionCookie(deps.config)),
    loadSession(deps.pool, sessionCookie(deps.config)),
    async (req, res) => {
      const parsed = querySchema.safeParse(req.query);
      const failure = (code: 'state_mismatch' | 'unknown'): CallbackResult => ({
        mode: 'popup',
        message: { type: 'cxc:zoho-connect', outcome: 'error', error: connectError(code) },
      });
      let result: CallbackResult;
      try {
        if (!parsed.success) result = failure('state_mismatch');
        else {
          const {
            'accounts-server': accountsServer,
            error_description: errorDescription,
            ...rest
          } = parsed.data;
          result = await completeAuthorization(deps, getSession(req), {
            ...rest,
            accountsServer,
            errorDescription,
          });
        }
      } catch (error) {
        // The popup must still learn the outcome: a page, not a JSON 500 nobody reads.
        req.log.error({ err: error }, 'Zoho callback failed');
        result = failure('unknown');
      }
      if (result.mode === 'redirect') {
        redirect(res, 303, consolePath(result.message));
        return;
      }
      // The popup reached us through Zoho's pages: this document must not switch browsing-context
      // group, or window.opener is gone and the console never hears the outcome.
      res.setHeader('Cross-Origin-Opener-Policy', 'unsafe-none');
      res
        .status(result.message.outcome === 'error' ? 400 : 200)
        .type('html')
        .send(page(result.message));
    },
  );
  return router;
}
