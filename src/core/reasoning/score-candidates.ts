import {
  CADENCE_OBSERVABILITY,
  RELEVANCE_WEIGHTS,
  SOURCE_RELIABILITY,
  WORKSPACE_OBSERVABILITY_BONUS,
} from "../thresholds/reasoning.js";
import type { Candidate, Reframe } from "./draft-types.js";
import type { SelectedMetric } from "./generate-candidates.js";
import type { MetricDocument } from "./resolve-workspace-metrics.js";

const SURVEY_SOURCE = /survey|review|rating/i;
const MODEL_SOURCE = /model|manual|spreadsheet|analyst/i;

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function sourceReliability(source: string): { value: number; label: string } {
  if (MODEL_SOURCE.test(source))
    return { value: SOURCE_RELIABILITY.model, label: "an estimate or hand-kept model" };
  if (SURVEY_SOURCE.test(source))
    return { value: SOURCE_RELIABILITY.survey, label: "a sampled survey" };
  return { value: SOURCE_RELIABILITY.system, label: "a system of record" };
}

function scoreObservability(metric: MetricDocument) {
  const reliability = sourceReliability(metric.source);
  const bonus = metric.workspaceKpi ? WORKSPACE_OBSERVABILITY_BONUS : 0;
  const value = round(CADENCE_OBSERVABILITY[metric.cadence] * reliability.value + bonus);
  const tracked = metric.workspaceKpi
    ? `; already tracked as KPI ${metric.workspaceKpi}`
    : "; not tracked in the workspace yet";
  return {
    value,
    reason: `Readable ${metric.cadence} from ${metric.source} (${reliability.label})${tracked}.`,
  };
}

function scoreGameability(metric: MetricDocument) {
  const strategy = metric.gamingStrategies[0];
  const level =
    metric.gameability >= 0.6
      ? "Easy to game"
      : metric.gameability >= 0.4
        ? "Gameable"
        : "Hard to game";
  const reason = strategy
    ? `${level}: ${strategy}`
    : `${level}: no known gaming pattern recorded for this metric.`;
  return { value: round(metric.gameability), reason };
}

function scoreRelevance(selected: SelectedMetric, reframe: Reframe) {
  const { metric } = selected;
  const primary = metric.decisionTypes.includes(reframe.decisionType);
  const related = reframe.relatedTypes.some((type) => metric.decisionTypes.includes(type));
  const typeMatch = primary ? 1 : related ? 0.5 : 0;
  // Lagging metrics settle the decision; leading ones only predict it, but early.
  const kindShare = metric.kind === "lagging" ? 1 : 0.7;
  const value = round(
    RELEVANCE_WEIGHTS.typeMatch * typeMatch +
      RELEVANCE_WEIGHTS.retrieval * selected.retrieval +
      RELEVANCE_WEIGHTS.kind * kindShare,
  );
  const role =
    metric.kind === "lagging"
      ? "shows whether the bet paid off"
      : "moves early enough to change course";
  const fit = primary
    ? `informs ${reframe.decisionType} decisions`
    : related
      ? `informs the related ${reframe.relatedTypes.join("/")} side`
      : "matches the decision's wording only";
  return { value, reason: `It ${fit} and ${role}.` };
}

/** Step 3: scores each candidate 0–1 on observability, gameability and decision relevance, with reasons. */
export function scoreCandidates(
  selected: readonly SelectedMetric[],
  reframe: Reframe,
): Candidate[] {
  return selected.map((entry) => {
    const { metric } = entry;
    const observability = scoreObservability(metric);
    const gameability = scoreGameability(metric);
    const relevance = scoreRelevance(entry, reframe);
    return {
      metric: metric.id,
      name: metric.name,
      kind: metric.kind,
      axis: metric.axis,
      definition: metric.definition,
      formula: metric.formula,
      unit: metric.unit,
      direction: metric.direction,
      source: metric.source,
      ...(metric.workspaceKpi ? { workspaceKpi: metric.workspaceKpi } : {}),
      ...(entry.leadingPartner ? { leadingPartner: entry.leadingPartner } : {}),
      retrieval: round(entry.retrieval),
      scores: {
        observability: observability.value,
        gameability: gameability.value,
        decisionRelevance: relevance.value,
      },
      reasons: {
        observability: observability.reason,
        gameability: gameability.reason,
        decisionRelevance: relevance.reason,
      },
    };
  });
}
