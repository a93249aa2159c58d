/** Numbers a key result title states as its baseline and target. */
export interface StatedFromTo {
  from?: number;
  to?: number;
}

const NUMBER = String.raw`(-?\d[\d,]*(?:\.\d+)?)`;
const FROM_TO = new RegExp(String.raw`\bfrom\s+\$?${NUMBER}\s*[^\s\d]*\s+to\s+\$?${NUMBER}`, "i");

function toNumber(text: string): number {
  return Number(text.replaceAll(",", ""));
}

/**
 * Reads "from X to Y" out of a key result title.
 * @example extractFromTo("Reduce time-to-first-value from 14 days to 5 days") // { from: 14, to: 5 }
 */
export function extractFromTo(title: string): StatedFromTo {
  const match = FROM_TO.exec(title);
  if (!match?.[1] || !match[2]) return {};
  return { from: toNumber(match[1]), to: toNumber(match[2]) };
}
