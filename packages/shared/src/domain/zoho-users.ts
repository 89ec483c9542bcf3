import { z } from 'zod';

/** One entry of `GET /crm/v2/users`: what owner resolution reads; other keys stripped. */
export const zohoUserSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  full_name: z.string().optional(),
  status: z.string().default('active'),
});
export type ZohoUser = z.output<typeof zohoUserSchema>;

export function isActiveUser(user: ZohoUser): boolean {
  return user.status === 'active';
}

export function findActiveUserByEmail(users: readonly ZohoUser[], email: string): ZohoUser | undefined {
  const wanted = email.trim().toLowerCase();
  return users.find((u) => isActiveUser(u) && u.email.trim().toLowerCase() === wanted);
}
