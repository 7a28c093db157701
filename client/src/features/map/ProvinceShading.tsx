import { PROVINCES } from '@shared/enums';
import type { ProvinceShading } from '../../components/map/provinces';
import type { ProvinceCount } from '../../lib/api-types';
import { useI18n } from '../../lib/i18n';

/** Five steps of one blue (ColorBrewer "Blues"): none, then four equal ranges up to the largest. */
const STEPS = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

const SICILIAN = new Set<string>(PROVINCES.map((p) => p.code));
const totalOf = (row: ProvinceCount) => row.partners + row.members;

/** The ranges of the shading for these counts: [from, to] per step, the first being 0. */
export function shadingSteps(rows: readonly ProvinceCount[]) {
  const max = Math.max(0, ...rows.filter((r) => SICILIAN.has(r.province)).map(totalOf));
  const width = Math.max(1, Math.ceil(max / 4));
  const ranges = STEPS.map((color, i) => ({ color, from: i === 0 ? 0 : (i - 1) * width + 1, to: i === 0 ? 0 : i * width }));
  const stepOf = (n: number) => (n === 0 ? 0 : Math.min(4, 1 + Math.floor((n - 1) / width)));
  const byCode = new Map(rows.map((r) => [r.province, STEPS[stepOf(totalOf(r))]]));
  const shading: ProvinceShading = (code) => byCode.get(code) ?? STEPS[0];
  return { ranges: ranges.filter((r) => r.from <= Math.max(max, 0) || r.from === 0), shading };
}

/** The shading's legend: each colour with the range of bodies it stands for. */
export function ShadingLegend({ rows }: { rows: readonly ProvinceCount[] }) {
  const { t, number } = useI18n();
  const { ranges } = shadingSteps(rows);
  return (
    <section className="map-legend shading-legend" aria-labelledby="shading-legend-title">
      <h2 id="shading-legend-title" className="h6">
        {t.map.shadeLegend}
      </h2>
      <ul>
        {ranges.map((r) => (
          <li key={r.color}>
            <span className="shading-swatch" style={{ background: r.color }} aria-hidden="true" />
            {r.from === r.to ? number(r.from) : `${number(r.from)}–${number(r.to)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The numbers behind the shading as a table: Sicily's provinces, then (at national scale) the other
 * regions with their totals, under the same filters as the map.
 */
export function ProvinceTable({ rows }: { rows: readonly ProvinceCount[] }) {
  const { t, number } = useI18n();
  const text = t.map.provinces;
  const sicily = PROVINCES.map((p) => rows.find((r) => r.province === p.code) ?? { province: p.code, name: p.name, region: 'Sicilia', partners: 0, members: 0 });
  const regions = new Map<string, { partners: number; members: number }>();
  for (const r of rows) {
    if (SICILIAN.has(r.province)) continue;
    const region = r.region ?? r.province;
    const sum = regions.get(region) ?? { partners: 0, members: 0 };
    regions.set(region, { partners: sum.partners + r.partners, members: sum.members + r.members });
  }
  return (
    <div className="table-scroll">
      <table className="table province-table">
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.province}</th>
            <th scope="col" className="num">
              {text.partners}
            </th>
            <th scope="col" className="num">
              {text.members}
            </th>
          </tr>
        </thead>
        <tbody>
          {sicily.map((r) => (
            <tr key={r.province}>
              <th scope="row">{r.name}</th>
              <td className="num">{number(r.partners)}</td>
              <td className="num">{number(r.members)}</td>
            </tr>
          ))}
        </tbody>
        {regions.size > 0 && (
          <tbody>
            <tr>
              <th scope="colgroup" colSpan={3}>
                {text.otherRegions}
              </th>
            </tr>
            {[...regions]
              .sort(([a], [b]) => a.localeCompare(b, 'it'))
              .map(([region, sum]) => (
                <tr key={region}>
                  <th scope="row">{region}</th>
                  <td className="num">{number(sum.partners)}</td>
                  <td className="num">{number(sum.members)}</td>
                </tr>
              ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
