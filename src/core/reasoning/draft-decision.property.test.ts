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
});
