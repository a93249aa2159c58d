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
