import { formatNumber } from "../kpi/format-number.js";

/** 0.394 → "39%"; null → "—". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** A value with its unit: "33.2%", "4.4 h". */
export function valueWithUnit(value: number | undefined, unit: string | undefined): string {
  if (value === undefined) return "—";
  const text = formatNumber(value);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** "39% (was 35%)" when the value moved, else "39%". */
export function withLastWeek(
  now: number | null,
  before: number | null,
  show: (v: number | null) => string,
): string {
  return before === null || before === now ? show(now) : `${show(now)} (was ${show(before)})`;
}

export const confidenceText = (value: number | null): string =>
  value === null ? "—" : `${formatNumber(value)}/10`;

/** What a reason is about, before its message: the key result's title (its id when untitled), or nothing for the objective's own. */
export function subjectOf(reason: { keyResult?: string; keyResultTitle?: string }): string {
  const subject = reason.keyResultTitle ?? reason.keyResult;
  return subject ? `${subject}: ` : "";
}
