/**
 * Signing in again without leaving the page. When a save is refused because the session ended
 * (SIGN_IN_FIRST), the form asks `requestReauth()`: the dialog mounted by the layout opens, the
 * person signs in again (second factor included) as the same account, and the promise says whether
 * they did; the form then repeats the save, with everything typed still there.
 */
import { appCodeOf } from './app-code';

type Request = { email: string | null; resolve: (signedIn: boolean) => void };
type Listener = (request: Request) => void;

let listener: Listener | null = null;
let pending: Promise<boolean> | null = null;

/** The layout's dialog registers itself here; returns the unregister function. */
export function onReauthRequest(l: Listener): () => void {
  listener = l;
  return () => {
    if (listener === l) listener = null;
  };
}

/** Asks the person to sign in again as `email` (when known); several saves at once share one dialog. */
export function requestReauth(email: string | null): Promise<boolean> {
  if (!listener) return Promise.resolve(false);
  pending ??= new Promise<boolean>((resolve) => {
    listener!({
      email,
      resolve: (ok) => {
        pending = null;
        resolve(ok);
      },
    });
  });
  return pending;
}

/**
 * Runs a save; if the session had ended, asks to sign in again in place and, once signed in, runs
 * it once more. Any other refusal, or a dismissed dialog, is the caller's to show.
 */
export async function withReauth<R>(save: () => Promise<R>, email: () => string | null): Promise<R> {
  try {
    return await save();
  } catch (error) {
    if (appCodeOf(error) !== 'SIGN_IN_FIRST') throw error;
    if (!(await requestReauth(email()))) throw error;
    return save();
  }
}
