import { describe, expect, it } from "vitest";
import { stripPrefix } from "./strip-prefix.js";

describe("stripPrefix", () => {
  it.each([
    [
      "Ops KR: Build a vendor scorecard reviewed by the COO",
      "Ops KR:",
      "Build a vendor scorecard reviewed by the COO",
    ],
    ["KR3: Raise NPS to 50", "KR3:", "Raise NPS to 50"],
    ["P1 - @sam - Migrate billing to Stripe", "P1 - @sam -", "Migrate billing to Stripe"],
    [
      "[COMMITTED] Runbook: incident response written",
      "[COMMITTED] Runbook:",
      "incident response written",
    ],
    ["Stretch: Reach 100 customers", "Stretch:", "Reach 100 customers"],
    ["Legal: GDPR policy fully implemented.", "Legal:", "GDPR policy fully implemented."],
    ["1.2 250 people participate in mapping", "1.2", "250 people participate in mapping"],
    ["- [ ] Release the SDK", "- [ ]", "Release the SDK"],
    [
      "Sales (Closing Deals) KR: Get 70% of trials to convert",
      "Sales (Closing Deals) KR:",
      "Get 70% of trials to convert",
    ],
  ])("takes the label off %s", (title, prefix, body) => {
    expect(stripPrefix(title)).toMatchObject({ prefix, body });
  });

  it("keeps trailing tags and owners apart", () => {
    expect(stripPrefix("Support for git diff tree [P0][DP]")).toEqual({
      body: "Support for git diff tree",
      suffix: "[P0][DP]",
    });
    expect(stripPrefix("A Daemon runs for 10 days without a crash - @alanshaw").suffix).toBe(
      "- @alanshaw",
    );
  });

  it.each([
    "Uptime: 99.9%",
    "3 different customers run campaigns",
    "1.5 hours median wait",
    "3.5x pipeline coverage",
    "Deploy services with HA: PostgreSQL, RabbitMQ, etcd",
  ])("leaves a sentence whose start is its own alone: %s", (title) => {
    expect(stripPrefix(title)).toEqual({ body: title });
  });
});
