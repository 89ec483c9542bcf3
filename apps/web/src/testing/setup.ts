import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { preloadScreens } from '@/app/routes/lazy-screens';

// findBy*/waitFor give up after this long. Several suspending queries in a row on a shared, busy machine
// can exceed the 1 s default; this is an upper bound for waiting, not a timing assertion.
configure({ asyncUtilTimeout: 5000 });

// The screens are lazy chunks; loading them up front keeps module loading out of each test's waits.
await preloadScreens();

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
  document.documentElement.lang = '';
});
