import type { Cycle } from "../model/cycle.js";
import {
  DEFAULT_STRETCH,
  FINAL_DECISION_DAYS_BEFORE_END,
  KILL_CHECKPOINT_SHARE,
  KILL_PROGRESS_SHARE,
  MAX_DRAFT_KRS,
  MAX_KR_GAMEABILITY,
  MIN_DRAFT_KRS,
} from "../thresholds/reasoning.js";
import { addDays, dayAtShare } from "./cycle-days.js";
import { OBJECTIVE_BY_TYPE } from "./decision-lexicon.js";
import { draftKeyResult, formatValue } from "./draft-key-result.js";
import type {
  Candidate,
  DraftKeyResult,
  DraftKillCriterion,
  DraftOkr,
  Reframe,
} from "./draft-types.js";
import { compositeScore } from "./red-team-candidates.js";

/** Picks 2–4 KRs: the best lagging outcomes plus at least one leading one, so the team learns early. */
function pickKeyResultMetrics(candidates: readonly Candidate[]): Candidate[] {
  const eligible = candidates
    .filter(
      (candidate) =>
        candidate.scores.gameability < MAX_KR_GAMEABILITY && candidate.direction !== "within-range",
    )
    .sort((a, b) => compositeScore(b) - compositeScore(a) || a.metric.localeCompare(b.metric));
  const lagging = eligible
    .filter((candidate) => candidate.kind === "lagging")
    .slice(0, MAX_DRAFT_KRS - 1);
  const leading = eligible.filter((candidate) => candidate.kind === "leading");
  const picked = [...lagging.slice(0, 2), ...leading.slice(0, 1)];
  for (const candidate of [...leading.slice(1), ...lagging.slice(2)]) {
    if (picked.length >= MIN_DRAFT_KRS + 1) break;
    picked.push(candidate);
  }
  return picked.slice(0, MAX_DRAFT_KRS);
}

/**
 * The tripwire and decision days: inside the cycle and never before `asOf`. A cycle already under
 * way is timed over what is left of it, and the checkpoint never falls after the decision day.
 */
function killDays(cycle: Cycle, asOf: string): { checkpoint: string; final: string } {
  const left = { ...cycle, start: asOf > cycle.start ? asOf : cycle.start };
  const latest = addDays(cycle.end, -FINAL_DECISION_DAYS_BEFORE_END);
  const final = latest < left.start ? left.start : latest;
  const midway = dayAtShare(left, KILL_CHECKPOINT_SHARE);
  return { checkpoint: midway > final ? final : midway, final };
}

function killCriteria(
  keyResults: readonly DraftKeyResult[],
  cycle: Cycle,
  question: string,
  asOf: string,
): DraftKillCriterion[] {
  const { checkpoint, final } = killDays(cycle, asOf);
  const early = keyResults.find((kr) => kr.kind === "leading") ?? keyResults[0];
  const criteria: DraftKillCriterion[] = [];
  if (early && early.from !== null && early.to !== null) {
    const threshold =
      Math.round((early.from + (early.to - early.from) * KILL_PROGRESS_SHARE) * 100) / 100;
    const side = early.to >= early.from ? "below" : "above";
    criteria.push({
      metric: early.id,
      [side]: threshold,
      by: checkpoint,
      note: `Stop or change course if ${early.name} is still ${side} ${formatValue(threshold, early.unit)} by ${checkpoint}: the early signal has not moved ${KILL_PROGRESS_SHARE * 100}% of the way to its target.`,
    });
  } else if (early) {
    criteria.push({
      by: checkpoint,
      note: `Stop or change course if ${early.name} has not moved ${KILL_PROGRESS_SHARE * 100}% of the way from its week-1 baseline toward its target by ${checkpoint}.`,
    });
  }
  criteria.push({
    by: final,
    note: `Decide stop-or-continue on "${question}" by ${final}, with the KRs in hand.`,
  });
  return criteria;
}

/** Step 5: the draft OKR — qualitative objective, outcome KRs with baselines, leading indicators, kill criteria. */
export function emitDraftOkr(
  candidates: readonly Candidate[],
  baselines: ReadonlyMap<string, number>,
  reframe: Reframe,
  cycle: Cycle,
  asOf: string,
): DraftOkr {
  const keyResults = pickKeyResultMetrics(candidates).map((candidate) =>
    draftKeyResult(candidate, baselines.get(candidate.metric), DEFAULT_STRETCH),
  );
  const used = new Set(keyResults.map((kr) => kr.metric));
  return {
    objective: OBJECTIVE_BY_TYPE[reframe.decisionType],
    cycle: cycle.id,
    keyResults,
    leadingIndicators: candidates
      .filter((candidate) => candidate.kind === "leading" && !used.has(candidate.metric))
      .map((candidate) => candidate.metric),
    killCriteria: killCriteria(keyResults, cycle, reframe.question, asOf),
  };
}
