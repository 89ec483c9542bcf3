import { EVENT_HEADERS, MAX_EVENT_BYTES } from '@cxc/shared/api/events';
import type { ApiError } from '@cxc/shared/api/errors';
import express, { type ErrorRequestHandler, type RequestHandler, Router } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { shedLoad } from '../../middleware/shed-load.ts';
import { acceptEvent } from '../../automation/intake/accept-event.ts';

const INTAKE_QUEUE_PER_CONNECTION = 4;

/** 413 in the shared envelope; any other error goes on to the one error handler. */
const tooLarge: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if ((error as { type?: unknown } | null)?.type !== 'entity.too.large') {
    next(error);
    return;
  }
  const envelope: ApiError = {
    error: {
      code: 'PAYLOAD_TOO_LARGE',
      message: `The event is larger than ${MAX_EVENT_BYTES} bytes.`,
      issues: [],
      correlationId: typeof req.id === 'string' || typeof req.id === 'number' ? String(req.id) : 'unknown',
    },
  };
  res.status(413).json(envelope);
};

/**
 * `POST /api/events`, mounted before the JSON parser and the session routes: the signature covers the
 * raw bytes, so the body is read raw (any content type) and parsed only after it is verified.
 */
export function eventIntakeRouter(deps: AppDeps): Router {
  const router = Router();
  const intake: RequestHandler = async (req, res) => {
    // The signature is checked over these bytes; only then are they decoded (automation/intake/accept-event.ts).
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const answer = await acceptEvent(deps, {
      tenantId: req.get(EVENT_HEADERS.tenant),
      timestamp: req.get(EVENT_HEADERS.timestamp),
      signature: req.get(EVENT_HEADERS.signature),
      rawBody: raw,
    });
    res.set('cache-control', 'no-store').status(202).json(answer);
  };
  // Events in flight per pool connection before the intake sheds: each holds a connection for three short
  // queries, so beyond this a sender waits several rounds and is better told to come back (503).
  const maxInFlight = (deps.pool.options.max ?? 10) * INTAKE_QUEUE_PER_CONNECTION;
  router.post(
    '/api/events',
    shedLoad(maxInFlight),
    express.raw({ type: () => true, limit: MAX_EVENT_BYTES }),
    intake,
    tooLarge,
  );
  return router;
}
