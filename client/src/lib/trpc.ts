import { MutationCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/router';
import { appCodeOf } from './app-code';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
  mutationCache: new MutationCache({
    // Too many wrong current passwords ended the session on the server: every page learns it at once.
    onError: (error) => {
      if (appCodeOf(error) === 'REAUTH_LOCKED') void queryClient.invalidateQueries();
    },
  }),
});

/** Answers large enough to hold back a batch (the map's thousands of points): each on its own request. */
const UNBATCHED = new Set(['partners.points']);

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => UNBATCHED.has(op.path),
      true: httpLink({ url: '/trpc' }),
      // At most the server's maxBatchSize per request, and URLs well under Node's 16 KB header limit.
      false: httpBatchLink({ url: '/trpc', maxItems: 16, maxURLLength: 8000 }),
    }),
  ],
});

/** Query and mutation options for every procedure: `useQuery(trpc.partners.list.queryOptions())`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
