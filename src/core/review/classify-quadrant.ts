import type { RangeLight } from "../kpi/kpi-types.js";
import type { Risk } from "../okr/okr-types.js";
import { QUADRANT_MAJORITY } from "../thresholds/review.js";
import { countObjectivesByRisk } from "./count-objectives-by-risk.js";
import type { Quadrant, ReviewQuadrant } from "./weekly-review-types.js";

const LABELS: Record<Quadrant, string> = {
  sustainable: "Healthy KPIs, on-track OKRs: moving, sustainably",
  "pointed-nowhere": "Healthy KPIs, off-track OKRs: the machine works but is pointed nowhere",
  overheating:
    "On-track OKRs, unhealthy KPIs: reaching goals at an unsustainable cost — the engine is overheating",
  "both-bad": "Unhealthy KPIs and off-track OKRs: fix the engine before adding goals",
  "no-data": "Not enough KPIs or live objectives to place this team",
};

/**
 * KPI health × OKR progress for one team (docs/method-notes.md, "The operating quadrant"). KPIs are
 * healthy with no red and a green majority; OKRs are on track with an on-track majority.
 */
export function classifyQuadrant(
  team: { id: string; name: string },
  lights: readonly RangeLight[],
  risks: readonly Risk[],
): ReviewQuadrant {
  const known = lights.filter((light) => light !== "unknown");
  const healthy = known.filter((light) => light === "green").length;
  const { onTrack, atRisk, offTrack } = countObjectivesByRisk(risks);
  const kpis = { healthy, unhealthy: known.length - healthy };
  const objectives = { onTrack, atRisk, offTrack };
  let quadrant: Quadrant = "no-data";
  if (known.length > 0 && risks.length > 0) {
    const kpisHealthy =
      !known.includes("red") && healthy >= Math.ceil(known.length * QUADRANT_MAJORITY);
    const okrsOnTrack = onTrack >= Math.ceil(risks.length * QUADRANT_MAJORITY);
    quadrant = kpisHealthy
      ? okrsOnTrack
        ? "sustainable"
        : "pointed-nowhere"
      : okrsOnTrack
        ? "overheating"
        : "both-bad";
  }
  return { team: team.id, name: team.name, quadrant, label: LABELS[quadrant], kpis, objectives };
}
