import { describe, expect, it } from "vitest";
import { buildWeeklyReview } from "../core/review/build-weekly-review.js";
import { addDays } from "./calendar.js";
import { TRIPPED_OBJECTIVE } from "./demo-stories.js";
import { generateDemoWorkspace } from "./generate-demo-workspace.js";

describe("the fresh demo's weekly review", () => {
  it("has a red KPI and exactly one decision required on every day of a leap year", () => {
    const missed: string[] = [];
    for (let day = "2028-01-01"; day <= "2028-12-31"; day = addDays(day, 1)) {
      const review = buildWeeklyReview(generateDemoWorkspace({ asOf: day }), { asOf: day });
      const red = review.kpis.filter((k) => k.status === "red").length;
      const decisions = review.decisions.map((d) => d.objective);
      if (red === 0 || decisions.join() !== TRIPPED_OBJECTIVE)
        missed.push(`${day}: ${red} red, decisions [${decisions.join(", ")}]`);
    }
    expect(missed).toEqual([]);
  }, 120_000);
});
