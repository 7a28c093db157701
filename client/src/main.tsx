/**
 * The entry: the styles, then the app (./boot), a chunk of its own. When the server sent a prerendered
 * first screen (the landing page, server/http/static.ts), the browser paints it first; then, on the map
 * page, Leaflet draws the partners into its map box (features/map/early-map.ts), and only then does the
 * app download and start, adopting that map: the visitor sees the page, then the partners, while React
 * starts.
 */
import { isMapPath, loadMapCanvas } from './features/map/map-chunk';
import './styles/global.css';
import './styles/forms.css';

/** A frame, then a task after it: the browser has painted. Hidden tabs do not paint: 100 ms at most. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

/** The partners before the app, but never holding it back for more than `ms`. */
const earlyMap = (box: HTMLElement, ms: number) =>
  Promise.race([
    import('./features/map/early-map').then((m) => m.drawEarlyMap(box)).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, ms)),
  ]);

const root = document.getElementById('root')!;
const mapPage = isMapPath(window.location.pathname);
if (root.hasChildNodes()) await afterPaint();
const box = mapPage ? root.querySelector<HTMLElement>('.map-panel .map-placeholder') : null;
if (box) await earlyMap(box, 3000);
// The map page's Leaflet part is there before the first render, which then draws it without suspending.
const [app] = await Promise.all([
  import('./boot'),
  mapPage && loadMapCanvas().catch(() => undefined),
  // The page's language, fetched beside the app rather than after it.
  import('./lib/i18n').then((i18n) => i18n.loadMessages(i18n.localeFromPath(window.location.pathname))),
]);
await app.start();
