const BARS = "▁▂▃▄▅▆▇█";

/** One character per value, scaled from the lowest (▁) to the highest (█); a flat series is ▄. */
export function renderSparkline(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values
    .map((value) => {
      if (high === low) return BARS[3];
      return BARS[
        Math.min(BARS.length - 1, Math.floor(((value - low) / (high - low)) * BARS.length))
      ];
    })
    .join("");
}
