import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Query parameters that carry one-time credentials or correlation values of the sign-in flow. */
const SENSITIVE_QUERY = new Set([
  'code',
  'state',
  'session_state',
  'id_token_hint',
  'nonce',
  'code_challenge',
  '_csrf',
]);

function safeUrl(url: string | undefined): string {
  const parsed = new URL(url ?? '/', 'http://internal');
  for (const key of parsed.searchParams.keys()) {
    if (SENSITIVE_QUERY.has(key)) parsed.searchParams.set(key, '[redacted]');
  }
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * One log line per request with a request id on every line. An incoming `x-request-id` is honoured when it
 * looks like an id (so a proxy's id correlates), and echoed back. Serializers whitelist fields: no headers,
 * so cookies, authorization and set-cookie can never reach the log.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // A top-level field on every line logged through req.log, not only the request/response lines.
    customProps: (req: IncomingMessage & { id?: unknown }) => ({ requestId: req.id }),
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        url: safeUrl(req.url),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  });
}
