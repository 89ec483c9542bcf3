import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { isApiClientError } from '@/lib/api-error';
import { createI18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';
import '@/styles/base.css';
import '@/components/ui/ui.css';
import '@/components/form/form.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root, {
  // A failed API call caught by a boundary is already shown to the user, with its correlation id;
  // only errors that are bugs go to the console.
  onCaughtError: (error, info) => {
    if (!isApiClientError(error)) console.error(error, info.componentStack);
  },
}).render(
  <StrictMode>
    <App queryClient={createQueryClient()} i18n={createI18n()} />
  </StrictMode>,
);
