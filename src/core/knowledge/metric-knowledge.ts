import { z } from "zod";
import { Cadence, MetricAxis, MetricKind } from "../model/primitives.js";
import { MAX_LEAD_WEEKS, MIN_LEAD_WEEKS } from "../thresholds/reasoning.js";

export const DecisionType = z.enum([
  "expansion",
  "pricing",
  "retention",
  "acquisition",
  "efficiency",
  "hiring",
  "launch",
  "quality",
  "cost",
  "reliability",
  "engagement",
  "fundraising",
]);
export type DecisionType = z.infer<typeof DecisionType>;

export const MetricDomain = z.enum([
  "saas",
  "sales",
  "marketing",
  "product",
  "support",
  "engineering",
  "finance",
  "people",
  "ecommerce",
  "logistics",
]);
export type MetricDomain = z.infer<typeof MetricDomain>;

/** One curated metric: what it is, how it is gamed, and what guards it. */
export const MetricEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string(),
  /** Other names people use for it, for matching text ("time to first value", "TTFV"). */
  aliases: z.array(z.string()).default([]),
  domain: MetricDomain,
  definition: z.string(),
  formula: z.string(),
  unit: z.string(),
  direction: z.enum(["higher-is-better", "lower-is-better", "within-range"]),
  kind: MetricKind,
  axis: MetricAxis,
  /** How often the number can be read from its source. */
  cadence: Cadence,
  /** Ids of metrics that typically move 4–12 weeks earlier. */
  leadingPartners: z.array(z.string()).default([]),
  /** How many weeks the leading partners typically move ahead of this metric. */
  leadWeeks: z.number().int().min(MIN_LEAD_WEEKS).max(MAX_LEAD_WEEKS).optional(),
  /** 0 = hard to game, 1 = trivially hit while destroying value. */
  gameability: z.number().min(0).max(1),
  gamingStrategies: z.array(z.string()).default([]),
  /** Ids of companion metrics that catch the gaming. */
  guardrails: z.array(z.string()).default([]),
  decisionTypes: z.array(DecisionType).default([]),
  /** Where the number usually comes from ("billing system", "CRM", "product analytics"). */
  source: z.string(),
});
export type MetricEntry = z.infer<typeof MetricEntry>;
