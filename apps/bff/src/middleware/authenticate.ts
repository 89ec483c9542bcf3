import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import { cookieNames, readCookie } from '../auth/cookies.ts';
import type { AppConfig } from '../config/parse-config.ts';
import { AppError } from '../errors/app-error.ts';
import { findSession } from '../services/session/find-session.ts';
import { setSession } from './request-context.ts';

/** Which cookie carries the session, and how long a session may sit unused. */
export interface SessionCookie {
  name: string;
  idleSeconds: number;
  cacheSeconds: number;
}

export function sessionCookie(config: AppConfig): SessionCookie {
  return {
    name: cookieNames(config.publicUrl).session,
    idleSeconds: config.sessionIdleSeconds,
    cacheSeconds: config.sessionCacheSeconds,
  };
}

/** Loads the session if the cookie names a live one; sign-out uses it, where being signed out is fine. */
export function loadSession(pool: Pool, cookie: SessionCookie): RequestHandler {
  return async (req, _res, next) => {
    const sessionId = readCookie(req, cookie.name);
    const session = sessionId ? await findSession(pool, sessionId, cookie.idleSeconds) : undefined;
    if (session) setSession(req, session);
    next();
  };
}

/** Every API route is behind this: no live session (unknown, expired or idle too long), 401. */
export function authenticate(pool: Pool, cookie: SessionCookie): RequestHandler {
  return async (req, _res, next) => {
    const sessionId = readCookie(req, cookie.name);
    const session = sessionId
      ? await findSession(pool, sessionId, cookie.idleSeconds, cookie.cacheSeconds)
      : undefined;
    if (!session) throw new AppError('UNAUTHENTICATED', 'You are not signed in.');
    setSession(req, session);
    next();
  };
}
