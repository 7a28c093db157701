import type { MarkerOptions } from 'leaflet';
import { located, partnerIcon, spreadOffsets } from '../../components/map/markers';
import { ORGANIZATION_TYPES, type OrganizationType } from '@shared/enums';
import type { MemberPoints, PublicPartner } from '../../lib/api-types';

/** The lead partner keeps its true position; bodies sharing it sit beside it. */
export function partnerOffsets<T extends PublicPartner & { lat: number; lng: number }>(points: T[]) {
  const leadFirst = [...points].sort(
    (a, b) => Number(b.membership?.role === 'lead_partner') - Number(a.membership?.role === 'lead_partner'),
  );
  return spreadOffsets(leadFirst);
}

/** The partners with a position, each with its sideways offset. */
export function partnerPoints(partners: readonly PublicPartner[]) {
  const points = located(partners);
  const offsets = partnerOffsets(points);
  return points.map((p) => ({ partner: p, offset: offsets.get(p) }));
}

/**
 * A partner's marker, the same whether React draws it (PartnerMarkers) or the landing page does before
 * React starts (early-map.ts): symbol, name for assistive technology, stacking.
 */
export function partnerMarkerOptions(p: PublicPartner, { selected = false, offset }: { selected?: boolean; offset?: number }) {
  const lead = p.membership?.role === 'lead_partner';
  return {
    icon: partnerIcon(p.type, { lead, withdrawn: p.membership?.status === 'withdrawn', selected, offset }),
    title: p.name,
    alt: p.name,
    // The map is a visual aid: keyboard and screen-reader users select partners in the list, its
    // equivalent (WCAG 2.5.8 "equivalent" exception). As tab stops, the markers were 10 more stops
    // before the list, and towns close together at phone zoom overlap each other.
    keyboard: false,
    zIndexOffset: selected ? 2000 : lead ? 1000 : 0,
  } satisfies MarkerOptions;
}

export type Member = { id: number; type: OrganizationType; withdrawn: boolean; lat: number; lng: number };

const members = new WeakMap<MemberPoints, Member[]>();

/** The compact columns of `partners.points` as points; the same array for the same answer. */
export function membersOf(points: MemberPoints | undefined): Member[] {
  if (!points) return [];
  const known = members.get(points);
  if (known) return known;
  const list = points.ids.map((id, k) => ({
    id,
    type: ORGANIZATION_TYPES[points.types[k]!] ?? 'other_public_body',
    withdrawn: points.withdrawn[k] === 1,
    lat: points.lat[k]!,
    lng: points.lng[k]!,
  }));
  members.set(points, list);
  return list;
}
