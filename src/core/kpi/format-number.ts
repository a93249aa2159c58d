/** A value short enough for a sentence: three significant digits, whole numbers past 100. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

/**
 * Two numbers a sentence compares, with the precision that tells them apart: "at 105 … past its
 * limit (105)" contradicts itself, "at 104.6 … past its limit (105.2)" does not. Each starts as
 * `formatNumber` and gains a significant digit until the two texts differ (equal numbers stay equal).
 * @example formatApart(104.6, 105.2) // ["104.6", "105.2"]
 */
export function formatApart(a: number, b: number): [string, string] {
  let texts: [string, string] = [formatNumber(a), formatNumber(b)];
  for (let digits = 4; texts[0] === texts[1] && a !== b && digits <= 15; digits++)
    texts = [String(Number(a.toPrecision(digits))), String(Number(b.toPrecision(digits)))];
  return texts;
}
