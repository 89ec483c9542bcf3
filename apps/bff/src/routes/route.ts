import type { Endpoint } from '@cxc/shared/api/contract';
import type { Role } from '@cxc/shared/domain/roles';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { AppDeps } from '../app-deps.ts';
import type { ActiveSession } from '../services/session/find-session.ts';

export interface RouteAccess {
  roles: readonly Role[];
  /** The path carries `:tenantId`, checked against the caller's tenant (404 when it is another's). */
  tenantScoped: boolean;
}

type Output<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export interface RouteContext<E extends Endpoint> {
  params: Output<NonNullable<E['params']>>;
  query: Output<NonNullable<E['query']>>;
  body: Output<NonNullable<E['body']>>;
  session: ActiveSession;
  deps: AppDeps;
  log: Logger;
}

/** One API route: the shared contract, who may call it, and a thin handler returning the response body. */
export interface Route<E extends Endpoint = Endpoint> {
  endpoint: E;
  access: RouteAccess;
  // Method syntax on purpose: it lets routes with different contracts share the registry's array type.
  handler(context: RouteContext<E>): Promise<z.input<E['response']>>;
}

export function defineRoute<E extends Endpoint>(route: Route<E>): Route<E> {
  return route;
}
