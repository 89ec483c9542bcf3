/**
 * PostgreSQL cannot store a NUL character (not in `text`, not as `\u0000` in `jsonb`), and `jsonb` refuses
 * an unpaired UTF-16 surrogate, which JSON.stringify writes as `\ud800`. Either turned a request into a 500
 * and, for a signed event, lost it. So every string the BFF accepts passes through here once, at the edge:
 * NUL is removed and a lone surrogate becomes U+FFFD, the same replacement a UTF-8 decoder makes. Nothing
 * is refused for it, so a signed, otherwise valid event is always stored.
 */

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Deeper JSON than this is refused: nothing we accept nests near it, and cleaning recurses. */
export const MAX_JSON_DEPTH = 64;

export class TooDeepError extends Error {
  constructor() {
    super(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    this.name = 'TooDeepError';
  }
}

export function cleanText(value: string): string {
  // Fast path: almost every string is already clean, and the regexes allocate.
  // eslint-disable-next-line no-control-regex -- NUL is exactly the character PostgreSQL cannot store.
  if (!/[\u0000\uD800-\uDFFF]/.test(value)) return value;
  return value.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * The same value with every string and every object key cleaned. Builds fresh objects with a null-free
 * own-property copy, so a `__proto__` key stays a plain key (and is then refused by the schemas that
 * forbid it) instead of changing a prototype. Throws TooDeepError past MAX_JSON_DEPTH.
 */
export function cleanDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_JSON_DEPTH) throw new TooDeepError();
  if (Array.isArray(value)) return value.map((item) => cleanDeep(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, cleanText(key), {
      value: cleanDeep(item, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
