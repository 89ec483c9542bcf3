import { MutationCache, QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiClientError, isUnauthenticated } from './api-error';
import { redirectToLogin } from './auth-redirect';

const TRANSIENT_STATUS = new Set([0, 502, 503, 504]);

/**
 * One retry, and only for failures that a second attempt can fix: the server unreachable or a
 * gateway answering for a restarting BFF. A 4xx or a 500 would fail the same way again; the user
 * gets the error (and its Retry button) at once instead of after a back-off.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && isApiClientError(error) && TRANSIENT_STATUS.has(error.status);
}

export interface QueryClientOptions {
  defaultOptions?: DefaultOptions;
  /** What to do when any call answers 401: the session ended, so the browser goes to sign-in. */
  onUnauthenticated?: () => void;
}

export function createQueryClient({
  defaultOptions,
  onUnauthenticated = () => redirectToLogin(),
}: QueryClientOptions = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      ...defaultOptions,
      queries: { retry: shouldRetry, staleTime: 30_000, ...defaultOptions?.queries },
      mutations: { retry: false, ...defaultOptions?.mutations },
    },
  });
}
