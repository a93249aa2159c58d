import { describe, expect, it } from "vitest";
import { fixProblems } from "../fixes/fix-sentence.js";
import { documentWith, kr, objective } from "../fixtures/build-document.js";
import { lintDocument } from "../lint-document.js";

/** KR-level findings of one title linted alone in a well-formed objective. */
function findingsOf(title: string) {
  const document = documentWith({
    objectives: [objective("o", [kr(title), kr("Increase NPS from 30 to 45")])],
  });
  return lintDocument(document).findings.filter((f) => f.path === "objectives[0].keyResults[0]");
}

// The shapes of key results teams publish, each with the diagnosis it should get.
const CASES: [string, string][] = [
  ["SOC 2 controls fully documented.", "kr-is-task"],
  ["Invoicing support added for the UK entity.", "kr-is-task"],
  ["Data retention rules are defined in the wiki.", "kr-is-task"],
  ["New pricing page live in all regions", "kr-is-task"],
  ["Ops KR: Build a vendor scorecard reviewed by the COO", "kr-is-task"],
  ["KR3: Launch the partner portal", "kr-is-task"],
  ["P1 - @sam - Migrate billing to Stripe", "kr-is-task"],
  ["[COMMITTED] Runbook: incident response written and rehearsed", "kr-is-task"],
  ["Stretch: Ship the Android app", "kr-is-task"],
  ["Legal: Sign data processing agreements with all EU vendors", "kr-is-task"],
  ["No pull request waits more than two days for a first review.", "kr-is-kpi"],
  ["Stock-outs stay below 2 a month at every warehouse.", "kr-is-kpi"],
  ["Infrastructure cost per customer does not rise this quarter.", "kr-is-kpi"],
  ["Median mobile page load under 1.5 s", "kr-is-kpi"],
  ["Grow repeat purchases among trial users", "kr-missing-target"],
  ["Improve collaboration", "kr-not-measurable"],
  ["How do we measure onboarding quality?", "kr-not-measurable"],
  ["TBD", "kr-not-measurable"],
  ["X% of users complete onboarding", "kr-not-measurable"],
  ["Key result 2", "kr-not-measurable"],
  ["Publish 6 case studies", "kr-is-task"],
  ["Run 4 customer workshops", "kr-is-task"],
  ["Make 200 discovery calls", "kr-is-task"],
];

describe("linting key results as teams publish them", () => {
  it.each(CASES)("diagnoses %s with %s and a fix that is one readable sentence", (title, rule) => {
    const findings = findingsOf(title);
    const finding = findings.find((f) => f.rule === rule);
    expect(finding, `${title}: got ${findings.map((f) => f.rule).join(", ")}`).toBeDefined();
    expect(fixProblems(finding?.fix ?? "", false)).toEqual([]);
    expect(finding?.parsed?.kind).toBeDefined();
  });

  it("never quotes a label as the metric", () => {
    for (const title of [
      "Legal: GDPR policy fully implemented.",
      "Stretch: Improve collaboration",
      "Ops KR: Grow retention",
    ]) {
      for (const finding of findingsOf(title))
        expect(finding.fix).not.toMatch(/"(?:Raise|Reduce|Increase) (?:Legal|Stretch|Ops)/u);
    }
  });

  it("keeps outcomes free of task and measurability findings", () => {
    for (const title of [
      "Increase weekly active accounts from 41,000 to 50,000",
      "There are at least 100 active governance members",
      "Hiring managers report that 75% of new teammates had a good onboarding",
      "Reach 100 subscribers",
    ])
      expect(findingsOf(title).map((f) => f.rule)).not.toEqual(
        expect.arrayContaining(["kr-is-task", "kr-not-measurable", "kr-is-kpi"]),
      );
  });
});
