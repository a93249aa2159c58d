import { describe, expect, it } from "vitest";
import { documentWith, kpi, runRule } from "../fixtures/build-document.js";
import { kpiMissingOwner } from "./kpi-missing-owner.js";

describe("kpiMissingOwner", () => {
  it("flags a KPI without an owner and proposes the team lead", () => {
    const hits = runRule(kpiMissingOwner, documentWith({ kpis: [kpi("a", { owner: undefined })] }));
    expect(hits[0]?.fix).toContain("owner: sam");
  });

  it("leaves an owned KPI alone", () => {
    expect(runRule(kpiMissingOwner, documentWith({ kpis: [kpi("a")] }))).toEqual([]);
  });
});
