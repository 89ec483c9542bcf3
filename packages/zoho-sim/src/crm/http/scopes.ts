import { ZohoError } from './errors.ts';

const WRITE_OPS = new Set(['CREATE', 'UPDATE', 'DELETE', 'WRITE']);

function opCovers(granted: string, needed: string): boolean {
  if (granted === 'ALL' || granted === needed) return true;
  return granted === 'WRITE' && WRITE_OPS.has(needed);
}

/**
 * Zoho scopes are `Service.path….OPERATION`; a granted scope covers a needed one when its path is a
 * prefix of the needed path and its operation covers the needed operation (`ALL` ⊇ everything,
 * `WRITE` ⊇ CREATE/UPDATE/DELETE). So `ZohoCRM.modules.ALL` and `ZohoCRM.modules.READ` both cover
 * `ZohoCRM.modules.leads.READ`, and `ZohoCRM.settings.ALL` covers `ZohoCRM.settings.fields.READ`.
 * Matching ignores case, as Zoho Accounts does.
 */
export function scopeCovers(granted: string, needed: string): boolean {
  const g = granted.toUpperCase().split('.');
  const n = needed.toUpperCase().split('.');
  if (g.length < 2 || n.length < 2 || g[0] !== n[0]) return false;
  const gPath = g.slice(1, -1);
  const nPath = n.slice(1, -1);
  if (gPath.length > nPath.length) return false;
  if (!gPath.every((seg, i) => seg === nPath[i])) return false;
  return opCovers(g[g.length - 1] ?? '', n[n.length - 1] ?? '');
}

export function hasScope(granted: readonly string[], needed: string): boolean {
  return granted.some((g) => scopeCovers(g, needed));
}

/** Throws OAUTH_SCOPE_MISMATCH unless every needed scope is covered. */
export function requireScopes(granted: readonly string[], ...needed: string[]): void {
  for (const n of needed) {
    if (!hasScope(granted, n)) throw new ZohoError('OAUTH_SCOPE_MISMATCH');
  }
}

export const moduleScope = (scopeName: string, op: 'READ' | 'CREATE' | 'UPDATE' | 'DELETE'): string =>
  `ZohoCRM.modules.${scopeName}.${op}`;
