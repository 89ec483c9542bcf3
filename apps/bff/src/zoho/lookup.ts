import type { Lookup } from '@cxc/shared/domain/lookup';
import type { ZohoClient } from './zoho-client.ts';

/** The planner's Lookup port over a real client (`GET /{module}/{id}` or `/search`). */
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
        return (await client.search(query.module, { phone: query.phone })).records;
      case 'criteria':
        return (await client.search(query.module, { criteria: query.criteria })).records;
    }
  };
}
