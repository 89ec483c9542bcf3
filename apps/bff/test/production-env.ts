import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestStack } from './start-test-stack.ts';

/**
 * What an operator sets in production (DATABASE_URL, OIDC_*, ENCRYPTION_KEYS), filled from a test stack's
 * database and IdP: how process tests and the start-up bench run the built BFF. No console build is served.
 */
export function productionEnv(stack: TestStack): Record<string, string> {
  const { config } = stack;
  if (config.database.mode !== 'external' || config.oidc.mode !== 'external' || !config.encryptionKeys)
    throw new Error('the test stack runs with an external database and IdP');
  return {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL: config.database.url,
    OIDC_ISSUER: config.oidc.issuer,
    OIDC_CLIENT_ID: config.oidc.clientId,
    OIDC_CLIENT_SECRET: config.oidc.clientSecret,
    ENCRYPTION_KEYS: config.encryptionKeys,
    WEB_DIST_DIR: join(tmpdir(), 'cxc-no-console'),
  };
}
