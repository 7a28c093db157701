import { geoJSON, latLngBounds, marker, type LatLngExpression } from 'leaflet';
import { useQuery } from '@tanstack/react-query';
import type { Feature } from 'geojson';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { CircleMarker, Popup, useMap } from 'react-leaflet';
import { organizationTypeLabels } from '@shared/enums';
import { ClusterLayer } from '../../components/map/ClusterLayer';
import { located, memberIcon, positionKey, siteIcon, textNode } from '../../components/map/markers';
import { provincesQuery, type ProvinceShading } from '../../components/map/provinces';
import { Replaces, SicilyMap } from '../../components/map/SicilyMap';
import { PlaceNames } from '../../components/map/PlaceNames';
import { openHandlers, SiteMarkers } from '../../components/map/SiteMarkers';
import type { MemberPoints, PublicPartner, PublicSite } from '../../lib/api-types';
import { pickText, useI18n } from '../../lib/i18n';
import { takeEarlyMap } from './early-map';
import { MemberBrief } from './MemberBrief';
import { membersOf, partnerOffsets, type Member } from './partner-points';
import { FlyToSelected, PartnerMarkers } from './PartnerMarkers';
import type { NearestView } from './finder/NearestFinder';

const NO_SITES: PublicSite[] = [];
/** Up to this many service points are drawn one by one, lined up under their partner; more cluster. */
export const SITES_DRAWN_SINGLY = 150;

export type OpenedMember = { id: number; lat: number; lng: number };

/** A member opened from the list: zoomed to where its cluster has split, its popup in view. */
function FlyToOpened({ opened }: { opened: OpenedMember | null }) {
  const map = useMap();
  useEffect(() => {
    if (opened && (map.getZoom() < 12 || !map.getBounds().contains([opened.lat, opened.lng]))) {
      map.setView([opened.lat, opened.lng], Math.max(map.getZoom(), 12), { animate: false });
    }
  }, [map, opened]);
  return null;
}

/**
 * Once the answer for new filters is in, fits the map to what they found (a search for a town in
 * Lombardy, one province), so that results never sit out of view; once per filter set, so a visitor's
 * own panning afterwards is left alone.
 */
function FitToResults({ fitKey, points }: { fitKey: string | undefined; points: readonly { lat: number; lng: number }[] }) {
  const map = useMap();
  const done = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!fitKey || done.current === fitKey || points.length === 0) return;
    done.current = fitKey;
    map.fitBounds(latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: [24, 24], maxZoom: 11, animate: false });
  }, [map, fitKey, points]);
  return null;
}

/**
 * The Leaflet part of the map page, loaded as its own chunk after the list is on screen: the project
 * partners one by one (the lead partner on top), the network members and, when many, the service
 * points clustered; a member opens a popup with its name.
 */
function MapCanvas({
  partners,
  members,
  sites,
  selected,
  onSelect,
  opened,
  onOpen,
  shading,
  fitKey,
  nearest,
  onOpenSite,
  province,
}: {
  partners: PublicPartner[] | undefined;
  members: MemberPoints | undefined;
  sites: PublicSite[];
  selected: string | null;
  onSelect: (slug: string) => void;
  opened: OpenedMember | null;
  onOpen: (member: OpenedMember | null) => void;
  shading?: ProvinceShading;
  /** The filters, once their results are in (none without filters): the map fits to those results. */
  fitKey?: string;
  /** The nearest-service search: where from and what it found; the map fits to both. */
  nearest?: NearestView | null;
  /** A service point's marker was clicked (or Enter pressed on it). */
  onOpenSite?: (slug: string) => void;
  /** The province filter: the map fits to the province's shape. */
  province?: string;
}) {
  const { t, locale } = useI18n();
  // On the landing page, the map Leaflet drew before React started, with its partner markers.
  const [early] = useState(takeEarlyMap);
  // The service points and members come second: the partners are drawn first, the rest in a
  // background render right after.
  const deferredSites = useDeferredValue(sites, NO_SITES);
  // Not deferred: the early map's clusters give way to these in the same commit, from the same index.
  const memberPoints = useMemo(() => membersOf(members), [members]);
  const ownerOffsets = useMemo(() => {
    const offsets = partnerOffsets(located(partners ?? []));
    return new Map([...offsets].map(([p, dx]) => [`${p.slug}@${positionKey(p)}`, dx]));
  }, [partners]);

  const memberMarker = useCallback(
    (m: Member, at: LatLngExpression) => {
      const name = t.map.memberOf(organizationTypeLabels[m.type][locale]);
      return marker(at, { icon: memberIcon(m.type, m.withdrawn), title: name, alt: name, keyboard: false }).on('click', () =>
        onOpen({ id: m.id, lat: m.lat, lng: m.lng }),
      );
    },
    [t, locale, onOpen],
  );
  const siteMarker = useCallback(
    (s: PublicSite & { lat: number; lng: number }, at: LatLngExpression) => {
      const name = `${pickText(locale, { it: s.nameIt, en: s.nameEn })} — ${s.organizationShortName}`;
      const m = marker(at, { icon: siteIcon(s.organizationType), title: name, alt: name, keyboard: Boolean(onOpenSite) }).bindTooltip(textNode(name), {
        direction: 'top',
      });
      return onOpenSite ? m.on(openHandlers(() => onOpenSite(s.slug))) : m;
    },
    [locale, onOpenSite],
  );
  const locatedSites = useMemo(() => located(deferredSites), [deferredSites]);
  const shapes = useQuery(provincesQuery);
  const provinceShape = province ? shapes.data?.features.find((f) => f.properties?.code === province) : undefined;
  const results = useMemo(() => [...located(partners ?? []), ...memberPoints], [partners, memberPoints]);

  return (
    <SicilyMap adopt={early} shading={shading}>
      <ClusterLayer
        points={memberPoints}
        className="cluster-members"
        countLabel={t.map.membersCluster}
        pointMarker={memberMarker}
        zIndexOffset={-1000}
      />
      <Replaces layer={early?.members} />
      {partners && (
        <>
          <PartnerMarkers partners={partners} selected={selected} onSelect={onSelect} />
          <Replaces layer={early?.markers} />
          <FlyToSelected partners={partners} selected={selected} />
        </>
      )}
      {locatedSites.length > SITES_DRAWN_SINGLY ? (
        <ClusterLayer points={locatedSites} className="cluster-sites" radius={40} countLabel={t.map.sitesCluster} pointMarker={siteMarker} />
      ) : (
        <SiteMarkers sites={deferredSites} ownerOffsets={ownerOffsets} onOpen={onOpenSite} />
      )}
      <PlaceNames towns={locatedSites} />
      <FlyToOpened opened={opened} />
      {/* A Sicilian province fits to its shape; any other filter (or a province without one) to its results. */}
      <FitToResults fitKey={provinceShape ? undefined : fitKey} points={results} />
      <FitToProvince feature={provinceShape} />
      {nearest && (
        <>
          <CircleMarker
            center={[nearest.origin.lat, nearest.origin.lng]}
            radius={9}
            className="nearest-origin"
            pathOptions={{ color: '#17324d', weight: 4, fillColor: '#ffffff', fillOpacity: 1 }}
            interactive={false}
          />
          <FitToResults fitKey={nearestKey(nearest)} points={[nearest.origin, ...nearest.results]} />
        </>
      )}
      {opened && (
        <Popup key={opened.id} position={[opened.lat, opened.lng]} eventHandlers={{ remove: () => onOpen(null) }}>
          <MemberBrief id={opened.id} />
        </Popup>
      )}
    </SicilyMap>
  );
}

/** Fits the map to a province's shape when the filter names one that has a shape. */
function FitToProvince({ feature }: { feature: Feature | undefined }) {
  const map = useMap();
  const done = useRef<Feature | undefined>(undefined);
  useEffect(() => {
    if (!feature || done.current === feature) return;
    done.current = feature;
    map.fitBounds(geoJSON(feature).getBounds(), { padding: [16, 16], animate: false });
  }, [map, feature]);
  if (!feature) done.current = undefined;
  return null;
}

const nearestKey = (n: NearestView) => `nearest:${n.origin.lat},${n.origin.lng}:${n.results.map((r) => r.key).join(',')}`;

/** Memoised: the page re-renders on every keystroke and query; the map only when its own props change. */
export default memo(MapCanvas);
