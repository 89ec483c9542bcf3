import type { Request } from 'express';
import type { ActiveSession } from '../services/session/find-session.ts';

export interface ValidatedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

// WeakMaps instead of widening Express's Request type: nothing global to augment, nothing leaks past the request.
const sessions = new WeakMap<Request, ActiveSession>();
const inputs = new WeakMap<Request, ValidatedInput>();

export function setSession(req: Request, session: ActiveSession): void {
  sessions.set(req, session);
}

export function getSession(req: Request): ActiveSession | undefined {
  return sessions.get(req);
}

export function setInput(req: Request, input: ValidatedInput): void {
  inputs.set(req, input);
}

export function getInput(req: Request): ValidatedInput | undefined {
  return inputs.get(req);
}
