import { Document, isMap, isPair, isScalar, isSeq, visit } from "yaml";
import type { OkapiDocument } from "../core/model/index.js";

/** Rows that read best one per line: `- { at: 2026-07-14, value: 38 }`. */
const ROW_LISTS = new Set([
  "measurements",
  "checkins",
  "people",
  "teams",
  "cycles",
  "leading",
  "killCriteria",
]);
/** Small mappings that read best inline: `healthy: { min: 105 }`. */
const INLINE_MAPS = new Set(["healthy", "alert", "band", "grade", "decision"]);

/** The okapi file as YAML that is pleasant to read and diff. */
export function renderOkapiYaml(document: OkapiDocument): string {
  const doc = new Document(document);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (INLINE_MAPS.has(key) && isMap(pair.value)) pair.value.flow = true;
      if (!isSeq(pair.value)) return;
      if (key === "guardrails" || key === "leadingIndicators") pair.value.flow = true;
      if (!ROW_LISTS.has(key)) return;
      for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
