import type { ChannelSettings } from '@cxc/shared/domain/channel-settings';
import { customerPhoneOf } from '@cxc/shared/domain/events';
import { type FieldsByModule, fieldsOf } from '@cxc/shared/domain/fields-by-module';
import type { IdRule } from '@cxc/shared/domain/identification';
import {
  equalsCriteria,
  type Lookup,
  type LookupQuery,
  type StoredLink,
  type ZohoRecord,
} from '@cxc/shared/domain/lookup';
import type { IdentityModule } from '@cxc/shared/domain/modules';
import { normalizePhone } from '@cxc/shared/domain/phone';
import { STANDARD_PHONE_FIELDS } from '../../zoho/phone-query.ts';
import type { PlanIssue, SearchStep } from '@cxc/shared/domain/plan-schema';
import { recordHasPhone } from '@cxc/shared/domain/record-country';
import { rowValue, type ValueContext } from './plan-values.ts';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { resolveSource } from '@cxc/shared/domain/source-resolve';

export interface IdentifyContext {
  settings: IntegrationSettings;
  channel: ChannelSettings;
  fieldsByModule: FieldsByModule;
  lookup: Lookup;
  links: readonly StoredLink[];
  values: ValueContext;
  searches: SearchStep[];
  issues: PlanIssue[];
}

const DEFAULT_EMAIL = ['Email', 'Secondary_Email'];

/** Zoho's `email=` searches every e-mail field; the phone query names every phone field. We re-check them. */
function typedFields(ctx: IdentifyContext, module: IdentityModule, type: 'email' | 'phone'): string[] {
  const fields = fieldsOf(ctx.fieldsByModule, module);
  if (fields) return fields.filter((f) => f.data_type === type).map((f) => f.api_name);
  return type === 'email' ? DEFAULT_EMAIL : [...STANDARD_PHONE_FIELDS[module]];
}

const same = (a: unknown, b: string) =>
  typeof a === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
const nameOf = (v: unknown) => (typeof v === 'object' && v !== null && 'name' in v ? v.name : v);
const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

async function search(
  ctx: IdentifyContext,
  module: IdentityModule,
  rule: IdRule['kind'],
  query: LookupQuery,
  keep: (r: ZohoRecord) => boolean,
) {
  const results = await ctx.lookup(query);
  const matched = results.filter(keep);
  ctx.searches.push({
    module,
    rule,
    query,
    resultIds: results.map((r) => r.id),
    matchedIds: matched.map((r) => r.id),
  });
  return matched;
}

function tooShort(
  ctx: IdentifyContext,
  module: IdentityModule,
  rule: IdRule['kind'],
  value: string | undefined,
): boolean {
  if (value === undefined) return true;
  // Zoho rejects search values under two characters with INVALID_DATA.
  if (value.trim().length >= 2) return false;
  ctx.issues.push({ severity: 'info', code: 'search_value_too_short', module, params: { rule } });
  return true;
}

async function byPhone(ctx: IdentifyContext, module: IdentityModule): Promise<ZohoRecord[]> {
  const { event, defaultCountry } = ctx.values;
  const raw = customerPhoneOf(event);
  if (!raw) return [];
  const country = event.visitor.country ?? defaultCountry;
  const phone = normalizePhone(raw, country);
  if (!phone.ok) {
    ctx.issues.push({
      severity: 'warning',
      code: 'phone_unparseable',
      module,
      params: { phone: raw, reason: phone.reason },
    });
    return [];
  }
  const fields = typedFields(ctx, module, 'phone');
  if (!fields.length) return [];
  // One request per module for every spelling (phone-query.ts); Zoho compares text, we compare E.164,
  // reading each record's numbers in its own country (a German Lead's `030 …` for a US tenant).
  const keep = (r: ZohoRecord) => recordHasPhone(r, fields, phone.e164, defaultCountry);
  return search(ctx, module, 'phone', { by: 'phone', module, phone: phone.e164, fields }, keep);
}

function lastNameFor(ctx: IdentifyContext, module: IdentityModule): string | undefined {
  const row =
    module === 'Accounts' ? undefined : ctx.channel.mapping[module]?.find((r) => r.zohoField === 'Last_Name');
  const value = row ? rowValue(module, row, ctx.values, []) : undefined;
  return value ? String(value.value) : ctx.values.event.visitor.name;
}

async function byNameCompany(ctx: IdentifyContext, module: IdentityModule): Promise<ZohoRecord[]> {
  const company = ctx.values.event.visitor.company;
  if (tooShort(ctx, module, 'name_company', company) || company === undefined) return [];
  if (module === 'Accounts') {
    const criteria = equalsCriteria([['Account_Name', company]]);
    return search(ctx, module, 'name_company', { by: 'criteria', module, criteria }, (r) =>
      same(r.Account_Name, company),
    );
  }
  const last = lastNameFor(ctx, module);
  if (tooShort(ctx, module, 'name_company', last) || last === undefined) return [];
  // Contacts hold the company as the Account_Name lookup: search by name, re-check the lookup's name.
  const pairs: [string, string][] =
    module === 'Leads'
      ? [
          ['Last_Name', last],
          ['Company', company],
        ]
      : [['Last_Name', last]];
  const keep = (r: ZohoRecord) =>
    same(r.Last_Name, last) && same(nameOf(module === 'Leads' ? r.Company : r.Account_Name), company);
  return search(
    ctx,
    module,
    'name_company',
    { by: 'criteria', module, criteria: equalsCriteria(pairs) },
    keep,
  );
}

/** Runs one identification rule against one module; returns the records that survive the exact re-check. */
export async function runRule(
  ctx: IdentifyContext,
  module: IdentityModule,
  rule: IdRule,
  role: StoredLink['role'],
): Promise<ZohoRecord[]> {
  const { event } = ctx.values;
  switch (rule.kind) {
    case 'stored_link': {
      const link = ctx.links.find((l) => l.role === role && l.module === module);
      if (!link) return [];
      return search(ctx, module, 'stored_link', { by: 'id', module, id: link.id }, (r) => r.id === link.id);
    }
    case 'email': {
      const email = event.visitor.email;
      if (tooShort(ctx, module, 'email', email) || email === undefined) return [];
      const fields = typedFields(ctx, module, 'email');
      return search(ctx, module, 'email', { by: 'email', module, email }, (r) =>
        fields.some((f) => same(r[f], email)),
      );
    }
    case 'phone':
      return byPhone(ctx, module);
    case 'name_company':
      return byNameCompany(ctx, module);
    case 'custom_field': {
      const value = resolveSource(rule.source, event, ctx.values.resolve);
      const text = value === undefined ? undefined : String(value);
      if (tooShort(ctx, module, 'custom_field', text) || text === undefined) return [];
      const criteria = equalsCriteria([[rule.zohoField, text]]);
      return search(ctx, module, 'custom_field', { by: 'criteria', module, criteria }, (r) =>
        same(scalar(r[rule.zohoField]), text),
      );
    }
  }
}
