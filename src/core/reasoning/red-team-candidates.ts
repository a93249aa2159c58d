import { COMPOSITE_WEIGHTS } from "../thresholds/reasoning.js";
import type { Candidate } from "./draft-types.js";
import type { MetricDocument } from "./resolve-workspace-metrics.js";

/** How good a candidate is overall: relevance, then observability, then resistance to gaming. */
export function compositeScore(candidate: Candidate): number {
  return (
    COMPOSITE_WEIGHTS.relevance * candidate.scores.decisionRelevance +
    COMPOSITE_WEIGHTS.observability * candidate.scores.observability +
    COMPOSITE_WEIGHTS.integrity * (1 - candidate.scores.gameability)
  );
}

function movement(direction: MetricDocument["direction"]): string {
  if (direction === "higher-is-better") return "falls";
  if (direction === "lower-is-better") return "rises";
  return "leaves its healthy band";
}

/**
 * Step 4: for each candidate, how a cynical operator hits the number while destroying value,
 * and the guardrail that catches it (preferring a guardrail already among the candidates).
 */
export function redTeamCandidates(
  candidates: readonly Candidate[],
  metrics: ReadonlyMap<string, MetricDocument>,
): Candidate[] {
  const chosen = new Set(candidates.map((candidate) => candidate.metric));
  return candidates.map((candidate) => {
    const metric = metrics.get(candidate.metric);
    const guardrails = [...(metric?.guardrails ?? [])].sort(
      (a, b) => Number(chosen.has(b)) - Number(chosen.has(a)),
    );
    const guardrail = guardrails.map((id) => metrics.get(id)).find((entry) => entry !== undefined);
    const exploit =
      metric?.gamingStrategies[0] ??
      `Redefine how ${candidate.name} is counted so it improves without the business changing.`;
    if (!guardrail)
      return {
        ...candidate,
        redTeam: {
          exploit,
          guardrail: `Freeze the definition of ${candidate.name} in week 1 and have someone outside the team audit a sample monthly.`,
        },
      };
    return {
      ...candidate,
      redTeam: {
        exploit,
        guardrail: `Track ${guardrail.name} beside it: if ${guardrail.name} ${movement(guardrail.direction)} while ${candidate.name} improves, the gain is being bought, not earned.`,
        guardrailMetric: guardrail.id,
      },
    };
  });
}
