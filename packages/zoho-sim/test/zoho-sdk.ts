import { createRequire } from 'node:module';

/**
 * The few pieces of Zoho's own Node SDK (@zohocrm/nodejs-sdk-2.0, plain CommonJS without type
 * declarations) that the token test drives, typed by hand.
 */
const require = createRequire(import.meta.url);
const load = <T>(path: string, name: string): T =>
  (require(`@zohocrm/nodejs-sdk-2.0/${path}`) as Record<string, T>)[name] as T;

type Ctor<T> = new (...args: unknown[]) => T;

interface OAuthBuilder {
  clientId(id: string): OAuthBuilder;
  clientSecret(secret: string): OAuthBuilder;
  grantToken(code: string): OAuthBuilder;
  build(): unknown;
}
interface SdkConfigBuilder {
  pickListValidation(on: boolean): SdkConfigBuilder;
  autoRefreshFields(on: boolean): SdkConfigBuilder;
  build(): unknown;
}
interface LogBuilder {
  level(level: string): LogBuilder;
  filePath(path: string): LogBuilder;
  build(): unknown;
}
interface InitializeBuilder {
  user(user: unknown): InitializeBuilder;
  environment(environment: unknown): InitializeBuilder;
  token(token: unknown): InitializeBuilder;
  store(store: unknown): InitializeBuilder;
  SDKConfig(config: unknown): InitializeBuilder;
  resourcePath(path: string): InitializeBuilder;
  logger(logger: unknown): InitializeBuilder;
  initialize(): void;
}
interface RecordOperations {
  getRecords(module: string, params: unknown, headers: unknown): Promise<unknown>;
}

export const sdk = {
  /** Its constructor returns a Promise of the builder. */
  InitializeBuilder: load<Ctor<Promise<InitializeBuilder>>>('routes/initialize_builder', 'InitializeBuilder'),
  OAuthBuilder: load<Ctor<OAuthBuilder>>('models/authenticator/oauth_builder', 'OAuthBuilder'),
  UserSignature: load<Ctor<unknown>>('routes/user_signature', 'UserSignature'),
  Environment: load<Ctor<unknown>>('routes/dc/environment', 'Environment'),
  FileStore: load<Ctor<unknown>>('models/authenticator/store/file_store', 'FileStore'),
  SDKConfigBuilder: load<Ctor<SdkConfigBuilder>>('routes/sdk_config_builder', 'SDKConfigBuilder'),
  LogBuilder: load<Ctor<LogBuilder>>('routes/logger/log_builder', 'LogBuilder'),
  RecordOperations: load<Ctor<RecordOperations>>(
    'core/com/zoho/crm/api/record/record_operations',
    'RecordOperations',
  ),
  ParameterMap: load<Ctor<unknown>>('routes/parameter_map', 'ParameterMap'),
  HeaderMap: load<Ctor<unknown>>('routes/header_map', 'HeaderMap'),
  Initializer: load<{ getInitializer(): Promise<unknown> }>('routes/initializer', 'Initializer'),
};
