import { z } from 'zod';
import { roleSchema } from '../domain/roles.ts';
import { defineEndpoint } from './contract.ts';

export const tenantSchema = z.object({ id: z.string(), name: z.string() });
export type Tenant = z.infer<typeof tenantSchema>;

export const sessionUserSchema = z.object({
  sub: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  /** null for the system administrator, who belongs to no tenant. */
  tenant: tenantSchema.nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  /** Send back in the `x-csrf-token` header on every mutating request. */
  csrfToken: z.string(),
  /**
   * IANA zone every date of the console is shown in: the tenant's settings zone, else its Zoho org's;
   * null (the browser's own zone) for the system administrator or while neither is known.
   */
  timeZone: z.string().nullable().default(null),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** Who is signed in. 401 (UNAUTHENTICATED) when nobody is; the console then goes to `/auth/login`. */
export const getMe = defineEndpoint({
  method: 'GET',
  path: '/api/me',
  response: meResponseSchema,
});

/** Sign-in and sign-out are browser navigations/forms, not fetches. */
export const AUTH_PATHS = {
  login: '/auth/login',
  callback: '/auth/callback',
  logout: '/auth/logout',
} as const;
