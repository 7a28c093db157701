import { Suspense, useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { safeWebUrl } from '@shared/links';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { userRoleLabels } from '@shared/enums';
import { isRecordLocale, LANGUAGE_NAMES, LOCALES, stripLocale, type Locale } from '@shared/locales';
import { LoadingState } from '../components/QueryState';
import { switchLocalePath, useI18n } from '../lib/i18n';
import { useMe, useSignOut } from '../lib/session';
import { trpc } from '../lib/trpc';
import { ReauthHost } from '../components/auth/ReauthHost';
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

/** Pages that only make sense signed in: signing out there leads back to the map. */
const isPrivatePath = (path: string) => /^\/(account|admin)(\/|$)/.test(stripLocale(path));

function UserIcon() {
  return (
    <svg className="slim-icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
      <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/** Sign in, or the signed-in user with their reserved area and sign out. */
function AccountLinks() {
  const { t, to: toPage, label, locale } = useI18n();
  // The signed-in screens are Italian and English: from French and Arabic, the link says so and opens the Italian.
  const to = (path: string) => (isRecordLocale(locale) ? toPage(path) : path);
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  if (me.isPending) return null;
  if (!me.data) {
    const page = stripLocale(pathname);
    const next = page === '/login' || page === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return (
      <Link className="slim-link" to={`${to('/login')}${next}`}>
        <UserIcon />
        {t.session.signIn}
      </Link>
    );
  }
  const user = me.data;
  return (
    <>
      <span className="slim-user">
        <span className="slim-user-name">{user.name}</span>
        <span className="slim-user-role">{label(userRoleLabels, user.role)}</span>
      </span>
      <Link className="slim-link" to={to('/account')}>
        <UserIcon />
        {t.session.reservedArea}
      </Link>
      <button
        type="button"
        className="slim-link slim-button"
        aria-disabled={signOut.isPending || undefined}
        onClick={() => {
          if (signOut.isPending) return;
          // Leave a reserved page first, so its guard does not race us to the login page.
          if (isPrivatePath(pathname)) navigate(to('/'));
          signOut.mutate();
        }}
      >
        {t.session.signOut}
      </button>
    </>
  );
}

const LanguageName = ({ locale }: { locale: Locale }) => (
  <>
    <span aria-hidden="true">{LANGUAGE_NAMES[locale].short}</span>
    <span className="visually-hidden">{LANGUAGE_NAMES[locale].name}</span>
  </>
);

/** The page in each language, each named in its own: the same page and filters, another prefix. */
function LanguageMenu() {
  const { t, locale } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t.languages}>
      <ul className="lang-menu">
        {LOCALES.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span className="lang-link" aria-current="true" lang={l} title={LANGUAGE_NAMES[l].name}>
                <LanguageName locale={l} />
              </span>
            ) : (
              <Link className="lang-link" to={switchLocalePath(pathname, search, l)} hrefLang={l} lang={l} title={LANGUAGE_NAMES[l].name}>
                <LanguageName locale={l} />
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The dashboard and the actions are for signed-in members only: their menu items appear once signed in. */
function DashboardNavItem() {
  const { t, to } = useI18n();
  const me = useMe();
  if (!me.data) return null;
  return (
    <>
      <li>
        <NavLink to={to('/dashboard')}>{t.nav.dashboard}</NavLink>
      </li>
      <li>
        <NavLink to={to('/actions')}>{t.nav.actions}</NavLink>
      </li>
    </>
  );
}

export function Layout() {
  const { t, to } = useI18n();
  const { pathname } = useLocation();
  useFocusOnNavigate(pathname);
  const settings = useQuery(trpc.settings.get.queryOptions());
  const statementUrl = safeWebUrl(settings.data?.accessibilityStatementUrl ?? null);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="slim-header">
          <div className="container slim-inner">
            <span className="slim-lead">{t.leadBody}</span>
            <div className="slim-actions">
              <AccountLinks />
              <LanguageMenu />
            </div>
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
              <li>
                <NavLink to={to('/events')}>{t.events.nav}</NavLink>
              </li>
              <DashboardNavItem />
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
        <ReauthHost />
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
                {/* AgID: the footer links the statement as published through its form, once there is one. */}
                {statementUrl ? <a href={statementUrl}>{t.footer.accessibility}</a> : <Link to={to('/accessibility')}>{t.footer.accessibility}</Link>}
              </li>
              <li>
                <Link to={to('/open-data')}>{t.footer.openData}</Link>
              </li>
              <li>
                <Link to={to('/note-legali')}>{t.footer.legalNotes}</Link>
              </li>
            </ul>
          </nav>
          <p className="footer-funding">
            <img src="/eu-emblem.svg" alt={t.euEmblem} width="60" height="40" />
            <span>{t.funding}</span>
          </p>
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
