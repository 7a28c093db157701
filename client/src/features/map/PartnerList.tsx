import { memo, useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { organizationTypeLabels, townWithProvince } from '@shared/enums';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { partnerSymbolSvg, siteSymbolSvg } from '../../components/map/symbols';
import type { PublicPartner, PublicSite } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';

/**
 * One page of the organisations as a list, each with its service points: the accessible twin of the
 * map, sharing its filters and selection.
 */
export const PartnerList = memo(function PartnerList({
  partners,
  sites,
  selected,
  onSelect,
}: {
  partners: PublicPartner[];
  sites: readonly PublicSite[];
  selected: string | null;
  onSelect: (partner: PublicPartner) => void;
}) {
  const { t, to, label, pick, langOf, itLang } = useI18n();
  const sitesOf = useMemo(() => {
    const byOrg = new Map<string, PublicSite[]>();
    for (const s of sites) byOrg.set(s.organizationSlug, [...(byOrg.get(s.organizationSlug) ?? []), s]);
    return byOrg;
  }, [sites]);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!selected) return;
    listRef.current
      ?.querySelector(`[data-slug="${CSS.escape(selected)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);

  if (partners.length === 0) return <p className="state state-empty">{t.map.empty}</p>;

  return (
    <ul className="partner-list" ref={listRef}>
      {partners.map((p) => {
        const isSelected = p.slug === selected;
        const m = p.membership;
        return (
          <li key={p.slug} data-slug={p.slug} className={isSelected ? 'is-selected' : undefined}>
            <button
              type="button"
              className="partner-item"
              aria-pressed={isSelected}
              onClick={() => onSelect(p)}
              disabled={p.lat === null}
              title={p.lat === null ? t.map.noPosition : t.map.selectOnMap}
            >
              <span
                className="legend-symbol"
                dangerouslySetInnerHTML={{
                  __html: partnerSymbolSvg(p.type, {
                    lead: m?.role === 'lead_partner',
                    withdrawn: m?.status === 'withdrawn',
                    size: 26,
                  }),
                }}
              />
              <span className="partner-item-text">
                <span className="partner-item-name" lang={itLang}>{p.name}</span>
                <span className="partner-item-meta">
                  {label(organizationTypeLabels, p.type)} · {townWithProvince(p.city, p.province)}
                </span>
                <span className="partner-item-badges">
                  {m && <RoleBadge role={m.role} />}
                  {m && <StatusBadge status={m.status} />}
                </span>
              </span>
            </button>
            {isSelected && (
              <div className="partner-item-detail">
                {m && <p lang={langOf(m.responsibilitiesIt, m.responsibilitiesEn)}>{pick(m.responsibilitiesIt, m.responsibilitiesEn)}</p>}
              </div>
            )}
            {(sitesOf.get(p.slug)?.length ?? 0) > 0 && (
              <ul className="partner-item-sites" aria-label={`${t.map.sitesOf}: ${p.shortName}`}>
                {sitesOf.get(p.slug)!.map((s) => (
                  <li key={s.slug}>
                    <span className="legend-symbol" dangerouslySetInnerHTML={{ __html: siteSymbolSvg(p.type, 14) }} />
                    {pick(s.nameIt, s.nameEn)} · {townWithProvince(s.city, s.province)}
                  </li>
                ))}
              </ul>
            )}
            <Link className="partner-item-link" to={to(`/partners/${p.slug}`)}>
              {t.common.openProfile}
              <span className="visually-hidden">: {p.name}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
});
