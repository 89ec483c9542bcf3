import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.ts';
import type { RouteAccess } from '../routes/route.ts';
import { getInput, getSession } from './request-context.ts';

/** Runs before validation: a role that may never use the route learns nothing about its inputs. */
export function requireRole(access: RouteAccess): RequestHandler {
  return (req, _res, next) => {
    const session = getSession(req);
    if (!session) throw new AppError('UNAUTHENTICATED', 'You are not signed in.');
    if (!access.roles.includes(session.user.role))
      throw new AppError('FORBIDDEN', 'Your role does not allow this.');
    next();
  };
}

/**
 * Runs after validation, on the parsed `:tenantId`. Another tenant's resources answer 404, exactly like
 * a tenant that does not exist, so a tenant admin cannot probe which tenants exist. The system
 * administrator passes only on routes whose roles include it.
 */
export function requireTenant(access: RouteAccess): RequestHandler {
  return (req, _res, next) => {
    if (!access.tenantScoped) {
      next();
      return;
    }
    const session = getSession(req);
    const params = getInput(req)?.params as { tenantId?: unknown } | undefined;
    if (!session || typeof params?.tenantId !== 'string')
      throw new Error('tenant check ran before authentication or validation');
    if (session.user.role !== 'system_admin' && session.user.tenant?.id !== params.tenantId) {
      throw new AppError('NOT_FOUND', 'Not found.');
    }
    next();
  };
}
