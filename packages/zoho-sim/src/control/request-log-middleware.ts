import type { RequestHandler } from 'express';
import type { Dc } from '../core/dcs.ts';
import type { SimClock } from '../core/types.ts';
import type { HostKind } from '../faults/fault-controller.ts';
import type { RequestLog } from './request-log.ts';

/** Query parameters that carry credentials; the log keeps their names, never their values. */
const SECRET_PARAMS = new Set([
  'client_secret',
  'code',
  'refresh_token',
  'access_token',
  'token',
  'code_verifier',
  'password',
]);

export function redactUrl(originalUrl: string): string {
  const q = originalUrl.indexOf('?');
  if (q < 0) return originalUrl;
  const params = new URLSearchParams(originalUrl.slice(q + 1));
  for (const key of [...params.keys()]) if (SECRET_PARAMS.has(key)) params.set(key, '***');
  return `${originalUrl.slice(0, q)}?${params.toString()}`;
}

interface LogLocals {
  credits?: unknown;
  orgId?: unknown;
  grantType?: unknown;
  logDetail?: unknown;
  auth?: { org?: { id?: unknown } };
  /** Where the CRM half keeps its request context (src/crm/http/context.ts). */
  crm?: { auth?: { org?: { id?: unknown } } };
}

/** Records each call once it ends; a dropped socket (injected reset) is logged with status 0. */
export function requestLogMiddleware(
  log: RequestLog,
  clock: SimClock,
  host: HostKind,
  dc: Dc,
): RequestHandler {
  return (req, res, next) => {
    const at = new Date(clock.now()).toISOString();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const locals = res.locals as LogLocals;
      const orgId = locals.orgId ?? locals.auth?.org?.id ?? locals.crm?.auth?.org?.id;
      log.record({
        at,
        method: req.method,
        path: redactUrl(req.originalUrl),
        status: res.writableFinished ? res.statusCode : 0,
        credits: typeof locals.credits === 'number' ? locals.credits : 0,
        dc,
        host,
        ...(typeof orgId === 'string' ? { orgId } : {}),
        ...(typeof locals.grantType === 'string' ? { grantType: locals.grantType } : {}),
        ...(typeof locals.logDetail === 'string' ? { detail: locals.logDetail } : {}),
      });
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}
