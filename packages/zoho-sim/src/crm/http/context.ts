import type { Request, Response } from 'express';
import type { AuthContext } from '../../core/types.ts';
import type { RenderContext } from '../render/render-record.ts';
import type { UserDirectory } from '../render/user-ref.ts';
import type { OrgCrm } from '../store/org-crm.ts';

/** What every authenticated CRM handler works with; built by the auth middleware. */
export interface CrmRequestContext {
  auth: AuthContext;
  org: OrgCrm;
  users: UserDirectory;
  render: RenderContext;
  now: number;
  /** Records the call's credit cost (request log, rolling window, X-API-CREDITS-REMAINING). */
  charge(credits: number): void;
  /** Takes a sub-concurrency slot for a "complex" API; throws TOO_MANY_REQUESTS when none is free. */
  enterComplex(): void;
}

export type CrmHandler = (req: Request, res: Response, ctx: CrmRequestContext) => void | Promise<void>;

export function contextOf(res: Response): CrmRequestContext {
  const ctx = (res.locals as { crm?: CrmRequestContext }).crm;
  if (!ctx) throw new Error('CRM context missing: auth middleware not mounted');
  return ctx;
}

export function setContext(res: Response, ctx: CrmRequestContext): void {
  (res.locals as { crm?: CrmRequestContext }).crm = ctx;
}

/** Wraps a handler so it receives the context and its thrown ZohoErrors reach the error handler. */
export function handle(h: CrmHandler) {
  return async (req: Request, res: Response): Promise<void> => {
    await h(req, res, contextOf(res));
  };
}
