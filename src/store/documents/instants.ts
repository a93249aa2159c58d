/**
 * PostgreSQL prints timestamptz (session time zone UTC) as `2026-07-14 09:30:00+00`.
 * A midnight-UTC instant is written back as the plain day the author most likely wrote.
 */
export function instantFromDb(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) || text.includes("T")) return canonicalInstant(text);
  const iso = `${text.replace(" ", "T").replace(/\+00(:00)?$/, "")}Z`;
  return canonicalInstant(iso);
}

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d{1,3})?Z$/;

/** The one spelling of an instant used for export and comparison. */
export function canonicalInstant(text: string): string {
  if (text.length === 10) return text;
  // Fast path for bulk imports, which are mostly UTC instants already.
  const utc = UTC_INSTANT.exec(text);
  if (utc) {
    const fraction = utc[3] && Number(utc[3]) !== 0 ? utc[3].padEnd(4, "0") : "";
    if (!fraction && utc[2] === "00:00:00") return utc[1] as string;
    return `${utc[1]}T${utc[2]}${fraction}Z`;
  }
  const iso = new Date(text).toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.replace(".000Z", "Z");
}
