import { and, eq, inArray } from "drizzle-orm";
import type { CycleDefinition } from "../../core/model/cycle.js";
import type { Kpi, Objective, OkapiDocument, Person, Team } from "../../core/model/index.js";
import type { Database, Transaction } from "../database.js";
import * as t from "../schema.js";
import { exportDocument } from "./export-document.js";
import { kpiToRows } from "./kpi-rows.js";
import { objectiveToRows } from "./objective-rows.js";
import { type ApplyPlan, type EntityChange, planApply } from "./plan-apply.js";
import { ApplyRefused, privateKpisLosingTheirTeam } from "./private-kpis-keep-team.js";

export interface ApplyReport {
  dryRun: boolean;
  created: Record<string, string[]>;
  changed: Record<string, string[]>;
  unchanged: Record<string, number>;
  measurements: { added: number; updated: number };
}

function summarize(plan: ApplyPlan, dryRun: boolean): ApplyReport {
  const report: ApplyReport = {
    dryRun,
    created: {},
    changed: {},
    unchanged: {},
    measurements: {
      added: plan.measurements.insert.length,
      updated: plan.measurements.update.length,
    },
  };
  for (const change of plan.changes) {
    if (change.action === "unchanged") {
      report.unchanged[change.kind] = (report.unchanged[change.kind] ?? 0) + 1;
      continue;
    }
    const bucket = change.action === "create" ? report.created : report.changed;
    bucket[change.kind] = [...(bucket[change.kind] ?? []), change.id];
  }
  return report;
}

async function upsertSimple(tx: Transaction, change: EntityChange<unknown>): Promise<void> {
  const position = change.position;
  if (change.kind === "person") {
    const p = change.after as Person;
    const row = { id: p.id, name: p.name, email: p.email ?? null, position, updatedAt: new Date() };
    await tx.insert(t.people).values(row).onConflictDoUpdate({ target: t.people.id, set: row });
  } else if (change.kind === "team") {
    const team = change.after as Team;
    const row = {
      id: team.id,
      name: team.name,
      leadId: team.lead ?? null,
      parentId: team.parent ?? null,
      position,
      updatedAt: new Date(),
    };
    await tx.insert(t.teams).values(row).onConflictDoUpdate({ target: t.teams.id, set: row });
  } else if (change.kind === "cycle") {
    const c = change.after as CycleDefinition;
    const row = {
      id: c.id,
      name: c.name ?? null,
      start: c.start,
      end: c.end,
      position,
      updatedAt: new Date(),
    };
    await tx.insert(t.cycles).values(row).onConflictDoUpdate({ target: t.cycles.id, set: row });
  }
}

async function replaceKpi(tx: Transaction, kpi: Kpi, position: number): Promise<void> {
  const rows = kpiToRows(kpi, position);
  await tx.delete(t.kpiLeading).where(eq(t.kpiLeading.kpiId, kpi.id));
  await tx.delete(t.kpiGuardrails).where(eq(t.kpiGuardrails.kpiId, kpi.id));
  await tx
    .insert(t.kpis)
    .values(rows.kpi)
    .onConflictDoUpdate({ target: t.kpis.id, set: { ...rows.kpi, updatedAt: new Date() } });
  if (rows.leading.length) await tx.insert(t.kpiLeading).values(rows.leading);
  if (rows.guardrails.length) await tx.insert(t.kpiGuardrails).values(rows.guardrails);
}

async function insertObjective(
  tx: Transaction,
  objective: Objective,
  position: number,
): Promise<void> {
  const rows = objectiveToRows(objective, position);
  await tx.insert(t.objectives).values(rows.objective);
  if (rows.keyResults.length) await tx.insert(t.keyResults).values(rows.keyResults);
  for (let i = 0; i < rows.checkins.length; i += 1000) {
    await tx.insert(t.checkins).values(rows.checkins.slice(i, i + 1000));
  }
  if (rows.killCriteria.length) await tx.insert(t.killCriteria).values(rows.killCriteria);
}

/**
 * Upserts a whole okapi file in one transaction. Entities absent from the file are
 * left alone; measurements are upserted by (metric, time) and never deleted.
 */
export async function applyDocument(
  db: Database,
  document: OkapiDocument,
  options: { dryRun?: boolean; actor: string },
): Promise<ApplyReport> {
  const dryRun = options.dryRun ?? false;
  let plan: ApplyPlan | undefined;
  await db.transaction(async (tx) => {
    const refusals = await privateKpisLosingTheirTeam(tx, document);
    if (refusals.length) throw new ApplyRefused(refusals);
    plan = planApply(document, await exportDocument(tx));
    if (dryRun) return;
    if (plan.organizationChanged) {
      const row = {
        id: 1,
        organization: document.organization,
        lint: document.lint ?? null,
        updatedAt: new Date(),
      };
      await tx
        .insert(t.workspace)
        .values(row)
        .onConflictDoUpdate({ target: t.workspace.id, set: row });
    }
    const touched = plan.changes.filter((c) => c.action !== "unchanged");
    for (const change of touched.filter((c) => c.kind !== "kpi" && c.kind !== "objective")) {
      await upsertSimple(tx, change);
    }
    for (const change of touched.filter((c) => c.kind === "kpi")) {
      await replaceKpi(tx, change.after as Kpi, change.position);
    }
    const objectives = touched.filter((c) => c.kind === "objective");
    const replaced = objectives.filter((c) => c.action === "update").map((c) => c.id);
    if (replaced.length) await tx.delete(t.objectives).where(inArray(t.objectives.id, replaced));
    for (const change of objectives)
      await insertObjective(tx, change.after as Objective, change.position);
    for (const row of plan.measurements.update) {
      await tx
        .update(t.measurements)
        .set({
          value: row.value,
          source: row.source ?? null,
          note: row.note ?? null,
          by: row.by ?? null,
        })
        .where(and(eq(t.measurements.metricId, row.metricId), eq(t.measurements.at, row.at)));
    }
    const inserts = plan.measurements.insert;
    for (let i = 0; i < inserts.length; i += 1000) {
      await tx.insert(t.measurements).values(inserts.slice(i, i + 1000));
    }
    if (touched.length) {
      await tx.insert(t.auditEvents).values(
        touched.map((change) => ({
          actor: options.actor,
          entity: change.kind,
          entityId: change.id,
          action: change.action === "create" ? "create" : "update",
          before: change.before ?? null,
          after: change.after,
          reason: "okapi apply",
        })),
      );
    }
  });
  return summarize(plan as ApplyPlan, dryRun);
}
