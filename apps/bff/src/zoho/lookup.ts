import type { Lookup } from '@cxc/shared/domain/lookup';
import { STANDARD_PHONE_FIELDS } from './phone-query.ts';
import { findByPhone } from './phone-lookup.ts';
import type { ZohoClient } from './zoho-client.ts';

const standardPhoneFields = (module: string): readonly string[] =>
  module in STANDARD_PHONE_FIELDS
    ? STANDARD_PHONE_FIELDS[module as keyof typeof STANDARD_PHONE_FIELDS]
    : ['Phone'];

/** The planner's Lookup port over a real client (`GET /{module}/{id}`, `/search`, COQL for phones). */
export function zohoLookup(client: ZohoClient): Lookup {
  return async (query) => {
    switch (query.by) {
      case 'id': {
        const record = await client.getRecord(query.module, query.id);
        return record ? [record] : [];
      }
      case 'email':
        return (await client.search(query.module, { email: query.email })).records;
      case 'phone':
        return findByPhone(
          client,
          query.module,
          query.phone,
          query.fields ?? standardPhoneFields(query.module),
        );
      case 'criteria':
        return (await client.search(query.module, { criteria: query.criteria })).records;
    }
  };
}
