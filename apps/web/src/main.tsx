import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { isApiClientError } from '@/lib/api-error';
import { loadI18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import '@/styles/base.css';
import '@/components/ui/ui.css';
import '@/components/form/form.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits for the user's language (one small chunk), so no screen flashes untranslated keys.
loadI18n().then(
  (i18n) => {
    createRoot(root, {
      // A failed API call caught by a boundary is already shown to the user, with its correlation id;
      // only errors that are bugs go to the console.
      onCaughtError: (error, info) => {
        if (!isApiClientError(error)) console.error(error, info.componentStack);
      },
    }).render(
      <StrictMode>
        <App queryClient={createQueryClient()} i18n={i18n} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    // Without texts there is no translated page to show (a deploy replaced the chunk mid-load): say so plainly.
    console.error(error);
    root.textContent = 'The console could not load. Please reload the page.';
  },
);
