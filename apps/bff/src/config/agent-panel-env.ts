import { DEFAULT_DIAL_URL_TEMPLATE, dialUrlTemplateSchema } from '@cxc/shared/domain/dial-url-template';
import { z } from 'zod';

/**
 * `AGENT_DIAL_URL_TEMPLATE`: where a click on a phone number goes for tenants that set no template of
 * their own (`agentPanel.dialUrlTemplate` in the integration settings). Same rules as the tenant's
 * setting; `tel:{number}` (the OS dialer) when unset.
 */
export const envDialUrlTemplateSchema = dialUrlTemplateSchema.default(DEFAULT_DIAL_URL_TEMPLATE);

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
