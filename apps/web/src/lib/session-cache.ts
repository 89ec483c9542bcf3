import type { QueryClient } from '@tanstack/react-query';
import { meResponseSchema } from '@cxc/shared/api/session';

/**
 * The signed-in session (`GET /api/me`) lives in the query cache under this key. The session feature
 * fetches it; the api client reads the CSRF token from it, so the key is shared from here.
 */
export const meQueryKey = ['session', 'me'] as const;

export function readCsrfToken(client: QueryClient): string | undefined {
  const parsed = meResponseSchema.safeParse(client.getQueryData(meQueryKey));
  return parsed.success ? parsed.data.csrfToken : undefined;
}
