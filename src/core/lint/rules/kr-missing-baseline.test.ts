import { describe, expect, it } from "vitest";
import { documentWith, kr, objective, runOnTitles, runRule } from "../fixtures/build-document.js";
import { krMissingBaseline } from "./kr-missing-baseline.js";

describe("krMissingBaseline", () => {
  it.each(["Increase weekly active accounts to 50,000", "Cut p95 checkout latency by 40%"])(
    "flags %s",
    (title) => {
      expect(runOnTitles(krMissingBaseline, [title])).toHaveLength(1);
    },
  );

  it("leaves a key result alone when the title or the from field states the baseline", () => {
    expect(runOnTitles(krMissingBaseline, ["Reduce churn from 4% to 2%"])).toEqual([]);
    const document = documentWith({
      objectives: [
        objective("o", [kr("Increase weekly active accounts to 50,000", { from: 41000 })]),
      ],
    });
    expect(runRule(krMissingBaseline, document)).toEqual([]);
  });

  it("proposes the latest check-in as the baseline", () => {
    const withCheckin = kr("Increase weekly active accounts to 50,000", {
      checkins: [{ at: "2026-07-07", value: 41000 }],
    });
    const hits = runRule(
      krMissingBaseline,
      documentWith({ objectives: [objective("o", [withCheckin])] }),
    );
    expect(hits[0]?.fix).toContain("from: 41000");
  });
});
