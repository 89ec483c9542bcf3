import type { ErrorCode } from '@cxc/shared/api/errors';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/database-unavailable.ts';
import type { JsonSchema } from './json-schema.ts';

export type Response = {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
};

export const ERROR_ENVELOPE_REF = '#/components/schemas/ApiError';

const retryAfter = (description: string) => ({
  'Retry-After': { description, schema: { type: 'integer', minimum: 1 } },
});

/** An answer in the one error envelope; `codes` name the `error.code` values this status carries. */
export function errorResponse(codes: ErrorCode[], description: string): Response {
  return {
    description: `${description} (\`error.code\`: ${codes.map((code) => `\`${code}\``).join(', ')})`,
    content: { 'application/json': { schema: { $ref: ERROR_ENVELOPE_REF } } },
  };
}

export const jsonResponse = (description: string, schema: JsonSchema): Response => ({
  description,
  content: { 'application/json': { schema } },
});

/** Answers every route of the BFF can give whatever it does: an internal error, and the database away. */
export function commonErrors(): Record<string, Response> {
  return {
    '500': errorResponse(['INTERNAL'], 'Unexpected failure; the body holds only a correlation id'),
    '503': {
      ...errorResponse(
        ['SERVICE_UNAVAILABLE'],
        'The database is unreachable or the server is overloaded; nothing was done. Send the same request again after `Retry-After` seconds',
      ),
      headers: retryAfter(
        `Seconds to wait before sending again (typically ${UNAVAILABLE_RETRY_AFTER_SECONDS}; 1 when shed under load).`,
      ),
    },
  };
}

export function rateLimited(description: string): Response {
  return {
    ...errorResponse(['RATE_LIMITED'], description),
    headers: retryAfter('Seconds until the request can be sent again.'),
  };
}
