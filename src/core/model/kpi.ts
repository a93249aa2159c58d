import { z } from "zod";
import { DraftedFromInput } from "./drafted-from.js";
import { MeasurementPoint } from "./measurement.js";
import { Cadence, Direction, FiniteNumber, Id, MetricAxis, MetricKind } from "./primitives.js";

/** The green band. For higher-is-better only `min` matters, for lower-is-better only `max`. */
export const HealthyRange = z.strictObject({
  min: FiniteNumber.optional(),
  max: FiniteNumber.optional(),
});
export type HealthyRange = z.infer<typeof HealthyRange>;

/** Red past these; between the healthy band and the alert thresholds is amber. */
export const AlertThresholds = z.strictObject({
  below: FiniteNumber.optional(),
  above: FiniteNumber.optional(),
});
export type AlertThresholds = z.infer<typeof AlertThresholds>;

export const LeadingLink = z.strictObject({
  kpi: Id,
  leadWeeks: z
    .number()
    .int({ message: "leadWeeks is a whole number of weeks" })
    .min(0)
    .max(52, { message: "leadWeeks is at most 52" })
    .optional(),
});
export type LeadingLink = z.infer<typeof LeadingLink>;

export const KpiStatus = z.enum(["proposed", "active", "retired"]);
export type KpiStatus = z.infer<typeof KpiStatus>;

export const KpiInput = z
  .strictObject({
    id: Id,
    name: z.string().min(1, { message: "a KPI needs a name" }),
    description: z.string().optional(),
    unit: z.string().optional(),
    direction: Direction.optional(),
    kind: MetricKind.optional(),
    axis: MetricAxis.optional(),
    owner: z.union([Id, z.array(Id).min(1)]).optional(),
    team: Id.optional(),
    cadence: Cadence.optional(),
    healthy: HealthyRange.optional(),
    alert: AlertThresholds.optional(),
    leading: z.array(LeadingLink).optional(),
    guardrails: z.array(Id).optional(),
    /** Driver tree: the KPI this one drives (a North Star has none). */
    parent: Id.optional(),
    /** A calculated KPI: an expression over other KPI ids, e.g. `mrr * 12`. */
    formula: z.string().optional(),
    status: KpiStatus.optional(),
    retiredReason: z.string().optional(),
    /** Set when the KPI was proposed by an accepted decision-engine draft. */
    draftedFrom: DraftedFromInput.optional(),
    measurements: z.array(MeasurementPoint).optional(),
  })
  .superRefine((kpi, ctx) => {
    if (kpi.status === "retired" && !kpi.retiredReason) {
      ctx.addIssue({
        code: "custom",
        path: ["retiredReason"],
        message: "a retired KPI needs a retiredReason: say why it no longer earns its place",
      });
    }
    if (kpi.healthy?.min !== undefined && kpi.healthy.max !== undefined) {
      if (kpi.healthy.min > kpi.healthy.max) {
        ctx.addIssue({
          code: "custom",
          path: ["healthy"],
          message: `healthy.min (${kpi.healthy.min}) is above healthy.max (${kpi.healthy.max}): swap them`,
        });
      }
    }
  });
export type Kpi = z.infer<typeof KpiInput>;
