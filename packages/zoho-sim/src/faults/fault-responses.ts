import type { Response } from 'express';
import type { HostKind, InjectedFailure } from './fault-controller.ts';

const API_BODIES = {
  500: { code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' },
  // The code and status are Zoho's (https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html); the
  // message text is assumed.
  429: {
    code: 'TOO_MANY_REQUESTS',
    details: {},
    message: 'too many requests. please try again after some time',
    status: 'error',
  },
} as const;

/** The accounts server's throttle wording (Kaizen #43), sent with a real 429 when injected. */
const ACCOUNTS_429 = {
  error: 'Access Denied',
  error_description: 'You have made too many requests continuously. Please try again after some time.',
};

/** What an injected failure looks like on the wire: JSON where Zoho answers JSON, HTML from the edge. */
export function sendInjectedFailure(res: Response, host: HostKind, failure: InjectedFailure): void {
  if (failure === 'reset') {
    res.socket?.destroy();
    return;
  }
  if (failure === 503) {
    res
      .status(503)
      .type('html')
      .send('<!doctype html><title>503 Service Unavailable</title><h1>Service Unavailable</h1>');
    return;
  }
  if (host === 'api') {
    res.status(failure).json(API_BODIES[failure]);
    return;
  }
  if (failure === 429) {
    res.status(429).json(ACCOUNTS_429);
    return;
  }
  res
    .status(500)
    .type('html')
    .send('<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>');
}
