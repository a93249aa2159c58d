import type { Kpi } from "../model/kpi.js";
import type { KpiAnalysis } from "./analyze-kpi.js";

/** One KPI in the driver tree with its light and latest value, and the KPIs that drive it. */
export interface DriverTreeNode {
  id: string;
  name: string;
  unit?: string;
  kind?: NonNullable<Kpi["kind"]>;
  owner?: string;
  team?: string;
  /** A calculated KPI: the expression over its drivers. */
  formula?: string;
  status: KpiAnalysis["status"];
  value?: number;
  at?: string;
  /** The latest ongoing signal in words, when the chart shows one. */
  signal?: string;
  trend?: "rising" | "falling" | "flat";
  /** Set when `parent` names a KPI that is not in the tree (retired, private or unknown). */
  missingParent?: string;
  drivers: DriverTreeNode[];
}

export interface DriverTree {
  /** The root with the most KPIs below it: the metric everything else drives. */
  northStar?: string;
  roots: DriverTreeNode[];
  /** KPIs whose `parent` chain loops back on itself; each loop is shown from its first KPI. */
  loops: string[][];
}

function nodeOf(kpi: Kpi, analysis: KpiAnalysis | undefined): DriverTreeNode {
  const signal = analysis?.signals.filter((s) => s.ongoing).at(-1);
  const owner = Array.isArray(kpi.owner) ? kpi.owner[0] : kpi.owner;
  const trend = analysis?.trend?.direction;
  return {
    id: kpi.id,
    name: kpi.name,
    ...(kpi.unit ? { unit: kpi.unit } : {}),
    ...(kpi.kind ? { kind: kpi.kind } : {}),
    ...(owner ? { owner } : {}),
    ...(kpi.team ? { team: kpi.team } : {}),
    ...(kpi.formula ? { formula: kpi.formula } : {}),
    status: analysis?.status ?? "unknown",
    ...(analysis?.range.value !== undefined ? { value: analysis.range.value } : {}),
    ...(analysis?.range.at ? { at: analysis.range.at } : {}),
    ...(signal ? { signal: signal.message } : {}),
    ...(trend ? { trend } : {}),
    drivers: [],
  };
}

const size = (node: DriverTreeNode): number =>
  1 + node.drivers.reduce((sum, child) => sum + size(child), 0);

/**
 * Arranges KPIs into their driver tree through `parent` (docs/kpi-health.md, "Driver tree": a North
 * Star at the root, leading input metrics at the leaves). Retired KPIs are left out.
 * @example buildDriverTree(document.kpis, analyzeWorkspace(document, { asOf }).analyses)
 */
export function buildDriverTree(
  kpis: readonly Kpi[],
  analyses: readonly KpiAnalysis[],
): DriverTree {
  const live = kpis.filter((kpi) => kpi.status !== "retired");
  const byKpi = new Map(analyses.map((a) => [a.kpi, a]));
  const nodes = new Map(live.map((kpi) => [kpi.id, nodeOf(kpi, byKpi.get(kpi.id))]));
  const roots: DriverTreeNode[] = [];
  for (const kpi of live) {
    const node = nodes.get(kpi.id) as DriverTreeNode;
    const parent = kpi.parent === undefined ? undefined : nodes.get(kpi.parent);
    if (parent) parent.drivers.push(node);
    else {
      if (kpi.parent !== undefined) node.missingParent = kpi.parent;
      roots.push(node);
    }
  }
  // A KPI reachable from no root sits on a parent loop: cut each loop at its first KPI.
  const reached = new Set<string>();
  const visit = (node: DriverTreeNode) => {
    reached.add(node.id);
    for (const child of node.drivers) visit(child);
  };
  roots.forEach(visit);
  const loops: string[][] = [];
  for (const kpi of live) {
    if (reached.has(kpi.id)) continue;
    const loop: string[] = [];
    let at: Kpi | undefined = kpi;
    while (at && !loop.includes(at.id)) {
      loop.push(at.id);
      at = live.find((k) => k.id === at?.parent);
    }
    loops.push(loop);
    const head = nodes.get(kpi.id) as DriverTreeNode;
    const parent = nodes.get(kpi.parent as string) as DriverTreeNode;
    parent.drivers = parent.drivers.filter((child) => child !== head);
    head.missingParent = kpi.parent as string;
    roots.push(head);
    visit(head);
  }
  roots.sort((a, b) => size(b) - size(a));
  const top = roots[0];
  return { ...(top && top.drivers.length > 0 ? { northStar: top.id } : {}), roots, loops };
}
