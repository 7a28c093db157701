/**
 * A small trend line of rates (0–1) per quarter: solid between consecutive quarters, dashed across
 * quarters without a rate, a dot on the latest. The same numbers are in the table alternative.
 */
export function Sparkline({ values, label, width = 96, height = 28 }: { values: (number | null)[]; label: string; width?: number; height?: number }) {
  const pad = 3;
  const x = (i: number) => (values.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => height - pad - v * (height - 2 * pad);
  const points = values.flatMap((v, i) => (v === null ? [] : [{ i, x: x(i), y: y(v) }]));
  const segments = points.slice(1).map((p, k) => ({ from: points[k]!, to: p, gap: p.i - points[k]!.i > 1 }));
  const last = points.at(-1);
  return (
    <svg className="sparkline" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <line className="sparkline-base" x1={pad} x2={width - pad} y1={y(0.5)} y2={y(0.5)} />
      {segments.map((s) => (
        <line
          key={s.to.i}
          className={s.gap ? 'sparkline-gap' : 'sparkline-line'}
          x1={s.from.x}
          y1={s.from.y}
          x2={s.to.x}
          y2={s.to.y}
        />
      ))}
      {points.map((p) => (
        <circle key={p.i} cx={p.x} cy={p.y} r={p === last ? 2.6 : 1.4} className="sparkline-point" />
      ))}
    </svg>
  );
}
