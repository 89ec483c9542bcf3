import { z } from 'zod';

/**
 * Keys that name Object.prototype machinery. zod drops an own `__proto__` key without a word, and
 * `constructor` / `prototype` read through to Object.prototype wherever a record is indexed as a plain
 * object (`values[key]` for a key that is absent), so a sender or an admin could never tell why a value
 * vanished or where a function came from. They are refused instead, naming the key.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isReservedKey = (key: string): boolean => RESERVED_KEYS.has(key);

export const RESERVED_KEY_MESSAGE = 'reserved_key';

/**
 * A record whose keys come from users (event senders, admins). Every such record in a contract goes
 * through here. The check runs on the raw input, because by the time zod's record has parsed it an
 * own `__proto__` key is already gone.
 */
export function userKeyedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  const record = z.record(key, value);
  return z.preprocess<unknown, typeof record, z.input<typeof record>>((input, ctx) => {
    if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
      for (const name of Object.keys(input).filter(isReservedKey))
        ctx.addIssue({ code: 'custom', path: [name], message: RESERVED_KEY_MESSAGE, input });
    }
    return input;
  }, record);
}
