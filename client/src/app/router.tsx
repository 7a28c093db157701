import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Every screen is its own chunk: a first visit downloads only the page it lands on.
const MapPage = lazy(() => import('../features/map/MapPage').then((m) => ({ default: m.MapPage })));
const DirectoryPage = lazy(() =>
  import('../features/directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
const PartnerPage = lazy(() => import('../features/partner/PartnerPage').then((m) => ({ default: m.PartnerPage })));
const ProjectPage = lazy(() => import('../features/project/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const InfoPage = lazy(() => import('../features/pages/InfoPage').then((m) => ({ default: m.InfoPage })));

const pages = (
  <>
    <Route index element={<MapPage />} />
    <Route path="partners" element={<DirectoryPage />} />
    <Route path="partners/:slug" element={<PartnerPage />} />
    <Route path="project" element={<ProjectPage />} />
    <Route path=":page" element={<InfoPage />} />
    <Route path="*" element={<NotFound />} />
  </>
);

/** Italian pages at the root, the same pages in English under /en. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/en" element={<Layout />}>
        {pages}
      </Route>
      <Route path="/" element={<Layout />}>
        {pages}
      </Route>
    </Routes>
  );
}
