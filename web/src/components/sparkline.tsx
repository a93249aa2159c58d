interface SparklineProps {
  values: number[];
  /** Natural process limits (XmR): drawn as a centre line and a shaded band. */
  limits?: { center: number; lower: number; upper: number } | undefined;
  /** Indexes of points that are signals, drawn as dots. */
  signals?: number[] | undefined;
  label: string;
}

const WIDTH = 160;
const HEIGHT = 40;

/** A tiny SVG trend line: light enough for a tile per KPI (the detail screen uses uPlot). */
export function Sparkline({ values, limits, signals = [], label }: SparklineProps) {
  if (values.length < 2) return <p className="muted">Not enough data for a trend.</p>;
  const all = limits ? [...values, limits.lower, limits.upper] : values;
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const x = (i: number) => (i / (values.length - 1)) * WIDTH;
  const y = (v: number) => HEIGHT - 2 - ((v - min) / span) * (HEIGHT - 4);
  const path = values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i)},${y(v)}`).join(" ");
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      {limits ? (
        <>
          <rect
            x={0}
            width={WIDTH}
            y={y(limits.upper)}
            height={Math.max(0, y(limits.lower) - y(limits.upper))}
            fill="var(--chart-band)"
          />
          <line
            x1={0}
            x2={WIDTH}
            y1={y(limits.center)}
            y2={y(limits.center)}
            stroke="var(--chart-centre)"
            strokeDasharray="3 3"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        </>
      ) : null}
      <path
        d={path}
        fill="none"
        stroke="var(--chart-line)"
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
      />
      {signals.map((i) =>
        values[i] === undefined ? null : (
          <circle key={i} cx={x(i)} cy={y(values[i])} r={2.5} fill="var(--chart-signal)" />
        ),
      )}
    </svg>
  );
}
