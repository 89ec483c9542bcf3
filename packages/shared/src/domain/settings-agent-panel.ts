import { z } from 'zod';
import { dialUrlTemplateSchema } from './dial-url-template.ts';

/**
 * The agent panel's per-tenant settings. Tenants run different telephony, so each may set its own
 * click-to-call template; unset, the deployment's `AGENT_DIAL_URL_TEMPLATE` applies. Defaulted, so
 * settings stored before it existed keep parsing.
 */
export const agentPanelSettingsSchema = z
  .strictObject({
    dialUrlTemplate: dialUrlTemplateSchema.optional(),
  })
  .default({});
export type AgentPanelSettings = z.infer<typeof agentPanelSettingsSchema>;
