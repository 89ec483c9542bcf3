import type { Lookup } from '@cxc/shared/domain/lookup';
import { STANDARD_PHONE_FIELDS } from '../../zoho/phone-query.ts';
import { zohoLookup } from '../../zoho/lookup.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { EmailLookupBatcher } from './email-lookup-batcher.ts';
import { PhoneLookupBatcher } from './phone-lookup-batcher.ts';
import { RecordReadBatcher } from './record-read-batcher.ts';

const phoneFieldsOf = (module: string, fields: readonly string[] | undefined): readonly string[] =>
  fields ??
  (module in STANDARD_PHONE_FIELDS
    ? STANDARD_PHONE_FIELDS[module as keyof typeof STANDARD_PHONE_FIELDS]
    : ['Phone']);

/**
 * The planner's Lookup for the engine: e-mail and phone lookups of every conversation in flight share
 * their COQL calls, and the reads of the records they found share `GET ?ids=` calls. Lookups by id and by
 * criteria go to Zoho as they are.
 */
export class BatchedLookups {
  private readonly reads: RecordReadBatcher;
  private readonly emails: EmailLookupBatcher;
  private readonly phones: PhoneLookupBatcher;

  constructor(windowMs: number) {
    this.reads = new RecordReadBatcher(windowMs);
    this.emails = new EmailLookupBatcher(windowMs, this.reads);
    this.phones = new PhoneLookupBatcher(windowMs, this.reads);
  }

  lookup(client: ZohoClient): Lookup {
    const plain = zohoLookup(client);
    const batched: Lookup = (query) => {
      if (query.by === 'email' && EmailLookupBatcher.covers(query.module))
        return this.emails.find(client, query.module, query.email);
      if (query.by === 'phone')
        return this.phones.find(client, query.module, query.phone, phoneFieldsOf(query.module, query.fields));
      return plain(query);
    };
    // Another module's question rides in that module's open batch: asking it early costs no call.
    batched.concurrent = true;
    return batched;
  }
}
