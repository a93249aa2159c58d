import type { TripwireResult } from "../../core/okr/evaluate-tripwire.js";
import type { Risk } from "../../core/okr/okr-types.js";
import type { Executor } from "../database.js";
import { assessStoredObjectives } from "./objective-status.js";
import {
  getObjective,
  listObjectives,
  type ObjectiveFilter,
  type ObjectiveResource,
} from "./objectives.js";
import { type Page, type PageRequest, toPage } from "./page.js";
import type { Viewer } from "./visibility.js";

/** An objective with what tracking computes at a day: risk, tripwires, decision required. */
export type TrackedObjective = ObjectiveResource & {
  risk?: Risk;
  decisionRequired?: boolean;
  tripwires?: TripwireResult[];
};

/** The most objectives a risk filter assesses at once (risk is computed, not stored). */
const RISK_SCAN_LIMIT = 10_000;

async function track(
  db: Executor,
  objectives: ObjectiveResource[],
  asOf: string,
): Promise<TrackedObjective[]> {
  // Drafts are not tracked: nobody has committed to them yet (as in `okapi status`).
  const tracked = objectives.filter((objective) => objective.status !== "draft");
  const status = await assessStoredObjectives(db, tracked, asOf);
  return objectives.map((objective) => {
    const assessed = status.get(objective.id);
    if (!assessed) return objective;
    return {
      ...objective,
      risk: assessed.risk,
      decisionRequired: assessed.decisionRequired,
      tripwires: assessed.tripwires,
    };
  });
}

/** One objective with its tracking at `asOf`, or undefined when the viewer may not see it. */
export async function getTrackedObjective(
  db: Executor,
  viewer: Viewer,
  id: string,
  asOf: string,
): Promise<TrackedObjective | undefined> {
  const objective = await getObjective(db, viewer, id);
  return objective ? (await track(db, [objective], asOf))[0] : undefined;
}

/** Objectives as `listObjectives` filters them, with tracking, optionally only those at `risk`. */
export async function listTrackedObjectives(
  db: Executor,
  viewer: Viewer,
  filter: ObjectiveFilter & { risk?: Risk | undefined },
  page: PageRequest,
  asOf: string,
): Promise<Page<TrackedObjective>> {
  const { risk, ...stored } = filter;
  if (!risk) {
    const listed = await listObjectives(db, viewer, stored, page);
    return { ...listed, items: await track(db, listed.items, asOf) };
  }
  const candidates = await listObjectives(db, viewer, stored, {
    limit: RISK_SCAN_LIMIT,
    cursor: page.cursor,
  });
  const matching = (await track(db, candidates.items, asOf)).filter((o) => o.risk === risk);
  return toPage(
    matching,
    page.limit,
    (o) => o.id,
    (o) => o,
  );
}
