import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RunningZohoSim } from '../../index.ts';
import { selfClientGrant } from './sim-session.ts';
import { sdk } from './zoho-sdk.ts';

/** The v2 SDK's Bulk Read classes (CommonJS, typed by hand for what the fidelity test calls). */
const require = createRequire(import.meta.url);
const pkg = '@zohocrm/nodejs-sdk-2.0';
type Ctor<T> = new (...args: unknown[]) => T;
const load = <T>(path: string, name: string): T =>
  (require(`${pkg}/${path}`) as Record<string, T>)[name] as T;
const bulk = (name: string) => `core/com/zoho/crm/api/bulk_read/${name}`;

interface Choice {
  getValue(): string;
}
export interface SdkBulkResponse {
  getStatusCode(): number;
  getObject(): Record<string, (...args: unknown[]) => unknown>;
}

export const bulkSdk = {
  Choice: load<Ctor<Choice>>('utils/util/choice', 'Choice'),
  Operations: load<
    Ctor<{
      createBulkReadJob(request: unknown): Promise<SdkBulkResponse>;
      getBulkReadJobDetails(id: bigint): Promise<SdkBulkResponse>;
      downloadResult(id: bigint): Promise<SdkBulkResponse>;
    }>
  >(bulk('bulk_read_operations'), 'BulkReadOperations'),
  RequestWrapper: load<Ctor<{ setQuery(q: unknown): void; setCallback(c: unknown): void }>>(
    bulk('request_wrapper'),
    'RequestWrapper',
  ),
  Query: load<
    Ctor<{
      setModule(m: string): void;
      setFields(f: string[]): void;
      setPage(p: number): void;
      setCriteria(c: unknown): void;
    }>
  >(bulk('query'), 'Query'),
  Criteria: load<
    Ctor<{ setAPIName(n: string): void; setComparator(c: Choice): void; setValue(v: unknown): void }>
  >(bulk('criteria'), 'Criteria'),
};

/** Initialises the SDK (a process-wide singleton) against the simulator for one user. */
export async function initSdk(
  sim: RunningZohoSim,
  email: string,
  scopes: string,
  dir: string,
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
    .SDKConfig(new sdk.SDKConfigBuilder().pickListValidation(false).autoRefreshFields(false).build())
    .resourcePath(dir)
    .logger(new sdk.LogBuilder().level('error').filePath(join(dir, 'sdk.log')).build())
    .initialize();
  await sdk.Initializer.getInitializer();
}
