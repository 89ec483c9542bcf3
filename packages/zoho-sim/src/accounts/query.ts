import type { Request } from 'express';

/** First value of each query parameter, read straight from the URL (no nested-object parsing). */
export function queryParams(req: Request): Record<string, string> {
  const params: Record<string, string> = {};
  const search = new URL(req.originalUrl, 'http://sim.invalid').searchParams;
  for (const [key, value] of search) if (!(key in params)) params[key] = value;
  return params;
}

/** A urlencoded form field posted by the simulator's own pages. */
export function formField(req: Request, name: string): string | undefined {
  const body = req.body as Record<string, unknown> | undefined;
  const value = body?.[name];
  return typeof value === 'string' ? value : undefined;
}
