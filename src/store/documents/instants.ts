/**
 * PostgreSQL prints timestamptz (session time zone UTC) as `2026-07-14 09:30:00+00`.
 * A midnight-UTC instant is written back as the plain day the author most likely wrote.
 */
export function instantFromDb(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) || text.includes("T")) return canonicalInstant(text);
  const iso = `${text.replace(" ", "T").replace(/\+00(:00)?$/, "")}Z`;
  return canonicalInstant(iso);
}

/** The one spelling of an instant used for export and comparison. */
export function canonicalInstant(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const iso = new Date(text).toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.replace(".000Z", "Z");
}
