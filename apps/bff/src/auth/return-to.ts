/**
 * Only same-origin relative paths are accepted as post-sign-in destinations; anything else would make
 * /auth/login an open redirect. The check runs on the value that is finally sent as `Location` (after the
 * URL parser has resolved `.`/`..`, `%2e` and friends): `/.//evil.example` normalises to `//evil.example`,
 * which browsers read as protocol-relative, so checking only the raw input is not enough.
 */
export function safeReturnTo(value: string, publicUrl: string): string | undefined {
  if (!looksLocal(value)) return undefined;
  const normalised = normalise(value, publicUrl);
  // Defence in depth: the result must itself be local and a fixed point of normalisation, so that any
  // later parse (the browser's, the web app router's) lands on the same same-origin path.
  if (normalised === undefined || !looksLocal(normalised)) return undefined;
  if (normalise(normalised, publicUrl) !== normalised) return undefined;
  return normalised;
}

/** One leading slash, not `//` or `/\` (protocol-relative), no backslash or control character anywhere. */
function looksLocal(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  // Browsers treat `\` as `/` in http(s) URLs; no legitimate console path needs one.
  if (value.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  // An encoded `//` or `\` (`/%2F%2Fevil`, `/%5Cevil`, even double-encoded) is harmless to the browser
  // but not to every router or proxy that decodes before it routes: refuse those too.
  const end = value.search(/[?#]/);
  let path = end === -1 ? value : value.slice(0, end);
  for (let round = 0; round < 4; round += 1) {
    const decoded = decodeOnce(path);
    if (decoded === undefined || decoded.startsWith('//') || /^\/?\\/.test(decoded)) return false;
    // eslint-disable-next-line no-control-regex -- same refusal after percent-decoding
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return false;
    if (decoded === path) return true;
    path = decoded;
  }
  return false;
}

function decodeOnce(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function normalise(value: string, publicUrl: string): string | undefined {
  const base = new URL(publicUrl);
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return undefined;
  }
  if (resolved.origin !== base.origin || resolved.username || resolved.password) return undefined;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
