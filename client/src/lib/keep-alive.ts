import { useEffect } from 'react';
import { trpcClient } from './trpc';

/** How often a page with unsaved work tells the server its user is still there. */
const PING_MS = 4 * 60_000;
/** Only while the person is really at it: a keystroke, click or touch within this span. */
const ACTIVE_MS = 5 * 60_000;

/**
 * Keeps the session alive while someone is actively working on unsaved changes (a register taken
 * live through a two-hour meeting): every few minutes, if they typed or clicked lately, a light
 * request renews the idle timeout. A forgotten tab still times out; the server's rules are unchanged.
 */
export function useKeepAlive(active: boolean) {
  useEffect(() => {
    if (!active) return;
    let lastActivity = Date.now();
    const seen = () => {
      lastActivity = Date.now();
    };
    const events = ['keydown', 'pointerdown', 'input'] as const;
    for (const e of events) window.addEventListener(e, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity > ACTIVE_MS) return;
      // The answer does not matter (nor reaches the cache): the request itself renews the session.
      trpcClient.auth.me.query().catch(() => {});
    }, PING_MS);
    return () => {
      window.clearInterval(timer);
      for (const e of events) window.removeEventListener(e, seen, { capture: true });
    };
  }, [active]);
}
