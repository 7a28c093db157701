import { createContext, startTransition, use, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Navigator, type Path, type To } from 'react-router';

/**
 * React Router's declarative `<BrowserRouter>`, plus the one thing the app took its data router for:
 * asking before an in-app navigation leaves unsaved work. The data router carries loaders, actions and
 * fetchers the app does not use — 16 KB gzipped on every first visit (docs/decisions/030-declarative-router.md).
 *
 * Every navigation the app makes goes through the router's navigator (`<Link>`, `useNavigate`,
 * `useSearchParams`, `<Navigate>`), so the guard wraps it: a push or replace that a check blocks is held
 * until the person proceeds. Back and forward have already moved the browser's history when they are
 * heard, so a blocked one is undone (`go(-delta)`) and redone on proceed, as the data router does.
 */

/** Whether leaving for `next` must wait for the person's answer. */
type Check = (next: Path) => boolean;
type Held = { check: Check; proceed: () => void };
type Guard = { add: (check: Check) => () => void; held: Held | null; reset: () => void };

const GuardContext = createContext<Guard>({ add: () => () => undefined, held: null, reset: () => undefined });

export function GuardedBrowserRouter({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [state, setState] = useState({ action: history.action, location: history.location });
  const [held, setHeld] = useState<Held | null>(null);
  const [checks] = useState(() => new Set<Check>());
  const blocking = useCallback((next: Path) => [...checks].find((check) => check(next)), [checks]);

  const navigator = useMemo<Navigator>(() => {
    const guarded = (to: To, go: () => void) => {
      const check = blocking(history.encodeLocation(to));
      if (!check) return go();
      setHeld({
        check,
        proceed: () => {
          setHeld(null);
          go();
        },
      });
    };
    return {
      createHref: history.createHref,
      encodeLocation: history.encodeLocation,
      go: history.go,
      push: (to, st) => guarded(to, () => history.push(to, st)),
      replace: (to, st) => guarded(to, () => history.replace(to, st)),
    };
  }, [history, blocking]);

  useLayoutEffect(() => {
    // The pop that undoes a blocked one, and the one that redoes it once the person said yes.
    let undoing = false;
    let redoing = false;
    return history.listen(({ action, location, delta }) => {
      if (undoing) {
        undoing = false;
        return;
      }
      const check = action === 'POP' && delta && !redoing ? blocking(location) : undefined;
      redoing = false;
      if (check && delta) {
        undoing = true;
        history.go(-delta);
        setHeld({
          check,
          proceed: () => {
            setHeld(null);
            redoing = true;
            history.go(delta);
          },
        });
        return;
      }
      startTransition(() => setState({ action, location }));
    });
  }, [history, blocking]);

  const add = useCallback(
    (check: Check) => {
      checks.add(check);
      return () => void checks.delete(check);
    },
    [checks],
  );
  const reset = useCallback(() => setHeld(null), []);
  const guard = useMemo<Guard>(() => ({ add, held, reset }), [add, held, reset]);
  return (
    <GuardContext value={guard}>
      <Router location={state.location} navigationType={state.action} navigator={navigator}>
        {children}
      </Router>
    </GuardContext>
  );
}

/**
 * While mounted, holds any in-app navigation for which `shouldBlock(next)` is true: `blocked` until the
 * person chooses to `proceed` (the navigation happens) or `reset` (they stay).
 */
export function useNavigationBlocker(shouldBlock: (next: Path) => boolean) {
  const guard = use(GuardContext);
  const latest = useRef(shouldBlock);
  useLayoutEffect(() => {
    latest.current = shouldBlock;
  });
  const [check] = useState<Check>(() => (next: Path) => latest.current(next));
  const { add } = guard;
  useEffect(() => add(check), [add, check]);
  const mine = guard.held?.check === check ? guard.held : null;
  return { blocked: mine !== null, proceed: () => mine?.proceed(), reset: guard.reset };
}
