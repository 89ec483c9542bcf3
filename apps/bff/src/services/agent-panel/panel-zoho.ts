import { PANEL_READ_MODULES, type PanelReadModule } from '@cxc/shared/api/agent-panel';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import { STANDARD_PHONE_FIELDS } from '../../zoho/phone-query.ts';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { AppError } from '../../errors/app-error.ts';
import { findByPhone } from '../../zoho/phone-lookup.ts';
import type { ZohoClient, ZohoSearchQuery, ZohoWriteResult } from '../../zoho/zoho-client.ts';

export const PANEL_CREATE_MODULES = ['Leads', 'Contacts', 'Cases', 'Tasks', 'Calls', 'Notes'] as const;
export type PanelCreateModule = (typeof PANEL_CREATE_MODULES)[number];
const RELATED_MODULES = ['Tasks', 'Cases'] as const;
type RelatedModule = (typeof RELATED_MODULES)[number];

function refuse(operation: string, module: string): never {
  throw new AppError('FORBIDDEN', `The agent panel may not ${operation} ${module} in Zoho CRM.`);
}

const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * The only door from the agent panel to Zoho: the tenant's own client (never a URL or host from the
 * request) narrowed to the panel's allowlist. Routes validate module names already; this second check
 * keeps a future caller from widening the panel by accident.
 */
export interface PanelZoho {
  readonly apiDomain: string;
  search(module: PanelReadModule, query: ZohoSearchQuery): Promise<ZohoRecord[]>;
  getRecord(module: PanelReadModule, id: string): Promise<ZohoRecord | undefined>;
  /** Records holding `e164` in any of `variants`, in any standard phone field: one COQL (+ one read). */
  findByPhone(module: PanelReadModule, e164: string, variants: readonly string[]): Promise<ZohoRecord[]>;
  /** Tasks or Cases whose lookup `field` points at the record (Who_Id, What_Id, Contact_Name …). */
  related(module: RelatedModule, field: string, id: string): Promise<ZohoRecord[]>;
  create(module: PanelCreateModule, record: Record<string, unknown>): Promise<ZohoWriteResult>;
  fields(module: PanelCreateModule): Promise<ZohoField[]>;
}

export function panelZoho(client: ZohoClient): PanelZoho {
  return {
    apiDomain: client.apiDomain,
    async search(module, query) {
      if (!isIn(PANEL_READ_MODULES, module)) refuse('search', module);
      return (await client.search(module, query, { perPage: 20 })).records;
    },
    async getRecord(module, id) {
      if (!isIn(PANEL_READ_MODULES, module)) refuse('read', module);
      return client.getRecord(module, id);
    },
    async findByPhone(module, e164, variants) {
      if (!isIn(PANEL_READ_MODULES, module)) refuse('search', module);
      return findByPhone(client, module, e164, STANDARD_PHONE_FIELDS[module], variants);
    },
    async related(module, field, id) {
      if (!isIn(RELATED_MODULES, module)) refuse('read', module);
      const criteria = `(${field}:equals:${id.replace(/\D/g, '')})`;
      return (await client.search(module, { criteria }, { perPage: 50 })).records;
    },
    async create(module, record) {
      if (!isIn(PANEL_CREATE_MODULES, module)) refuse('create', module);
      // No `trigger` key: Zoho's own workflows run as they would for a record made in Zoho.
      return client.insertRecords(module, [record]);
    },
    async fields(module) {
      if (!isIn(PANEL_CREATE_MODULES, module)) refuse('read the fields of', module);
      return client.fields(module);
    },
  };
}
