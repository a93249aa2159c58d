import { describe, expect, it } from "vitest";
import { lintDocument } from "../lint/index.js";
import { checkDraft } from "./check-draft.js";
import { draftDecision } from "./draft-decision.js";

describe("checkDraft", () => {
  it("drops a key result the goal linter rejects as an error, then lints again clean", () => {
    const okr = draftDecision("Do we raise Pro prices 20% next quarter?", {
      asOf: "2026-05-20",
    }).okr;
    if (!okr) throw new Error("a draft OKR was expected");
    const task = {
      ...okr.keyResults[0],
      id: "pricing-page",
      title: "Ship the new pricing page",
    } as (typeof okr.keyResults)[number];
    const broken = { ...okr, keyResults: [...okr.keyResults, task] };
    const checked = checkDraft(broken, undefined, lintDocument);
    expect(checked.repairs.join(" ")).toMatch(/Ship the new pricing page/);
    expect(checked.okr.keyResults.map((kr) => kr.id)).toEqual(okr.keyResults.map((kr) => kr.id));
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("leaves a clean draft untouched", () => {
    const okr = draftDecision("Should we launch a self-serve plan?", { asOf: "2026-05-20" }).okr;
    if (!okr) throw new Error("a draft OKR was expected");
    const checked = checkDraft(okr, "growth", lintDocument);
    expect(checked.okr).toBe(okr);
    expect(checked.repairs).toEqual([]);
  });
});
