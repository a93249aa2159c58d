import { describe, expect, it } from "vitest";
import { classifyDecision } from "./classify-decision.js";
import { detectWrongTool } from "./detect-wrong-tool.js";
import { reframeDecision } from "./reframe-decision.js";

const AS_OF = "2026-12-04";

describe("reframeDecision", () => {
  it("pushes back on a vague function goal and sharpens it into a decision question", () => {
    const reframe = reframeDecision("improve sales performance", AS_OF);
    expect(reframe.sharpened).toBe(true);
    expect(reframe.pushback).toMatch(/not a decision/);
    expect(reframe.question).toMatch(/\?$/);
    expect(reframe.question).toMatch(/sales performance/);
    expect(reframe.question).toMatch(/stop/);
  });

  it("keeps a real decision as the question", () => {
    const reframe = reframeDecision("Should we expand into mid-market EMEA in H2?", AS_OF);
    expect(reframe.sharpened).toBe(false);
    expect(reframe.question).toBe("Should we expand into mid-market EMEA in H2?");
    expect(reframe.subject).toBe("expand into mid-market EMEA in H2");
  });

  it("names the constraint the decision runs into", () => {
    expect(reframeDecision("Should we cut cloud costs this quarter?", AS_OF).constraint).toBe(
      "cash",
    );
    expect(reframeDecision("Should we hire 10 more support agents?", AS_OF).constraint).toBe(
      "capacity",
    );
    expect(reframeDecision("Should we expand into mid-market EMEA in H2?", AS_OF).constraint).toBe(
      "demand",
    );
  });
});

describe("classifyDecision", () => {
  it.each([
    ["Should we expand into mid-market EMEA in H2?", "expansion"],
    ["Do we raise Pro prices 20% next quarter?", "pricing"],
    ["How do we cut churn among SMB customers?", "retention"],
    ["Should we hire 10 more support agents?", "hiring"],
    ["Should we launch a self-serve plan?", "launch"],
    ["Should we move to a 99.9% uptime SLA for enterprise?", "reliability"],
  ])("classifies %s as %s", (text, type) => {
    expect(classifyDecision(text).decisionType).toBe(type);
  });

  it("matches stems at word starts only, so 'reshipped' is not 'ship' and 'center' is not 'enter'", () => {
    expect(classifyDecision("reshipped orders to the support center").decisionType).toBe("quality");
  });
});

describe("detectWrongTool", () => {
  it("sends personal task triage to an Eisenhower matrix", () => {
    expect(detectWrongTool("Prioritize my tasks for this week")?.tool).toBe("eisenhower-matrix");
  });

  it("sends an undecided strategy to SWOT and five forces first", () => {
    expect(detectWrongTool("What should our strategy be against the new competitor?")?.tool).toBe(
      "swot-five-forces",
    );
  });

  it("asks an early company without a North Star to pick it first", () => {
    expect(
      detectWrongTool("We have no product-market fit yet; what OKRs should we set?")?.tool,
    ).toBe("north-star-first");
  });

  it("sends a meeting ritual or a process change to a time-boxed trial with a review date", () => {
    expect(detectWrongTool("Should we start a daily standup for the support team?")?.tool).toBe(
      "trial-with-review",
    );
    expect(detectWrongTool("Should we move our weekly all-hands to Thursdays?")?.tool).toBe(
      "trial-with-review",
    );
    expect(detectWrongTool("Let's try async updates for a month as a trial")?.tool).toBe(
      "trial-with-review",
    );
    expect(detectWrongTool("Should we move customer success to a pooled model?")).toBeUndefined();
  });

  it("lets a set decision through", () => {
    expect(detectWrongTool("Should we expand into mid-market EMEA in H2?")).toBeUndefined();
    expect(detectWrongTool("Do we raise Pro prices 20% next quarter?")).toBeUndefined();
  });
});
