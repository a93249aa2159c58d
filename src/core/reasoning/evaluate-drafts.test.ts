import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { partOf } from "../lint/evaluate/evaluate-kinds.js";
import { evaluateDrafts, loadEvaluationSet, type Property } from "./evaluate-drafts.js";

const items = loadEvaluationSet(
  JSON.parse(readFileSync(new URL("./fixtures/decisions.json", import.meta.url), "utf8")),
);
const result = evaluateDrafts(items);

// The floors measured when the set was written (npm run eval:draft). Wrong-tool verdicts for
// one-off choices and undecided positioning, and numeric tripwires without a baseline, are still
// to come.
const FLOORS: Record<"tuning" | "held-out", Record<Property, number>> = {
  tuning: {
    "wrong-tool": 1,
    "no-past-dates": 1,
    period: 1,
    "scope-in-krs": 1,
    direction: 1,
    "numeric-kill": 0.28,
  },
  "held-out": {
    "wrong-tool": 0.86,
    "no-past-dates": 1,
    period: 1,
    "scope-in-krs": 1,
    direction: 1,
    "numeric-kill": 0.33,
  },
};

describe("the decision evaluation set", () => {
  it("holds at least 60 decisions across six areas, a third held out by a hash of the text", () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    const areas = new Set(items.map((item) => item.area));
    for (const area of ["commercial", "product", "operations", "people", "finance", "engineering"])
      expect(areas.has(area), area).toBe(true);
    const share =
      items.filter((item) => partOf(item.decision) === "held-out").length / items.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.4);
  });

  it.each(Object.entries(FLOORS))("stays above the floors on the %s part", (part, floors) => {
    const scores = result[part as keyof typeof result];
    for (const [property, floor] of Object.entries(floors))
      expect(scores[property as Property].rate, property).toBeGreaterThanOrEqual(floor);
  });
});
