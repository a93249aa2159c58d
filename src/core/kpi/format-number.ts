/** A value short enough for a sentence: three significant digits, whole numbers past 100. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}
