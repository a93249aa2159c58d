/**
 * Reads a number as a person types it in their own locale: "12,5" is twelve and a half in German
 * and refused in English (where "," groups thousands), "1.250" is 1250 in German, "$1.2M" and
 * "35 %" read as 1200000 and 35. A reading is a value, never a guess: text that could mean two
 * numbers is refused with the reason and the spelling that works.
 */
export type NumberReading =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "refused"; reason: string };

interface Separators {
  decimal: string;
  group: string;
}

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY = /^[$€£¥₹]|[$€£¥₹]$/g;
const MINUS = /^[-\u2212]/;
// Powers of ten, so "1.2M" is exactly 1200000 (1.2 * 1e6 in floating point is not always).
const SCALE: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, b: 9, B: 9, bn: 9 };

function separatorsOf(locale: string): Separators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  // A space-like group mark (French, Swedish…) is matched as any space, which is how it is typed.
  const group = (parts.find((p) => p.type === "group")?.value ?? ",").replace(SPACES, " ");
  return { decimal, group };
}

/** The example that shows how twelve and a half and twelve hundred fifty are written here. */
function spellings(locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return `write ${format.format(12.5)} for twelve and a half, ${format.format(1250)} for one thousand two hundred fifty`;
}

/** Groups of three after the first group, as Intl writes them. */
function isGroupedCorrectly(whole: string, group: string): boolean {
  const groups = whole.split(group);
  const [first, ...rest] = groups;
  if (!first || first.length > 3) return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

/** Reads `text` in `locale`'s conventions. */
export function readNumber(text: string, locale: string): NumberReading {
  let rest = text.trim();
  if (rest === "") return { kind: "empty" };
  const { decimal, group } = separatorsOf(locale);
  const refuse = (why: string): NumberReading => ({
    kind: "refused",
    reason: `"${text.trim()}" ${why}: ${spellings(locale)}`,
  });
  rest = rest.replace(/\s*%$/, "").replace(CURRENCY, "").trim();
  const negative = MINUS.test(rest);
  rest = rest.replace(MINUS, "").replace(CURRENCY, "").trim();
  let exponent = 0;
  const suffix = /\s*(bn|[kKmMbB])$/.exec(rest);
  if (suffix?.[1]) {
    exponent = SCALE[suffix[1]] ?? 0;
    rest = rest.slice(0, suffix.index);
  }
  if (group === " ") rest = rest.replace(SPACES, " ");
  // Swiss German groups with an apostrophe, typed either straight or curly.
  if (group === "'" || group === "’") rest = rest.replace(/['’]/g, group);
  if (!/^[\d.,' ’]+$/.test(rest) || !/\d/.test(rest)) return refuse("is not a number");
  const decimals = rest.split(decimal);
  if (decimals.length > 2) return refuse(`has more than one "${decimal}"`);
  const [whole = "", fraction] = decimals;
  if (fraction !== undefined && !/^\d+$/.test(fraction))
    return refuse(`has separators after its "${decimal}"`);
  if (whole.includes(group) && !isGroupedCorrectly(whole, group))
    return refuse(`groups its digits in an unusual way ("${group}" separates thousands here)`);
  const digits = whole.split(group).join("");
  if (!/^\d*$/.test(digits) || (digits === "" && fraction === undefined))
    return refuse(`uses a separator this locale does not (decimals are written with "${decimal}")`);
  const value = Number(`${digits || "0"}.${fraction ?? "0"}e${exponent}`);
  return { kind: "number", value: negative ? -value : value };
}

/** The reading written back the way this locale writes numbers, for the echo beside an input. */
export function echoNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}
