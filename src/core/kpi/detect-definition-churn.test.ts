import { describe, expect, it } from "vitest";
import { detectDefinitionChurn } from "./detect-definition-churn.js";

const update = (entityId: string, at: string) =>
  ({ at, entity: "kpi", entityId, action: "update" }) as const;

describe("detectDefinitionChurn", () => {
  it("flags a KPI redefined more than three times in 180 days", () => {
    const events = ["2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"].map((at) =>
      update("nrr", at),
    );
    const [flag] = detectDefinitionChurn(events, "2026-07-01");
    expect(flag).toMatchObject({ kpi: "nrr", changes: 4 });
    expect(flag?.message).toContain("redefined 4 times in 180 days");
  });

  it("allows three changes", () => {
    const events = ["2026-04-01", "2026-05-01", "2026-06-01"].map((at) => update("nrr", at));
    expect(detectDefinitionChurn(events, "2026-07-01")).toEqual([]);
  });

  it("forgets changes older than the window, changes after asOf and other entities", () => {
    const events = [
      update("nrr", "2025-01-01"),
      update("nrr", "2026-04-01"),
      update("nrr", "2026-05-01"),
      update("nrr", "2026-06-01"),
      update("nrr", "2026-08-01"),
      { at: "2026-06-02", entity: "objective", entityId: "nrr", action: "update" } as const,
      { at: "2026-06-03", entity: "kpi", entityId: "nrr", action: "create" } as const,
    ];
    expect(detectDefinitionChurn(events, "2026-07-01")).toEqual([]);
  });
});
