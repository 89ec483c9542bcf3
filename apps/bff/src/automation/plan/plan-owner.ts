import { type ConversationEvent, agentEmailOf, isMissedCall } from '@cxc/shared/domain/events';
import type { Owners } from '@cxc/shared/domain/owners';
import type { OwnerResolution } from '@cxc/shared/domain/plan-schema';
import { findActiveUserByEmail, isActiveUser, type ZohoUser } from '@cxc/shared/domain/zoho-users';

export interface OwnerInput {
  owners: Owners;
  users: readonly ZohoUser[];
  event: ConversationEvent;
  /** The Zoho user whose token the connection uses, when known. */
  connectedUserId?: string;
}

/**
 * Missed call → the missed-call owner (Ringostat's senior manager). Otherwise the agent's Zoho user
 * (admin's manual link, then auto link, then same e-mail); a call nobody's user answered → the
 * missed-call owner; then the configured fallback. Every step is recorded for the dry run.
 */
export function resolveOwner({ owners, users, event, connectedUserId }: OwnerInput): OwnerResolution {
  const steps: OwnerResolution['steps'] = [];
  const activeId = (id: string | undefined) =>
    id && users.some((u) => u.id === id && isActiveUser(u)) ? id : undefined;
  const missedOwner = activeId(owners.missedCallOwnerId);

  if (isMissedCall(event)) {
    steps.push({
      check: 'missed_call_owner',
      outcome: missedOwner ? 'used' : owners.missedCallOwnerId ? 'inactive' : 'not_configured',
    });
    if (missedOwner) return { ownerId: missedOwner, source: 'missed_call_owner', steps };
  }

  const email = agentEmailOf(event);
  steps.push({
    check: 'agent_email',
    outcome: email ? 'present' : 'absent',
    ...(email ? { detail: email } : {}),
  });
  if (email) {
    const links = owners.userLinks
      .filter((l) => l.agentEmail.toLowerCase() === email.toLowerCase())
      .sort((a, b) => (a.source === b.source ? 0 : a.source === 'manual' ? -1 : 1));
    for (const link of links) {
      const id = activeId(link.zohoUserId);
      steps.push({
        check: 'user_link',
        outcome: id ? 'used' : 'inactive',
        detail: `${link.source}:${link.zohoUserId}`,
      });
      if (id) return { ownerId: id, source: 'user_link', steps };
    }
    if (!links.length) steps.push({ check: 'user_link', outcome: 'none' });
    const user = findActiveUserByEmail(users, email);
    steps.push({
      check: 'email_match',
      outcome: user ? 'used' : 'none',
      ...(user ? { detail: user.id } : {}),
    });
    if (user) return { ownerId: user.id, source: 'email_match', steps };
  }

  if (event.type === 'call.ended' && missedOwner) {
    steps.push({ check: 'unassigned_call_owner', outcome: 'used' });
    return { ownerId: missedOwner, source: 'unassigned_call_owner', steps };
  }

  if (owners.fallback === 'default_owner') {
    const id = activeId(owners.defaultOwnerId);
    steps.push({
      check: 'default_owner',
      outcome: id ? 'used' : 'inactive',
      ...(owners.defaultOwnerId ? { detail: owners.defaultOwnerId } : {}),
    });
    if (id) return { ownerId: id, source: 'default_owner', steps };
  }
  // No Owner in the payload makes Zoho assign the token's user: the connected user, by definition.
  steps.push({
    check: 'connected_user',
    outcome: 'used',
    ...(connectedUserId ? { detail: connectedUserId } : {}),
  });
  return { ownerId: connectedUserId ?? null, source: 'connected_user', steps };
}
