import { DEFAULT_LEAD_WEEKS, TARGET_CANDIDATES } from "../thresholds/reasoning.js";
import type { LeadingPartner } from "./draft-types.js";
import type { RankedMetric } from "./rank-metrics.js";

export interface SelectedMetric extends RankedMetric {
  leadingPartner?: LeadingPartner;
}

type Facet = "leading" | "lagging" | "quality" | "quantity";

function facets(ranked: readonly RankedMetric[]): Set<Facet> {
  return new Set(ranked.flatMap((entry) => [entry.metric.kind, entry.metric.axis]));
}

function partnerOf(
  lagging: RankedMetric,
  ranked: readonly RankedMetric[],
  byId: Map<string, RankedMetric>,
) {
  const partners = lagging.metric.leadingPartners
    .map((id) => byId.get(id))
    .filter(
      (entry): entry is RankedMetric => entry !== undefined && entry.metric.kind === "leading",
    );
  // The best-ranked partner is the one most relevant to this decision.
  const position = (entry: RankedMetric) => {
    const index = ranked.indexOf(entry);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  partners.sort((a, b) => position(a) - position(b));
  return partners[0];
}

/**
 * Step 2: picks 6–8 candidates from the ranked metrics, covering leading and lagging,
 * quality and quantity, and bringing in a leading partner for each lagging pick when room allows;
 * `firstSignal` (the earliest leading indicator of the decision's causal chain) is always one.
 */
export function generateCandidates(
  ranked: readonly RankedMetric[],
  all: readonly RankedMetric[],
  firstSignal?: string,
): SelectedMetric[] {
  const byId = new Map(all.map((entry) => [entry.metric.id, entry]));
  const chosen: RankedMetric[] = [];
  const add = (entry: RankedMetric | undefined) => {
    if (entry && !chosen.includes(entry) && chosen.length < TARGET_CANDIDATES) chosen.push(entry);
  };
  add(ranked[0]);
  // The decision's own first signal is measured whatever the text ranking thinks of it.
  if (firstSignal) add(byId.get(firstSignal));
  for (const facet of ["lagging", "leading", "quality", "quantity"] as const) {
    if (!facets(chosen).has(facet))
      add(ranked.find((entry) => entry.metric.kind === facet || entry.metric.axis === facet));
  }
  for (const entry of ranked) {
    if (chosen.length >= TARGET_CANDIDATES) break;
    add(entry);
    if (entry.metric.kind === "lagging") add(partnerOf(entry, ranked, byId));
  }
  return attachPartners(chosen, ranked, all);
}

/** Gives each lagging metric its best-ranked leading partner (from the set first) and lead time. */
export function attachPartners(
  chosen: readonly RankedMetric[],
  ranked: readonly RankedMetric[],
  all: readonly RankedMetric[],
): SelectedMetric[] {
  const byId = new Map(all.map((entry) => [entry.metric.id, entry]));
  return chosen.map((entry) => {
    if (entry.metric.kind !== "lagging") return entry;
    const partner = partnerOf(entry, [...chosen, ...ranked, ...all], byId);
    if (!partner) return entry;
    return {
      ...entry,
      leadingPartner: {
        metric: partner.metric.id,
        name: partner.metric.name,
        leadWeeks: entry.metric.leadWeeks ?? DEFAULT_LEAD_WEEKS,
      },
    };
  });
}
