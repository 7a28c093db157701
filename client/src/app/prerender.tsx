/**
 * The landing page's first screen as static HTML, rendered at build time (scripts/prerender.ts) from the
 * same components the app renders: header, title, introduction, filters and the empty map and list
 * boxes, in the state they have before any data arrives. The server puts it in `#root` for `/`, `/en`,
 * `/fr` and `/ar`, so the page paints before its JavaScript has run (and says something without it); React's
 * first render then replaces it (createRoot, no hydration: nothing on it depends on data or a session).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import type { Locale } from '@shared/locales';
import type { Shell } from '@shared/prerender';
import { localePath, provideMessages } from '../lib/i18n';
import { ar } from '../lib/i18n/messages.ar';
import { en } from '../lib/i18n/messages.en';
import { fr } from '../lib/i18n/messages.fr';
import { it } from '../lib/i18n/messages.it';
import { Prerendering } from '../lib/prerendering';
import { AppRoutes } from './router';

const dictionaries = { it, en, fr, ar };
for (const [locale, messages] of Object.entries(dictionaries)) provideMessages(locale as Locale, messages);

export function renderShell(locale: Locale): Shell {
  const path = localePath(locale, '/');
  // A client of its own that never fetches: every query renders its loading state.
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  const html = renderToStaticMarkup(
    <Prerendering value={true}>
      <QueryClientProvider client={client}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </Prerendering>,
  );
  const t = dictionaries[locale];
  return { locale, path, title: `${t.siteName} — ${t.siteTagline}`, description: t.map.intro, html };
}
