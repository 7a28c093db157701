import { createContext } from 'react';

/**
 * True while the landing page's first screen is rendered to static HTML at build time (prerender.tsx):
 * controls that only work once the app runs are rendered inert there, so that nothing typed or chosen
 * before React replaces the screen is silently lost.
 */
export const Prerendering = createContext(false);
