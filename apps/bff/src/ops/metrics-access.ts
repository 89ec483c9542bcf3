import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Request, RequestHandler } from 'express';
import type { MetricsAccess } from '../config/parse-config.ts';
import { AppError } from '../errors/app-error.ts';

/** Hashing first gives both sides one length, so neither the comparison nor its length check leaks timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/**
 * The socket's peer, never `req.ip`: with `trust proxy` on, X-Forwarded-For is client-controlled, and a
 * proxy on the same host would make every client look local anyway.
 */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, '');
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

/**
 * Guards GET /metrics (process and route metrics say a lot about a deployment). Refusals carry no detail:
 * 401 with an empty body whether the token was missing or wrong; 404 where the endpoint is not offered.
 */
export function metricsAccess(access: MetricsAccess): RequestHandler {
  return (req, res, next) => {
    if (access.mode === 'public') {
      next();
      return;
    }
    if (access.mode === 'token') {
      const given = bearerToken(req);
      if (given !== undefined && sameSecret(given, access.token)) {
        next();
        return;
      }
      res.status(401).set('www-authenticate', 'Bearer realm="metrics"').end();
      return;
    }
    if (access.mode === 'loopback' && isLoopback(req.socket.remoteAddress)) {
      next();
      return;
    }
    throw new AppError('NOT_FOUND', 'Not found.');
  };
}
