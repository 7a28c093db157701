/**
 * The entry: the styles, then the app (./boot), a chunk of its own. When the server sent a prerendered
 * first screen (the landing page, server/http/static.ts), the browser paints it first, and only then
 * do the app and the map's Leaflet chunk download and run: the visitor sees the page while React starts.
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

if (document.getElementById('root')!.hasChildNodes()) await afterPaint();
if (isMapPath(window.location.pathname)) void loadMapCanvas();
await import('./boot');
