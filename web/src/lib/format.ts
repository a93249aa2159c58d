/** Number and date formatting shared by every screen, so values read the same everywhere. */
const compact = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

export function formatValue(value: number | undefined, unit?: string): string {
  if (value === undefined || Number.isNaN(value)) return "—";
  const text = compact.format(value);
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

export function formatPercent(fraction: number | undefined): string {
  return fraction === undefined ? "—" : `${Math.round(fraction * 100)}%`;
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleDateString("en", {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}
