import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.ts';

/** A shed request is cheap to repeat; a second later the queue has usually moved on. */
const SHED_RETRY_AFTER_SECONDS = 1;

/**
 * Admission control: at most `maxInFlight` requests through this gate at once; the next is answered 503
 * with `Retry-After` at once, before its body is read. Without it a burst queues for the pool's few
 * connections until pg-pool's wait times out, so the sender learns nothing for seconds and then gets an
 * error; a fast 503 says "send it again" while the requests already admitted still finish quickly.
 */
export function shedLoad(maxInFlight: number): RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    if (inFlight >= maxInFlight) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'The server is busy. Nothing was stored; send the request again after Retry-After seconds.',
        [],
        { retryAfterSeconds: SHED_RETRY_AFTER_SECONDS },
      );
    }
    inFlight += 1;
    // `close` fires once per response, also when the client goes away before the answer.
    res.once('close', () => {
      inFlight -= 1;
    });
    next();
  };
}
