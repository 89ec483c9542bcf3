import { useEffect } from 'react';
import type { NavigateOptions } from './create-router';
import { useNavigate } from './hooks';

/** Navigates once rendered (a redirect); renders nothing. */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  const navigate = useNavigate();
  useEffect(() => navigate(to, { replace, state }), [navigate, to, replace, state]);
  return null;
}
