import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeScope, readDecisionStructure } from "./read-decision-structure.js";

const AS_OF = "2026-12-04";

describe("readDecisionStructure", () => {
  it("reads action, object, scope and horizon of an expansion", () => {
    const structure = readDecisionStructure("Should we expand into mid-market EMEA in H2?", AS_OF);
    expect(structure).toMatchObject({
      action: "expand",
      object: "mid-market EMEA",
      scope: [
        { kind: "segment", text: "mid-market" },
        { kind: "region", text: "EMEA" },
      ],
      magnitude: null,
      horizon: { text: "H2", period: { id: "2027-H2" } },
    });
    expect(describeScope(structure.scope)).toBe("EMEA mid-market");
  });

  it("reads a relative magnitude and a product scope", () => {
    const structure = readDecisionStructure("Do we raise Pro prices 20% next quarter?", AS_OF);
    expect(structure).toMatchObject({
      action: "raise",
      object: "Pro prices",
      scope: [{ kind: "product", text: "Pro" }],
      magnitude: { kind: "relative", share: 0.2 },
      horizon: { period: { id: "2027-Q1" } },
    });
  });

  it("reads a count, a from-to change, a level and a multiple", () => {
    expect(readDecisionStructure("Should we hire 5 more AEs in DACH?", AS_OF)).toMatchObject({
      action: "hire",
      object: "AEs",
      magnitude: { kind: "count", count: 5 },
      scope: [
        { kind: "team", text: "AEs" },
        { kind: "region", text: "DACH" },
      ],
    });
    expect(
      readDecisionStructure("Should we cut first response time from 8 hours to 2?", AS_OF)
        .magnitude,
    ).toEqual({ kind: "from-to", text: "from 8 hours to 2", from: 8, to: 2, unit: "hours" });
    expect(
      readDecisionStructure("Should we move to a 99.9% uptime SLA for enterprise?", AS_OF),
    ).toMatchObject({
      action: "move",
      object: "uptime SLA",
      magnitude: { kind: "level", value: 99.9 },
    });
    expect(readDecisionStructure("Should we double outbound?", AS_OF).magnitude).toMatchObject({
      kind: "multiple",
      factor: 2,
    });
  });

  it("takes the longest verb at the same place and the longest scope phrase", () => {
    expect(readDecisionStructure("Should we move off Kubernetes?", AS_OF).action).toBe("replace");
    expect(readDecisionStructure("Should we sunset the free plan?", AS_OF)).toMatchObject({
      action: "remove",
      object: "free plan",
      scope: [{ kind: "product", text: "free plan" }],
    });
    expect(readDecisionStructure("Should we add 3 support agents?", AS_OF).action).toBe("hire");
  });

  it("does not read lowercase words as capitalised scope ('us', 'pro')", () => {
    expect(readDecisionStructure("Should we let us go pro bono?", AS_OF).scope).toEqual([]);
  });

  it("reads any text without throwing, and its period never ends before asOf", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const structure = readDecisionStructure(text, AS_OF);
        expect(structure.horizon.period.end >= AS_OF).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
