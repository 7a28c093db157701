import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchMapPage } from './features/map/prefetch';
import { loadMessages, localeFromPath } from './lib/i18n';

/** Starts the app in `#root`. On `/` and `/en` its first commit replaces the prerendered first screen. */
export async function start() {
  prefetchMapPage();
  // The first render must not suspend (it replaces the prerendered screen): its language is there first.
  await loadMessages(localeFromPath(window.location.pathname));
  // A transition: React renders the first screen in slices and lets the browser breathe in between
  // (no single long task), which keeps the page responsive while it starts.
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
