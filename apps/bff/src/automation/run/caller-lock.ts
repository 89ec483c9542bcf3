import { type ConversationEvent, conversationEventSchema, customerPhoneOf } from '@cxc/shared/domain/events';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { PendingEvent } from '../store/event-store.ts';
import { screenInternalNumbers } from '../plan/screen-internal-numbers.ts';
import type { EngineRuntime } from './engine-runtime.ts';

/** How soon a conversation whose caller another conversation is writing looks again. */
export const CALLER_BUSY_RETRY_MS = 500;

/**
 * The lock that makes one new caller one Lead. A person known only by a phone number is created with a
 * plain insert (Zoho can upsert on Email, not on a number spelled a dozen ways), so two conversations of
 * the same new caller in flight at once would both look the number up, both find nobody, and both
 * create. Holding this lock from the lookup to the last write serialises them: the second one's lookup
 * then finds the first one's record. A visitor with an e-mail needs none (upsert on Email merges them).
 */
export function callerLockKey(
  tenantId: string,
  event: ConversationEvent,
  settings: IntegrationSettings,
): string | undefined {
  if (event.visitor.email) return undefined;
  const screened = screenInternalNumbers(event, settings);
  if (screened.internalOnly) return undefined;
  const raw = customerPhoneOf(screened.event);
  if (!raw) return undefined;
  const phone = normalizePhone(raw, screened.event.visitor.country ?? settings.defaultCountry);
  return phone.ok ? `cxc-caller:${tenantId}:${phone.e164}` : undefined;
}

export type CallerLock =
  /** Someone else is writing this caller: come back in CALLER_BUSY_RETRY_MS. */
  { busy: true } | { busy: false; release: () => Promise<void> };

const none = (): Promise<void> => Promise.resolve();
const free: CallerLock = { busy: false, release: none };

/**
 * Takes the caller lock of a phone-only event. A payload the attempt will refuse takes no lock and leaves
 * the attempt to meet the same trouble and report it as it always has.
 */
export async function lockCaller(
  runtime: EngineRuntime,
  event: PendingEvent,
  /** The tenant's settings as the attempt read them. */
  settings: IntegrationSettings,
): Promise<CallerLock> {
  const parsed = conversationEventSchema.safeParse(event.payload);
  if (!parsed.success || parsed.data.visitor.email || !customerPhoneOf(parsed.data)) return free;
  const key = callerLockKey(event.tenantId, parsed.data, settings);
  if (!key) return free;
  if (!(await runtime.locks.tryLock(key))) return { busy: true };
  return { busy: false, release: () => runtime.locks.unlock(key) };
}
