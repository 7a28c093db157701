import type { Locale } from './locales';

/**
 * The landing page's first screen, rendered at build time (scripts/prerender.ts, from
 * client/src/app/prerender.tsx) and served by the server inside `#root` of `/` and `/en`
 * (server/http/static.ts).
 */
export type Shell = { locale: Locale; path: string; title: string; description: string; html: string };

/** Where the build writes one `<locale>.json` Shell, under the built SPA (dot-folders are never served). */
export const SHELL_DIR = '.vite/prerender';
