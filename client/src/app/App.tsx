import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '../lib/trpc';
import { GuardedBrowserRouter } from '../lib/navigation-guard';
import { AppRoutes } from './router';

/**
 * The app's routes in a declarative router that can hold a navigation while a form has unsaved work
 * (lib/navigation-guard.tsx); the same route tree renders in the prerenderer's static router.
 */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <GuardedBrowserRouter>
        <AppRoutes />
      </GuardedBrowserRouter>
    </QueryClientProvider>
  );
}
