import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/router';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
});

export const trpcClient = createTRPCClient<AppRouter>({
  // At most the server's maxBatchSize per request, and URLs well under Node's 16 KB header limit.
  links: [httpBatchLink({ url: '/trpc', maxItems: 16, maxURLLength: 8000 })],
});

/** Query and mutation options for every procedure: `useQuery(trpc.partners.list.queryOptions())`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
