import { describe, expect, it } from "vitest";
import { draftDecision } from "./draft-decision.js";
import { scopePhrase, statedTarget } from "./fit-key-result.js";
import { readDecisionStructure } from "./read-decision-structure.js";

const AS_OF = "2026-12-04";
const structureOf = (decision: string) => readDecisionStructure(decision, AS_OF);

describe("scopePhrase", () => {
  it("says where a volume comes from and where a rate is measured", () => {
    const emea = structureOf("Should we expand into mid-market EMEA in H2?");
    expect(scopePhrase(emea, { unit: "USD" })).toBe("from EMEA mid-market accounts");
    expect(scopePhrase(emea, { unit: "%" })).toBe("in EMEA mid-market accounts");
  });

  it("names a plan, a channel and the new hires", () => {
    expect(scopePhrase(structureOf("Should we launch a Team plan?"), { unit: "count" })).toBe(
      "on the Team plan",
    );
    // A removed plan is not there to measure on.
    expect(scopePhrase(structureOf("Should we remove the free plan?"), { unit: "count" })).toBe("");
    expect(scopePhrase(structureOf("Should we double outbound?"), { unit: "count" })).toBe(
      "via outbound",
    );
    expect(
      scopePhrase(structureOf("Should we hire 10 more support agents?"), { unit: "hours" }),
    ).toBe("with the new support agents");
  });

  it("is empty for an unscoped decision", () => {
    expect(scopePhrase(structureOf("Should we cut cloud costs?"), { unit: "USD" })).toBe("");
  });
});

describe("statedTarget", () => {
  const churn = {
    name: "Logo churn rate",
    metric: "logo-churn-rate",
    direction: "lower-is-better",
  } as const;

  it("turns the decision's magnitude into the target of the metric it names", () => {
    expect(
      statedTarget(structureOf("Should we cut churn among SMB customers by 20%?"), churn),
    ).toEqual({
      kind: "stretch",
      stretch: 0.2,
      text: "by 20%",
    });
    expect(
      statedTarget(structureOf("Should we cut first response time from 8 hours to 2?"), {
        name: "First response time",
        metric: "first-response-time",
        direction: "lower-is-better",
      }),
    ).toMatchObject({ kind: "from-to", from: 8, to: 2 });
  });

  it("never targets a metric the magnitude moves the wrong way, another metric, a count or a price", () => {
    expect(statedTarget(structureOf("Should we raise churn by 20%?"), churn)).toBeUndefined();
    expect(statedTarget(structureOf("Should we cut cloud costs by 20%?"), churn)).toBeUndefined();
    expect(
      statedTarget(structureOf("Should we hire 5 more AEs?"), {
        name: "AEs hired",
        metric: "aes-hired",
        direction: "higher-is-better",
      }),
    ).toBeUndefined();
    expect(
      statedTarget(structureOf("Do we raise Pro prices 20%?"), {
        name: "Price realization",
        metric: "price-realization",
        direction: "higher-is-better",
      }),
    ).toBeUndefined();
  });
});

describe("draftDecision fitted to the decision", () => {
  it("drafts EMEA mid-market KRs for 2027-H2 when asked on 2026-12-04, with a numeric tripwire on the first signal", () => {
    const draft = draftDecision("Should we expand into mid-market EMEA in H2?", { asOf: AS_OF });
    const okr = draft.okr;
    if (!okr) throw new Error("a draft OKR was expected");
    expect(okr.cycle).toBe("2027-H2");
    for (const kr of okr.keyResults) expect(kr.title).toMatch(/EMEA mid-market accounts/);
    const numeric = okr.killCriteria.find(
      (kill) => kill.metric && (kill.below ?? kill.above) !== undefined,
    );
    expect(numeric).toMatchObject({ metric: "pipeline-coverage", below: 3 });
    expect(okr.keyResults.find((kr) => kr.metric === "pipeline-coverage")).toMatchObject({
      from: null,
      to: 3,
      title: "Increase pipeline coverage in EMEA mid-market accounts to 3x",
    });
    expect(okr.keyResults.some((kr) => kr.id === numeric?.metric && kr.kind === "leading")).toBe(
      true,
    );
    expect(numeric?.note).toMatch(
      /pipeline coverage in EMEA mid-market accounts is below 3x by 2027-/,
    );
    for (const kill of okr.killCriteria)
      expect(kill.by >= "2027-07-01" && kill.by <= "2027-12-31").toBe(true);
    expect(draft.lint.errors).toBe(0);
  });

  it("makes the decision's own from-to change a KR with those numbers, and its tripwire a number", () => {
    const okr = draftDecision("Should we cut first response time from 8 hours to 2?", {
      asOf: AS_OF,
    }).okr;
    const kr = okr?.keyResults.find((item) => item.metric === "first-response-time");
    expect(kr).toMatchObject({
      from: 8,
      to: 2,
      title: "Reduce first response time from 8 hours to 2 hours",
    });
    expect(okr?.killCriteria[0]).toMatchObject({ metric: "first-response-time", above: 6.5 });
  });
});
