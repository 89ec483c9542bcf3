import type { ErrorRequestHandler } from 'express';
import { sendControlError } from '../control/validate.ts';

/** Malformed bodies are the caller's fault (400); anything else is a simulator bug (500, logged). */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const status = (error as { status?: unknown }).status;
  const clientError = typeof status === 'number' && status >= 400 && status < 500;
  if (!clientError) console.error('[zoho-sim] unhandled error on %s %s', req.method, req.path, error);
  if (res.headersSent) return;
  const code = clientError ? status : 500;
  if (req.path.startsWith('/__sim')) {
    sendControlError(
      res,
      code,
      clientError ? 'BAD_REQUEST' : 'INTERNAL',
      clientError ? 'Malformed request.' : 'Simulator error.',
    );
  } else if (/^\/[a-z]{2}\/api\//.test(req.originalUrl)) {
    const body = clientError
      ? { code: 'INVALID_DATA', details: {}, message: 'the request body is malformed', status: 'error' }
      : { code: 'INTERNAL_ERROR', details: {}, message: 'Internal Server Error', status: 'error' };
    res.status(code).json(body);
  } else {
    res
      .status(code)
      .type('text')
      .send(clientError ? 'Bad request' : 'Internal server error');
  }
};
