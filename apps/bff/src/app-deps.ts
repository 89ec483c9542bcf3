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

/** What the Zoho client and the token refresh need from the app; AppDeps satisfies it. */
export type ZohoDeps = Pick<AppDeps, 'pool' | 'secretBox' | 'logger' | 'config'>;
