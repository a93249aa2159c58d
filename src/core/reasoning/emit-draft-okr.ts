import type { Cycle } from "../model/cycle.js";
import {
  DEFAULT_STRETCH,
  FINAL_DECISION_DAYS_BEFORE_END,
  KILL_CHECKPOINT_SHARE,
  KILL_PROGRESS_SHARE,
  MAX_DRAFT_KRS,
  MAX_KR_GAMEABILITY,
  MIN_DRAFT_KRS,
  VIABILITY_BOUNDS,
} from "../thresholds/reasoning.js";
import { addDays, dayAtShare } from "./cycle-days.js";
import { OBJECTIVE_BY_TYPE } from "./decision-lexicon.js";
import { fightsTheDecision } from "./decision-pushes.js";
import { firstSignalOf } from "./decision-signals.js";
import { draftKeyResult, formatValue, inSentence } from "./draft-key-result.js";
import type {
  Candidate,
  DraftKeyResult,
  DraftKillCriterion,
  DraftOkr,
  Reframe,
} from "./draft-types.js";
import { fitKeyResult, statedTarget } from "./fit-key-result.js";
import type { DecisionStructure } from "./read-decision-structure.js";
import { compositeScore } from "./red-team-candidates.js";

/** Picks 2–4 KRs: the best lagging outcomes plus at least one leading one, so the team learns early. */
function pickKeyResultMetrics(
  candidates: readonly Candidate[],
  firstSignal: string | undefined,
  stated: ReadonlySet<string>,
  structure: DecisionStructure,
): Candidate[] {
  const eligible = candidates
    .filter(
      (candidate) =>
        candidate.scores.gameability < MAX_KR_GAMEABILITY &&
        candidate.direction !== "within-range" &&
        !fightsTheDecision(structure, candidate),
    )
    .sort((a, b) => compositeScore(b) - compositeScore(a) || a.metric.localeCompare(b.metric));
  const lagging = eligible
    .filter((candidate) => candidate.kind === "lagging")
    .slice(0, MAX_DRAFT_KRS - 1);
  // The decision's first signal leads the leading KRs: it is where the bet shows first.
  const leading = eligible
    .filter((candidate) => candidate.kind === "leading")
    .sort((a, b) => Number(b.metric === firstSignal) - Number(a.metric === firstSignal));
  // A metric the decision states a target for is the decision's own object: it is a KR first.
  const own = eligible.filter((candidate) => stated.has(candidate.metric));
  const picked = [...own.slice(0, 2)];
  for (const candidate of [...lagging.slice(0, 2), ...leading.slice(0, 1)])
    if (!picked.includes(candidate) && picked.length < MAX_DRAFT_KRS) picked.push(candidate);
  for (const candidate of [...leading.slice(1), ...lagging.slice(2)]) {
    if (picked.length >= MIN_DRAFT_KRS + 1) break;
    if (!picked.includes(candidate)) picked.push(candidate);
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

/** A number on the early KR: a quarter of the way to its target, or its scale-free bound. */
function metricTripwire(
  early: DraftKeyResult,
  checkpoint: string,
  subject: string,
): DraftKillCriterion | undefined {
  if (early.from !== null && early.to !== null) {
    const threshold =
      Math.round((early.from + (early.to - early.from) * KILL_PROGRESS_SHARE) * 100) / 100;
    const side = early.to >= early.from ? "below" : "above";
    return {
      metric: early.id,
      [side]: threshold,
      by: checkpoint,
      note: `Stop or change course if ${subject} is still ${side} ${formatValue(threshold, early.unit)} by ${checkpoint}: the early signal has not moved ${KILL_PROGRESS_SHARE * 100}% of the way to its target.`,
    };
  }
  const bound = VIABILITY_BOUNDS[early.metric];
  if (!bound) return undefined;
  const side = bound.below !== undefined ? "below" : "above";
  const value = bound.below ?? bound.above ?? 0;
  return {
    metric: early.id,
    [side]: value,
    by: checkpoint,
    note: `Stop or change course if ${subject} is ${side} ${formatValue(value, early.unit)} by ${checkpoint}: ${bound.why}.`,
  };
}

function killCriteria(
  keyResults: readonly DraftKeyResult[],
  cycle: Cycle,
  question: string,
  asOf: string,
  firstSignal: string | undefined,
  scopes: ReadonlyMap<string, string>,
): DraftKillCriterion[] {
  const { checkpoint, final } = killDays(cycle, asOf);
  const leading = keyResults.filter((kr) => kr.kind === "leading");
  // The earliest signal of the chain that can carry a number, else the first leading KR.
  const numbered = [...leading, ...keyResults]
    .sort((a, b) => Number(b.metric === firstSignal) - Number(a.metric === firstSignal))
    .map((kr) =>
      metricTripwire(
        kr,
        checkpoint,
        [inSentence(kr.name), scopes.get(kr.metric)].filter(Boolean).join(" "),
      ),
    )
    .find((criterion) => criterion !== undefined);
  const criteria: DraftKillCriterion[] = [];
  const early = leading[0] ?? keyResults[0];
  if (numbered) criteria.push(numbered);
  else if (early)
    criteria.push({
      by: checkpoint,
      note: `Stop or change course if ${early.name} has not moved ${KILL_PROGRESS_SHARE * 100}% of the way from its week-1 baseline toward its target by ${checkpoint}.`,
    });
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
  const { structure } = reframe;
  const firstSignal = firstSignalOf(structure);
  const stated = new Set(
    candidates
      .filter((candidate) => statedTarget(structure, candidate) !== undefined)
      .map((candidate) => candidate.metric),
  );
  const picked = pickKeyResultMetrics(candidates, firstSignal, stated, structure);
  const fits = new Map(
    picked.map((candidate) => [candidate.metric, fitKeyResult(structure, candidate)]),
  );
  const keyResults = picked.map((candidate) =>
    draftKeyResult(
      candidate,
      baselines.get(candidate.metric),
      DEFAULT_STRETCH,
      fits.get(candidate.metric),
    ),
  );
  const scopes = new Map([...fits].map(([metric, fit]) => [metric, fit.scope]));
  const used = new Set(keyResults.map((kr) => kr.metric));
  return {
    objective: OBJECTIVE_BY_TYPE[reframe.decisionType],
    cycle: cycle.id,
    keyResults,
    leadingIndicators: candidates
      .filter((candidate) => candidate.kind === "leading" && !used.has(candidate.metric))
      .map((candidate) => candidate.metric),
    killCriteria: killCriteria(keyResults, cycle, reframe.question, asOf, firstSignal, scopes),
  };
}
