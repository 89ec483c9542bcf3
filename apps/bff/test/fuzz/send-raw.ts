import type { SignedInClient } from '../sign-in.ts';

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Percent-encodes the UTF-8 bytes of any string, lone surrogates included (they become EF BF BD, as a
 * browser sends them); encodeURIComponent would throw on those before the request ever left.
 */
export function encodeAny(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export interface RawRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** Sends one request exactly as built (no contract parsing on the way out or back). */
export async function sendRaw(
  client: SignedInClient,
  request: RawRequest,
): Promise<{ status: number; text: string }> {
  const path = request.path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) =>
    encodeAny(request.params[name] ?? ''),
  );
  const query = Object.entries(request.query)
    .map(([key, value]) => `${encodeAny(key)}=${encodeAny(value)}`)
    .join('&');
  const init: RequestInit = { method: request.method };
  if (request.body !== undefined) {
    init.body = JSON.stringify(request.body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await client.fetch(`${path}${query ? `?${query}` : ''}`, init);
  return { status: response.status, text: await response.text() };
}
