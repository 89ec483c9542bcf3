import type { Configuration } from 'openid-client';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { AppConfig } from './config/parse-config.ts';
import type { SecretBox } from './crypto/secret-box.ts';

/** Everything createApp needs; main.ts and the test stack build it, nothing in the app reads globals. */
export interface AppDeps {
  config: AppConfig;
  pool: Pool;
  logger: Logger;
  /** openid-client configuration from discovery against the IdP. */
  oidc: Configuration;
  secretBox: SecretBox;
}
