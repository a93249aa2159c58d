import { z } from "@hono/zod-openapi";

const Scores = z.object({
  observability: z.number(),
  gameability: z.number(),
  decisionRelevance: z.number(),
});
const Candidate = z.object({
  metric: z.string(),
  name: z.string(),
  kind: z.enum(["leading", "lagging"]),
  axis: z.enum(["quality", "quantity"]),
  definition: z.string(),
  formula: z.string(),
  unit: z.string(),
  direction: z.string(),
  source: z.string(),
  workspaceKpi: z.string().optional(),
  leadingPartner: z
    .object({ metric: z.string(), name: z.string(), leadWeeks: z.number() })
    .optional(),
  retrieval: z.number(),
  scores: Scores,
  reasons: z.object({
    observability: z.string(),
    gameability: z.string(),
    decisionRelevance: z.string(),
  }),
  redTeam: z
    .object({ exploit: z.string(), guardrail: z.string(), guardrailMetric: z.string().optional() })
    .optional(),
});
const DraftOkr = z.object({
  objective: z.string(),
  cycle: z.string(),
  keyResults: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      metric: z.string(),
      name: z.string(),
      from: z.number().nullable(),
      to: z.number().nullable(),
      unit: z.string(),
      direction: z.string(),
      kind: z.enum(["leading", "lagging"]),
      baseline: z.string(),
    }),
  ),
  leadingIndicators: z.array(z.string()),
  killCriteria: z.array(
    z.object({
      metric: z.string().optional(),
      below: z.number().optional(),
      above: z.number().optional(),
      by: z.string(),
      note: z.string(),
    }),
  ),
});

const Magnitude = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("relative"), text: z.string(), share: z.number() }),
  z.object({ kind: z.literal("count"), text: z.string(), count: z.number() }),
  z.object({
    kind: z.literal("from-to"),
    text: z.string(),
    from: z.number(),
    to: z.number(),
    unit: z.string(),
  }),
  z.object({ kind: z.literal("level"), text: z.string(), value: z.number(), unit: z.string() }),
  z.object({ kind: z.literal("multiple"), text: z.string(), factor: z.number() }),
]);
const DecisionStructure = z
  .object({
    action: z.string().nullable(),
    verb: z.string().nullable(),
    object: z.string().nullable(),
    scope: z.array(
      z.object({
        kind: z.enum(["region", "segment", "product", "team", "channel"]),
        text: z.string(),
      }),
    ),
    magnitude: Magnitude.nullable(),
    horizon: z.object({
      text: z.string().nullable(),
      period: z.object({ id: z.string(), start: z.string(), end: z.string() }),
      reason: z.string(),
    }),
  })
  .openapi({ description: "What the decision does, to what, where, by how much and by when" });

/** The JSON of `okapi draft --format json` (docs/cli-json-kpi-and-reviews.md), as stored with each draft. */
export const DecisionDraftSchema = z
  .object({
    decision: z.string(),
    reframe: z.object({
      question: z.string(),
      constraint: z.string(),
      decisionType: z.string(),
      relatedTypes: z.array(z.string()),
      sharpened: z.boolean(),
      pushback: z.string().optional(),
      subject: z.string(),
      reason: z.string(),
      structure: DecisionStructure,
    }),
    wrongTool: z
      .object({ tool: z.string(), reason: z.string(), instead: z.string() })
      .optional()
      .openapi({ description: "Present when OKRs are the wrong tool; then `okr` is null" }),
    candidates: z.array(Candidate),
    okr: DraftOkr.nullable(),
    lint: z.object({
      errors: z.number().int(),
      warnings: z.number().int(),
      findings: z.array(
        z.object({ rule: z.string(), severity: z.string(), path: z.string(), message: z.string() }),
      ),
    }),
    trace: z.array(z.object({ step: z.string(), by: z.string(), note: z.string() })),
  })
  .openapi("DecisionDraft", { description: "Exactly the JSON of `okapi draft --format json`" });
