/**
 * A per-database, per-tenant memo of something read from PostgreSQL, valid for exactly one version of it.
 * The caller reads the current version in a query it makes anyway (a hash of the row, a version number), so
 * every BFF process sharing the database sees a change on its very next request: never a stale answer,
 * only a skipped read while nothing changed. Keyed by the pool too, so two databases (tests, benches) in
 * one process never share an entry.
 */
export interface VersionedCache<T> {
  /** The value at `version` (null: the row does not exist, so `missing`), read again only when it moved. */
  get(db: object, tenantId: string, version: string | null, read: () => Promise<T>, missing: T): Promise<T>;
}

export function versionedCache<T>(): VersionedCache<T> {
  const byDb = new WeakMap<object, Map<string, { version: string; value: T }>>();
  return {
    async get(db, tenantId, version, read, missing) {
      let tenants = byDb.get(db);
      if (!tenants) {
        tenants = new Map<string, { version: string; value: T }>();
        byDb.set(db, tenants);
      }
      if (version === null) {
        tenants.delete(tenantId);
        return missing;
      }
      const cached = tenants.get(tenantId);
      if (cached?.version === version) return cached.value;
      // Read after the version: at worst newer content under an older version, which the next request's
      // version check replaces; never older content under a newer version.
      const value = await read();
      tenants.set(tenantId, { version, value });
      return value;
    },
  };
}
