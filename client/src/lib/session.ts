import { useMutation, useQuery } from '@tanstack/react-query';
import { clearDrafts } from './drafts';
import { queryClient, trpc } from './trpc';

let lastEmail: string | null = null;

/** The signed-in user (with their organisation), or null for anonymous visitors. */
export function useMe() {
  return useQuery(trpc.auth.me.queryOptions());
}

// Remember who was signed in: after the session ends, signing in again in place is as that account.
const meKey = JSON.stringify(trpc.auth.me.queryKey());
queryClient.getQueryCache().subscribe((event) => {
  if (event.type !== 'updated' || JSON.stringify(event.query.queryKey) !== meKey) return;
  const me = event.query.state.data as { email?: string } | null | undefined;
  if (me?.email) lastEmail = me.email;
});

/** The account signed in now, or last (to sign in again as the same one after the session ended). */
export function signedInEmail(): string | null {
  return queryClient.getQueryData(trpc.auth.me.queryKey())?.email ?? lastEmail;
}

/** After signing in, every cached answer may change (tiers, permissions): fetch them again. */
export const afterSignIn = () => queryClient.invalidateQueries();

/**
 * Signs out; forgets member-only answers at once so nothing private stays on screen or in memory,
 * and the account's unsaved drafts with them (signing out is saying "I am done on this device").
 */
export function useSignOut() {
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: async () => {
        const me = queryClient.getQueryData(trpc.auth.me.queryKey());
        if (me) clearDrafts(me.id);
        // Signed-in panels unmount at once; nothing refetches member-only data as an anonymous visitor.
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        await queryClient.invalidateQueries({ refetchType: 'none' });
        // Once those panels are gone, forget what they showed.
        setTimeout(() => queryClient.removeQueries({ type: 'inactive' }), 50);
      },
    }),
  );
}
