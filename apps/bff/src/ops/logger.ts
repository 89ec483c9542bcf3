import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Defence in depth: request/response serializers already log no headers, but any object a developer logs
 * that carries one of these keys is masked too.
 */
const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'res.headers.location',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.idToken',
  '*.id_token',
  '*.refreshToken',
  '*.refresh_token',
  '*.clientSecret',
  '*.client_secret',
  '*.encryptionKeys',
  '*.secret',
  '*.csrfToken',
  '*.sessionId',
  '*.code_verifier',
  '*.codeVerifier',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'bff' } };
  // Synchronous stdout: lines written during shutdown, right before process.exit, keep their order and are
  // never lost (pino's default async buffer may flush out of order on exit).
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}
