import type { SimOrg, SimUser } from '../core/types.ts';
import type { Store } from './store.ts';

export function findUserByEmail(store: Store, email: string): SimUser | undefined {
  const wanted = email.trim().toLowerCase();
  return store.state.users.find((user) => user.email.toLowerCase() === wanted);
}

export function findUser(store: Store, id: string): SimUser | undefined {
  return store.state.users.find((user) => user.id === id);
}

export function findOrg(store: Store, id: string): SimOrg | undefined {
  return store.state.orgs.find((org) => org.id === id);
}

/** Orgs in which the user has an active membership, in seed order. */
export function activeOrgsOf(store: Store, user: SimUser): SimOrg[] {
  return user.orgs
    .filter((membership) => membership.status === 'active')
    .map((membership) => findOrg(store, membership.orgId))
    .filter((org): org is SimOrg => org !== undefined);
}

export function usersOf(store: Store, orgId: string): SimUser[] {
  return store.state.users.filter((user) => user.orgs.some((membership) => membership.orgId === orgId));
}
