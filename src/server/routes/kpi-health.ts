import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { analyzeWorkspace } from "../../core/kpi/analyze-workspace.js";
import type { OkapiDocument } from "../../core/model/index.js";
import { AppError } from "../app-error.js";
import { requestToday } from "../clock.js";
import type { AppEnv } from "../context.js";
import { requireUser, viewerOf } from "../guards.js";
import { errorResponses, IdParam, jsonResponse } from "../schemas.js";
import type { VisibleDocumentCache } from "../visible-document-cache.js";
import { AsOfQuery, KpiHealthSchema } from "./status-schemas.js";

const list = createRoute({
  method: "get",
  path: "/kpi-health",
  tags: ["dashboard"],
  summary: "Health of every visible KPI: range status, XmR limits, signals, trend, lead checks",
  request: {
    query: AsOfQuery.extend({
      points: z.coerce.number().int().min(0).max(1000).default(26).openapi({
        description: "How many of the latest measurements to include per KPI (for sparklines)",
      }),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ asOf: z.string(), items: z.array(KpiHealthSchema) }), "KPIs"),
    ...errorResponses,
  },
});
const one = createRoute({
  method: "get",
  path: "/kpis/{id}/health",
  tags: ["dashboard"],
  summary: "One KPI's health with its whole series up to asOf",
  request: { params: IdParam, query: AsOfQuery },
  responses: { 200: jsonResponse(KpiHealthSchema, "The KPI's health"), ...errorResponses },
});

/** Every KPI of the document analysed as of a day, each with its measurements up to that day. */
function kpiHealth(document: OkapiDocument | null, asOf: string) {
  if (!document) return [];
  const kpis = new Map((document.kpis ?? []).map((kpi) => [kpi.id, kpi]));
  return analyzeWorkspace(document, { asOf }).analyses.map((analysis) => {
    const kpi = kpis.get(analysis.kpi);
    const series = (kpi?.measurements ?? [])
      .filter((m) => m.at.slice(0, 10) <= asOf)
      .map(({ at, value }) => ({ at, value }));
    return {
      ...analysis,
      name: kpi?.name ?? analysis.kpi,
      ...(kpi?.unit ? { unit: kpi.unit } : {}),
      ...(kpi?.direction ? { direction: kpi.direction } : {}),
      ...(kpi?.healthy ? { healthy: kpi.healthy } : {}),
      points: series,
    };
  });
}

/** KPI health for the dashboard: computed from the stored history on every read. */
export function registerKpiHealthRoutes(
  app: OpenAPIHono<AppEnv>,
  documents: VisibleDocumentCache,
): void {
  app.openapi(list, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const { asOf = requestToday(c), points } = c.req.valid("query");
    const all = await documents.view(viewer, `kpi-health:${asOf}`, (d) => kpiHealth(d, asOf));
    const items = all.map((k) => ({ ...k, points: points === 0 ? [] : k.points.slice(-points) }));
    return c.json({ asOf, items }, 200);
  });
  app.openapi(one, async (c) => {
    const viewer = viewerOf(requireUser(c));
    const { id } = c.req.valid("param");
    const { asOf = requestToday(c) } = c.req.valid("query");
    const all = await documents.view(viewer, `kpi-health:${asOf}`, (d) => kpiHealth(d, asOf));
    const found = all.find((k) => k.kpi === id);
    if (!found) throw new AppError("not-found", `no KPI "${id}" (or it is retired or private)`);
    return c.json(found, 200);
  });
}
