import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { KpiInput } from "../../core/model/index.js";
import type { Store } from "../../store/open-store.js";
import { listKpisByHealth } from "../../store/repositories/kpi-lights.js";
import {
  createKpi,
  deleteKpi,
  getKpi,
  type KpiResource,
  listKpis,
  updateKpi,
} from "../../store/repositories/kpis.js";
import { versionOf } from "../../store/repositories/version.js";
import { AppError } from "../app-error.js";
import type { AppEnv } from "../context.js";
import {
  actorOf,
  etagOf,
  requireEditor,
  requireIfMatch,
  requireUser,
  throwWriteFailure,
  viewerOf,
} from "../guards.js";
import {
  createErrorResponses,
  errorResponses,
  IdParam,
  IfMatchHeader,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
  updateErrorResponses,
} from "../schemas.js";

export const Kpi = KpiInput.safeExtend({
  private: z.boolean().openapi({ description: "Visible only to members of its team" }),
}).openapi("Kpi");
const NewKpi = KpiInput.safeExtend({ private: z.boolean().optional() }).openapi("NewKpi");
const { id: _id, measurements: _measurements, ...editable } = KpiInput.shape;
const KpiPatch = z
  .strictObject({ ...editable, private: z.boolean() })
  .partial()
  .extend({
    reason: z
      .string()
      .min(1)
      .optional()
      .openapi({ description: "Why; required when healthy or alert moves" }),
  })
  .openapi("KpiPatch");
const KpiQuery = PageQuery.extend({
  team: z.string().optional(),
  owner: z.string().optional(),
  status: z.enum(["proposed", "active", "retired"]).optional(),
  health: z
    .enum(["green", "amber", "red", "unknown"])
    .optional()
    .openapi({ description: "Only KPIs whose latest value has this light" }),
});
const Reason = z.object({ reason: z.string().optional() });

const list = createRoute({
  method: "get",
  path: "/kpis",
  tags: ["kpis"],
  request: { query: KpiQuery },
  responses: { 200: jsonResponse(pageOf(Kpi, "KpiPage"), "KPIs"), ...errorResponses },
});
const get = createRoute({
  method: "get",
  path: "/kpis/{id}",
  tags: ["kpis"],
  request: { params: IdParam },
  responses: { 200: jsonResponse(Kpi, "A KPI"), ...errorResponses },
});
const create = createRoute({
  method: "post",
  path: "/kpis",
  tags: ["kpis"],
  request: { body: jsonBody(NewKpi) },
  responses: { 201: jsonResponse(Kpi, "Created"), ...createErrorResponses },
});
const update = createRoute({
  method: "patch",
  path: "/kpis/{id}",
  tags: ["kpis"],
  request: { params: IdParam, headers: IfMatchHeader, body: jsonBody(KpiPatch) },
  responses: { 200: jsonResponse(Kpi, "Updated"), ...updateErrorResponses },
});
const remove = createRoute({
  method: "delete",
  path: "/kpis/{id}",
  tags: ["kpis"],
  request: { params: IdParam, headers: IfMatchHeader, query: Reason },
  responses: { 204: { description: "Deleted" }, ...updateErrorResponses },
});

/** KPI definitions; measurements have their own routes. */
export function registerKpiRoutes(app: OpenAPIHono<AppEnv>, store: Store): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, health, ...filter } = c.req.valid("query");
    const viewer = viewerOf(requireUser(c));
    const page = health
      ? await listKpisByHealth(store.db, viewer, { ...filter, health }, { limit, cursor })
      : await listKpis(store.db, viewer, filter, { limit, cursor });
    return c.json(page, 200);
  });
  app.openapi(get, async (c) => {
    const kpi = await getKpi(store.db, viewerOf(requireUser(c)), c.req.valid("param").id);
    if (!kpi) throw new AppError("not-found", "no KPI with this id");
    c.header("etag", etagOf(versionOf(kpi)));
    return c.json(kpi, 200);
  });
  app.openapi(create, async (c) => {
    const user = requireEditor(c);
    const { measurements, private: isPrivate, ...definition } = c.req.valid("json");
    if (measurements?.length)
      throw new AppError(
        "validation-failed",
        "add measurements with POST /api/v1/kpis/{id}/measurements",
        {
          errors: [{ path: "/measurements", message: "not accepted here" }],
        },
      );
    const kpi: KpiResource = { ...definition, private: isPrivate ?? false };
    const outcome = await createKpi(store.db, kpi, { actor: actorOf(user) });
    if (!outcome.ok) throwWriteFailure(outcome, "KPI");
    c.header("etag", etagOf(outcome.version));
    c.header("location", `/api/v1/kpis/${kpi.id}`);
    return c.json(outcome.value, 201);
  });
  app.openapi(update, async (c) => {
    const user = requireEditor(c);
    const ifMatch = requireIfMatch(c);
    const { reason, ...patch } = c.req.valid("json");
    const outcome = await updateKpi(store.db, viewerOf(user), c.req.valid("param").id, patch, {
      actor: actorOf(user),
      ifMatch,
      reason,
    });
    if (!outcome.ok) throwWriteFailure(outcome, "KPI");
    c.header("etag", etagOf(outcome.version));
    return c.json(outcome.value, 200);
  });
  app.openapi(remove, async (c) => {
    const user = requireEditor(c);
    const ifMatch = requireIfMatch(c);
    const outcome = await deleteKpi(store.db, viewerOf(user), c.req.valid("param").id, {
      actor: actorOf(user),
      ifMatch,
      reason: c.req.valid("query").reason,
    });
    if (!outcome.ok) throwWriteFailure(outcome, "KPI");
    return c.body(null, 204);
  });
}
