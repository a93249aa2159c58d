import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKeyResult } from "./parse-key-result.js";

const kindOf = (title: string) => parseKeyResult(title).kind;

describe("parseKeyResult's kind", () => {
  it.each([
    ["SOC 2 controls fully documented.", "passive-deliverable"],
    ["Invoicing support added for the UK entity.", "passive-deliverable"],
    ["Data retention rules are defined in the wiki.", "passive-deliverable"],
    ["New pricing page live in all regions", "passive-deliverable"],
    ["Ops KR: Build a vendor scorecard reviewed by the COO", "deliverable-verb"],
    ["C# driver", "noun-phrase-deliverable"],
    ["Admins can see the progress of permissions syncing", "capability"],
    ["A repo migration tool exists", "capability"],
  ])("reads the deliverable %s as a task (%s)", (title, cue) => {
    expect(parseKeyResult(title)).toMatchObject({ kind: "task", evidence: { cue } });
  });

  it.each([
    ["No pull request waits more than two days for a first review.", "negated-rule"],
    ["Stock-outs stay below 2 a month at every warehouse.", "comparator"],
    ["Infrastructure cost per customer does not rise this quarter.", "negated-rule"],
    ["Median mobile page load under 1.5 s", "comparator"],
    ["All customer specific testing is complete within 2 business days", "within-bound"],
    ["A Daemon runs for 10 days without a crash", "no-failure"],
    ["Sales efficiency of 1.0 or higher", "comparator"],
  ])("reads the rule %s as a threshold (%s)", (title, cue) => {
    expect(parseKeyResult(title)).toMatchObject({ kind: "threshold", evidence: { cue } });
  });

  it.each([
    ["How do we measure onboarding quality?", "question"],
    ["TBD", "placeholder"],
    ["X% of users complete onboarding", "placeholder"],
    ["Key result 2", "placeholder"],
    ["Reach N0 MAU", "placeholder"],
  ])("reads %s as unmeasurable (%s)", (title, cue) => {
    expect(parseKeyResult(title)).toMatchObject({ kind: "unmeasurable", evidence: { cue } });
  });

  it.each([
    ["Increase weekly active accounts from 41,000 to 50,000", "outcome-verb"],
    ["There are at least 10 builders, with at least 2 in a full time capacity", "count-of-others"],
    ["Onboard 2+ new contributors", "count-of-others"],
    ["Hiring managers report that 75% of new teammates felt ready", "reported-by-people"],
    ["Launch self-serve checkout to lift conversion from 2% to 3%", "work-then-outcome"],
    ["Grow repeat purchases among trial users", "metric-without-target"],
  ])("reads %s as an outcome (%s)", (title, cue) => {
    expect(parseKeyResult(title)).toMatchObject({ kind: "outcome", evidence: { cue } });
  });

  it("keeps the label in prefix and never reads it as the metric", () => {
    const parsed = parseKeyResult("Legal: GDPR policy fully implemented.");
    expect(parsed.prefix).toBe("Legal:");
    expect(parsed.metric).not.toContain("Legal");
  });

  it("does not call a count of people a bound, nor the team's deliverable a rule", () => {
    expect(kindOf("At least 30 Reps spread the word")).toBe("outcome");
    expect(kindOf("Campaigns are enabled by default and not behind a feature flag")).toBe("task");
    expect(kindOf("Provide an alternate method to Slack for communication: forum?")).toBe("task");
  });

  it("names evidence that is words of the title", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Launch", "Ship", "Increase", "Keep", "", "No"),
        fc.constantFrom(
          "the billing page",
          "NPS above 45",
          "churn from 4% to 2%",
          "customers",
          "TBD",
        ),
        (verb, rest) => {
          const title = `${verb} ${rest}`.trim();
          const { evidence } = parseKeyResult(title);
          expect(title.includes(evidence.words) || evidence.words === title).toBe(true);
        },
      ),
    );
  });
});
