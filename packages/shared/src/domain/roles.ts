import { z } from 'zod';

/** The three console roles. Tenant and role come from ID-token claims (names configurable in the BFF). */
export const roleSchema = z.enum(['system_admin', 'tenant_admin', 'agent']);
export type Role = z.infer<typeof roleSchema>;

export const ROLES = roleSchema.options;
