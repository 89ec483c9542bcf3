import type { NextFunction, Request, Response } from 'express';
import type { CrmDeps } from '../../core/types.ts';
import type { Dc } from '../../core/dcs.ts';
import type { Limits } from '../limits/limits.ts';
import type { CrmState } from '../store/crm-state.ts';
import { setContext, type CrmRequestContext } from './context.ts';
import { ZohoError } from './errors.ts';

const HALF = 0.5;

/**
 * Authenticates every /crm/v2 call, then applies the org's concurrency and 24-hour credit limits
 * (429 TOO_MANY_REQUESTS for either, as Zoho does not tell them apart). Runs before body parsing so a
 * slow upload counts as in flight.
 */
export function authMiddleware(deps: CrmDeps, state: CrmState, limits: Limits) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.locals.credits = 0;
    const dc = (res.locals as { dc?: Dc }).dc ?? 'us';
    const result = deps.identity.authenticate(req.get('authorization'), dc);
    if (!result.ok) {
      res.status(result.status).json(result.body);
      return;
    }
    const { auth } = result;
    const org = state.orgFor(auth.org);
    const members = deps.identity.usersOf(auth.org.id);
    const users = new Map(members.map((u) => [u.id, u]));
    const now = deps.clock.now();
    const status = limits.status(auth.org, state.activeUserIds(auth.org.id).length, now);
    if (status.inFlight >= status.concurrencyLimit || status.creditsUsed >= status.creditLimit) {
      if (status.creditsUsed >= status.creditLimit) res.set('X-API-CREDITS-REMAINING', '0');
      next(new ZohoError('TOO_MANY_REQUESTS'));
      return;
    }
    const releases = [limits.enter(auth.org.id, false)];
    const release = () => releases.forEach((r) => r());
    res.on('finish', release);
    res.on('close', release);
    const ctx: CrmRequestContext = {
      auth,
      org,
      users,
      render: { org, users },
      now,
      charge(credits) {
        limits.charge(auth.org.id, deps.clock.now(), credits);
        res.locals.credits = Number(res.locals.credits ?? 0) + credits;
        const s = limits.status(auth.org, state.activeUserIds(auth.org.id).length, deps.clock.now());
        if (s.creditsUsed >= s.creditLimit * HALF && Number.isFinite(s.creditLimit)) {
          res.set('X-API-CREDITS-REMAINING', String(Math.max(0, s.creditLimit - s.creditsUsed)));
        }
      },
      enterComplex() {
        if (!limits.complexSlotFree(auth.org.id)) throw new ZohoError('TOO_MANY_REQUESTS');
        releases.push(limits.enter(auth.org.id, true));
      },
    };
    setContext(res, ctx);
    next();
  };
}
