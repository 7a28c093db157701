import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { queryClient } from '../lib/trpc';
import { AppRoutes } from './router';

/**
 * A data router around the app's routes: it is what lets a form with unsaved work ask before an
 * in-app navigation takes the person elsewhere (`useBlocker`). The routes themselves stay one
 * declarative tree, shared with the prerenderer's static router.
 */
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
