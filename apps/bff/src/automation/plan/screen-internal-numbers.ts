import { type ConversationEvent, customerPhoneOf } from '@cxc/shared/domain/events';
import { isInternalNumber } from '@cxc/shared/domain/internal-numbers';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';

export interface Screened {
  /** The event without the company's own number as the customer's (so it is never searched or written). */
  event: ConversationEvent;
  /** The customer's only identity was one of the company's numbers: nobody to search for or create. */
  internalOnly: boolean;
}

/**
 * The company's own lines, extensions and patterns are never a customer: a colleague calling from the
 * switchboard must not become a Lead, and must not be matched to whoever once typed the switchboard
 * into a Contact. The far end of the call and the visitor's phone are dropped when they are internal.
 */
export function screenInternalNumbers(event: ConversationEvent, settings: IntegrationSettings): Screened {
  const list = settings.records.internalNumbers;
  const internal = (raw: string | undefined) =>
    raw !== undefined && isInternalNumber(list, raw, event.visitor.country ?? settings.defaultCountry);
  const phone = customerPhoneOf(event);
  if (!internal(phone)) return { event, internalOnly: false };
  const copy = structuredClone(event);
  if (internal(copy.visitor.phone)) delete copy.visitor.phone;
  if (copy.type === 'call.ended' || copy.type === 'call.started') {
    if (copy.call.direction === 'inbound' && internal(copy.call.caller)) delete copy.call.caller;
    if (copy.call.direction === 'outbound' && internal(copy.call.callee)) delete copy.call.callee;
  }
  const left = customerPhoneOf(copy);
  return { event: copy, internalOnly: !copy.visitor.email && (!left || internal(left)) };
}
