import { describe, expect, it } from "vitest";
import { lintDocument } from "../lint/index.js";
import { parseCycle } from "../model/cycle.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { buildDraftDocument } from "./build-draft-document.js";
import { draftDecision } from "./draft-decision.js";
import { MEASURE_BASELINE } from "./draft-key-result.js";

const AS_OF = "2026-05-20";

const DECISIONS = [
  ["expansion", "Should we expand into mid-market EMEA in H2?"],
  ["pricing", "Do we raise Pro prices 20% next quarter?"],
  ["hiring", "Should we hire 10 more support agents?"],
  ["launch", "Should we launch a self-serve plan?"],
  ["retention", "How do we cut churn among SMB customers?"],
  ["cost", "Should we cut cloud costs by moving off Kubernetes?"],
  ["quality", "Should we invest in reducing bugs before the redesign?"],
  ["efficiency", "Should we automate support ticket triage to raise agent productivity?"],
  ["reliability", "Should we move to a 99.9% uptime SLA for enterprise?"],
  ["acquisition", "Should we double paid marketing spend to get more leads?"],
] as const;

describe("draftDecision", () => {
  it.each(DECISIONS)(
    "drafts a %s decision with 6–8 candidates spanning both kinds and both axes",
    (type, decision) => {
      const draft = draftDecision(decision, { asOf: AS_OF });
      expect(draft.reframe.decisionType).toBe(type);
      expect(draft.candidates.length).toBeGreaterThanOrEqual(6);
      expect(draft.candidates.length).toBeLessThanOrEqual(8);
      expect(new Set(draft.candidates.map((c) => c.kind))).toEqual(new Set(["leading", "lagging"]));
      expect(new Set(draft.candidates.map((c) => c.axis))).toEqual(
        new Set(["quality", "quantity"]),
      );
    },
  );

  it.each(DECISIONS)(
    "scores every %s candidate 0–1 with a reason and red-teams it",
    (_type, decision) => {
      for (const candidate of draftDecision(decision, { asOf: AS_OF }).candidates) {
        for (const score of Object.values(candidate.scores)) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
        for (const reason of Object.values(candidate.reasons))
          expect(reason.length).toBeGreaterThan(10);
        expect(candidate.redTeam?.exploit.length).toBeGreaterThan(10);
        expect(candidate.redTeam?.guardrail.length).toBeGreaterThan(10);
        expect(
          candidate.definition && candidate.formula && candidate.unit && candidate.source,
        ).toBeTruthy();
      }
    },
  );

  it.each(DECISIONS)(
    "gives each lagging %s candidate a leading partner 4–12 weeks earlier",
    (_type, decision) => {
      for (const candidate of draftDecision(decision, { asOf: AS_OF }).candidates.filter(
        (c) => c.kind === "lagging",
      )) {
        expect(candidate.leadingPartner, candidate.metric).toBeDefined();
        expect(candidate.leadingPartner?.leadWeeks).toBeGreaterThanOrEqual(4);
        expect(candidate.leadingPartner?.leadWeeks).toBeLessThanOrEqual(12);
      }
    },
  );

  it.each(DECISIONS)(
    "emits a %s draft OKR with 2–4 KRs, not all lagging, and dated kill criteria",
    (_type, decision) => {
      const okr = draftDecision(decision, { asOf: AS_OF }).okr;
      expect(okr).not.toBeNull();
      if (!okr) return;
      const words = okr.objective.split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(4);
      expect(words).toBeLessThanOrEqual(18);
      expect(okr.objective).not.toMatch(/\d/);
      expect(okr.keyResults.length).toBeGreaterThanOrEqual(2);
      expect(okr.keyResults.length).toBeLessThanOrEqual(4);
      expect(okr.keyResults.some((kr) => kr.kind === "leading")).toBe(true);
      // No workspace: a baseline is measured in week 1 unless the decision states its own numbers.
      for (const kr of okr.keyResults)
        expect(
          kr.baseline.startsWith(MEASURE_BASELINE) || kr.baseline.startsWith("the decision's own"),
          kr.baseline,
        ).toBe(true);
      const cycle = parseCycle(okr.cycle);
      expect(okr.killCriteria.length).toBeGreaterThanOrEqual(1);
      for (const kill of okr.killCriteria) {
        expect(kill.by >= (cycle?.start ?? "") && kill.by <= (cycle?.end ?? "")).toBe(true);
        expect(kill.note.length).toBeGreaterThan(10);
      }
    },
  );

  it.each(DECISIONS)(
    "emits a %s draft OKR that the goal linter passes with no errors",
    (_type, decision) => {
      const draft = draftDecision(decision, { asOf: AS_OF });
      expect(draft.lint.errors).toBe(0);
      if (!draft.okr) throw new Error("a draft OKR was expected");
      const errors = lintDocument(buildDraftDocument(draft.okr, "growth")).findings.filter(
        (f) => f.severity === "error",
      );
      expect(errors).toEqual([]);
      expect(draft.trace.map((entry) => entry.step)).toEqual([
        "reframe",
        "generate",
        "score",
        "red-team",
        "emit",
        "lint",
      ]);
    },
  );

  it("reframes a vague goal into a decision question before drafting", () => {
    const draft = draftDecision("improve sales performance", { asOf: AS_OF });
    expect(draft.reframe.sharpened).toBe(true);
    expect(draft.trace[0]?.note).toMatch(/not a decision/);
    expect(draft.candidates.length).toBeGreaterThanOrEqual(6);
  });

  it("refuses to draft when OKRs are the wrong tool, and says what to use", () => {
    const draft = draftDecision("Prioritize my tasks for this week", { asOf: AS_OF });
    expect(draft.okr).toBeNull();
    expect(draft.candidates).toEqual([]);
    expect(draft.wrongTool?.instead).toMatch(/Eisenhower/);
  });

  it("is deterministic: the same decision, workspace and asOf give the same draft", () => {
    const decision = "Should we expand into mid-market EMEA in H2?";
    expect(JSON.stringify(draftDecision(decision, { asOf: AS_OF }))).toBe(
      JSON.stringify(draftDecision(decision, { asOf: AS_OF })),
    );
  });

  it("takes baselines from the workspace's KPIs and proposes the workspace's own metrics", () => {
    const workspace: OkapiDocument = {
      version: 1,
      organization: "Acme",
      kpis: [
        {
          id: "wr",
          name: "Win rate",
          unit: "%",
          measurements: [
            { at: "2026-04-30", value: 21 },
            { at: "2026-06-30", value: 99 },
          ],
        },
        { id: "nrr", name: "NRR", unit: "%", measurements: [{ at: "2026-04-30", value: 104 }] },
      ],
    };
    const draft = draftDecision("improve sales performance", { asOf: AS_OF, workspace });
    const winRate = draft.candidates.find((c) => c.metric === "win-rate");
    expect(winRate?.workspaceKpi).toBe("wr");
    const kr = draft.okr?.keyResults.find((k) => k.metric === "win-rate");
    expect(kr?.from).toBe(21);
    expect(kr?.to).toBeGreaterThan(21);
    expect(kr?.title).toMatch(/from 21% to/);
  });

  it("sets a metric tripwire at mid-cycle on the leading KR when its baseline is known", () => {
    const workspace: OkapiDocument = {
      version: 1,
      organization: "Acme",
      kpis: [
        {
          id: "coverage",
          name: "Pipeline coverage",
          unit: "x",
          measurements: [{ at: "2026-05-01", value: 2.5 }],
        },
      ],
    };
    const okr = draftDecision("improve sales performance", { asOf: AS_OF, workspace }).okr;
    const kr = okr?.keyResults.find((k) => k.metric === "pipeline-coverage");
    expect(kr).toMatchObject({ from: 2.5, to: 3, kind: "leading" });
    expect(okr?.killCriteria[0]).toMatchObject({
      metric: "pipeline-coverage",
      below: 2.63,
      by: "2026-08-16",
    });
  });
});
