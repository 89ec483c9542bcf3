/**
 * OAuth scopes the simulator grants. Zoho separates scopes with commas; generic OAuth clients send
 * spaces, and Zoho's own samples mix cases (`AaaServer.profile.Read`), so both separators and any case
 * are accepted and each scope is stored in its canonical spelling (`ZohoCRM.modules.leads.READ`).
 */
const OPERATIONS = ['ALL', 'READ', 'CREATE', 'UPDATE', 'WRITE', 'DELETE'] as const;
/** CRM scope groups that take an operation directly or a sub-resource and an operation. */
const CRM_WITH_SUB = new Set(['modules', 'settings']);
const CRM_PLAIN = new Set(['users', 'org', 'notifications', 'bulk', 'files', 'coql']);
const OIDC = new Set(['openid', 'email', 'profile', 'phone']);
const IDENT = /^[a-z][a-z0-9_]*$/;

export type ScopeParse = { ok: true; scopes: string[] } | { ok: false; invalid: string };

export function parseScopes(raw: string | undefined): ScopeParse {
  const parts = (raw ?? '').split(/[\s,]+/).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, invalid: '' };
  const scopes: string[] = [];
  for (const part of parts) {
    const canonical = canonicalScope(part);
    if (canonical === undefined) return { ok: false, invalid: part };
    if (!scopes.includes(canonical)) scopes.push(canonical);
  }
  return { ok: true, scopes };
}

export function canonicalScope(scope: string): string | undefined {
  const lower = scope.toLowerCase();
  if (OIDC.has(lower)) return lower;
  const parts = lower.split('.');
  const op = parts.at(-1)?.toUpperCase() as (typeof OPERATIONS)[number] | undefined;
  if (op === undefined || !OPERATIONS.includes(op)) return undefined;
  const [service, resource, sub] = parts;
  if (service === 'aaaserver' && resource === 'profile' && parts.length === 3)
    return `AaaServer.profile.${op}`;
  if (service === 'zohosearch' && resource === 'securesearch' && parts.length === 3) {
    return `ZohoSearch.securesearch.${op}`;
  }
  if (service !== 'zohocrm' || resource === undefined) return undefined;
  if (resource === 'coql' && op !== 'READ') return undefined;
  if (parts.length === 3 && (CRM_PLAIN.has(resource) || CRM_WITH_SUB.has(resource))) {
    return `ZohoCRM.${resource}.${op}`;
  }
  if (parts.length === 4 && CRM_WITH_SUB.has(resource) && sub !== undefined && IDENT.test(sub)) {
    return `ZohoCRM.${resource}.${sub}.${op}`;
  }
  return undefined;
}

const VERBS: Record<string, string> = {
  ALL: 'Full access to',
  READ: 'Read',
  CREATE: 'Create',
  UPDATE: 'Update',
  WRITE: 'Create, update and delete',
  DELETE: 'Delete',
};

/** A plain-language line for the consent page. */
export function describeScope(scope: string): string {
  if (scope === 'openid') return 'Sign you in with your Zoho account';
  if (scope === 'email') return 'See your email address';
  if (scope === 'profile') return 'See your name';
  if (scope === 'phone') return 'See your phone number';
  const parts = scope.split('.');
  const verb = VERBS[parts.at(-1) ?? ''] ?? 'Use';
  const what = parts.slice(1, -1).join(' › ');
  const product =
    parts[0] === 'ZohoCRM' ? 'Zoho CRM' : parts[0] === 'AaaServer' ? 'your Zoho account' : 'Zoho Search';
  return `${verb} ${what} (${product})`;
}
