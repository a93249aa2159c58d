import type { DraftedFrom } from "../../core/model/index.js";

/** jsonb reorders keys; the file reads best as decision, then draft. */
export function draftedFromColumn(value: unknown): DraftedFrom | null {
  if (!value || typeof value !== "object") return null;
  const { decision, draft } = value as DraftedFrom;
  return draft === undefined ? { decision } : { decision, draft };
}
