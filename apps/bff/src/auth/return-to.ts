/**
 * Only same-origin relative paths are accepted as post-sign-in destinations; anything else would make
 * /auth/login an open redirect. `//host` and `/\host` are protocol-relative in browsers, so they are refused.
 */
export function safeReturnTo(value: string, publicUrl: string): string | undefined {
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  const resolved = new URL(value, publicUrl);
  if (resolved.origin !== new URL(publicUrl).origin) return undefined;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
