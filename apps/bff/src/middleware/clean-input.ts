import { parse } from 'node:querystring';
import type { RequestHandler } from 'express';
import { cleanInput } from '../text/clean-input.ts';

/** After express.json(): the parsed body, cleaned (text/clean-text.ts says why). */
export const cleanJsonBody: RequestHandler = (req, _res, next) => {
  if (req.body !== undefined) req.body = cleanInput(req.body, 'body');
  next();
};

/**
 * Express's `query parser` setting: Node's querystring (Express 5's "simple" parser), cleaned. Express 5
 * makes `req.query` a getter over this function, so every router (CSV export, OAuth callback, sign-in)
 * sees clean text without each cleaning its own.
 */
export function cleanQueryParser(text: string): unknown {
  return cleanInput({ ...parse(text) }, 'query');
}
