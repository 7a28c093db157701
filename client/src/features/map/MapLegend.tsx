import { memo } from 'react';
import { ORGANIZATION_TYPES, organizationTypeLabels } from '@shared/enums';
import { partnerSymbolSvg, siteSymbolSvg } from '../../components/map/symbols';
import { useI18n } from '../../lib/i18n';

const Symbol = ({ svg }: { svg: string }) => <span className="legend-symbol" dangerouslySetInnerHTML={{ __html: svg }} />;

export const MapLegend = memo(function MapLegend() {
  const { t, label } = useI18n();
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="h6">
        {t.map.legendTitle}
      </h2>
      <ul>
        {ORGANIZATION_TYPES.filter((type) => type !== 'other_public_body').map((type) => (
          <li key={type}>
            <Symbol svg={partnerSymbolSvg(type, { size: 20 })} />
            {label(organizationTypeLabels, type)}
          </li>
        ))}
        <li>
          <Symbol svg={partnerSymbolSvg('municipality', { lead: true, size: 24 })} />
          {t.map.lead}
        </li>
        <li>
          <Symbol svg={partnerSymbolSvg('municipality', { withdrawn: true, size: 20 })} />
          {t.map.withdrawn}
        </li>
        <li>
          <Symbol svg={siteSymbolSvg('health_authority', 16)} />
          {t.map.site}
        </li>
        <li>
          <Symbol svg={partnerSymbolSvg('municipality', { size: 14 })} />
          {t.map.member}
        </li>
        <li>
          <span className="legend-symbol">
            <span className="cluster-marker cluster-members cluster-sample" aria-hidden="true">
              <span>12</span>
            </span>
          </span>
          {t.map.cluster}
        </li>
      </ul>
    </section>
  );
});
