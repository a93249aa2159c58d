import {
  BEHIND_PACE_AT_RISK_GAP,
  BEHIND_PACE_OFF_TRACK_GAP,
  FLAT_VALUE_DAYS,
  PROJECTION_MISS_MARGIN,
} from "../thresholds/okr.js";
import { daysBetween } from "./measure-days.js";
import type { Reason } from "./okr-types.js";

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** `behind-pace` when progress trails the expected share by the registry's gaps. */
export function detectBehindPace(progress: number, expected: number): Reason | null {
  const gap = expected - progress;
  if (gap < BEHIND_PACE_AT_RISK_GAP) return null;
  return {
    code: "behind-pace",
    risk: gap >= BEHIND_PACE_OFF_TRACK_GAP ? "off-track" : "at-risk",
    message: `progress ${percent(progress)} against ${percent(expected)} expected by now (${Math.round(gap * 100)} points behind)`,
  };
}

/**
 * `value-flat`: the value has not moved for four weeks — the latest check-in value equals
 * every check-in since the last one at least 28 days before `day`.
 */
export function detectFlatValue(
  checkins: readonly { at: string; value: number }[],
  day: string,
): Reason | null {
  const latest = checkins.at(-1);
  if (!latest) return null;
  let anchor = -1;
  for (let i = 0; i < checkins.length; i++)
    if (daysBetween((checkins[i] as { at: string }).at.slice(0, 10), day) >= FLAT_VALUE_DAYS)
      anchor = i;
  if (anchor < 0) return null;
  const unchanged = checkins.slice(anchor).every((checkin) => checkin.value === latest.value);
  if (!unchanged) return null;
  const since = (checkins[anchor] as { at: string }).at.slice(0, 10);
  return {
    code: "value-flat",
    risk: "at-risk",
    message: `reported on track but the value has stayed ${latest.value} since ${since}`,
  };
}

/** `projection-misses-target`: the check-in trend ends the cycle more than the margin short of the target. */
export function detectProjectionMiss(
  projectedProgress: number,
  projectedValue: number,
): Reason | null {
  if (projectedProgress >= 1 - PROJECTION_MISS_MARGIN) return null;
  const value = Number(projectedValue.toPrecision(4));
  const how =
    projectedProgress < 0
      ? "moving away from the target"
      : `${percent(projectedProgress)} of the way`;
  return {
    code: "projection-misses-target",
    risk: "at-risk",
    message: `reported on track but the trend reaches ${value} by the cycle end (${how})`,
  };
}
