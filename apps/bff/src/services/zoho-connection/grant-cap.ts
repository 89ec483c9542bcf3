import type { ZohoConnectError } from '@cxc/shared/api/zoho-connection';
import type { Queryable } from '../../db/queryable.ts';
import { tokenRateLimited } from './connect-errors.ts';
import { GRANT_WINDOW_SECONDS, GRANTS_PER_WINDOW, grantWindow } from './grant-log.ts';

/** Zoho's wording when it throttles ("You have made too many requests continuously…"). */
const TOO_MANY = /too many requests/i;

/**
 * Zoho answers the 11th sign-in of a client within 10 minutes with `error=access_denied`, the very
 * answer of a declined consent. It is the cap when Zoho says so in `error_description`, or when this
 * BFF alone already received 10 codes for the client in the window. Then the next sign-in goes
 * through once the oldest of ours leaves the window (Zoho's oldest is no later), or a whole window
 * from now when other apps spent the client's budget. Undefined: a real refusal.
 */
export async function grantCapExplanation(
  db: Queryable,
  clientId: string,
  description: string | undefined,
): Promise<ZohoConnectError | undefined> {
  const window = await grantWindow(db, clientId);
  if (!TOO_MANY.test(description ?? '') && window.count < GRANTS_PER_WINDOW) return undefined;
  const fullWindow = new Date(Date.now() + GRANT_WINDOW_SECONDS * 1000);
  return tokenRateLimited(window.oldestLeavesAt ?? fullWindow);
}
