import type { Request, Response } from 'express';
import type { z } from 'zod';

/** Control-API error envelope, shaped like the product's `{error:{code,message,issues}}`. */
export function sendControlError(
  res: Response,
  status: number,
  code: string,
  message: string,
  issues: unknown[] = [],
): void {
  res.status(status).json({ error: { code, message, issues } });
}

/** Parses the JSON body; on failure answers 400 with the zod issues and returns undefined. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  req: Request,
  res: Response,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(req.body ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  sendControlError(res, 400, 'VALIDATION_FAILED', 'The request body is invalid.', issues);
  return undefined;
}
