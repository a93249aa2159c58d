import type {
  Checkin,
  KeyResult,
  KillCriterion,
  Objective,
  TripwireDecision,
} from "../../core/model/index.js";
import type { checkins, keyResults, killCriteria, objectives } from "../schema.js";
import { compact, ownerFromColumns, ownerToColumns } from "./compact.js";
import { draftedFromColumn } from "./drafted-from-column.js";
import { canonicalInstant, instantFromDb } from "./instants.js";

type ObjectiveRow = typeof objectives.$inferSelect;
type KeyResultRow = typeof keyResults.$inferSelect;
type CheckinRow = typeof checkins.$inferSelect;
type KillCriterionRow = typeof killCriteria.$inferSelect;

export interface ObjectiveRows {
  objective: typeof objectives.$inferInsert;
  keyResults: (typeof keyResults.$inferInsert)[];
  checkins: (typeof checkins.$inferInsert)[];
  killCriteria: (typeof killCriteria.$inferInsert)[];
}

function keyResultToRow(
  objectiveId: string,
  kr: KeyResult,
  position: number,
): typeof keyResults.$inferInsert {
  return {
    id: kr.id,
    objectiveId,
    title: kr.title,
    from: kr.from ?? null,
    to: kr.to ?? null,
    bandMin: kr.band?.min ?? null,
    bandMax: kr.band?.max ?? null,
    unit: kr.unit ?? null,
    direction: kr.direction ?? null,
    kpiId: kr.kpi ?? null,
    metric: kr.metric ?? null,
    kind: kr.kind ?? null,
    ...ownerToColumns(kr.owner),
    weight: kr.weight ?? null,
    curve: kr.curve ?? null,
    confidence: kr.confidence ?? null,
    gradeScore: kr.grade?.score ?? null,
    gradeComment: kr.grade?.comment ?? null,
    position,
  };
}

function checkinToRow(keyResultId: string, checkin: Checkin): typeof checkins.$inferInsert {
  return {
    keyResultId,
    at: canonicalInstant(checkin.at),
    value: checkin.value,
    confidence: checkin.confidence ?? null,
    note: checkin.note ?? null,
    blockers: checkin.blockers ?? null,
    by: checkin.by ?? null,
  };
}

/** An objective with its key results, check-ins and kill criteria as rows. */
export function objectiveToRows(objective: Objective, position: number): ObjectiveRows {
  const krs = objective.keyResults ?? [];
  return {
    objective: {
      id: objective.id,
      title: objective.title,
      description: objective.description ?? null,
      ...ownerToColumns(objective.owner),
      teamId: objective.team ?? null,
      cycle: objective.cycle ?? null,
      type: objective.type ?? null,
      parentId: objective.parent ?? null,
      status: objective.status ?? null,
      since: objective.since ?? null,
      retro: objective.retro ?? null,
      leadingIndicators: objective.leadingIndicators ?? null,
      draftedFrom: objective.draftedFrom ?? null,
      position,
    },
    keyResults: krs.map((kr, i) => keyResultToRow(objective.id, kr, i)),
    checkins: krs.flatMap((kr) => (kr.checkins ?? []).map((c) => checkinToRow(kr.id, c))),
    killCriteria: (objective.killCriteria ?? []).map((criterion, i) => ({
      objectiveId: objective.id,
      position: i,
      metric: criterion.metric ?? null,
      below: criterion.below ?? null,
      above: criterion.above ?? null,
      by: criterion.by ?? null,
      note: criterion.note ?? null,
      decision: criterion.decision ?? null,
    })),
  };
}

function keyResultFromRows(row: KeyResultRow, rows: readonly CheckinRow[]): KeyResult {
  const history = rows.filter((c) => !c.superseded);
  return compact({
    id: row.id,
    title: row.title,
    from: row.from,
    to: row.to,
    band:
      row.bandMin !== null && row.bandMax !== null ? { min: row.bandMin, max: row.bandMax } : null,
    unit: row.unit,
    direction: row.direction,
    kpi: row.kpiId,
    metric: row.metric,
    kind: row.kind,
    owner: ownerFromColumns(row.ownerId, row.extraOwnerIds),
    weight: row.weight,
    curve: row.curve,
    confidence: row.confidence,
    grade:
      row.gradeScore !== null && row.gradeComment !== null
        ? { score: row.gradeScore, comment: row.gradeComment }
        : null,
    checkins:
      history.length > 0
        ? history.map((c) =>
            compact({
              at: instantFromDb(c.at),
              value: c.value,
              confidence: c.confidence,
              note: c.note,
              blockers: c.blockers as string | string[] | null,
              by: c.by,
            }),
          )
        : null,
  }) as KeyResult;
}

/** jsonb reorders keys; the file reads best as outcome, by, at, reason. */
function decisionFromColumn(value: unknown): TripwireDecision | null {
  if (!value || typeof value !== "object") return null;
  const { outcome, by, at, reason } = value as TripwireDecision;
  return { outcome, by, at, reason };
}

/** Rows back into the objective; children must be sorted by position (check-ins by time). */
export function objectiveFromRows(
  row: ObjectiveRow,
  krRows: KeyResultRow[],
  checkinsByKeyResult: ReadonlyMap<string, readonly CheckinRow[]>,
  criteria: KillCriterionRow[],
): Objective {
  return compact({
    id: row.id,
    title: row.title,
    description: row.description,
    owner: ownerFromColumns(row.ownerId, row.extraOwnerIds),
    team: row.teamId,
    cycle: row.cycle,
    type: row.type,
    parent: row.parentId,
    status: row.status,
    since: row.since,
    keyResults:
      krRows.length > 0
        ? krRows.map((kr) => keyResultFromRows(kr, checkinsByKeyResult.get(kr.id) ?? []))
        : null,
    leadingIndicators: row.leadingIndicators,
    killCriteria:
      criteria.length > 0
        ? criteria.map(
            (c) =>
              compact({
                metric: c.metric,
                below: c.below,
                above: c.above,
                by: c.by,
                note: c.note,
                decision: decisionFromColumn(c.decision),
              }) as KillCriterion,
          )
        : null,
    retro: row.retro,
    draftedFrom: draftedFromColumn(row.draftedFrom),
  }) as Objective;
}
