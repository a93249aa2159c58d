import { describe, expect, it } from "vitest";
import { knownMetric, metricKnowledge } from "./knowledge-base.js";
import { MetricDomain } from "./metric-knowledge.js";

const metrics = metricKnowledge();
const byId = new Map(metrics.map((metric) => [metric.id, metric]));

describe("metricKnowledge", () => {
  it("holds at least 150 metrics that all validate against MetricEntry", () => {
    expect(metrics.length).toBeGreaterThanOrEqual(150);
  });

  it("gives every metric a unique id", () => {
    expect(new Set(metrics.map((metric) => metric.id)).size).toBe(metrics.length);
  });

  it("covers every domain with both kinds and both axes", () => {
    for (const domain of MetricDomain.options) {
      const own = metrics.filter((metric) => metric.domain === domain);
      expect(own.length, domain).toBeGreaterThanOrEqual(10);
      expect(new Set(own.map((metric) => metric.kind)), domain).toEqual(
        new Set(["leading", "lagging"]),
      );
      expect(new Set(own.map((metric) => metric.axis)), domain).toEqual(
        new Set(["quality", "quantity"]),
      );
    }
  });

  it("has no dangling leading partner or guardrail reference", () => {
    for (const metric of metrics) {
      for (const id of [...metric.leadingPartners, ...metric.guardrails])
        expect(byId.has(id), `${metric.id} → ${id}`).toBe(true);
    }
  });

  it("gives every lagging metric a leading partner of kind leading, and no metric guards itself", () => {
    for (const metric of metrics) {
      if (metric.kind === "lagging")
        expect(metric.leadingPartners.length, metric.id).toBeGreaterThan(0);
      for (const id of metric.leadingPartners)
        expect(byId.get(id)?.kind, `${metric.id} → ${id}`).toBe("leading");
      expect(metric.guardrails, metric.id).not.toContain(metric.id);
    }
  });

  it("records gaming strategies, guardrails and decision types for every metric", () => {
    for (const metric of metrics) {
      expect(metric.gamingStrategies.length, metric.id).toBeGreaterThan(0);
      expect(metric.guardrails.length, metric.id).toBeGreaterThan(0);
      expect(metric.decisionTypes.length, metric.id).toBeGreaterThan(0);
    }
  });

  it("keeps the ids other code relies on", () => {
    for (const id of [
      "net-revenue-retention",
      "logo-churn-rate",
      "activation-rate",
      "product-adoption-rate",
      "customer-satisfaction",
    ])
      expect(knownMetric(id)?.id).toBe(id);
  });
});
