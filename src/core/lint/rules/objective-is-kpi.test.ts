import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { objectiveIsKpi } from "./objective-is-kpi.js";

describe("objectiveIsKpi", () => {
  it("flags an objective whose key results all hold a level", () => {
    const hits = runOnTitles(
      objectiveIsKpi,
      [
        "Keep NPS above 45",
        "Keep support ticket resolution time under 4 hours",
        "Maintain CSAT score above 4.2",
      ],
      {
        title: "Maintain strong customer satisfaction",
      },
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.path).toBe("objectives[0]");
  });

  it("leaves an objective alone when one key result changes something", () => {
    expect(
      runOnTitles(objectiveIsKpi, ["Keep NPS above 45", "Reduce churn from 4% to 2%"]),
    ).toEqual([]);
  });
});
