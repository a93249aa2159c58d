import { and, asc, eq, gt, inArray, max, type SQL } from "drizzle-orm";
import { type Kpi, KpiInput } from "../../core/model/index.js";
import { privateWithoutTeam } from "../../core/model/private-needs-team.js";
import type { Database, Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import { kpiFromRows, kpiToRows } from "../documents/kpi-rows.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";
import type { Patch, WriteOptions, WriteOutcome } from "./outcome.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";
import { versionOf } from "./version.js";
import { canSee, type Viewer, visibleTo } from "./visibility.js";

/** A KPI definition as the API shows it: the okapi-file shape plus its privacy flag. */
export type KpiResource = Omit<Kpi, "measurements"> & { private: boolean };

export interface KpiFilter {
  team?: string | undefined;
  owner?: string | undefined;
  status?: string | undefined;
}

async function loadKpis(db: Executor, where: SQL | undefined, limit?: number) {
  const query = db.select().from(t.kpis).where(where).orderBy(asc(t.kpis.id));
  const rows = limit ? await query.limit(limit) : await query;
  if (rows.length === 0) return { rows, resources: [] as KpiResource[] };
  const ids = rows.map((r) => r.id);
  const [leading, guardrails] = await Promise.all([
    db
      .select()
      .from(t.kpiLeading)
      .where(inArray(t.kpiLeading.kpiId, ids))
      .orderBy(asc(t.kpiLeading.position)),
    db
      .select()
      .from(t.kpiGuardrails)
      .where(inArray(t.kpiGuardrails.kpiId, ids))
      .orderBy(asc(t.kpiGuardrails.position)),
  ]);
  const resources = rows.map((row) => ({
    ...kpiFromRows(
      row,
      leading.filter((l) => l.kpiId === row.id),
      guardrails.filter((g) => g.kpiId === row.id),
    ),
    private: row.private,
  }));
  return { rows, resources };
}

/** KPIs the viewer may see, filtered by team, owner and status, ordered by id. */
export async function listKpis(
  db: Executor,
  viewer: Viewer,
  filter: KpiFilter,
  page: PageRequest,
): Promise<Page<KpiResource>> {
  const after = decodeCursor(page.cursor);
  const where = and(
    visibleTo(viewer, t.kpis.private, t.kpis.teamId),
    filter.team ? eq(t.kpis.teamId, filter.team) : undefined,
    filter.owner ? eq(t.kpis.ownerId, filter.owner) : undefined,
    filter.status ? eq(t.kpis.status, filter.status) : undefined,
    after ? gt(t.kpis.id, after) : undefined,
  );
  const { resources } = await loadKpis(db, where, page.limit + 1);
  return toPage(
    resources,
    page.limit,
    (kpi) => kpi.id,
    (kpi) => kpi,
  );
}

/** One KPI the viewer may see; a private KPI of another team reads as absent. */
export async function getKpi(
  db: Executor,
  viewer: Viewer,
  id: string,
): Promise<KpiResource | undefined> {
  const { resources } = await loadKpis(db, eq(t.kpis.id, id));
  const kpi = resources[0];
  return kpi && canSee(viewer, kpi) ? kpi : undefined;
}

function rangeOf(kpi: Partial<KpiResource>): string {
  return JSON.stringify([kpi.healthy ?? null, kpi.alert ?? null]);
}

async function writeKpi(tx: Executor, kpi: KpiResource, position: number): Promise<void> {
  const { private: isPrivate, ...definition } = kpi;
  const rows = kpiToRows(definition, position);
  const row = { ...rows.kpi, private: isPrivate, updatedAt: new Date() };
  await tx.delete(t.kpiLeading).where(eq(t.kpiLeading.kpiId, kpi.id));
  await tx.delete(t.kpiGuardrails).where(eq(t.kpiGuardrails.kpiId, kpi.id));
  await tx.insert(t.kpis).values(row).onConflictDoUpdate({ target: t.kpis.id, set: row });
  if (rows.leading.length) await tx.insert(t.kpiLeading).values(rows.leading);
  if (rows.guardrails.length) await tx.insert(t.kpiGuardrails).values(rows.guardrails);
}

/** Creates a KPI with its audit event. */
export async function createKpi(
  db: Database,
  kpi: KpiResource,
  options: WriteOptions,
): Promise<WriteOutcome<KpiResource>> {
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: t.kpis.id }).from(t.kpis).where(eq(t.kpis.id, kpi.id));
    if (taken) return { ok: false, reason: "conflict", detail: `a KPI with id ${kpi.id} exists` };
    const orphan = privateWithoutTeam(kpi, "KPI");
    if (orphan) return { ok: false, reason: "inconsistent", ...orphan };
    const [last] = await tx.select({ n: max(t.kpis.position) }).from(t.kpis);
    await writeKpi(tx, kpi, (last?.n ?? -1) + 1);
    await writeAudit(tx, {
      actor: options.actor,
      entity: "kpi",
      entityId: kpi.id,
      action: "create",
      before: null,
      after: kpi,
    });
    return { ok: true, value: kpi, version: versionOf(kpi) };
  });
}

/** Changes a KPI if `ifMatch` is current; moving its range needs a reason. */
export async function updateKpi(
  db: Database,
  viewer: Viewer,
  id: string,
  patch: Patch<Omit<KpiResource, "id">>,
  options: WriteOptions,
): Promise<WriteOutcome<KpiResource>> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(t.kpis).where(eq(t.kpis.id, id)).for("update");
    const before = row ? await getKpi(tx, viewer, id) : undefined;
    if (!row || !before) return { ok: false, reason: "not-found" };
    if (options.ifMatch !== versionOf(before))
      return { ok: false, reason: "stale", version: versionOf(before) };
    const { private: isPrivate, ...merged } = compact({ ...before, ...patch });
    const parsed = KpiInput.safeParse(merged);
    if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
    const after: KpiResource = { ...parsed.data, private: Boolean(isPrivate) };
    const orphan = privateWithoutTeam(after, "KPI");
    if (orphan) return { ok: false, reason: "inconsistent", ...orphan };
    if (rangeOf(after) !== rangeOf(before) && !options.reason?.trim())
      return {
        ok: false,
        reason: "reason-required",
        detail: "moving a KPI's healthy range or alert thresholds needs a reason: send `reason`",
      };
    await writeKpi(tx, after, row.position);
    await writeAudit(tx, {
      actor: options.actor,
      entity: "kpi",
      entityId: id,
      action: "update",
      before,
      after,
      reason: options.reason,
    });
    return { ok: true, value: after, version: versionOf(after) };
  });
}

/** Deletes a KPI (its measurements stay: they are history) if `ifMatch` is current. */
export async function deleteKpi(
  db: Database,
  viewer: Viewer,
  id: string,
  options: WriteOptions,
): Promise<WriteOutcome<KpiResource>> {
  return db.transaction(async (tx) => {
    const before = await getKpi(tx, viewer, id);
    if (!before) return { ok: false, reason: "not-found" };
    if (options.ifMatch !== versionOf(before))
      return { ok: false, reason: "stale", version: versionOf(before) };
    await tx.delete(t.kpis).where(eq(t.kpis.id, id));
    await writeAudit(tx, {
      actor: options.actor,
      entity: "kpi",
      entityId: id,
      action: "delete",
      before,
      after: null,
      reason: options.reason,
    });
    return { ok: true, value: before, version: versionOf(before) };
  });
}
