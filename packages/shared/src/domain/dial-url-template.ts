import { z } from 'zod';

/** The operating system's dialer: what a deployment uses when it sets nothing. */
export const DEFAULT_DIAL_URL_TEMPLATE = 'tel:{number}';

/** `{number}`: the E.164 number URL-encoded (`%2B14155550100`); `{e164}`: as is (`+14155550100`). */
const PLACEHOLDER = /\{(number|e164)\}/g;
const HAS_PLACEHOLDER = /\{(number|e164)\}/;
const SINGLE = /^(tel|callto):\{(number|e164)\}$/i;
// RFC 3261 needs a host after the user part; `;user=phone` and the like may follow.
const SIP = /^sips?:\{(number|e164)\}@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:;[\w.=-]+)*$/i;
const MARKER = 'cxcdialmarker';

function validWebUrl(value: string): boolean {
  try {
    const url = new URL(value.replace(PLACEHOLDER, MARKER));
    // The number belongs in the path or query: in the host it could send agents to any site. Credentials
    // in the template would be shown to every agent in the link.
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      !url.hostname.includes(MARKER) &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * Where a click on a phone number goes: `tel:{number}` / `callto:{number}` (the OS dialer or softphone),
 * `sip:{e164}@pbx.example`, or a platform's http(s) dial hook such as
 * `https://pbx.example/dial?number={number}`. Both the deployment's `AGENT_DIAL_URL_TEMPLATE` and a
 * tenant's own setting pass this. A placeholder must appear and nothing but the number may vary, so a
 * typo cannot turn dial links into links to somewhere else (or `javascript:`).
 */
export const dialUrlTemplateSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => HAS_PLACEHOLDER.test(value) && !/[{}]/.test(value.replace(PLACEHOLDER, '')), {
    message: 'dial_url_placeholder',
    abort: true,
  })
  .refine(
    (value) => SINGLE.test(value) || SIP.test(value) || (/^https?:/i.test(value) && validWebUrl(value)),
    'dial_url_scheme',
  );

/** The link for one E.164 number (`+14155550100`). */
export function expandDialUrlTemplate(template: string, e164: string): string {
  return template.replace(PLACEHOLDER, (_match, name: string) =>
    name === 'e164' ? e164 : encodeURIComponent(e164),
  );
}

/** A web dial hook opens in its own tab; tel:, sip: and callto: go to the dialer and leave the page alone. */
export function isWebDialUrl(href: string): boolean {
  return /^https?:/i.test(href);
}
