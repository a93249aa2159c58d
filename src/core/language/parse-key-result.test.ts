import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKeyResult } from "./parse-key-result.js";

describe("parseKeyResult", () => {
  it.each([
    [
      "Reduce time-to-first-value from 14 days to 5 days",
      {
        verb: "reduce",
        direction: "decrease",
        metric: "time-to-first-value",
        from: 14,
        to: 5,
        unit: "days",
      },
    ],
    [
      "Grow qualified pipeline coverage to 3.5x by June 30",
      {
        verb: "grow",
        direction: "increase",
        metric: "qualified pipeline coverage",
        to: 3.5,
        unit: "x",
        deadline: "by June 30",
      },
    ],
    [
      "Cut p95 checkout latency by 40%",
      {
        verb: "cut",
        direction: "decrease",
        metric: "p95 checkout latency",
        by: { value: 40, unit: "%" },
      },
    ],
    ["NPS ≥ 45", { direction: "maintain", metric: "NPS", to: 45, comparator: "at-least" }],
    [
      "Increase weekly active accounts to 50,000",
      { verb: "increase", direction: "increase", metric: "weekly active accounts", to: 50000 },
    ],
    [
      "Keep churn under 3%",
      {
        verb: "keep",
        direction: "maintain",
        metric: "churn",
        to: 3,
        comparator: "at-most",
        unit: "%",
      },
    ],
    [
      "Achieve 99.5% uptime this quarter",
      {
        verb: "achieve",
        direction: "achieve",
        metric: "uptime",
        to: 99.5,
        unit: "%",
        deadline: "this quarter",
      },
    ],
    [
      "Achieve onboarding NPS of 55+ (current 38)",
      { verb: "achieve", metric: "onboarding NPS", from: 38, to: 55, comparator: "at-least" },
    ],
    ["Grow ARR from $14.37M to $15.2M", { metric: "ARR", from: 14.37, to: 15.2, unit: "$M" }],
    [
      "Reduce Sev-1 incidents from 4 to 1 per month",
      { metric: "Sev-1 incidents", from: 4, to: 1, unit: "per month" },
    ],
    [
      "Increase 90-day product adoption (3+ features used) from 34% to 60%",
      { metric: "90-day product adoption", from: 34, to: 60, unit: "%" },
    ],
    [
      "Weekly active accounts reach 50,000",
      { verb: "reach", metric: "Weekly active accounts", to: 50000 },
    ],
    ["Ship the redesign", { verb: "ship", direction: "deliver", metric: "redesign" }],
  ])("reads %s", (title, expected) => {
    expect(parseKeyResult(title)).toMatchObject(expected);
  });

  it("reads an activity that names a measured change as a task with an outcome", () => {
    expect(
      parseKeyResult("Launch self-serve checkout to lift conversion from 2% to 3%"),
    ).toMatchObject({
      verb: "launch",
      direction: "deliver",
      task: "Launch self-serve checkout",
      outcomeVerb: "lift",
      metric: "conversion",
      from: 2,
      to: 3,
    });
  });

  it("matches verbs on whole words with their inflections, not inside other words", () => {
    expect(parseKeyResult("Improve bookkeeping accuracy from 90% to 98%").verb).toBe("improve");
    expect(parseKeyResult("Bookkeeping accuracy above 98%").verb).toBeUndefined();
    expect(parseKeyResult("Grow maintainers from 3 to 6").direction).toBe("increase");
    expect(parseKeyResult("Maintainers reviewed within 2 days").verb).toBeUndefined();
    expect(parseKeyResult("Kept NPS above 45").verb).toBe("keep");
    expect(parseKeyResult("Shipping the redesign").verb).toBe("ship");
  });

  it("reads a metric name that starts with a verb-like noun as a metric", () => {
    expect(parseKeyResult("Test coverage above 80%")).toMatchObject({
      direction: "maintain",
      metric: "Test coverage",
    });
  });

  it("takes the direction from the numbers when the verb is neutral", () => {
    expect(parseKeyResult("Improve time to resolution from 10 h to 4 h").direction).toBe(
      "decrease",
    );
    expect(parseKeyResult("Move win rate from 19% to 25%").direction).toBe("increase");
  });

  it("reads any stated from/to pair back exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (a, b) => {
          const parsed = parseKeyResult(
            `Increase active teams from ${a.toLocaleString("en-US")} to ${b.toLocaleString("en-US")}`,
          );
          expect(parsed.from).toBe(a);
          expect(parsed.to).toBe(b);
        },
      ),
    );
  });

  it("never throws and gives the same answer for the same text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        expect(parseKeyResult(text)).toEqual(parseKeyResult(`${text}`));
      }),
    );
  });
});
