import type { Endpoint } from '@cxc/shared/api/contract';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { toIssues } from '../errors/zod-issues.ts';
import { cleanInput } from '../text/clean-input.ts';
import { setInput } from './request-context.ts';

/** Object schemas become strict: a key the contract does not name is an error, not silently dropped. */
function strict(schema: z.ZodType | undefined): z.ZodType {
  if (!schema) return z.strictObject({});
  return schema instanceof z.ZodObject ? schema.strict() : schema;
}

/**
 * Parses params, query and body with the endpoint's zod schemas (Nango's validate.ts shape): a part with
 * no schema must be empty. Every problem of every part is reported at once, as field-level issues.
 */
export function validate(endpoint: Endpoint): RequestHandler {
  const schemas = {
    params: strict(endpoint.params),
    query: strict(endpoint.query),
    body: strict(endpoint.body),
  };
  return (req, _res, next) => {
    const body: unknown = endpoint.body ? req.body : (req.body ?? {});
    const results = {
      // Path segments are decoded by the router, so `%00` arrives as NUL: cleaned like the body and query.
      params: schemas.params.safeParse(cleanInput({ ...req.params }, 'params')),
      query: schemas.query.safeParse({ ...(req.query as Record<string, unknown>) }),
      body: schemas.body.safeParse(body),
    };
    const issues = Object.values(results).flatMap((result) => (result.success ? [] : toIssues(result.error)));
    if (issues.length > 0 || !results.params.success || !results.query.success || !results.body.success) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', issues);
    }
    setInput(req, { params: results.params.data, query: results.query.data, body: results.body.data });
    next();
  };
}
