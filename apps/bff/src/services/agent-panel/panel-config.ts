import { z } from 'zod';

/**
 * `AGENT_DIAL_URL_TEMPLATE`: where a click on a phone number goes. `tel:{number}` (the OS dialer) by
 * default, or the platform's dial hook, e.g. `https://pbx.example/dial?number={number}`. Only tel: and
 * https: (http: for localhost), and `{number}` must appear, so a typo cannot turn dial links into
 * links to somewhere else.
 */
export const dialUrlTemplateSchema = z
  .string()
  .trim()
  .refine((value) => value.includes('{number}'), 'must contain {number}')
  .refine((value) => {
    if (value.startsWith('tel:')) return value === 'tel:{number}';
    try {
      const url = new URL(value.replace('{number}', '0'));
      const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
      return url.protocol === 'https:' || (url.protocol === 'http:' && local);
    } catch {
      return false;
    }
  }, 'must be tel:{number} or an https:// URL')
  .default('tel:{number}');

const origin = z.string().refine((value) => {
  if (value === "'self'") return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}, "each entry must be 'self' or an origin like https://console.example");

/**
 * `AGENT_PANEL_FRAME_ANCESTORS`: space-separated origins allowed to embed the agent panel (its route
 * only; everything else keeps frame-ancestors 'none'). They are also the origins whose postMessage
 * updates the panel accepts.
 */
export const frameAncestorsSchema = z
  .string()
  .trim()
  .default("'self'")
  .transform((value) => value.split(/\s+/).filter(Boolean))
  .pipe(z.array(origin).min(1, "must name 'self' or at least one origin"));
