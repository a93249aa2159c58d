import { sql } from "drizzle-orm";
import { classifyValue } from "../../core/kpi/assess-range-status.js";
import type { RangeLight } from "../../core/kpi/kpi-types.js";
import type { Executor } from "../database.js";
import * as t from "../schema.js";
import { type KpiFilter, type KpiResource, listKpis } from "./kpis.js";
import { type Page, type PageRequest, toPage } from "./page.js";
import type { Viewer } from "./visibility.js";

/** The most KPIs a health filter classifies at once (the light is computed, not stored). */
const HEALTH_SCAN_LIMIT = 10_000;

/** Each KPI's light from its latest value: green, amber, red, or unknown without a value or range. */
async function readLights(
  db: Executor,
  kpis: readonly KpiResource[],
): Promise<Map<string, RangeLight>> {
  if (kpis.length === 0) return new Map();
  // One index probe per KPI on (metric_id, at), however long its history.
  const result = (await db.execute(sql`
    SELECT k.id AS "metricId", m.value
    FROM jsonb_array_elements_text(${JSON.stringify(kpis.map((kpi) => kpi.id))}::jsonb) AS k(id)
    CROSS JOIN LATERAL (
      SELECT value FROM ${t.measurements} WHERE metric_id = k.id ORDER BY at DESC LIMIT 1
    ) AS m`)) as unknown as { rows: { metricId: string; value: number }[] };
  const latest = new Map(result.rows.map((row) => [row.metricId, Number(row.value)]));
  return new Map(
    kpis.map((kpi) => {
      const value = latest.get(kpi.id);
      return [kpi.id, value === undefined ? "unknown" : classifyValue(kpi, value)];
    }),
  );
}

/** KPIs as `listKpis` filters them, only those whose light is `health`. */
export async function listKpisByHealth(
  db: Executor,
  viewer: Viewer,
  filter: KpiFilter & { health: RangeLight },
  page: PageRequest,
): Promise<Page<KpiResource>> {
  const { health, ...stored } = filter;
  const candidates = await listKpis(db, viewer, stored, {
    limit: HEALTH_SCAN_LIMIT,
    cursor: page.cursor,
  });
  const lights = await readLights(db, candidates.items);
  const matching = candidates.items.filter((kpi) => lights.get(kpi.id) === health);
  return toPage(
    matching,
    page.limit,
    (kpi) => kpi.id,
    (kpi) => kpi,
  );
}
