import { useRouteError } from 'react-router';
import { AppErrorFallback } from '@/components/errors/app-error-fallback';

/** Replaces React Router's default (English, developer-facing) error screen. */
export function RouteError() {
  const error = useRouteError();
  return <AppErrorFallback error={error} />;
}
