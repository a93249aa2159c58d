import { z } from "zod";
import { DecisionType } from "../knowledge/metric-knowledge.js";
import {
  MAX_CANDIDATES,
  MAX_DRAFT_KRS,
  MIN_CANDIDATES,
  MIN_DRAFT_KRS,
} from "../thresholds/reasoning.js";
import { Constraint } from "./draft-types.js";

const Score = z.number().min(0).max(1);

export const ReframeAnswer = z.strictObject({
  question: z.string().min(8),
  constraint: Constraint,
  decisionType: DecisionType,
  pushback: z.string().optional(),
});

export const CandidatesAnswer = z.strictObject({
  metrics: z.array(z.string()).min(MIN_CANDIDATES).max(MAX_CANDIDATES),
});

export const ScoresAnswer = z.strictObject({
  scores: z.array(
    z.strictObject({
      metric: z.string(),
      observability: Score,
      gameability: Score,
      decisionRelevance: Score,
      reasons: z.strictObject({
        observability: z.string().min(1),
        gameability: z.string().min(1),
        decisionRelevance: z.string().min(1),
      }),
    }),
  ),
});

export const RedTeamAnswer = z.strictObject({
  redTeam: z.array(
    z.strictObject({
      metric: z.string(),
      exploit: z.string().min(1),
      guardrail: z.string().min(1),
    }),
  ),
});

export const OkrAnswer = z.strictObject({
  objective: z.string().min(10),
  keyResultMetrics: z.array(z.string()).min(MIN_DRAFT_KRS).max(MAX_DRAFT_KRS),
});
