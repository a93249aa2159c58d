import type { MetricEntry } from "../knowledge/metric-knowledge.js";
import type { Kpi } from "../model/kpi.js";

/** A metric the loop can propose: a knowledge entry, possibly tracked by a workspace KPI. */
export type MetricDocument = Omit<MetricEntry, "domain"> & {
  domain?: MetricEntry["domain"];
  /** The workspace KPI that tracks this metric. */
  workspaceKpi?: string;
  /** The latest workspace value on or before `asOf`. */
  baseline?: number;
};

function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function latestValue(kpi: Kpi, asOf: string): number | undefined {
  const points = (kpi.measurements ?? []).filter((point) => point.at.slice(0, 10) <= asOf);
  const latest = points.reduce<(typeof points)[number] | undefined>(
    (best, point) => (best === undefined || point.at >= best.at ? point : best),
    undefined,
  );
  return latest?.value;
}

function matchKnowledge(kpi: Kpi, knowledge: readonly MetricEntry[]): MetricEntry | undefined {
  const names = new Set([normalizeName(kpi.id), normalizeName(kpi.name)]);
  return knowledge.find(
    (entry) =>
      entry.id === kpi.id ||
      names.has(normalizeName(entry.name)) ||
      entry.aliases.some((alias) => names.has(normalizeName(alias))),
  );
}

function fromKpi(kpi: Kpi, known: ReadonlySet<string>): MetricDocument {
  return {
    id: kpi.id,
    name: kpi.name,
    aliases: [],
    definition: kpi.description ?? kpi.name,
    formula: kpi.formula ?? "as tracked in the workspace",
    unit: kpi.unit ?? "count",
    direction: kpi.direction ?? "higher-is-better",
    kind: kpi.kind ?? "lagging",
    axis: kpi.axis ?? "quality",
    cadence: kpi.cadence ?? "monthly",
    leadingPartners: (kpi.leading ?? []).map((link) => link.kpi).filter((id) => known.has(id)),
    gameability: 0.5,
    gamingStrategies: [],
    guardrails: (kpi.guardrails ?? []).filter((id) => known.has(id)),
    decisionTypes: [],
    source: "workspace KPI",
  };
}

/**
 * Merges the knowledge base with the workspace's KPIs: a KPI that matches an entry lends it
 * its id and baseline; one that matches nothing becomes a metric of its own.
 */
export function resolveWorkspaceMetrics(
  knowledge: readonly MetricEntry[],
  kpis: readonly Kpi[],
  asOf: string,
): MetricDocument[] {
  const byEntry = new Map<string, Kpi>();
  const own: Kpi[] = [];
  for (const kpi of kpis) {
    if (kpi.status === "retired") continue;
    const entry = matchKnowledge(kpi, knowledge);
    if (entry && !byEntry.has(entry.id)) byEntry.set(entry.id, kpi);
    else if (!entry) own.push(kpi);
  }
  const merged: MetricDocument[] = knowledge.map((entry) => {
    const kpi = byEntry.get(entry.id);
    if (!kpi) return entry;
    const baseline = latestValue(kpi, asOf);
    return { ...entry, workspaceKpi: kpi.id, ...(baseline === undefined ? {} : { baseline }) };
  });
  const known = new Set([...knowledge.map((entry) => entry.id), ...own.map((kpi) => kpi.id)]);
  for (const kpi of own) {
    const baseline = latestValue(kpi, asOf);
    merged.push({
      ...fromKpi(kpi, known),
      workspaceKpi: kpi.id,
      ...(baseline === undefined ? {} : { baseline }),
    });
  }
  return merged;
}
