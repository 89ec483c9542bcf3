import type { Endpoint } from '@cxc/shared/api/contract';
import type { RouteAccess } from '../routes/route.ts';
import { endpointName } from './endpoint-names.ts';
import { toJsonSchema, toOpenApiPath, toParameters } from './json-schema.ts';
import { commonErrors, errorResponse, jsonResponse, rateLimited, type Response } from './responses.ts';

export interface Operation {
  method: string;
  path: string;
  operation: Record<string, unknown>;
}

/**
 * Statuses follow from the route's shape and the checks every registry route runs (api-router.ts): 401
 * without a session, 403 for CSRF or the role, 400 for input, 404 for another tenant or a missing item,
 * 413 for a body over the parser's limit. 409, 429 and 502 are answers of the use cases (the tenant's
 * state, Zoho throttling or unreachable); they are listed on every route because a handler's throws are
 * not declared in its contract: a superset a client can rely on, never a status it did not expect.
 */
export function registryOperation(endpoint: Endpoint, access: RouteAccess): Operation {
  const name = endpointName(endpoint);
  const mutating = endpoint.method !== 'GET';
  const hasInput = Boolean(endpoint.params ?? endpoint.query ?? endpoint.body);
  const responses: Record<string, Response> = {
    '200': jsonResponse('Success', toJsonSchema(endpoint.response, 'output')),
    ...(hasInput
      ? {
          '400': errorResponse(
            ['VALIDATION_FAILED'],
            'Invalid input; every problem is listed in `error.issues`',
          ),
        }
      : {}),
    '401': errorResponse(['UNAUTHENTICATED'], 'No valid session (signed out or idle too long)'),
    '403': errorResponse(
      mutating ? ['CSRF_REJECTED', 'FORBIDDEN'] : ['FORBIDDEN'],
      mutating
        ? 'Missing or wrong CSRF token or Origin, or the role may not use this route'
        : 'The role may not use this route',
    ),
    ...(endpoint.path.includes(':')
      ? { '404': errorResponse(['NOT_FOUND'], "Not found, or another tenant's (answered alike)") }
      : {}),
    '409': errorResponse(
      ['CONFLICT'],
      "The tenant's state does not allow it now (e.g. Zoho CRM not connected)",
    ),
    ...(endpoint.body ? { '413': errorResponse(['PAYLOAD_TOO_LARGE'], 'The body is over 100 kB') } : {}),
    '429': rateLimited('Zoho CRM is throttling this connection'),
    '502': errorResponse(['UPSTREAM_UNAVAILABLE'], 'Zoho CRM could not be reached or answered an error'),
    ...commonErrors(),
  };
  return {
    method: endpoint.method.toLowerCase(),
    path: toOpenApiPath(endpoint.path),
    operation: {
      ...(name ? { operationId: name.operationId, summary: name.summary, tags: [name.tag] } : {}),
      description: `Roles: ${access.roles.join(', ')}.${access.tenantScoped ? ' Only for the caller’s own tenant (a system administrator’s where the roles allow it).' : ''}`,
      'x-roles': access.roles,
      security: [mutating ? { sessionCookie: [], csrfHeader: [] } : { sessionCookie: [] }],
      parameters: [...toParameters(endpoint.params, 'path'), ...toParameters(endpoint.query, 'query')],
      ...(endpoint.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toJsonSchema(endpoint.body, 'input') } },
            },
          }
        : {}),
      responses,
    },
  };
}
