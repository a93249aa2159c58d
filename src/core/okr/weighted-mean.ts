/** Weighted mean of values; null when there is nothing to average. */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const { value, weight } of items) {
    total += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}
