import { describe, expect, it } from "vitest";
import type { Kpi } from "../model/kpi.js";
import type { KpiAnalysis } from "./analyze-kpi.js";
import { buildDriverTree, type DriverTreeNode } from "./build-driver-tree.js";

const kpi = (id: string, parent?: string, extra: Partial<Kpi> = {}): Kpi => ({
  id,
  name: id.toUpperCase(),
  ...(parent ? { parent } : {}),
  ...extra,
});

const analysis = (id: string, status: KpiAnalysis["status"], value?: number): KpiAnalysis =>
  ({
    kpi: id,
    status,
    range: { status, ...(value === undefined ? {} : { value, at: "2026-06-30" }) },
    cadence: "monthly",
    seasonal: false,
    signals: [],
    leads: [],
    proposals: [],
  }) as KpiAnalysis;

const ids = (nodes: DriverTreeNode[]): unknown =>
  nodes.map((n) => (n.drivers.length ? { [n.id]: ids(n.drivers) } : n.id));

describe("buildDriverTree", () => {
  it("puts the KPI with the most drivers below it at the root as the North Star", () => {
    const tree = buildDriverTree(
      [
        kpi("runway"),
        kpi("arr"),
        kpi("nrr", "arr"),
        kpi("activation", "nrr"),
        kpi("pipeline", "arr"),
      ],
      [],
    );
    expect(tree.northStar).toBe("arr");
    expect(ids(tree.roots)).toEqual([{ arr: [{ nrr: ["activation"] }, "pipeline"] }, "runway"]);
    expect(tree.loops).toEqual([]);
  });

  it("carries each KPI's light, latest value and formula; a KPI with no analysis reads unknown", () => {
    const tree = buildDriverTree(
      [kpi("arr", undefined, { unit: "kUSD", formula: "mrr * 12" }), kpi("mrr", "arr")],
      [analysis("arr", "red", 1200)],
    );
    const [root] = tree.roots;
    expect(root).toMatchObject({
      status: "red",
      value: 1200,
      at: "2026-06-30",
      formula: "mrr * 12",
      unit: "kUSD",
    });
    expect(root?.drivers[0]?.status).toBe("unknown");
  });

  it("leaves retired KPIs out and shows a driver of a missing parent as a root that says so", () => {
    const tree = buildDriverTree(
      [
        kpi("arr"),
        kpi("old", "arr", { status: "retired", retiredReason: "unused" }),
        kpi("csat", "hidden"),
      ],
      [],
    );
    expect(ids(tree.roots)).toEqual(["arr", "csat"]);
    expect(tree.roots[1]?.missingParent).toBe("hidden");
    expect(tree.northStar).toBeUndefined();
  });

  it("cuts a parent loop at its first KPI instead of losing the KPIs on it", () => {
    const tree = buildDriverTree([kpi("a", "b"), kpi("b", "a"), kpi("c", "b")], []);
    expect(tree.loops).toEqual([["a", "b"]]);
    expect(ids(tree.roots)).toEqual([{ a: [{ b: ["c"] }] }]);
    expect(tree.roots[0]?.missingParent).toBe("b");
  });
});
