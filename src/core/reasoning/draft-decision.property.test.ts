import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftDecision } from "./draft-decision.js";

const WORDS = [
  "should",
  "we",
  "raise",
  "prices",
  "hire",
  "churn",
  "launch",
  "cut",
  "costs",
  "EMEA",
  "uptime",
  "improve",
  "sales",
  "my",
  "tasks",
  "strategy",
  "zebra",
  "?",
  "20%",
  "H2",
];
const decisionText = fc.oneof(
  fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
    .map((words) => words.join(" ")),
  fc.string({ minLength: 3, maxLength: 60 }),
);

describe("draftDecision (properties)", () => {
  it("never throws, and answers any text with a wrong-tool note or 6–8 candidates and a draft OKR", () => {
    fc.assert(
      fc.property(decisionText, (text) => {
        const draft = draftDecision(text, { asOf: "2026-05-20" });
        if (draft.wrongTool) return draft.okr === null;
        return (
          draft.candidates.length >= 6 &&
          draft.candidates.length <= 8 &&
          (draft.okr?.keyResults.length ?? 0) >= 2
        );
      }),
      { numRuns: 40 },
    );
  });

  it("is deterministic for any text", () => {
    fc.assert(
      fc.property(decisionText, (text) => {
        expect(draftDecision(text, { asOf: "2026-05-20" })).toEqual(
          draftDecision(text, { asOf: "2026-05-20" }),
        );
      }),
      { numRuns: 20 },
    );
  });

  it("dates every tripwire and the decision inside the chosen period and on or after asOf, for any asOf 2024–2030", () => {
    const asOfDay = fc
      .date({
        min: new Date("2024-01-01T00:00:00Z"),
        max: new Date("2030-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const decisions = fc.constantFrom(
      "Should we expand into mid-market EMEA in H2?",
      "Do we raise Pro prices 20% this quarter?",
      "Should we hire 5 more AEs in DACH by March?",
      "Should we remove the free plan in Q1?",
      "Should we launch a self-serve plan next year?",
      "improve sales performance",
    );
    fc.assert(
      fc.property(asOfDay, decisions, (asOf, decision) => {
        const draft = draftDecision(decision, { asOf });
        const period = draft.reframe.structure.horizon.period;
        expect(draft.okr?.cycle).toBe(period.id);
        for (const kill of draft.okr?.killCriteria ?? []) {
          expect(kill.by >= asOf, `${kill.by} is before ${asOf}`).toBe(true);
          expect(kill.by >= period.start && kill.by <= period.end).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
