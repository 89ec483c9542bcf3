import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors/app-error.ts';

/** Per client IP and route; sign-in is cheap to start and expensive for the IdP, so it is what gets limited. */
export function authRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new AppError(
          'RATE_LIMITED',
          'Too many sign-in attempts from your network. Wait a minute and try again.',
        ),
      );
    },
  });
}
