import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import { readCookie } from '../auth/cookies.ts';
import { AppError } from '../errors/app-error.ts';
import { findSession } from '../services/session/find-session.ts';
import { setSession } from './request-context.ts';

/** Loads the session if the cookie names a live one; sign-out uses it, where being signed out is fine. */
export function loadSession(pool: Pool, sessionCookie: string): RequestHandler {
  return async (req, _res, next) => {
    const sessionId = readCookie(req, sessionCookie);
    const session = sessionId ? await findSession(pool, sessionId) : undefined;
    if (session) setSession(req, session);
    next();
  };
}

/** Every API route is behind this: no live session, 401. */
export function authenticate(pool: Pool, sessionCookie: string): RequestHandler {
  return async (req, _res, next) => {
    const sessionId = readCookie(req, sessionCookie);
    const session = sessionId ? await findSession(pool, sessionId) : undefined;
    if (!session) throw new AppError('UNAUTHENTICATED', 'You are not signed in.');
    setSession(req, session);
    next();
  };
}
