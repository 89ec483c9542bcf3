import { sentZohoFieldSchema } from '@cxc/shared/api/settings';
import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import { type ZohoModule, zohoModuleSchema } from '@cxc/shared/domain/modules';
import { type LayoutRequiredByModule, layoutRequiredSchema } from '@cxc/shared/domain/zoho-layouts';
import { type ZohoUser, zohoUserSchema } from '@cxc/shared/domain/zoho-users';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { type ConnectionRecord, readConnection } from '../../zoho/connection-store.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import {
  ZohoError,
  ZohoNeedsReconnectError,
  ZohoNotConnectedError,
  ZohoThrottledError,
  ZohoUnreachableError,
} from '../../zoho/zoho-errors.ts';
import { describeZohoFailure, type MetadataFailure } from './describe-zoho-failure.ts';
import { loadLayoutRequired } from './load-layout-required.ts';
import type { Queryable } from '../../db/queryable.ts';
import { singleFlight } from './metadata-single-flight.ts';
import {
  type CachedMetadata,
  METADATA_TTL_SECONDS,
  readCachedMetadata,
  writeCachedMetadata,
} from './zoho-metadata-cache.ts';

export interface ZohoMetadata {
  /** A module whose fields failed to load is absent (and listed in `failures`), never empty. */
  fieldsByModule: FieldsByModule;
  users: ZohoUser[];
  failures: MetadataFailure[];
  /** Only when asked for (`layouts: true`); a module whose layouts could not be read is `unknown`. */
  layoutRequired?: LayoutRequiredByModule;
  fetchedAt: Date;
}

/** The error behind each failure, so requireUsers can rethrow a transient one as itself. */
const causes = new WeakMap<MetadataFailure, ZohoError>();

/** Failures of the connection itself are not about one module: they fail the whole request. */
function asModuleFailure(module: string, reason: unknown): MetadataFailure {
  if (!(reason instanceof ZohoError)) throw reason;
  if (reason instanceof ZohoNotConnectedError || reason instanceof ZohoNeedsReconnectError) throw reason;
  const failure = describeZohoFailure(module, reason);
  causes.set(failure, reason);
  return failure;
}

async function fetchMetadata(client: ZohoClient): Promise<Omit<ZohoMetadata, 'fetchedAt'>> {
  const modules: readonly ZohoModule[] = zohoModuleSchema.options;
  const [users, ...fields] = await Promise.allSettled([
    // AllUsers, not ActiveUsers: a link to a deactivated user must show as inactive, not as unknown.
    client.users('AllUsers'),
    ...modules.map((module) => client.fields(module)),
  ]);
  const metadata: Omit<ZohoMetadata, 'fetchedAt'> = { fieldsByModule: {}, users: [], failures: [] };
  fields.forEach((result, i) => {
    const module = modules[i] as ZohoModule;
    if (result.status === 'fulfilled') metadata.fieldsByModule[module] = result.value;
    else metadata.failures.push(asModuleFailure(module, result.reason));
  });
  if (users.status === 'fulfilled') {
    metadata.users = users.value.map(({ id, email, full_name, status }) => ({
      id,
      email,
      status,
      ...(full_name === undefined ? {} : { full_name }),
    }));
  } else metadata.failures.push(asModuleFailure('Users', users.reason));
  return metadata;
}

function layoutsFromCache(cached: LayoutRequiredByModule | undefined): LayoutRequiredByModule | undefined {
  if (!cached) return undefined;
  const out: LayoutRequiredByModule = {};
  for (const [module, value] of Object.entries(cached))
    out[zohoModuleSchema.parse(module)] = layoutRequiredSchema.parse(value);
  return out;
}

function fromCache({ metadata, fetchedAt }: CachedMetadata): ZohoMetadata {
  const fieldsByModule: FieldsByModule = {};
  for (const [module, fields] of Object.entries(metadata.fieldsByModule))
    fieldsByModule[zohoModuleSchema.parse(module)] = fields.map((f) => sentZohoFieldSchema.parse(f));
  const layoutRequired = layoutsFromCache(metadata.layoutRequired);
  return {
    fieldsByModule,
    users: metadata.users.map((u) => zohoUserSchema.parse(u)),
    failures: [],
    ...(layoutRequired ? { layoutRequired } : {}),
    fetchedAt,
  };
}

/**
 * The parsed metadata this process last read or fetched, per tenant and connection: within the cache's
 * lifetime, and until another process stores a newer entry, the engine's events skip reading and parsing
 * the shared entry (every module's fields) again.
 */
const parsedByPool = new WeakMap<object, Map<string, ZohoMetadata>>();

function memoOf(pool: object): Map<string, ZohoMetadata> {
  let memo = parsedByPool.get(pool);
  if (!memo) parsedByPool.set(pool, (memo = new Map<string, ZohoMetadata>()));
  return memo;
}

/**
 * This process's copy while it is within the cache's lifetime and no process has stored a newer one
 * since (`sharedFetchedAt`, read with the connection): a refresh anywhere is seen by the next load here.
 */
function recall(
  pool: object,
  key: string,
  sharedFetchedAt: Date | null | undefined,
): ZohoMetadata | undefined {
  const entry = memoOf(pool).get(key);
  if (!entry || Date.now() - entry.fetchedAt.getTime() >= METADATA_TTL_SECONDS * 1000) return undefined;
  return sharedFetchedAt && sharedFetchedAt.getTime() > entry.fetchedAt.getTime() ? undefined : entry;
}

function remember(pool: object, key: string, metadata: ZohoMetadata): ZohoMetadata {
  memoOf(pool).set(key, metadata);
  return metadata;
}

/** A layouts read that failed for a passing reason is not cached: the next check tries again. */
const cacheableLayouts = (layouts: LayoutRequiredByModule | undefined) =>
  layouts && !Object.values(layouts).some((l) => l.status === 'unknown' && l.reason === 'unavailable')
    ? { layoutRequired: layouts }
    : {};

/**
 * `/settings/fields` of every module the domain uses and the org's users, live from the connected org,
 * cached for a minute per tenant (complete reads only). `refresh` skips the cache. `layouts` adds the
 * default layouts' required fields (one `/settings/layouts` per module, cached alongside); other callers
 * (engine, agent panel) do not pay for those calls.
 */
export async function loadZohoMetadata(
  deps: Pick<AppDeps, 'pool' | 'logger'>,
  client: ZohoClient,
  /** `connection`: the caller's own read of it, so one engine attempt reads it once. */
  options: { refresh?: boolean; layouts?: boolean; connection?: ConnectionRecord | undefined } = {},
): Promise<ZohoMetadata> {
  const connection =
    'connection' in options ? options.connection : await readConnection(deps.pool, client.tenantId);
  // Another connection or another org of the same connection is other metadata.
  const org = connection?.org?.id ?? '';
  const key = `${client.connectionId}|${org}`;
  const remembered =
    options.refresh || options.layouts
      ? undefined
      : recall(deps.pool, `${client.tenantId}|${key}`, connection?.metadataFetchedAt);
  if (remembered) return remembered;
  if (!options.refresh) {
    const cached = await readCachedMetadata(deps.pool, client.tenantId, key);
    if (cached && (!options.layouts || cached.metadata.layoutRequired))
      return remember(deps.pool, `${client.tenantId}|${key}`, fromCache(cached));
    if (cached) {
      // Fields and users are fresh: only the layouts are missing. They join the entry, which keeps its age.
      const layoutRequired = await loadLayoutRequired(deps, client);
      await writeCachedMetadata(deps.pool, client.tenantId, key, {
        metadata: { ...cached.metadata, ...cacheableLayouts(layoutRequired) },
        fetchedAt: cached.fetchedAt,
      });
      return { ...fromCache(cached), layoutRequired };
    }
  }
  if (options.layouts) return fetchAndStore(deps, client, key, true);
  const requestedAt = Date.now();
  return singleFlight(
    deps.pool,
    `${client.tenantId}|${key}|${options.refresh ? 'refresh' : 'load'}`,
    async (db) => {
      // Whoever held the lock before may have just refreshed: a refresh asked for now takes only a newer one.
      const shared = await readCachedMetadata(db, client.tenantId, key);
      const fresh =
        shared && (!options.refresh || shared.fetchedAt.getTime() >= requestedAt)
          ? fromCache(shared)
          : await fetchAndStore({ ...deps, pool: db }, client, key, false);
      return fresh.failures.length ? fresh : remember(deps.pool, `${client.tenantId}|${key}`, fresh);
    },
  );
}

async function fetchAndStore(
  deps: { pool: Queryable; logger: AppDeps['logger'] },
  client: ZohoClient,
  key: string,
  layouts: boolean,
): Promise<ZohoMetadata> {
  const fetchedAt = new Date();
  const [fetched, layoutRequired] = await Promise.all([
    fetchMetadata(client),
    layouts ? loadLayoutRequired(deps, client) : undefined,
  ]);
  const metadata: ZohoMetadata = { ...fetched, ...(layoutRequired ? { layoutRequired } : {}), fetchedAt };
  if (metadata.failures.length === 0) {
    const { fieldsByModule, users } = metadata;
    await writeCachedMetadata(deps.pool, client.tenantId, key, {
      metadata: { fieldsByModule, users, ...cacheableLayouts(layoutRequired) },
      fetchedAt,
    });
  } else {
    const failures = metadata.failures.map(({ module, code }) => ({ module, code }));
    deps.logger.warn({ tenantId: client.tenantId, failures }, 'zoho metadata incomplete');
  }
  return metadata;
}

/**
 * Owner checks and owner resolution need the users: without them every link would look inactive.
 * So a failed users read fails the request instead of producing misleading owner problems.
 */
export function requireUsers(metadata: ZohoMetadata): ZohoUser[] {
  const failure = metadata.failures.find((f) => f.module === 'Users');
  if (!failure) return metadata.users;
  const cause = causes.get(failure);
  // Zoho down or throttling stays what it is, so the engine retries it without counting it as our bug.
  if (cause instanceof ZohoUnreachableError || cause instanceof ZohoThrottledError) throw cause;
  throw new AppError('UPSTREAM_UNAVAILABLE', failure.message);
}
