import type { Request, Response } from 'express';
import type { Dc } from '../../core/dcs.ts';
import type { CrmDeps } from '../../core/types.ts';
import { ZohoError } from '../http/errors.ts';

/** The `watch` array of a notifications body. */
export function watchEntries(req: Request): Record<string, unknown>[] {
  const body: unknown = req.body;
  const watch = typeof body === 'object' && body !== null ? (body as { watch?: unknown }).watch : undefined;
  if (!Array.isArray(watch) || watch.length === 0)
    throw new ZohoError('MANDATORY_NOT_FOUND', { api_name: 'watch' });
  return watch.map((e) => (typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {}));
}

/** The API base of the DC the call came in at (stands for `https://www.zohoapis.<dc>`). */
export function apiBase(deps: CrmDeps, res: Response): string {
  const dc = (res.locals as { dc?: Dc }).dc ?? 'us';
  return `${deps.baseUrl()}/${dc}/api`;
}
