import { divIcon, type DivIcon } from 'leaflet';
import type { OrganizationType } from '@shared/enums';
import { partnerSymbolSvg, siteSymbolSvg, type ShapeOptions } from './symbols';

/**
 * Leaflet icon for a partner. `offset` shifts the symbol sideways (in pixels) so that
 * bodies sharing a town-centre position stay visible and clickable side by side.
 */
export function partnerIcon(
  type: OrganizationType,
  opts: ShapeOptions & { selected?: boolean; offset?: number },
): DivIcon {
  const size = opts.lead ? 40 : 30;
  const offset = opts.offset ?? 0;
  return divIcon({
    html: partnerSymbolSvg(type, { ...opts, size }),
    className: ['partner-marker', opts.lead && 'is-lead', opts.selected && 'is-selected'].filter(Boolean).join(' '),
    iconSize: [size, size],
    iconAnchor: [size / 2 - offset, size / 2],
    tooltipAnchor: [offset, -size / 2],
  });
}

/** Service points sit in a row just below their town's partner symbols, spread by `offset`. */
export function siteIcon(type: OrganizationType, offset = 0): DivIcon {
  return divIcon({
    html: siteSymbolSvg(type),
    className: 'site-marker',
    iconSize: [16, 16],
    iconAnchor: [8 - offset, -14],
    tooltipAnchor: [offset, 22],
  });
}

/** A network member: its type's symbol, small (the project partners are the large ones). */
export function memberIcon(type: OrganizationType, withdrawn: boolean): DivIcon {
  return divIcon({
    html: partnerSymbolSvg(type, { withdrawn, size: 18 }),
    className: 'member-marker',
    iconSize: [18, 18],
    tooltipAnchor: [0, -9],
  });
}

/**
 * Leaflet writes a string tooltip as HTML: a name an editor typed (`<meta http-equiv=refresh>`) would
 * become markup in every visitor's page. An element holding a text node is inserted as it is.
 */
export function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/** Key of a position, to find the points that share it. */
export const positionKey = (p: { lat: number; lng: number }) => `${p.lat.toFixed(4)},${p.lng.toFixed(4)}`;

/**
 * Horizontal pixel offsets for points that share a position: the first keeps the true
 * position, the others alternate right and left of it (0, +s, -s, +2s…).
 */
export function spreadOffsets<T extends { lat: number; lng: number }>(
  points: readonly T[],
  spacing = 30,
  base: (p: T) => number = () => 0,
): Map<T, number> {
  const groups = new Map<string, T[]>();
  for (const p of points) {
    const key = positionKey(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const offsets = new Map<T, number>();
  for (const group of groups.values()) {
    group.forEach((p, i) => offsets.set(p, base(p) + Math.ceil(i / 2) * spacing * (i % 2 ? 1 : -1)));
  }
  return offsets;
}

type Located<T> = T & { lat: number; lng: number };
/** The rows that have a position. */
export const located = <T extends { lat: number | null; lng: number | null }>(rows: readonly T[]) =>
  rows.filter((r): r is Located<T> => r.lat !== null && r.lng !== null);
