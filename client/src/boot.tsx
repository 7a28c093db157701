import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchMapPage } from './features/map/prefetch';

/** Starts the app in `#root`. On `/` and `/en` its first commit replaces the prerendered first screen. */
export function start() {
  prefetchMapPage();
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
