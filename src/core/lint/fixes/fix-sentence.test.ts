import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { metricKnowledge } from "../../knowledge/knowledge-base.js";
import { documentWith, kpi, kr, objective } from "../fixtures/build-document.js";
import { lintDocument } from "../lint-document.js";
import { fixProblems } from "./fix-sentence.js";

const LABELS = [
  "",
  "KR3: ",
  "Ops KR: ",
  "P1 - @sam - ",
  "[COMMITTED] ",
  "Stretch: ",
  "Legal: ",
  "- ",
  "1.2 ",
];
const WORK = [
  "Launch",
  "Ship",
  "Build",
  "Implement",
  "Publish",
  "Hire",
  "Migrate",
  "Document",
  "Run",
  "Make",
];
const THINGS = [
  "the partner portal",
  "6 case studies",
  "a vendor scorecard",
  "SSO for all customers",
  "4 customer workshops",
  "200 discovery calls",
  "the pricing page",
];
const PASSIVE = [
  "fully documented",
  "added for the UK entity",
  "live in all regions",
  "defined in the wiki",
  "implemented",
];
const RULES = [
  "No pull request waits more than two days for a first review",
  "Stock-outs stay below 2 a month at every warehouse",
  "Infrastructure cost per customer does not rise this quarter",
  "Median mobile page load under 1.5 s",
  "Keep churn under 3%",
  "All tickets are answered within 4 hours",
];
const VAGUE = [
  "Improve collaboration",
  "TBD",
  "How do we measure onboarding quality?",
  "X% of users finish setup",
  "Key result 2",
];
const metricNames = metricKnowledge().map((m) => m.name);

const titles = fc.oneof(
  fc
    .tuple(fc.constantFrom(...LABELS), fc.constantFrom(...WORK), fc.constantFrom(...THINGS))
    .map(([l, w, t]) => `${l}${w} ${t}`),
  fc
    .tuple(fc.constantFrom(...LABELS), fc.constantFrom(...THINGS), fc.constantFrom(...PASSIVE))
    .map(([l, t, p]) => `${l}${t} ${p}`),
  fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...RULES)).map(([l, r]) => `${l}${r}`),
  fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...VAGUE)).map(([l, v]) => `${l}${v}`),
  fc
    .tuple(
      fc.constantFrom("Increase", "Reduce", "Grow", "Keep", "Achieve", ""),
      fc.constantFrom(...metricNames),
      fc.constantFrom("", " to 40%", " from 12 to 9", " above 95%", " by 20%"),
    )
    .map(([v, m, n]) => `${v} ${m}${n}`.trim()),
);

function fixesOf(title: string, withKpi: boolean) {
  const document = documentWith({
    kpis: [
      kpi("nps", { name: "Net promoter score", measurements: [{ at: "2026-06-30", value: 38 }] }),
    ],
    objectives: [objective("o", [kr(title, withKpi ? { kpi: "nps" } : {})])],
  });
  return lintDocument(document).findings.filter((f) => f.path.includes(".keyResults["));
}

describe("lint fixes", () => {
  it("are one grammatical sentence, with no doubled verb or pasted fragment, over hundreds of varied titles", () => {
    fc.assert(
      fc.property(titles, (title) => {
        for (const finding of fixesOf(title, false))
          expect(
            fixProblems(finding.fix, false),
            `${finding.rule} on "${title}": ${finding.fix}`,
          ).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("leave no <…> placeholder when the key result's metric is known (a linked KPI)", () => {
    fc.assert(
      fc.property(titles, (title) => {
        for (const finding of fixesOf(title, true)) {
          if (finding.rule === "kr-not-measurable") continue;
          expect(
            fixProblems(finding.fix, true),
            `${finding.rule} on "${title}": ${finding.fix}`,
          ).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("catch what they are meant to", () => {
    expect(fixProblems('Write "Increase Increase NPS from 3 to 4".', false)).toContain(
      'doubled word "Increase"',
    );
    expect(fixProblems('Try "Raise No pull request waits from 1 to 2".', false)[0]).toContain(
      "fragment",
    );
    expect(fixProblems('Try "Raise Legal: GDPR from 1 to 2".', false)[0]).toContain("label");
    expect(fixProblems('Try "Raise NPS from <today> to 50".', true)).toHaveLength(1);
    expect(fixProblems("Do this. Then that.", false)).toContain("more than one sentence");
  });
});
