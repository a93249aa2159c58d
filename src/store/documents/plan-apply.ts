import type { Kpi, Objective, OkapiDocument } from "../../core/model/index.js";
import type { MeasurementRow } from "../database.js";
import { groupBy } from "./export-document.js";
import { kpiFromRows, kpiToRows, measurementToRow } from "./kpi-rows.js";
import { objectiveFromRows, objectiveToRows } from "./objective-rows.js";

type EntityKind = "person" | "team" | "cycle" | "kpi" | "objective";

export interface EntityChange<T> {
  kind: EntityKind;
  id: string;
  position: number;
  action: "create" | "update" | "unchanged";
  before: T | undefined;
  after: T;
}

export interface ApplyPlan {
  organizationChanged: boolean;
  changes: EntityChange<unknown>[];
  measurements: { insert: MeasurementRow[]; update: MeasurementRow[] };
}

/** Objects compare by their export form, so spelling differences the store drops don't count. */
function canonicalKpi(kpi: Kpi): Kpi {
  const rows = kpiToRows(kpi, 0);
  return kpiFromRows(rows.kpi as never, rows.leading as never, rows.guardrails as never);
}

function canonicalObjective(objective: Objective): Objective {
  const rows = objectiveToRows(objective, 0);
  const checkins = rows.checkins.map((c) => ({ ...c, superseded: false }));
  const byKr = groupBy(checkins, (c) => c.keyResultId) as Map<string, never[]>;
  return objectiveFromRows(
    rows.objective as never,
    rows.keyResults as never,
    byKr,
    rows.killCriteria as never,
  );
}

function stripMeasurements(kpi: Kpi): Kpi {
  const { measurements: _, ...definition } = kpi;
  return definition;
}

/** JSON with sorted keys: jsonb columns come back with their keys reordered. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

function diff<T extends { id: string }>(
  kind: EntityKind,
  wanted: readonly T[],
  existing: readonly T[],
  canonical: (item: T) => T,
): EntityChange<T>[] {
  const byId = new Map(existing.map((item) => [item.id, item]));
  return wanted.map((item, position) => {
    const before = byId.get(item.id);
    const after = canonical(item);
    const action =
      before === undefined
        ? "create"
        : stableJson(before) === stableJson(after)
          ? "unchanged"
          : "update";
    return { kind, id: item.id, position, action, before, after };
  });
}

/** What applying `wanted` over the stored `current` document would create, change or leave. */
export function planApply(wanted: OkapiDocument, current: OkapiDocument | null): ApplyPlan {
  const existingKpis = current?.kpis ?? [];
  const changes: EntityChange<unknown>[] = [
    ...diff("person", wanted.people ?? [], current?.people ?? [], (p) => ({ ...p })),
    ...diff("team", wanted.teams ?? [], current?.teams ?? [], (t) => ({ ...t })),
    ...diff("cycle", wanted.cycles ?? [], current?.cycles ?? [], (c) => ({ ...c })),
    ...diff(
      "kpi",
      (wanted.kpis ?? []).map(stripMeasurements),
      existingKpis.map(stripMeasurements),
      canonicalKpi,
    ),
    ...diff("objective", wanted.objectives ?? [], current?.objectives ?? [], canonicalObjective),
  ];

  const insert: MeasurementRow[] = [];
  const update: MeasurementRow[] = [];
  for (const kpi of wanted.kpis ?? []) {
    const stored = new Map(
      (existingKpis.find((k) => k.id === kpi.id)?.measurements ?? []).map((m) => [m.at, m]),
    );
    for (const point of kpi.measurements ?? []) {
      const row = measurementToRow(kpi.id, point);
      const before = stored.get(row.at);
      if (!before) insert.push(row);
      else if (
        before.value !== row.value ||
        before.source !== row.source ||
        before.note !== row.note ||
        before.by !== row.by
      ) {
        update.push(row);
      }
    }
  }
  const organizationChanged =
    current === null ||
    current.organization !== wanted.organization ||
    JSON.stringify(current.lint ?? null) !== JSON.stringify(wanted.lint ?? null);
  return { organizationChanged, changes, measurements: { insert, update } };
}
