import { lazy, type ReactElement } from 'react';
import { isRecordLocale, localePath, LOCALES, type Locale } from '@shared/locales';
import { APP_PAGES, isPublicPage, type AppPage } from '@shared/routes';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { ReservedOnly } from './ReservedOnly';
import { MapPage } from '../features/map/MapPage';

// Every screen is its own chunk: a first visit downloads only the page it lands on. The map page, the
// landing page, is the exception: it is small (its Leaflet part is a chunk of its own), and being in the
// entry lets the first render draw it at once instead of waiting for one more chunk.
const DirectoryPage = lazy(() =>
  import('../features/directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
const PartnerPage = lazy(() => import('../features/partner/PartnerPage').then((m) => ({ default: m.PartnerPage })));
const ProjectPage = lazy(() => import('../features/project/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const InfoPage = lazy(() => import('../features/pages/InfoPage').then((m) => ({ default: m.InfoPage })));
const EventsPage = lazy(() => import('../features/events/EventsPage').then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => import('../features/events/EventPage').then((m) => ({ default: m.EventPage })));
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((m) => ({ default: m.LoginPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const ReviewPage = lazy(() => import('../features/admin/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const AuditPage = lazy(() => import('../features/admin/AuditPage').then((m) => ({ default: m.AuditPage })));
const IndicePaPage = lazy(() => import('../features/admin/IndicePaPage').then((m) => ({ default: m.IndicePaPage })));
const UsersPage = lazy(() => import('../features/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const RegisterPage = lazy(() => import('../features/attendance/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const ReportPage = lazy(() => import('../features/dashboard/ReportPage').then((m) => ({ default: m.ReportPage })));
const SignInSheetPage = lazy(() =>
  import('../features/attendance/SignInSheetPage').then((m) => ({ default: m.SignInSheetPage })),
);
const ActionsPage = lazy(() => import('../features/actions/ActionsPage').then((m) => ({ default: m.ActionsPage })));
const EmbedPage = lazy(() => import('../features/map/EmbedPage').then((m) => ({ default: m.EmbedPage })));
const BodyPage = lazy(() => import('../features/bodies/BodyPage').then((m) => ({ default: m.BodyPage })));
const EventEditPage = lazy(() =>
  import('../features/events/edit/EventEditPage').then((m) => ({ default: m.EventEditPage })),
);
const NewOrganizationPage = lazy(() =>
  import('../features/edit/NewOrganizationPage').then((m) => ({ default: m.NewOrganizationPage })),
);

/** An element for each of the app's pages (shared/routes.ts): the type makes the table complete. */
const elements: Record<AppPage, ReactElement> = {
  '': <MapPage />,
  partners: <DirectoryPage />,
  'partners/:slug': <PartnerPage />,
  project: <ProjectPage />,
  login: <LoginPage />,
  account: <AccountPage />,
  'admin/review': <ReviewPage />,
  'admin/audit': <AuditPage />,
  'admin/users': <UsersPage />,
  'admin/organizations/new': <NewOrganizationPage />,
  'admin/indicepa': <IndicePaPage />,
  events: <EventsPage />,
  'events/new': <EventEditPage />,
  'events/:slug': <EventPage />,
  'events/:slug/edit': <EventEditPage />,
  'events/:slug/register': <RegisterPage />,
  'events/:slug/sign-in-sheet': <SignInSheetPage />,
  dashboard: <DashboardPage />,
  'dashboard/report': <ReportPage />,
  actions: <ActionsPage />,
  azioni: <ActionsPage />,
  'bodies/:slug': <BodyPage />,
  ':page': <InfoPage />,
  embed: <EmbedPage />,
};

/** Pages drawn without the site's header and footer. */
const STANDALONE: ReadonlySet<AppPage> = new Set(['embed']);

/** The signed-in screens, written in Italian and English: in French and Arabic they say so. */
const elementIn = (locale: Locale, path: AppPage) => (isRecordLocale(locale) || isPublicPage(path) ? elements[path] : <ReservedOnly />);

const pagesIn = (locale: Locale) => (
  <>
    {APP_PAGES.filter((path) => !STANDALONE.has(path)).map((path) =>
      path === '' ? (
        <Route key="index" index element={elementIn(locale, path)} />
      ) : (
        <Route key={path} path={path} element={elementIn(locale, path)} />
      ),
    )}
    <Route path="*" element={<NotFound />} />
  </>
);

/** Italian pages at the root, the same pages in the other languages under their prefix (/en, /fr, /ar). */
export function AppRoutes() {
  return (
    <Routes>
      {[...STANDALONE].flatMap((path) => LOCALES.map((l) => <Route key={`${l}-${path}`} path={localePath(l, `/${path}`)} element={elements[path]} />))}
      {LOCALES.map((l) => (
        <Route key={l} path={localePath(l, '/')} element={<Layout />}>
          {pagesIn(l)}
        </Route>
      ))}
    </Routes>
  );
}
