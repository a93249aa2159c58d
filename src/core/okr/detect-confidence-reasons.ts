import {
  CONFIDENCE_FALLING_MIN_DROP,
  CONFIDENCE_OFF_TRACK_BELOW,
  CONFIDENCE_ON_TRACK_MIN,
  CONFIDENCE_TREND_WINDOW,
} from "../thresholds/okr.js";
import type { Reason } from "./okr-types.js";

/** The confidences of the check-ins that carry one, oldest first. */
export function confidenceSeries(
  checkins: readonly { confidence?: number | undefined }[],
): number[] {
  return checkins.flatMap((checkin) =>
    checkin.confidence === undefined ? [] : [checkin.confidence],
  );
}

/** `low-confidence` from the latest stated confidence: below 4 off track, below 7 at risk. */
export function detectLowConfidence(confidences: readonly number[]): Reason | null {
  const latest = confidences.at(-1);
  if (latest === undefined || latest >= CONFIDENCE_ON_TRACK_MIN) return null;
  return {
    code: "low-confidence",
    risk: latest < CONFIDENCE_OFF_TRACK_BELOW ? "off-track" : "at-risk",
    message: `the owner's confidence is ${latest}/10`,
  };
}

/**
 * `confidence-falling`: over the last three stated confidences none rose and the total
 * drop is at least two points — the owner is losing faith before the number shows it.
 */
export function detectConfidenceFalling(confidences: readonly number[]): Reason | null {
  const window = confidences.slice(-CONFIDENCE_TREND_WINDOW);
  if (window.length < CONFIDENCE_TREND_WINDOW) return null;
  for (let i = 1; i < window.length; i++)
    if ((window[i] as number) > (window[i - 1] as number)) return null;
  const first = window[0] as number;
  const last = window.at(-1) as number;
  if (first - last < CONFIDENCE_FALLING_MIN_DROP) return null;
  return {
    code: "confidence-falling",
    risk: "at-risk",
    message: `confidence fell from ${first} to ${last} over the last ${window.length} check-ins`,
  };
}

/** True when the latest check-in reports the KR on track (confidence 7+). */
export function reportsOnTrack(confidences: readonly number[]): boolean {
  const latest = confidences.at(-1);
  return latest !== undefined && latest >= CONFIDENCE_ON_TRACK_MIN;
}
