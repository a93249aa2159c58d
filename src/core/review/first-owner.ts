import type { OwnerRef } from "../model/primitives.js";

/** The accountable owner: the first of several (the linter flags more than one). */
export function firstOwner(owner: OwnerRef | undefined): string | undefined {
  return Array.isArray(owner) ? owner[0] : owner;
}
