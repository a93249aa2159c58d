import type { Kpi, MeasurementPoint } from "../../core/model/index.js";
import type { MeasurementRow } from "../database.js";
import type { kpiGuardrails, kpiLeading, kpis, measurements } from "../schema.js";
import { compact, ownerFromColumns, ownerToColumns } from "./compact.js";
import { draftedFromColumn } from "./drafted-from-column.js";
import { canonicalInstant, instantFromDb } from "./instants.js";

type KpiRow = typeof kpis.$inferSelect;
type LeadingRow = typeof kpiLeading.$inferSelect;
type GuardrailRow = typeof kpiGuardrails.$inferSelect;
type MeasurementSelect = typeof measurements.$inferSelect;

export interface KpiRows {
  kpi: typeof kpis.$inferInsert;
  leading: (typeof kpiLeading.$inferInsert)[];
  guardrails: (typeof kpiGuardrails.$inferInsert)[];
}

/** A KPI definition (without its measurements) as rows. */
export function kpiToRows(kpi: Kpi, position: number): KpiRows {
  const rangeKeys = [kpi.healthy ? "healthy" : null, kpi.alert ? "alert" : null].filter(
    (key): key is string => key !== null,
  );
  return {
    kpi: {
      id: kpi.id,
      name: kpi.name,
      description: kpi.description ?? null,
      unit: kpi.unit ?? null,
      direction: kpi.direction ?? null,
      kind: kpi.kind ?? null,
      axis: kpi.axis ?? null,
      ...ownerToColumns(kpi.owner),
      teamId: kpi.team ?? null,
      cadence: kpi.cadence ?? null,
      healthyMin: kpi.healthy?.min ?? null,
      healthyMax: kpi.healthy?.max ?? null,
      alertBelow: kpi.alert?.below ?? null,
      alertAbove: kpi.alert?.above ?? null,
      rangeKeys,
      parentId: kpi.parent ?? null,
      formula: kpi.formula ?? null,
      status: kpi.status ?? null,
      retiredReason: kpi.retiredReason ?? null,
      draftedFrom: kpi.draftedFrom ?? null,
      position,
    },
    leading: (kpi.leading ?? []).map((link, i) => ({
      kpiId: kpi.id,
      position: i,
      leadingKpiId: link.kpi,
      leadWeeks: link.leadWeeks ?? null,
    })),
    guardrails: (kpi.guardrails ?? []).map((id, i) => ({
      kpiId: kpi.id,
      position: i,
      guardrailKpiId: id,
    })),
  };
}

/** Rows back into the KPI definition; `leading`/`guardrails` sorted by position. */
export function kpiFromRows(row: KpiRow, leading: LeadingRow[], guardrails: GuardrailRow[]): Kpi {
  const healthy =
    row.rangeKeys.includes("healthy") || row.healthyMin !== null || row.healthyMax !== null
      ? compact({ min: row.healthyMin, max: row.healthyMax })
      : null;
  const alert =
    row.rangeKeys.includes("alert") || row.alertBelow !== null || row.alertAbove !== null
      ? compact({ below: row.alertBelow, above: row.alertAbove })
      : null;
  return compact({
    id: row.id,
    name: row.name,
    description: row.description,
    unit: row.unit,
    direction: row.direction,
    kind: row.kind,
    axis: row.axis,
    owner: ownerFromColumns(row.ownerId, row.extraOwnerIds),
    team: row.teamId,
    cadence: row.cadence,
    healthy,
    alert,
    leading:
      leading.length > 0
        ? leading.map((link) => compact({ kpi: link.leadingKpiId, leadWeeks: link.leadWeeks }))
        : null,
    guardrails: guardrails.length > 0 ? guardrails.map((g) => g.guardrailKpiId) : null,
    parent: row.parentId,
    formula: row.formula,
    status: row.status,
    retiredReason: row.retiredReason,
    draftedFrom: draftedFromColumn(row.draftedFrom),
  }) as Kpi;
}

export function measurementToRow(metricId: string, point: MeasurementPoint): MeasurementRow {
  return {
    metricId,
    at: canonicalInstant(point.at),
    value: point.value,
    source: point.source,
    note: point.note,
    by: point.by,
  };
}

export function measurementFromRow(row: MeasurementSelect): MeasurementPoint {
  return compact({
    at: instantFromDb(row.at),
    value: row.value,
    source: row.source,
    note: row.note,
    by: row.by,
  }) as MeasurementPoint;
}
