import { useRouteError } from '@/lib/router';
import { AppErrorFallback } from '@/components/errors/app-error-fallback';

/** The root route's error screen: the same translated fallback as the rest of the console. */
export function RouteError() {
  const error = useRouteError();
  return <AppErrorFallback error={error} />;
}
