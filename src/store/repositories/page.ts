/** One page of a list and the cursor of the next one (absent on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

/** Cursors are opaque to clients: the last key seen, base64url-encoded. */
function encodeCursor(key: string | number): string {
  return Buffer.from(String(key)).toString("base64url");
}

/** The key a cursor carries, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  return text.length > 0 ? text : undefined;
}

/** Builds a page from rows fetched with limit + 1, so the extra row says whether more exist. */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  key: (row: R) => string | number,
  map: (row: R) => T,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    ...(rows.length > limit && last !== undefined ? { nextCursor: encodeCursor(key(last)) } : {}),
  };
}
