import type { TripwireResult } from "./evaluate-tripwire.js";
import type { Reason } from "./okr-types.js";

function firedReason(wire: TripwireResult): Reason {
  const decision = wire.decision;
  if (!decision)
    return {
      code: "tripwire-hit",
      risk: "off-track",
      message: `${wire.message} — decision required: stop, continue or change`,
    };
  // A recorded "continue" or "change" is a person's call to keep going: still watched, no longer red.
  return {
    code: "tripwire-hit",
    risk: decision.outcome === "stop" ? "off-track" : "at-risk",
    message: `${wire.message} — decided ${decision.outcome} by ${decision.by} on ${decision.at.slice(0, 10)}: ${decision.reason}`,
  };
}

/**
 * The objective's reasons from its tripwires: each fired one, and each whose day has come
 * but whose metric has no value to judge (silence is never green).
 */
export function describeTripwireReasons(tripwires: readonly TripwireResult[]): Reason[] {
  return tripwires.flatMap((wire): Reason[] => {
    if (wire.state === "fired") return [firedReason(wire)];
    if (wire.state === "unknown")
      return [
        {
          code: "tripwire-unchecked",
          risk: "at-risk",
          message: `tripwire cannot be checked: ${wire.message}`,
        },
      ];
    return [];
  });
}
