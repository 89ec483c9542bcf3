import {
  conversationEventSchema,
  type ConversationEventInput,
  type EventType,
} from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';

export interface VisitorInput {
  name: string;
  email: string;
  phone: string;
  /** The visitor's country (ISO code, '' for none): the tenant's default unless the admin picks another. */
  country: string;
}

const FIELDS = ['name', 'email', 'phone'] as const;

/**
 * The sample's visitor in `country` (the tenant's default country): the samples' own German visitor
 * would read a US admin's `(415) 555-0100` as a Berlin number.
 */
export function sampleVisitor(type: EventType, country = ''): VisitorInput {
  const visitor: { name?: string; email?: string; phone?: string } = SAMPLE_EVENTS[type].visitor;
  return { name: visitor.name ?? '', email: visitor.email ?? '', phone: visitor.phone ?? '', country };
}

/**
 * The sample event of a type with the admin's visitor details (an empty box leaves the detail out),
 * checked by the same schema the BFF uses; problems are reported per visitor field.
 */
export function buildSampleEvent(
  type: EventType,
  input: VisitorInput,
): { value?: ConversationEventInput; errors: Partial<Record<keyof VisitorInput, string>> } {
  const sample = structuredClone(SAMPLE_EVENTS[type]) as ConversationEventInput;
  const visitor: Record<string, unknown> = { ...sample.visitor };
  for (const key of FIELDS) {
    const value = input[key].trim();
    if (value) visitor[key] = value;
    else delete visitor[key];
  }
  if (input.country) visitor.country = input.country;
  else delete visitor.country;
  const candidate = { ...sample, visitor } as ConversationEventInput;
  const parsed = conversationEventSchema.safeParse(candidate);
  if (parsed.success) return { value: candidate, errors: {} };
  const errors: Partial<Record<keyof VisitorInput, string>> = {};
  for (const issue of parsed.error.issues) {
    const key = FIELDS.find((field) => issue.path[0] === 'visitor' && issue.path[1] === field);
    if (key) errors[key] = key === 'email' ? 'validation.email' : 'validation.invalid';
  }
  return { errors: Object.keys(errors).length ? errors : { name: 'validation.invalid' } };
}
