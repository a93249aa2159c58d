import { z } from "@hono/zod-openapi";
import { IsoDay } from "../../core/model/index.js";

// Response shapes of the computed views (OKR status, KPI health). They mirror the pure
// core's types (src/core/okr, src/core/kpi) so the dashboard's generated client is typed.

/** `?asOf=YYYY-MM-DD`: the day the view is computed for (today, UTC, when omitted). */
export const AsOfQuery = z.object({
  asOf: IsoDay.optional().openapi({ example: "2026-08-14" }),
});

export const Risk = z.enum(["on-track", "at-risk", "off-track"]);
const Health = z.enum(["achieved", "missed", "stopped", "stale", "pending", ...Risk.options]);
const Light = z.enum(["green", "amber", "red", "unknown"]);

const Reason = z.object({
  code: z.string(),
  message: z.string(),
  risk: Risk,
  keyResult: z.string().optional(),
  keyResultTitle: z.string().optional(),
});
const Decision = z.object({
  outcome: z.enum(["stop", "continue", "change"]),
  by: z.string(),
  at: z.string(),
  reason: z.string(),
});
/** A kill criterion as of a day: fired, armed or unknown, with the decision taken on it. */
export const Tripwire = z
  .object({
    kind: z.enum(["metric", "date", "metric-and-date"]),
    state: z.enum(["fired", "armed", "unknown"]),
    metric: z.string().optional(),
    by: z.string().optional(),
    value: z.number().optional(),
    message: z.string(),
    decision: Decision.optional(),
  })
  .openapi("Tripwire");
const KeyResultStatus = z.object({
  id: z.string(),
  title: z.string(),
  progress: z.number().nullable(),
  progressRaw: z.number().nullable(),
  expected: z.number(),
  risk: Risk,
  health: Health,
  reasons: z.array(Reason),
  weight: z.number(),
  current: z
    .object({ value: z.number(), at: z.string(), source: z.enum(["checkin", "kpi"]) })
    .nullable(),
  target: z.number().nullable(),
  confidence: z.number().nullable(),
  projection: z
    .object({ value: z.number(), progress: z.number().nullable(), slopePerDay: z.number() })
    .nullable(),
  outsideCycleCheckins: z.number(),
});
const ObjectiveStatus = z.object({
  id: z.string(),
  title: z.string(),
  team: z.string().nullable(),
  cycle: z.object({ id: z.string(), start: z.string(), end: z.string() }),
  parent: z.string().nullable(),
  progress: z.number().nullable(),
  expected: z.number(),
  risk: Risk,
  health: Health,
  reasons: z.array(Reason),
  decisionRequired: z.boolean(),
  decisions: z.array(Decision),
  tripwires: z.array(Tripwire),
  keyResults: z.array(KeyResultStatus),
  grade: z
    .object({
      type: z.enum(["aspirational", "committed"]),
      score: z.number(),
      success: z.boolean(),
      keyResults: z.array(
        z.object({
          id: z.string(),
          score: z.number(),
          source: z.enum(["progress", "manual"]),
          comment: z.string().optional(),
          success: z.boolean(),
          promotionCandidate: z.boolean(),
        }),
      ),
      retro: z.string().optional(),
    })
    .optional()
    .openapi({ description: "Present once the cycle is over" }),
  alignment: z
    .object({
      progress: z.number(),
      children: z.array(
        z.object({
          id: z.string(),
          progress: z.number().nullable(),
          risk: Risk,
          contribution: z.number(),
        }),
      ),
    })
    .optional(),
});
const RollUp = z.object({
  id: z.string(),
  objectives: z.number(),
  progress: z.number().nullable(),
  expected: z.number().nullable(),
  risk: z.object({ "on-track": z.number(), "at-risk": z.number(), "off-track": z.number() }),
  decisionsRequired: z.number(),
});

export const OkrStatusSchema = z
  .object({
    asOf: z.string(),
    objectives: z.array(ObjectiveStatus),
    teams: z.array(RollUp),
    cycles: z.array(RollUp),
  })
  .openapi("OkrStatus");

const Signal = z.object({
  rule: z.string(),
  at: z.string(),
  side: z.enum(["above", "below"]),
  message: z.string(),
  ongoing: z.boolean(),
});
const Limits = z.object({
  center: z.number(),
  lower: z.number(),
  upper: z.number(),
  averageMovingRange: z.number(),
  upperRangeLimit: z.number(),
  sigma: z.number(),
  baselineFrom: z.string(),
  baselineTo: z.string(),
});
const LeadCheck = z.object({
  kpi: z.string(),
  leading: z.string(),
  declaredWeeks: z.number().optional(),
  verdict: z.enum(["confirmed", "contradicted", "unsupported", "insufficient-data"]),
  flagged: z.boolean(),
  found: z.object({
    bestLagWeeks: z.number(),
    correlation: z.number(),
    leads: z.boolean(),
    weeks: z.number(),
    reason: z.string(),
  }),
  message: z.string(),
});
const Proposal = z.object({
  kind: z.enum(["recovery-okr", "retire-kpi"]),
  kpi: z.string(),
  rationale: z.string(),
  objective: z.string().optional(),
  keyResults: z
    .array(
      z.object({
        title: z.string(),
        kpi: z.string().optional(),
        from: z.number().optional(),
        to: z.number().optional(),
        unit: z.string().optional(),
      }),
    )
    .optional(),
  guardrails: z.array(z.string()).optional(),
  since: z.string().optional(),
});

export const KpiHealthSchema = z
  .object({
    kpi: z.string(),
    name: z.string(),
    unit: z.string().optional(),
    direction: z.enum(["higher-is-better", "lower-is-better", "within-range"]).optional(),
    healthy: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
    status: Light,
    range: z.object({
      status: Light,
      value: z.number().optional(),
      at: z.string().optional(),
      distance: z.number().optional(),
      toward: z.enum(["up", "down", "none"]).optional(),
      since: z.string().optional(),
    }),
    cadence: z.enum(["daily", "weekly", "monthly", "quarterly"]),
    seasonal: z.boolean(),
    limits: Limits.optional(),
    signals: z.array(Signal),
    trend: z
      .object({
        slope: z.number(),
        lower: z.number(),
        upper: z.number(),
        per: z.string(),
        direction: z.enum(["rising", "falling", "flat"]),
        periods: z.number(),
        from: z.string(),
        to: z.string(),
        outOfRangePeriods: z.number(),
      })
      .optional(),
    leads: z.array(LeadCheck),
    proposals: z.array(Proposal),
    points: z.array(z.object({ at: z.string(), value: z.number() })).openapi({
      description: "The measurements up to asOf, oldest first (the last `points` of them in lists)",
    }),
  })
  .openapi("KpiHealth");
