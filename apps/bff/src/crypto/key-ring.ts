/** A named AES-256 key; the id travels with every ciphertext so old keys keep decrypting after rotation. */
export interface NamedKey {
  id: string;
  key: Buffer;
}

/** First key encrypts; every key decrypts. */
export interface KeyRing {
  current: NamedKey;
  all: ReadonlyMap<string, Buffer>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Parses `k1:<base64 32 bytes>,k0:<base64 32 bytes>`. Problems name the entry by position and id only:
 * a message must never echo key material, because config errors are printed at start-up.
 */
export function parseKeyRing(spec: string): { ok: true; ring: KeyRing } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const keys: NamedKey[] = [];
  const entries = spec.split(',').map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator) : '';
    const material = separator > 0 ? entry.slice(separator + 1) : '';
    const where = `entry ${index + 1}`;
    if (!KEY_ID.test(id)) {
      problems.push(`${where}: expected "<id>:<base64 key>" with an id of letters, digits, "_" or "-"`);
      return;
    }
    const key = BASE64.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0);
    if (key.length !== 32) {
      problems.push(`${where} (${id}): the key must be 32 bytes encoded as base64`);
      return;
    }
    if (keys.some((known) => known.id === id)) {
      problems.push(`${where} (${id}): duplicate key id`);
      return;
    }
    keys.push({ id, key });
  });
  const [current] = keys;
  if (problems.length > 0 || !current) {
    return { ok: false, problems: problems.length > 0 ? problems : ['no key given'] };
  }
  return { ok: true, ring: { current, all: new Map(keys.map((k) => [k.id, k.key])) } };
}
