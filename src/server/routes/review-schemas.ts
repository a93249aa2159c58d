import { z } from "@hono/zod-openapi";

// OpenAPI shapes of the reviews; the TypeScript types live in src/core/review/*-types.ts.
const Light = z.enum(["green", "amber", "red", "unknown"]);
const Risk = z.enum(["on-track", "at-risk", "off-track"]);

const ReviewKpi = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().optional(),
  owner: z.string().optional(),
  team: z.string().optional(),
  status: Light,
  value: z.number().optional(),
  at: z.string().optional(),
  previousValue: z.number().optional(),
  change: z.number().optional(),
  signals: z.array(
    z.object({ rule: z.string(), at: z.string(), message: z.string(), favourable: z.boolean() }),
  ),
  trend: z.enum(["rising", "falling", "flat"]).optional(),
  annotation: z.object({ at: z.string(), note: z.string(), by: z.string().optional() }).optional(),
  sourceFailing: z
    .object({ kind: z.string(), message: z.string(), since: z.string() })
    .optional()
    .openapi({ description: "stale: the connector feeding this KPI is failing" }),
  whatChanged: z.string(),
  whyItMatters: z.string(),
  whatToTestNext: z.string(),
  touchedObjectives: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      via: z.enum(["key-result", "leading-indicator"]),
    }),
  ),
  guardrailOf: z.array(z.string()),
  guardrails: z.array(z.object({ id: z.string(), status: Light })),
});

export const WeeklyReviewSchema = z
  .object({
    kind: z.literal("weekly"),
    organization: z.string(),
    asOf: z.string(),
    period: z.string().openapi({ example: "2026-W48" }),
    since: z.string(),
    headline: z.string(),
    kpis: z.array(ReviewKpi),
    objectives: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        team: z.string().optional(),
        owner: z.string().optional(),
        cycle: z.string(),
        progress: z.number().nullable(),
        progressLastWeek: z.number().nullable(),
        expected: z.number(),
        confidence: z.number().nullable(),
        confidenceLastWeek: z.number().nullable(),
        risk: Risk,
        health: z.string(),
      }),
    ),
    atRisk: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        owner: z.string().optional(),
        risk: z.enum(["at-risk", "off-track"]),
        reasons: z.array(
          z.object({
            code: z.string(),
            message: z.string(),
            keyResult: z.string().optional(),
            keyResultTitle: z.string().optional(),
          }),
        ),
      }),
    ),
    decisions: z.array(
      z.object({
        objective: z.string(),
        title: z.string(),
        owner: z.string().optional(),
        tripwires: z.array(z.string()),
      }),
    ),
    staleCheckins: z.array(
      z.object({
        owner: z.string(),
        name: z.string(),
        keyResults: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            objective: z.string(),
            lastCheckin: z.string().nullable(),
          }),
        ),
      }),
    ),
    quadrants: z.array(
      z.object({
        team: z.string(),
        name: z.string(),
        quadrant: z.enum(["sustainable", "pointed-nowhere", "overheating", "both-bad", "no-data"]),
        label: z.string(),
        kpis: z.object({ healthy: z.number(), unhealthy: z.number() }),
        objectives: z.object({ onTrack: z.number(), atRisk: z.number(), offTrack: z.number() }),
      }),
    ),
  })
  .openapi("WeeklyReview");

const Grade = {
  score: z.number().nullable(),
  objectives: z.number(),
  succeeded: z.number(),
  note: z.string().optional(),
};

export const QuarterlyReviewSchema = z
  .object({
    kind: z.literal("quarterly"),
    organization: z.string(),
    asOf: z.string(),
    period: z.string().openapi({ example: "2026-Q3" }),
    cycle: z.object({
      id: z.string(),
      name: z.string().optional(),
      start: z.string(),
      end: z.string(),
    }),
    portfolio: z.object(Grade),
    teams: z.array(z.object({ id: z.string(), ...Grade })),
    objectives: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        team: z.string().optional(),
        owner: z.string().optional(),
        type: z.enum(["aspirational", "committed"]),
        score: z.number(),
        success: z.boolean(),
        keyResults: z.array(
          z.object({ id: z.string(), title: z.string(), score: z.number(), success: z.boolean() }),
        ),
        retro: z.string().optional(),
      }),
    ),
    carriedOver: z.array(
      z.object({ from: z.string(), to: z.string(), cycle: z.string(), title: z.string() }),
    ),
    unfinished: z.array(z.string()),
    promotions: z.array(z.record(z.string(), z.unknown())),
    newOkrProposals: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi("QuarterlyReview");

const NoteLink = z.object({ kind: z.enum(["kpi", "objective", "key-result"]), id: z.string() });
const NoteItem = z.object({ text: z.string(), links: z.array(NoteLink) });

export const NotesInsightSchema = z
  .object({
    engine: z.enum(["offline", "llm"]),
    whatChanged: z.array(NoteItem),
    whyItMatters: z.array(NoteItem),
    whatToTestNext: z.array(NoteItem),
    other: z.array(NoteItem),
    links: z.array(NoteLink.extend({ name: z.string(), mentions: z.number() })),
  })
  .openapi("NotesInsight");

export const StoredReviewSummarySchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ description: "weekly, quarterly or kpi-trends" }),
    period: z.string(),
    asOf: z.string(),
    createdAt: z.string(),
  })
  .openapi("StoredReviewSummary");

/** `format` of a review: JSON for programs, Markdown to paste, HTML to print. */
export const ReviewFormat = z.enum(["json", "md", "html"]).default("json");

/** The documented responses of a review in its three formats. */
export function reviewResponses(schema: z.ZodType, description: string) {
  return {
    description,
    content: {
      "application/json": { schema },
      "text/markdown": { schema: z.string() },
      "text/html": { schema: z.string() },
    },
  };
}
