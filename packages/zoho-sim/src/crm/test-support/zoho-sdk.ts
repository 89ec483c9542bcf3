import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RunningZohoSim } from '../../index.ts';
import { selfClientGrant } from './sim-session.ts';

/**
 * Zoho's own Node SDK for API v2 (@zohocrm/nodejs-sdk-2.0): plain CommonJS without type declarations,
 * loaded with createRequire and typed by hand for the calls the fidelity test makes.
 */
const require = createRequire(import.meta.url);
const pkg = '@zohocrm/nodejs-sdk-2.0';

type Ctor<T = unknown> = new (...args: unknown[]) => T;
interface OAuthChain {
  clientId(v: string): OAuthChain;
  clientSecret(v: string): OAuthChain;
  grantToken(v: string): OAuthChain;
  build(): unknown;
}
interface InitChain {
  user(v: unknown): InitChain;
  environment(v: unknown): InitChain;
  token(v: unknown): InitChain;
  store(v: unknown): InitChain;
  SDKConfig(v: unknown): InitChain;
  resourcePath(v: string): InitChain;
  logger(v: unknown): InitChain;
  initialize(): Promise<void>;
}
interface ConfigChain {
  pickListValidation(v: boolean): ConfigChain;
  autoRefreshFields(v: boolean): ConfigChain;
  build(): unknown;
}
interface LogChain {
  level(v: string): LogChain;
  filePath(v: string): LogChain;
  build(): unknown;
}

export interface SdkRecord {
  getId(): bigint;
  getKeyValue(name: string): unknown;
  addKeyValue(name: string, value: unknown): void;
}

export interface SdkResponse {
  getStatusCode(): number;
  getObject(): {
    getData?(): unknown[];
    getCode?(): { getValue(): string };
    getDetails?(): Map<string, unknown>;
    getStatus?(): { getValue(): string };
  } | null;
}

interface RecordOps {
  getRecords(module: string, params: unknown, headers: unknown): Promise<SdkResponse>;
  getRecord(id: bigint, module: string, params?: unknown, headers?: unknown): Promise<SdkResponse>;
  createRecords(module: string, body: unknown): Promise<SdkResponse>;
  searchRecords(module: string, params: unknown, headers?: unknown): Promise<SdkResponse>;
}

const load = <T>(path: string, name: string): T =>
  (require(`${pkg}/${path}`) as Record<string, T>)[name] as T;

export const sdk = {
  InitializeBuilder: load<Ctor<Promise<InitChain>>>('routes/initialize_builder', 'InitializeBuilder'),
  OAuthBuilder: load<Ctor<OAuthChain>>('models/authenticator/oauth_builder', 'OAuthBuilder'),
  UserSignature: load<Ctor>('routes/user_signature', 'UserSignature'),
  DataCenter: load<{ setEnvironment(url: string, accounts: string, upload: string, name: string): unknown }>(
    'routes/dc/data_center',
    'DataCenter',
  ),
  FileStore: load<Ctor>('models/authenticator/store/file_store', 'FileStore'),
  SDKConfigBuilder: load<Ctor<ConfigChain>>('routes/sdk_config_builder', 'SDKConfigBuilder'),
  LogBuilder: load<Ctor<LogChain>>('routes/logger/log_builder', 'LogBuilder'),
  Initializer: load<{ getInitializer(): Promise<unknown> }>('routes/initializer', 'Initializer'),
  RecordOperations: load<Ctor<RecordOps>>(
    'core/com/zoho/crm/api/record/record_operations',
    'RecordOperations',
  ),
  BodyWrapper: load<Ctor<{ setData(records: unknown[]): void }>>(
    'core/com/zoho/crm/api/record/body_wrapper',
    'BodyWrapper',
  ),
  Record: load<Ctor<SdkRecord>>('core/com/zoho/crm/api/record/record', 'Record'),
  ParameterMap: load<Ctor<{ add(param: unknown, value: unknown): Promise<void> }>>(
    'routes/parameter_map',
    'ParameterMap',
  ),
  HeaderMap: load<Ctor>('routes/header_map', 'HeaderMap'),
  SearchRecordsParam: load<{ EMAIL: unknown; PHONE: unknown; CRITERIA: unknown; WORD: unknown }>(
    'core/com/zoho/crm/api/record/record_operations',
    'SearchRecordsParam',
  ),
  APIException: load<Ctor>('core/com/zoho/crm/api/record/api_exception', 'APIException'),
  LayoutsOperations: load<Ctor<{ getLayouts(): Promise<SdkResponse> }>>(
    'core/com/zoho/crm/api/layouts/layouts_operations',
    'LayoutsOperations',
  ),
};

export interface SdkSetup {
  /** The SDK then walks /settings/modules and every module's /settings/fields up front. */
  autoRefreshFields?: boolean;
  logLevel?: 'error' | 'off';
}

/**
 * Initialises the SDK (a process-wide singleton) against the simulator for one user, as a connector
 * would: a self client's grant code, a file token store and resource folder in `dir`.
 */
export async function initSdk(
  sim: RunningZohoSim,
  email: string,
  scopes: string,
  dir: string,
  { autoRefreshFields = false, logLevel = 'error' }: SdkSetup = {},
): Promise<void> {
  const grant = await selfClientGrant(sim, email, scopes);
  const api = sim.dcs.us.api;
  const environment = sdk.DataCenter.setEnvironment(
    api,
    `${sim.dcs.us.accounts}/oauth/v2/token`,
    api,
    'local_sim',
  );
  const token = new sdk.OAuthBuilder()
    .clientId(grant.client_id)
    .clientSecret(grant.client_secret)
    .grantToken(grant.code)
    .build();
  const builder = await new sdk.InitializeBuilder();
  await builder
    .user(new sdk.UserSignature(email))
    .environment(environment)
    .token(token)
    .store(new sdk.FileStore(join(dir, 'tokens.txt')))
    .SDKConfig(
      new sdk.SDKConfigBuilder().pickListValidation(false).autoRefreshFields(autoRefreshFields).build(),
    )
    .resourcePath(dir)
    .logger(new sdk.LogBuilder().level(logLevel).filePath(join(dir, 'sdk.log')).build())
    .initialize();
  await sdk.Initializer.getInitializer();
}
