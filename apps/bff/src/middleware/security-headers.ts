import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The strict Content-Security-Policy every page we serve starts from (the console, the BFF's own pages and
 * the development IdP's): everything only from our origin, no inline script or style, no plugins, no
 * framing. `formAction` lists where forms may post; browsers apply it to the redirects after the post too.
 */
export function strictCspDirectives(
  formAction: readonly string[],
  baseUri: "'self'" | "'none'" = "'self'",
): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: [baseUri],
    formAction: ["'self'", ...formAction],
    frameAncestors: ["'none'"],
  };
}

/**
 * The console's and the BFF's security headers. `form-action` must also list the IdP: the sign-out form
 * posts to /auth/logout, which redirects to the IdP, and browsers apply form-action to that redirect.
 */
export function securityHeaders(publicUrl: string, idpOrigins: string[]): RequestHandler {
  const https = publicUrl.startsWith('https:');
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...strictCspDirectives(idpOrigins),
        // Over plain http (local dev) this would rewrite our own asset URLs to https and break the page.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https,
    // Not helmet's `no-referrer`: under it browsers send `Origin: null` on form posts, and the CSRF check
    // (Origin must be ours) would refuse the console's own sign-out form.
    referrerPolicy: { policy: 'same-origin' },
    // The console opens Zoho's consent page in a popup and the OAuth callback page posts the outcome back
    // to window.opener. Helmet's default `same-origin` would sever that link as soon as the popup
    // navigates to Zoho; `same-origin-allow-popups` keeps it while still isolating us from our openers.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
  });
}
