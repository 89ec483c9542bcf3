import { buildPath, type Endpoint } from '@cxc/shared/api/contract';
import { apiErrorSchema, type ApiError } from '@cxc/shared/api/errors';
import type { z } from 'zod';
import type { SignedInClient } from './sign-in.ts';

export type Answer<E extends Endpoint> =
  { status: 200; body: z.output<E['response']> } | { status: number; error: ApiError['error'] };

/**
 * Calls one contract endpoint as a signed-in client over real HTTP and parses the answer with the
 * contract (success) or the error envelope (anything else), as the console does.
 */
export async function call<E extends Endpoint>(
  client: SignedInClient,
  endpoint: E,
  params: Record<string, string | number>,
  input: { body?: unknown; query?: Record<string, string> } = {},
): Promise<Answer<E>> {
  const path = buildPath(
    endpoint.path,
    Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])),
  );
  const query = input.query ? `?${new URLSearchParams(input.query).toString()}` : '';
  const init: RequestInit = { method: endpoint.method };
  if (input.body !== undefined) {
    init.body = JSON.stringify(input.body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await client.fetch(`${path}${query}`, init);
  const json: unknown = await response.json();
  if (response.status === 200)
    return { status: 200, body: endpoint.response.parse(json) as z.output<E['response']> };
  return { status: response.status, error: apiErrorSchema.parse(json).error };
}

/** The body of a 200 answer; anything else fails the test with the error envelope in the message. */
export function ok<E extends Endpoint>(answer: Answer<E>): z.output<E['response']> {
  if ('body' in answer) return answer.body;
  throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.error)}`);
}

/** The error of a non-200 answer; a 200 fails the test. */
export function failed<E extends Endpoint>(answer: Answer<E>): ApiError['error'] & { status: number } {
  if ('error' in answer) return { ...answer.error, status: answer.status };
  throw new Error(`expected an error, got 200: ${JSON.stringify(answer.body)}`);
}
