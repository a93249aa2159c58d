import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { addMeasurements } from "../../app/add-measurements.js";
import type { AppContext } from "../../app/app-context.js";
import { IsoDate, MeasurementPoint } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import { getKeyResult } from "../../store/repositories/key-results.js";
import { getKpi, type KpiResource } from "../../store/repositories/kpis.js";
import { readSeries } from "../../store/repositories/measurements.js";
import type { Viewer } from "../../store/repositories/visibility.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import { actorOf, requireEditor, requireUser, viewerOf } from "../guards.js";
import { errorResponses, IdParam, jsonBody } from "../schemas.js";

const Point = MeasurementPoint.extend({}).openapi("Measurement");
const SeriesPoint = z
  .object({
    at: z.string(),
    value: z.number().openapi({ description: "Mean of the bucket" }),
    min: z.number(),
    max: z.number(),
    count: z.number().int(),
  })
  .openapi("SeriesPoint");
const Series = z.object({ metric: z.string(), points: z.array(SeriesPoint) }).openapi("Series");
const RangeQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  points: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .openapi({ description: "Downsample to at most this many points (bucket means)" }),
});
const NewMeasurements = z
  .union([Point, z.object({ items: z.array(Point).min(1).max(100_000) })])
  .openapi("NewMeasurements");
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const read = createRoute({
  method: "get",
  path: "/kpis/{id}/measurements",
  tags: ["kpis"],
  request: { params: IdParam, query: RangeQuery },
  responses: { 200: json(Series, "The series, oldest first"), ...errorResponses },
});
const add = createRoute({
  method: "post",
  path: "/kpis/{id}/measurements",
  tags: ["kpis"],
  request: { params: IdParam, body: jsonBody(NewMeasurements) },
  responses: {
    201: json(z.object({ added: z.number().int() }), "Stored (one or many, in one transaction)"),
    ...errorResponses,
  },
});

async function requireMetric(
  store: Store,
  viewer: Viewer,
  id: string,
): Promise<KpiResource | undefined> {
  const kpi = await getKpi(store.db, viewer, id);
  if (kpi) return kpi;
  if (await getKeyResult(store.db, viewer, id)) return undefined;
  throw new AppError("not-found", "no KPI or key result with this id");
}

/** A metric's time series: range queries for charts, single and bulk appends. */
export function registerMeasurementRoutes(app: OpenAPIHono<AppEnv>, context: AppContext): void {
  const { store } = context;
  app.openapi(read, async (c) => {
    const { id } = c.req.valid("param");
    await requireMetric(store, viewerOf(requireUser(c)), id);
    const points = await readSeries(store.db, id, c.req.valid("query"));
    return c.json({ metric: id, points }, 200);
  });
  app.openapi(add, async (c) => {
    const user = requireEditor(c);
    const { id } = c.req.valid("param");
    await requireMetric(store, viewerOf(user), id);
    const body = c.req.valid("json");
    const points = "items" in body ? body.items : [body];
    const { added } = await addMeasurements(context, {
      metricId: id,
      points,
      actor: actorOf(user),
    });
    return c.json({ added }, 201);
  });
}
