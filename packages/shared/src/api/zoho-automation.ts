import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

/** One of the org's Lead assignment rules (Setup → Automation → Assignment Rules), by name, not by id only. */
export const leadAssignmentRuleSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
});
export type LeadAssignmentRule = z.infer<typeof leadAssignmentRuleSchema>;

/**
 * The org's Lead assignment rules, whose id a new Lead's write names in `lar_id`. Cached for five
 * minutes per tenant; `refresh=1` asks Zoho again (after adding a rule in Zoho).
 */
export const listLeadAssignmentRules = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/zoho/lead-assignment-rules',
  params: tenantParamsSchema,
  query: z.object({ refresh: z.enum(['0', '1']).optional() }),
  response: z.object({ rules: z.array(leadAssignmentRuleSchema), fetchedAt: z.string() }),
});
