// How a cost grows with the size of the organisation, from the slope on a log-log plot:
// cost ∝ scale^slope, so 0 is flat and 1 is linear; a logarithmic cost has a small slope
// that is not zero (log 100 / log 1 of a fixed base grows, but far slower than the scale).

/** Names the growth between the smallest and the largest size measured. */
export function classifyGrowth(points) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || last.scale === first.scale) return { slope: 0, growth: "one size only" };
  const slope = Math.log(last.cost / first.cost) / Math.log(last.scale / first.scale);
  const growth =
    slope < 0.1
      ? "flat"
      : slope < 0.5
        ? "sublinear (log-like)"
        : slope < 1.2
          ? "linear"
          : "superlinear";
  return { slope: Number(slope.toFixed(2)), growth };
}
