import type { SimUser } from '../../core/types.ts';

export type UserDirectory = Map<string, SimUser>;

export function fullName(user: SimUser): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

/** Owner / Created_By / Modified_By as Zoho renders them. */
export function userRef(
  users: UserDirectory,
  id: string,
): { name: string | null; id: string; email: string | null } {
  const user = users.get(id);
  return { name: user ? fullName(user) : null, id, email: user ? user.email : null };
}
