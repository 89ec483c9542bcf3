import type { z } from 'zod';

/**
 * The request-body schema of an endpoint that has one. `Endpoint.body` is optional in the shared
 * contract type, so a form schema built from it needs the presence proven once, here.
 */
export function endpointBody<E extends { path: string; body?: z.ZodType }>(
  endpoint: E,
): NonNullable<E['body']> {
  if (!endpoint.body) throw new Error(`${endpoint.path} has no request body`);
  return endpoint.body;
}

export type BodyInput<E extends { body?: z.ZodType }> = z.input<NonNullable<E['body']>>;
