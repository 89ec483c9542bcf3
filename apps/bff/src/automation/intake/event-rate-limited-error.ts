import { AppError } from '../../errors/app-error.ts';

/** 429 for a tenant over its event budget; the error handler turns `retryAfterSeconds` into `Retry-After`. */
export class EventRateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      `Too many events for this tenant. Send again in ${retryAfterSeconds} s; nothing was stored.`,
      [],
      { retryAfterSeconds },
    );
    this.name = 'EventRateLimitedError';
  }
}
