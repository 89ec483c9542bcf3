import type { Lookup, LookupQuery, ZohoRecord } from '@cxc/shared/domain/lookup';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import { phoneSearchVariants } from '@cxc/shared/domain/phone';

const EMAIL_FIELDS = ['Email', 'Secondary_Email'];
const PHONE_FIELDS = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone'];
const text = (v: unknown) =>
  typeof v === 'object' && v !== null && 'name' in v ? String(v.name) : typeof v === 'string' ? v : '';

function criteriaMatch(record: ZohoRecord, criteria: string): boolean {
  const conditions = [...criteria.matchAll(/\((\w+):equals:((?:\\.|[^()\\])*)\)/g)];
  // Zoho's `equals` behaves like a word match: "Acme" also finds "Acme Inc".
  return conditions.every(([, field = '', value = '']) =>
    text(record[field]).toLowerCase().includes(value.replace(/\\(.)/g, '$1').toLowerCase()),
  );
}

/**
 * An org's records behind the planner's `lookup` port, with Zoho's semantics: phones match a listed
 * spelling exactly (no normalisation), `email=` all e-mail fields, criteria `equals` by word.
 */
export function memoryLookup(records: Partial<Record<ZohoModule, ZohoRecord[]>>): {
  lookup: Lookup;
  calls: LookupQuery[];
} {
  const calls: LookupQuery[] = [];
  const lookup: Lookup = (q) => {
    calls.push(q);
    const rows = records[q.module] ?? [];
    switch (q.by) {
      case 'id':
        return Promise.resolve(rows.filter((r) => r.id === q.id));
      case 'email':
        return Promise.resolve(
          rows.filter((r) => EMAIL_FIELDS.some((f) => text(r[f]).toLowerCase() === q.email.toLowerCase())),
        );
      case 'phone': {
        // The BFF's one COQL per module: every spelling of an E.164 number in every phone field,
        // each compared as text; other input is one `phone=` search for that exact text.
        const spellings = new Set(phoneSearchVariants(q.phone));
        if (!spellings.size) spellings.add(q.phone);
        const fields = q.fields ?? PHONE_FIELDS;
        return Promise.resolve(
          rows.filter((r) => fields.some((f) => typeof r[f] === 'string' && spellings.has(r[f]))),
        );
      }
      case 'criteria':
        return Promise.resolve(rows.filter((r) => criteriaMatch(r, q.criteria)));
    }
  };
  return { lookup, calls };
}
