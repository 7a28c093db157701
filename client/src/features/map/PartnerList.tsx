import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { organizationTypeLabels, townWithProvince } from '@shared/enums';
import { RoleBadge, StatusBadge } from '../../components/Badges';
import { partnerSymbolSvg } from '../../components/map/symbols';
import type { PublicPartner } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';

/** The partners as a list: the accessible twin of the map, sharing its filters and selection. */
export function PartnerList({
  partners,
  selected,
  onSelect,
}: {
  partners: PublicPartner[];
  selected: string | null;
  onSelect: (slug: string) => void;
}) {
  const { t, to, label, pick } = useI18n();
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
              onClick={() => onSelect(p.slug)}
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
                <span className="partner-item-name">{p.name}</span>
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
                {m && <p>{pick(m.responsibilitiesIt, m.responsibilitiesEn)}</p>}
                {p.siteCount > 0 && <p className="muted">{t.map.sitesCount(p.siteCount)}</p>}
              </div>
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
}
