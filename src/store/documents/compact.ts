/**
 * Drops keys whose value is null or undefined, keeping key order: the okapi file
 * omits what the author did not write, and export must reproduce that.
 */
export function compact<T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]: Exclude<T[K], null> } {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && item !== undefined) result[key] = item;
  }
  return result as { [K in keyof T]: Exclude<T[K], null> };
}

/** An owner reference from its two columns. */
export function ownerFromColumns(
  ownerId: string | null,
  extra: readonly string[],
): string | string[] | null {
  if (ownerId === null) return null;
  return extra.length === 0 ? ownerId : [ownerId, ...extra];
}

/** An owner reference split into its two columns. */
export function ownerToColumns(owner: string | readonly string[] | undefined): {
  ownerId: string | null;
  extraOwnerIds: string[];
} {
  if (owner === undefined) return { ownerId: null, extraOwnerIds: [] };
  if (typeof owner === "string") return { ownerId: owner, extraOwnerIds: [] };
  const [first, ...rest] = owner;
  return { ownerId: first ?? null, extraOwnerIds: rest };
}
