import { lazy, Suspense, useEffect, useState } from 'react';
import { onReauthRequest } from '../../lib/reauth';

// The dialog and its text load only when a session has ended under a form: never for the public.
const ReauthDialog = lazy(() => import('./ReauthDialog'));

/** Mounted once by the layout: shows the sign-in-again dialog when a save asks for it (lib/reauth). */
export function ReauthHost() {
  const [request, setRequest] = useState<{ email: string | null; resolve: (ok: boolean) => void } | null>(null);
  useEffect(() => onReauthRequest(setRequest), []);
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <ReauthDialog
        email={request.email}
        onDone={(ok) => {
          setRequest(null);
          request.resolve(ok);
        }}
      />
    </Suspense>
  );
}
