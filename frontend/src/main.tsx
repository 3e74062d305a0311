import 'bootstrap/dist/css/bootstrap.min.css';
import '@/styles/app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app';
import { UpdatePrompt } from '@/app/pwa/update-prompt';
import { i18nReady } from '@/lib/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// An English speaker's texts are fetched first; if that fails, the app shows in French rather than not at all.
await i18nReady.catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <App />
    <UpdatePrompt />
  </StrictMode>,
);
