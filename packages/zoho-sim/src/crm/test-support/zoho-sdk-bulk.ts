import { createRequire } from 'node:module';

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
