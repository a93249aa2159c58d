import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { knownMetric } from "../knowledge/knowledge-base.js";
import { VIABILITY_BOUNDS } from "../thresholds/reasoning.js";
import { DECISION_PUSHES, fightsTheDecision } from "./decision-pushes.js";
import { draftDecision } from "./draft-decision.js";
import { readDecisionStructure } from "./read-decision-structure.js";

const AS_OF = "2026-12-04";

describe("DECISION_PUSHES", () => {
  it("names only metrics of the knowledge base", () => {
    const ids = [
      ...DECISION_PUSHES.flatMap((push) => [...push.down, ...push.up]),
      ...Object.keys(VIABILITY_BOUNDS),
    ];
    for (const id of ids) expect(knownMetric(id), id).toBeDefined();
  });
});

describe("fightsTheDecision", () => {
  it("flags a KR that asks for more of what the decision removes", () => {
    const structure = readDecisionStructure("Should we remove the free plan?", AS_OF);
    expect(
      fightsTheDecision(structure, { metric: "trial-starts", direction: "higher-is-better" }),
    ).toBe(true);
    expect(
      fightsTheDecision(structure, {
        metric: "trial-to-paid-conversion",
        direction: "higher-is-better",
      }),
    ).toBe(false);
  });
});

describe("draftDecision direction sanity", () => {
  it("never drafts a KR the decision itself pushes the other way (removing a free plan, raising prices)", () => {
    const decisions = fc
      .tuple(
        fc.constantFrom("remove", "sunset", "drop", "kill", "retire", "phase out"),
        fc.constantFrom("the free plan", "our free tier", "freemium"),
        fc.constantFrom("", " in Q2", " next quarter", " by June"),
      )
      .map(([verb, object, horizon]) => `Should we ${verb} ${object}${horizon}?`);
    const prices = fc
      .tuple(
        fc.constantFrom("raise", "increase"),
        fc.constantFrom("Pro prices", "our prices", "prices"),
        fc.constantFrom("", " by 20%", " 10%"),
      )
      .map(([verb, object, by]) => `Do we ${verb} ${object}${by}?`);
    fc.assert(
      fc.property(fc.oneof(decisions, prices), (decision) => {
        const draft = draftDecision(decision, { asOf: AS_OF });
        const structure = draft.reframe.structure;
        for (const kr of draft.okr?.keyResults ?? []) {
          expect(fightsTheDecision(structure, kr), `${decision}: ${kr.title}`).toBe(false);
          expect(kr.title).not.toMatch(/^Increase (?:trial starts|new signups|visitor-to-signup)/i);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("says in the trace which candidates were kept out of the KRs and why", () => {
    const draft = draftDecision("Should we remove the free plan?", { asOf: AS_OF });
    expect(draft.candidates.some((c) => c.metric === "trial-starts")).toBe(true);
    expect(draft.trace.find((t) => t.step === "emit")?.note).toMatch(
      /not KRs: Trial starts \(the decision pushes it down\)/,
    );
  });
});
