import { describe, expect, it } from "vitest";
import { documentWith, kpi, runRule } from "../fixtures/build-document.js";
import { tooManyKpis } from "./too-many-kpis.js";

const kpis = (n: number, team?: string) =>
  Array.from({ length: n }, (_, i) =>
    kpi(`k${i}-${team ?? "none"}`, team ? { team } : { team: `t${i}` }),
  );

describe("tooManyKpis", () => {
  it("flags more than 15 KPIs in the organization and more than 7 in a team", () => {
    expect(runRule(tooManyKpis, documentWith({ kpis: kpis(16) })).map((h) => h.path)).toEqual([
      "kpis",
    ]);
    expect(
      runRule(tooManyKpis, documentWith({ kpis: kpis(8, "growth") })).map((h) => h.path),
    ).toEqual(["kpis[7]"]);
  });

  it("leaves 15 in the organization and 7 in a team alone, not counting retired KPIs", () => {
    expect(runRule(tooManyKpis, documentWith({ kpis: kpis(15) }))).toEqual([]);
    const retired = kpi("old", { team: "growth", status: "retired", retiredReason: "replaced" });
    expect(runRule(tooManyKpis, documentWith({ kpis: [...kpis(7, "growth"), retired] }))).toEqual(
      [],
    );
  });
});
