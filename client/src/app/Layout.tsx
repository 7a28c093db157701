import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/QueryState';
import { switchLocalePath, useI18n } from '../lib/i18n';
import { RouteErrorBoundary } from './RouteError';

/** After a client-side navigation, start at the top and move focus to the new content. */
function useFocusOnNavigate(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function Layout() {
  const { t, to, locale } = useI18n();
  const { pathname, search } = useLocation();
  const other = locale === 'it' ? 'en' : 'it';
  useFocusOnNavigate(pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="slim-header">
          <div className="container slim-inner">
            <span>{t.leadBody}</span>
            <Link
              className="lang-switch"
              to={switchLocalePath(pathname, search, other)}
              hrefLang={other}
              lang={other}
              aria-label={t.languageSwitchLabel}
            >
              {t.languageSwitch}
            </Link>
          </div>
        </div>
        <div className="center-header">
          <div className="container">
            <Link to={to('/')} className="brand">
              <svg aria-hidden="true" viewBox="0 0 32 32" width="40" height="40">
                <rect width="32" height="32" rx="6" fill="#fff" />
                <circle cx="11" cy="12" r="4" fill="#0066cc" />
                <circle cx="21" cy="12" r="4" fill="#0066cc" />
                <circle cx="16" cy="21" r="4" fill="#0066cc" />
              </svg>
              <span>
                <span className="brand-name">{t.siteName}</span>
                <span className="brand-tagline">{t.siteTagline}</span>
              </span>
            </Link>
          </div>
        </div>
        <nav className="nav-header" aria-label={t.nav.label}>
          <div className="container">
            <ul>
              <li>
                <NavLink to={to('/')} end>
                  {t.nav.map}
                </NavLink>
              </li>
              <li>
                <NavLink to={to('/partners')} end>
                  {t.nav.directory}
                </NavLink>
              </li>
              <li>
                <NavLink to={to('/project')}>{t.nav.project}</NavLink>
              </li>
            </ul>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary key={pathname}>
          <Suspense
            fallback={
              <div className="container">
                <LoadingState />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="footer-about">{t.footer.about}</p>
          <nav aria-label={t.footer.legal}>
            <ul className="footer-links">
              <li>
                <Link to={to('/privacy')}>{t.footer.privacy}</Link>
              </li>
              <li>
                <Link to={to('/accessibility')}>{t.footer.accessibility}</Link>
              </li>
              <li>
                <Link to={to('/open-data')}>{t.footer.openData}</Link>
              </li>
            </ul>
          </nav>
          <p className="footer-license">
            <a href="https://creativecommons.org/licenses/by/4.0/deed.it" rel="license">
              {t.footer.license}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
